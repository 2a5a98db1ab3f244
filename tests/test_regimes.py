"""The laws as data (calc/regimes.toml with the start dates of parameters/regime.toml): Python,
the forms, the built pages and the browser pick a law from the one list; a third, fictitious law
added in a test is picked by both without any edit of dispatch code; an unknown or rule-less
law fails loudly."""

from __future__ import annotations

import itertools
import json
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from calculators import forms

import calc
from calc import regime
from calc.bronnen import Bron, Uitleg
from calc.datums import verjaardag
from calc.regime import OnbekendeWet, Wet, regime_op, wetten
from calc.rekenhulpen import REGISTER, termijnen
from calc.rekenhulpen.basis import Rekenhulp

ROOT = Path(__file__).resolve().parent.parent

#: Each calculator's rules per law (financiering: the rules of one year), from the registry.
REGELS: dict[str, Rekenhulp[Any, Any]] = {naam: b.regels for naam, b in REGISTER.items()}


def test_the_laws_follow_each_other_without_a_gap() -> None:
    laws = wetten()
    assert [w.code for w in laws] == ["wi2007", "wi2013", "wi2021"]
    assert laws[0].vanaf is None and laws[-1].tot_en_met is None
    for earlier, later in itertools.pairwise(laws):
        assert later.vanaf is not None
        assert earlier.tot_en_met == later.vanaf - timedelta(days=1)
    assert [w.code for w in laws if w.standaard] == ["wi2013"]
    assert [w.code for w in laws if w.factsheet] == ["wi2013"]


@pytest.mark.parametrize(
    ("datum", "code"),
    [
        (date(1995, 6, 1), "wi2007"),
        (date(2012, 12, 31), "wi2007"),
        (date(2013, 1, 1), "wi2013"),
        (date(2021, 12, 31), "wi2013"),
        (date(2022, 1, 1), "wi2021"),
        (date(2099, 1, 1), "wi2021"),
    ],
)
def test_the_law_on_a_date(datum: date, code: str) -> None:
    assert regime_op(datum) == code


def test_every_law_with_rules_has_them_in_every_calculator() -> None:
    met_regels = {w.code for w in wetten() if w.regels}
    for naam, rekenhulp in REGELS.items():
        assert set(rekenhulp.regels) == met_regels, naam


def test_an_unknown_law_is_an_error() -> None:
    with pytest.raises(OnbekendeWet, match="wi1999"):
        regime.wet("wi1999")
    with pytest.raises(OnbekendeWet, match="first law"):
        regime.ingang("wi2007")


def test_a_law_with_rules_that_a_calculator_lacks_is_an_error_not_another_answer() -> None:
    with pytest.raises(OnbekendeWet, match="rules of Wet inburgering 2021"):
        regime.buiten_factsheet("wi2021", "de termijnen", Uitleg())


def test_the_forms_name_each_law_with_its_period() -> None:
    assert {w.code: w.label for w in wetten()} == forms.REGIMES
    assert "vóór 1 januari 2013" in forms.REGIMES["wi2007"]
    assert "van 1 januari 2013 tot en met 31 december 2021" in forms.REGIMES["wi2013"]
    assert "op of na 1 januari 2022" in forms.REGIMES["wi2021"]


def _calculator_attributes(html: str, name: str) -> dict[str, str | None]:
    """The attributes of the element data-rekenhulp=NAME in a built page."""
    found: list[dict[str, str | None]] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if dict(attrs).get("data-rekenhulp") == name:
                found.append(dict(attrs))

    Parser().feed(html)
    assert len(found) == 1, name
    return found[0]


def test_every_calculator_page_carries_the_list_of_laws(built_site: Path) -> None:
    expected = [{"code": w.code, "vanaf": w.vanaf and w.vanaf.isoformat()} for w in wetten()]
    for name, form in forms.CALCULATORS.items():
        html = (built_site / "rekenhulpen" / name / "index.html").read_text(encoding="utf-8")
        root = _calculator_attributes(html, name)
        assert json.loads(root["data-wetten"] or "") == expected, name
        assert root["data-wet-standaard"] == "wi2013"
        assert root["data-wet-veld"] == form.wet_veld
        assert int(root["data-wet-na-jaren"] or "") == form.wet_na_jaren
    # jongeren: the 18th birthday decides, in the browser as in Python.
    assert forms.CALCULATORS["jongeren"].wet_na_jaren == 18


# --- A third law, only in this test -------------------------------------------------------------

WI2030 = date(2030, 1, 1)

