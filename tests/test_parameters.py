"""The parameter files: sources, dates, keys, loud lookups — and the site says the same thing."""

from __future__ import annotations

import html
import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from calc import parameters as p
from calc import taalniveaus

PARAMETERS = p.alle_parameters()
MAP = Path(p.__file__).parent / "parameters"
GOED = """\
beschrijving = "Test"
eenheid = "EUR"

[[waarden]]
vanaf = 2016-01-01
waarde = 10
bron = { label = "Factsheet §2.1", href = "deel-2/gemeenten/#extra-middelen" }
"""


def test_every_file_is_loaded() -> None:
    assert {b.stem for b in MAP.glob("*.toml")} == set(PARAMETERS)
    assert len(PARAMETERS) >= 19


@pytest.mark.parametrize("naam", sorted(PARAMETERS))
def test_every_value_has_a_source_and_valid_sorted_unique_dates(naam: str) -> None:
    parameter = PARAMETERS[naam]
    data = [w.vanaf for w in parameter.waarden]
    assert data == sorted(set(data))
    assert all(type(d) is date and 1990 <= d.year <= 2100 for d in data)
    for w in parameter.waarden:
        assert w.bron.label.strip()
        assert w.bron.href.startswith("https://") or not w.bron.href.startswith(("/", "http"))
        if w.bron.label.startswith("Factsheet"):
            assert not w.bron.href.startswith("https://")
        else:
            assert w.bron.href.startswith("https://")
            assert w.waarde is None or "art." in w.bron.label or "Stb." in w.bron.label


@pytest.mark.parametrize("naam", sorted(PARAMETERS))
def test_lookups_are_loud_before_the_first_date_and_after_an_end(naam: str) -> None:
    parameter = PARAMETERS[naam]
    eerste = parameter.waarden[0].vanaf
    with pytest.raises(p.VoorBegin):
        parameter.op(eerste - timedelta(days=1))
    assert parameter.op(eerste).waarde is not None
    for w in parameter.waarden:
        if w.waarde is None:
            with pytest.raises(p.NaEinde):
                parameter.op(w.vanaf)
            with pytest.raises(p.NaEinde):
                parameter.op(w.vanaf + timedelta(days=3650))


def test_known_values_on_their_dates() -> None:
    assert p.getal("maatschappelijke_begeleiding", date(2015, 12, 31)) == 1000
    assert p.getal("maatschappelijke_begeleiding", date(2016, 1, 1)) == 2370
    assert p.getal("extra_middelen", date(2017, 12, 31)) == 4430
    with pytest.raises(p.NaEinde):
        p.getal("extra_middelen", date(2018, 1, 1))
    with pytest.raises(p.VoorBegin):
        p.getal("extra_middelen", date(2015, 12, 31))
    assert p.vlag("participatieverklaring_verplicht", date(2017, 9, 30)) is False
    assert p.vlag("participatieverklaring_verplicht", date(2017, 10, 1)) is True
    assert p.ingang("regime", "wi2021") == date(2022, 1, 1)
    with pytest.raises(p.ParameterFout):
        p.parameter("bestaat_niet")


@pytest.mark.parametrize(
    ("fout", "vervang"),
    [
        ("unknown key", ("waarde = 10", "waarde = 10\nwaarden_typo = 1")),
        ("unknown top key", ('eenheid = "EUR"', 'eenheid = "EUR"\nextra = 1')),
        (
            "no source",
            ('bron = { label = "Factsheet §2.1", href = "deel-2/gemeenten/#extra-middelen" }', ""),
        ),
        ("empty label", ('label = "Factsheet §2.1"', 'label = ""')),
        ("bad href", ('href = "deel-2/gemeenten/#extra-middelen"', 'href = "http://x.nl"')),
        ("wrong type", ("waarde = 10", 'waarde = "10"')),
        ("bool for a number", ("waarde = 10", "waarde = true")),
        ("impossible date", ("vanaf = 2016-01-01", "vanaf = 2016-02-30")),
        ("datetime", ("vanaf = 2016-01-01", "vanaf = 2016-01-01T10:00:00")),
        ("unknown unit", ('eenheid = "EUR"', 'eenheid = "dollar"')),
        ("end with value", ("waarde = 10", "waarde = 10\ngeen_waarde = true")),
    ],
)
def test_the_loader_rejects_defects(fout: str, vervang: tuple[str, str]) -> None:
    with pytest.raises(p.ParameterFout):
        p.lees_parameter("test", GOED.replace(*vervang))


