"""The shortcode <!-- waarde: NAAM --> puts a parameter's value in the text, loudly, in a page and
in what it includes (src/shortcodes/waarde.py, a Python-Markdown extension)."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest

from shortcodes.waarde import ShortcodeError

ROOT = Path(__file__).resolve().parent.parent


def _html(tekst: str, includes: Path | None = None) -> str:
    extensions: list[object] = ["shortcodes.waarde", "shortcodes.reeks"]
    if includes is not None:
        from markdown_include.include import MarkdownInclude

        extensions.insert(0, MarkdownInclude(configs={"base_path": str(includes)}))
    return markdown.markdown(tekst, extensions=extensions)


def test_the_latest_value_and_a_dated_value() -> None:
    assert _html("Boete <!-- waarde: boete_brede_intake -->.") == "<p>Boete € 250.</p>"
    assert _html("<!-- waarde: boete_maximaal 2016-01-01 -->") == "<p>€ 1.250</p>"
    assert _html("<!-- waarde: boete_maximaal -->") == "<p>€ 1.000</p>"
    assert _html("<!-- waarde: pip_termijn 2022-06-01 -->") == "<p>10 weken</p>"


def test_a_shortcode_in_an_included_file_is_expanded(tmp_path: Path) -> None:
    (tmp_path / "melding.md").write_text(
        '!!! note "Let op"\n\n    De boete is <!-- waarde: boete_brede_intake -->.\n',
        encoding="utf-8",
    )
    html = _html("Tekst.\n\n{!melding.md!}\n", includes=tmp_path)
    assert "De boete is € 250." in html, html
    assert "waarde:" not in html


@pytest.mark.parametrize(
    "tekst",
    [
        "<!-- waarde: bestaat_niet -->",
        "<!-- waarde: boete_maximaal 2010-01-01 -->",
        "<!-- waarde: extra_middelen 2019-01-01 -->",
        "<!-- waarde: regime -->",
    ],
)
def test_an_unknown_name_a_date_without_value_or_a_value_without_text_fails(tekst: str) -> None:
    with pytest.raises(ShortcodeError, match="waarde:"):
        _html(tekst)


SHORTCODE_LEFT = re.compile(r"<!--\s*(waarde|rekenhulp)\s*:")


def test_no_built_page_holds_an_unexpanded_shortcode(built_site: Path) -> None:
    """Not in a page, not in a notice or include it pulls in (an HTML comment would hide it)."""
    left = []
    for html_file in sorted(built_site.rglob("*.html")):
        if SHORTCODE_LEFT.search(html_file.read_text(encoding="utf-8")):
            left.append(html_file.relative_to(built_site).as_posix())
    assert not left, left


def test_the_notices_and_includes_use_the_shortcode_for_what_the_parameters_hold() -> None:
    """The amounts and AOW ages that notices and includes name come from the parameters."""
    aow = (ROOT / "includes/notices/aow-leeftijd.md").read_text(encoding="utf-8")
    assert "<!-- reeks: aow_leeftijd 2016 -->" in aow
    assert "65 jaar en 6 maanden" not in aow and "2031" not in aow


def test_the_date_rules_are_one_block_with_computed_examples(built_site: Path) -> None:
    """<!-- datumregels --> shows the same rules on the calculators' pages as on "Bedragen en
    termijnen", with the examples the rules compute (start 5 March 2016: last day 4 March 2019,
    as in DUO's letter quoted in ECLI:NL:RBMNE:2020:5808)."""
    from shortcodes.datumregels import datumregels

    block = " ".join(markdown.markdown(datumregels()).split())
    assert "start 5 maart 2016, laatste dag 4 maart 2019" in block
    assert "{" not in block and "waarde:" not in block
    for url in ("rekenhulpen/", "rekenhulpen/termijnen/", "bedragen-en-termijnen/"):
        html = " ".join((built_site / url / "index.html").read_text(encoding="utf-8").split())
        assert "start 5 maart 2016, laatste dag 4 maart 2019" in html, url
        assert "10 weken na 1 februari 2023 is 12 april 2023" in html, url


def test_a_fields_hint_takes_a_value_from_the_parameters() -> None:
    """Hints stand inside <!-- rekenhulp -->, where a comment cannot: {waarde: NAAM} there."""
    from shortcodes.rekenhulp import _hints

    hints = _hints("termijnen", "examendatum: Binnen {waarde: examenuitslag_termijn 2016-01-01}.",
                   {"examendatum"})  # fmt: skip
    assert hints == {"examendatum": "Binnen 8 weken."}
    with pytest.raises(ShortcodeError, match="bestaat_niet"):
        _hints("termijnen", "examendatum: {waarde: bestaat_niet}", {"examendatum"})
    with pytest.raises(ShortcodeError, match="no field 'geen_veld'"):
        _hints("termijnen", "geen_veld: tekst", {"examendatum"})


def test_a_calculator_shortcode_must_stand_as_its_own_block() -> None:
    with pytest.raises(ShortcodeError, match="its own block"):
        markdown.markdown(
            "Tekst ervoor\n<!-- rekenhulp: termijnen -->\n", extensions=["shortcodes.rekenhulp"]
        )


def test_serve_builds_again_when_a_parameter_changes(tmp_path: Path) -> None:
    """`make serve` builds anew, in a new engine process, when any source it watches changes:
    the parameters too, so an edited amount shows after a reload."""
    import os

    from sitebuild.serve import _stamp

    parameter = tmp_path / "src" / "calc" / "parameters" / "bedrag.toml"
    parameter.parent.mkdir(parents=True)
    parameter.write_text("x = 1\n")
    os.utime(parameter, (1_000_000, 1_000_000))
    before = _stamp(tmp_path)
    parameter.write_text("x = 2\n")
    assert _stamp(tmp_path) > before


def test_a_series_of_yearly_values_ends_at_the_last_known_year() -> None:
    """The AOW ages year by year: adding a year to the parameter adds it to the text."""
    from shortcodes.reeks import laatste_jaar, reeks

    tekst = reeks("aow_leeftijd", 2016)
    assert tekst.startswith("65 jaar en 6 maanden in 2016, 65 jaar en 9 maanden in 2017, ")
    assert "66 jaar en 4 maanden in 2019 tot en met 2021" in tekst
    assert tekst.endswith(
        f" en 67 jaar en 3 maanden in 2028 tot en met {laatste_jaar('aow_leeftijd')}"
    )
    html = _html("<!-- reeks: aow_leeftijd 2024 -->; <!-- laatste_jaar: aow_leeftijd -->")
    assert html == (
        "<p>67 jaar in 2024 tot en met 2027 en 67 jaar en 3 maanden in 2028 tot en met 2031; "
        "2031</p>"
    )
    with pytest.raises(ShortcodeError, match="no value for 1989"):
        _html("<!-- reeks: aow_leeftijd 1989 -->")
    # Entries that last several years, and one without an end.
    assert _html("<!-- reeks: boete_maximaal 2013 -->") == (
        "<p>€ 1.250 in 2013 tot en met 2021 en € 1.000 vanaf 2022</p>"
    )