#: Inputs whose date that decides the law falls in 2030, per calculator.
INVOER_2030: dict[str, dict[str, Any]] = {
    "termijnen": {"start_inburgeringsplicht": "2030-02-01", "peildatum": "2030-03-01"},
    "lening": {
        "doelgroep": "asielstatushouder",
        "leeftijd": 30,
        "start_inburgeringsplicht": "2030-02-01",
    },
    "financiering": {"jaar": 2030, "aantal_gehuisvest": 10, "aantal_inburgeringsplichtig": 8},
    "ontheffing": {"start_inburgeringsplicht": "2030-02-01"},
    "examenroute": {"start_inburgeringsplicht": "2030-02-01", "opleidingsniveau": "hoog"},
    "jongeren": {"geboortedatum": "2012-02-01", "peildatum": "2030-03-01"},
}


@pytest.fixture
def derde_wet(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A fictitious 'Wet inburgering 2030' from 1 January 2030: data plus a stub rule per
    calculator (the 2021 rules, counted). Yields the calculators whose stub ran."""
    nu = wetten()
    nieuw = Wet(
        "wi2030", "Wet inburgering 2030", WI2030, None, False, True, False,
        "Een wet die alleen in deze test bestaat.", Bron("Testwet", "https://example.org/"),
    )  # fmt: skip
    lijst = (*nu[:-1], replace(nu[-1], tot_en_met=WI2030 - timedelta(days=1)), nieuw)
    monkeypatch.setattr(regime, "wetten", lambda: lijst)
    gedraaid: list[str] = []
    for naam, rekenhulp in REGELS.items():
        regels_2021 = rekenhulp.regels["wi2021"]

        def stub(
            invoer: Any, data: Any, uitleg: Any, naam: str = naam, r: Any = regels_2021
        ) -> Any:
            gedraaid.append(naam)
            uitkomst = r(invoer, data, uitleg)
            # A result that names its law (financiering's year) names the new one.
            return replace(uitkomst, regime="wi2030") if hasattr(uitkomst, "regime") else uitkomst

        monkeypatch.setitem(rekenhulp.regels, "wi2030", stub)  # type: ignore[arg-type]
    yield gedraaid


@pytest.mark.parametrize("naam", sorted(INVOER_2030))
def test_a_third_law_in_the_data_is_picked_without_editing_dispatch_code(
    derde_wet: list[str], naam: str
) -> None:
    uitkomst = calc.run(naam, INVOER_2030[naam])
    assert uitkomst["ok"], uitkomst
    assert uitkomst["regime"] == "wi2030", uitkomst["regime"]
    assert derde_wet == [naam]


def test_a_third_law_without_the_rules_of_a_calculator_fails_loudly(
    derde_wet: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(termijnen.REKENHULP.regels, "wi2030")  # type: ignore[arg-type]
    with pytest.raises(OnbekendeWet, match="rules of Wet inburgering 2030"):
        calc.run("termijnen", INVOER_2030["termijnen"])


# --- The browser picks the law from the same list -----------------------------------------------

DATUMS = [
    "1995-06-01", "2012-12-31", "2013-01-01", "2016-02-29", "2021-12-31", "2022-01-01",
    "2029-12-31", "2030-01-01", "2031-05-05",
]  # fmt: skip
GEBOORTEDATUMS = ["1994-12-31", "1995-01-01", "2008-02-29", "2011-12-31", "2012-01-01"]


def _in_node(laws: list[dict[str, Any]], dates: list[str], births: list[str]) -> dict[str, Any]:
    script = """
        import { lawOn, yearsLater } from "./calculators/js/wet.mjs";
        const [laws, dates, births] = JSON.parse(process.argv[1]);
        const law = dates.map((d) => lawOn(laws, d));
        const at18 = births.map((b) => yearsLater(b, 18));
        console.log(JSON.stringify({ law, at18, law18: at18.map((d) => lawOn(laws, d)) }));
    """
    done = subprocess.run(
        ["node", "--input-type=module", "-e", script, json.dumps([laws, dates, births])],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    answer: dict[str, Any] = json.loads(done.stdout)
    return answer


@pytest.mark.node
@pytest.mark.parametrize("met_derde_wet", [False, True], ids=["today", "a-third-law"])
def test_the_browser_picks_the_law_that_python_picks(
    request: pytest.FixtureRequest, met_derde_wet: bool
) -> None:
    if met_derde_wet:
        request.getfixturevalue("derde_wet")
    laws = [{"code": w.code, "vanaf": w.vanaf and w.vanaf.isoformat()} for w in regime.wetten()]
    answer = _in_node(laws, DATUMS, GEBOORTEDATUMS)
    assert answer["law"] == [regime_op(date.fromisoformat(d)) for d in DATUMS]
    achttien = [verjaardag(date.fromisoformat(b), 18) for b in GEBOORTEDATUMS]
    assert answer["at18"] == [d.isoformat() for d in achttien]
    assert answer["law18"] == [regime_op(d) for d in achttien]
    if met_derde_wet:
        assert "wi2030" in answer["law"]