def test_the_loader_rejects_unsorted_duplicate_and_leading_end() -> None:
    tweede = GOED[GOED.index("[[waarden]]") :]
    with pytest.raises(p.ParameterFout):
        p.lees_parameter("test", GOED + "\n" + tweede)  # duplicate date
    with pytest.raises(p.ParameterFout):
        p.lees_parameter("test", GOED + "\n" + tweede.replace("2016-01-01", "2015-01-01"))
    eind = GOED.replace("waarde = 10", "geen_waarde = true")
    with pytest.raises(p.ParameterFout):
        p.lees_parameter("test", eind)
    assert p.lees_parameter("test", GOED).op(date(2020, 1, 1)).waarde == 10


# --- The site says the same thing -------------------------------------------------------------


def _zinnen() -> list[tuple[str, str, str]]:
    """(parameter, phrase, href) for every factsheet-sourced value with a literal phrase."""
    uitkomst = []
    for naam, parameter in sorted(PARAMETERS.items()):
        for w in parameter.waarden:
            if not w.bron.label.startswith("Factsheet"):
                continue
            for tekst in (w.tekst, w.tekst_vanaf):
                if tekst:
                    uitkomst.append((naam, tekst, w.bron.href))
    return uitkomst


def _tekst(fragment: str) -> str:
    zonder_tags = re.sub(r"<[^>]+>", " ", fragment)
    return " ".join(html.unescape(zonder_tags).replace("\xa0", " ").split())


def _sectie(pagina: str, anker: str) -> str:
    """The HTML from the element with id=anker up to the next heading of the same or higher
    level."""
    match = re.search(rf'<(h([1-6])|[a-z]+)[^>]*\bid="{re.escape(anker)}"', pagina)
    assert match, f"anchor #{anker} not found"
    niveau = int(match.group(2)) if match.group(2) else 6
    rest = pagina[match.end() :]
    einde = re.search(rf"<h[1-{niveau}][\s>]", rest)
    return rest[: einde.start()] if einde else rest


@pytest.mark.parametrize(("naam", "tekst", "href"), _zinnen(), ids=lambda w: str(w))
def test_the_phrase_is_on_the_page_the_source_links_to(
    built_site: Path, naam: str, tekst: str, href: str
) -> None:
    pad, _, anker = href.partition("#")
    bestand = built_site / pad / "index.html"
    assert bestand.is_file(), f"{naam}: page {pad} missing"
    pagina = bestand.read_text(encoding="utf-8")
    plek = _sectie(pagina, anker) if anker else pagina
    assert tekst in _tekst(plek), f"{naam}: {tekst!r} not on {href}"


def test_the_generated_page_lists_every_parameter(built_site: Path) -> None:
    pagina = (built_site / "bedragen-en-termijnen" / "index.html").read_text(encoding="utf-8")
    tekst = _tekst(pagina)
    for naam, parameter in PARAMETERS.items():
        assert f'id="{naam.replace("_", "-")}"' in pagina
        assert parameter.beschrijving in tekst
    assert "vanaf 1 januari 2016 tot en met 31 december 2017" in tekst
    assert 'id="datums"' in pagina


# --- The descriptions of the language levels (bijlage 2) ------------------------------------------


def test_every_level_description_stands_word_for_word_on_its_page(built_site: Path) -> None:
    niveaus = taalniveaus.alle_taalniveaus()
    assert list(niveaus) == ["A1", "A2", "B1", "B2", "C1"]
    pagina = (built_site / "bijlagen" / "taalniveau" / "index.html").read_text(encoding="utf-8")
    for code, niveau in niveaus.items():
        pad, _, anker = niveau.bron.href.partition("#")
        assert pad == "bijlagen/taalniveau/" and anker == code.lower()
        sectie = _tekst(_sectie(pagina, anker))
        assert niveau.tekst.startswith("Kan ") and niveau.tekst in sectie, code


def test_the_level_lookup_is_loud_and_the_loader_strict() -> None:
    with pytest.raises(p.ParameterFout):
        taalniveaus.taalniveau("A3")
    bestand = MAP / taalniveaus.BESTAND
    goed = json.loads(bestand.read_text(encoding="utf-8"))
    assert taalniveaus.lees_taalniveaus(json.dumps(goed))["B1"].tekst.startswith("Kan ")
    fouten: list[Any] = [
        {**goed, "extra": 1},
        {**goed, "niveaus": [{**goed["niveaus"][0], "bron": {"label": "x", "href": "y/"}}]},
        {**goed, "niveaus": [{**goed["niveaus"][0], "code": "A9"}]},
        {**goed, "niveaus": goed["niveaus"][::-1]},
        {**goed, "niveaus": [{**goed["niveaus"][0], "tekst": ""}]},
    ]
    for kapot in fouten:
        with pytest.raises(p.ParameterFout):
            taalniveaus.lees_taalniveaus(json.dumps(kapot))
    with pytest.raises(p.ParameterFout):
        taalniveaus.lees_taalniveaus("{")
