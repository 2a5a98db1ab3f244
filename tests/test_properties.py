"""What must hold for every input (hypothesis), and that no input — however wrong — raises.

Every test counts the examples it ran; the counts are printed at the end of the module.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import calc
from calc import financiering, lening, termijnen
from calc.datums import jaren_later

VOORBEELDEN = 300
INSTELLINGEN = settings(
    max_examples=VOORBEELDEN,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
TELLER: Counter[str] = Counter()

WI2013 = st.dates(date(2013, 1, 1), date(2021, 12, 31))
ALLE_DATUMS = st.dates(date(1990, 1, 1), date(2100, 12, 31))
JAAR = st.integers(2013, 2021)
AANTAL = st.integers(0, 10_000)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda kinderen: (
        st.lists(kinderen, max_size=4) | st.dictionaries(st.text(max_size=10), kinderen, max_size=4)
    ),
    max_leaves=12,
)
VELDEN = {
    "termijnen": termijnen.VELDEN,
    "lening": lening.VELDEN,
    "financiering": financiering.VELDEN,
}
GELDIG: dict[str, dict[str, Any]] = {
    "termijnen": {"start_inburgeringsplicht": "2016-03-01", "peildatum": "2017-01-01"},
    "lening": {"doelgroep": "asielstatushouder", "leeftijd": 30},
    "financiering": {"jaar": 2016, "aantal_gehuisvest": 3, "aantal_inburgeringsplichtig": 2},
}


@pytest.fixture(scope="module", autouse=True)
def _meld_aantallen(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    regels = [
        f"hypothesis examples run: {naam}: {aantal}" for naam, aantal in sorted(TELLER.items())
    ]
    regels.append(f"hypothesis examples run in total: {sum(TELLER.values())}")
    uitvoer = Path(request.config.rootpath) / "test-results" / "hypothesis-examples.txt"
    uitvoer.parent.mkdir(exist_ok=True)
    uitvoer.write_text("\n".join(regels) + "\n", encoding="utf-8")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if capture is not None and reporter is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line("")
            for regel in regels:
                reporter.write_line(regel)


def _serialiseerbaar(uitkomst: dict[str, Any]) -> None:
    assert json.loads(json.dumps(uitkomst)) == uitkomst
    assert isinstance(uitkomst["ok"], bool)
    if not uitkomst["ok"]:
        assert uitkomst["errors"]
        for fout in uitkomst["errors"]:
            assert isinstance(fout["field"], str) and isinstance(fout["message"], str)


@INSTELLINGEN
@given(WI2013, WI2013, st.booleans())
def test_a_later_start_never_gives_an_earlier_deadline(a: date, b: date, alfa: bool) -> None:
    TELLER["later start, later deadline"] += 1
    vroeg, laat = min(a, b), max(a, b)
    assert termijnen.termijn_einde(vroeg) <= termijnen.termijn_einde(laat)
    assert termijnen.termijn_einde_max(vroeg, alfa) <= termijnen.termijn_einde_max(laat, alfa)


@INSTELLINGEN
@given(WI2013, st.booleans())
def test_the_extension_never_exceeds_two_years(start: date, alfa: bool) -> None:
    TELLER["einde <= einde_max <= start + 5 jaar"] += 1
    einde, einde_max = termijnen.termijn_einde(start), termijnen.termijn_einde_max(start, alfa)
    assert start < einde <= einde_max <= jaren_later(start, 5)
    assert einde_max <= jaren_later(einde, 2)


@INSTELLINGEN
@given(JAAR, AANTAL, AANTAL, AANTAL, AANTAL, AANTAL, AANTAL)
def test_funding_is_linear_in_the_counts(
    jaar: int, g1: int, g2: int, i1: int, i2: int, m1: int, m2: int
) -> None:
    TELLER["funding linear in the counts"] += 1
    i1, i2 = min(i1, g1), min(i2, g2)

    def uitkomst(g: int, i: int, m: int) -> dict[str, Any]:
        invoer = {
            "jaar": jaar,
            "aantal_gehuisvest": g,
            "aantal_inburgeringsplichtig": i,
            "aantal_gezinsmigranten": m,
        }
        antwoord = calc.run("financiering", invoer)
        assert antwoord["ok"], antwoord
        result: dict[str, Any] = antwoord["result"]
        return result

    een, twee, samen = (
        uitkomst(g1, i1, m1),
        uitkomst(g2, i2, m2),
        uitkomst(g1 + g2, i1 + i2, m1 + m2),
    )
    for sleutel in ("maatschappelijke_begeleiding", "extra_middelen", "totaal"):
        assert samen[sleutel] == een[sleutel] + twee[sleutel]
    assert samen["eigen_bijdrage_gezinsmigranten"] == (
        een["eigen_bijdrage_gezinsmigranten"] + twee["eigen_bijdrage_gezinsmigranten"]
    )
    assert uitkomst(0, 0, 0)["totaal"] == 0


@INSTELLINGEN
@given(
    ALLE_DATUMS,
    st.none() | ALLE_DATUMS,
    st.booleans(),
    st.none() | ALLE_DATUMS,
    st.none() | ALLE_DATUMS,
    ALLE_DATUMS,
)
def test_every_termijnen_result_is_json(
    start: date,
    vestiging: date | None,
    alfa: bool,
    examen: date | None,
    contract: date | None,
    peil: date,
) -> None:
    TELLER["termijnen result JSON"] += 1
    invoer: dict[str, Any] = {
        "start_inburgeringsplicht": start.isoformat(),
        "alfabetisering": alfa,
        "peildatum": peil.isoformat(),
    }
    for veld, waarde in (
        ("vestiging_gemeente", vestiging),
        ("examendatum", examen),
        ("start_cursuscontract", contract),
    ):
        if waarde is not None:
            invoer[veld] = waarde.isoformat()
    uitkomst = calc.run("termijnen", invoer)
    assert uitkomst["ok"], uitkomst
    _serialiseerbaar(uitkomst)


@INSTELLINGEN
@given(
    st.sampled_from(lening.DOELGROEPEN),
    st.integers(0, 130),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.none() | ALLE_DATUMS,
)
def test_every_lening_result_is_json(
    doelgroep: str, leeftijd: int, plichtig: bool, mbo: bool, inkomen: bool, start: date | None
) -> None:
    TELLER["lening result JSON"] += 1
    invoer: dict[str, Any] = {
        "doelgroep": doelgroep,
        "leeftijd": leeftijd,
        "inburgeringsplichtig": plichtig,
        "tijdelijk_vrijgesteld_mbo": mbo,
        "voldoende_inkomen": inkomen,
    }
    if start is not None:
        invoer["start_inburgeringsplicht"] = start.isoformat()
    uitkomst = calc.run("lening", invoer)
    assert uitkomst["ok"], uitkomst
    _serialiseerbaar(uitkomst)
    if uitkomst["result"]["recht_op_lening"]:
        assert leeftijd >= 18 and plichtig and not mbo


@INSTELLINGEN
@given(st.lists(st.tuples(st.integers(2013, 2100), AANTAL, AANTAL, AANTAL), min_size=1, max_size=6))
def test_every_financiering_result_is_json(rijen: list[tuple[int, int, int, int]]) -> None:
    TELLER["financiering result JSON"] += 1
    jaren = [
        {
            "jaar": jaar,
            "aantal_gehuisvest": g,
            "aantal_inburgeringsplichtig": min(i, g),
            "aantal_gezinsmigranten": m,
        }
        for jaar, g, i, m in {r[0]: r for r in rijen}.values()
    ]
    uitkomst = calc.run("financiering", {"jaren": jaren})
    assert uitkomst["ok"], uitkomst
    _serialiseerbaar(uitkomst)
    assert uitkomst["result"]["totaal"] == sum(
        b["totaal"] or 0 for b in uitkomst["result"]["jaren"]
    )


@pytest.mark.parametrize(
    ("rekenhulp", "veld"), [(r, v) for r, velden in VELDEN.items() for v in velden]
)
def test_any_json_value_in_any_field_never_raises(rekenhulp: str, veld: str) -> None:
    @INSTELLINGEN
    @given(JSON)
    def probeer(waarde: Any) -> None:
        TELLER[f"fuzz {rekenhulp}.{veld}"] += 1
        invoer = {**GELDIG[rekenhulp], veld: waarde}
        if veld == "jaren":
            invoer = {"jaren": waarde}
        uitkomst = calc.run(rekenhulp, invoer)
        _serialiseerbaar(uitkomst)
        assert json.loads(calc.run_json(rekenhulp, json.dumps(invoer))) == uitkomst

    probeer()


@INSTELLINGEN
@given(JSON, JSON)
def test_any_json_as_name_or_inputs_never_raises(naam: Any, invoer: Any) -> None:
    TELLER["fuzz name and inputs"] += 1
    _serialiseerbaar(calc.run(naam if isinstance(naam, str) else "termijnen", invoer))
    _serialiseerbaar(calc.run(naam, {}))
    _serialiseerbaar(json.loads(calc.run_json("lening", json.dumps(invoer))))
