"""What must hold for every input (hypothesis), and that no input — however wrong — raises.

Every test counts the examples it ran; the counts are printed at the end of the module.
"""

from __future__ import annotations

import calendar
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import calc
from calc.keuzes import DOELGROEPEN, codes
from calc.regime import datum_binnen_factsheet
from calc.rekenhulpen import (
    REGISTER,
    examenroute,
    ontheffing,
)
from calc.rekenhulpen.examenroute import wi2013 as examenroute_wi2013
from calc.rekenhulpen.jongeren import wi2013 as jongeren_wi2013
from calc.rekenhulpen.ontheffing import wi2013 as ontheffing_wi2013
from calc.rekenhulpen.termijnen import wi2013 as termijnen_wi2013

VOORBEELDEN = 300
#: The fuzz of each field on its own: every field of every calculator, so fewer per field (the
#: kinds of JSON value are few; the examples are the same on every run).
VOORBEELDEN_PER_VELD = 100
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
VELDEN = {naam: b.velden for naam, b in REGISTER.items()}
#: Valid inputs per calculator, to put one wrong field in: each calculator's first example.
GELDIG: dict[str, dict[str, Any]] = {naam: dict(b.voorbeelden[0]) for naam, b in REGISTER.items()}
JAREN = st.decimals(min_value=0, max_value=150, places=2)
ONTHEFFING = st.integers(0, 2000).flatmap(
    lambda uren: st.builds(
        ontheffing.OntheffingInvoer,
        uren_cursus=st.just(uren),
        min_pogingen=st.integers(0, 10),
        analfabeet=st.booleans(),
        uren_alfabetisering=st.integers(0, uren),
        haalbaarheidstoets=st.sampled_from(ontheffing.TOETSUITKOMSTEN),
        jaren_gewerkt=JAREN,
        jaren_woonachtig=JAREN,
        spreekt_nederlands=st.booleans(),
        medische_beperking=st.booleans(),
    )
)
JONGEREN_GEBOORTE = st.dates(date(1990, 1, 1), date(2060, 12, 31))


def jaren_later(datum: date, jaren: int) -> date:
    """The test's own oracle: the same calendar day `jaren` years later; 29 February becomes
    28 February in a year without it."""
    jaar = datum.year + jaren
    dag = min(datum.day, calendar.monthrange(jaar, datum.month)[1])
    return date(jaar, datum.month, dag)


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
    assert termijnen_wi2013.termijn_einde(vroeg) <= termijnen_wi2013.termijn_einde(laat)
    assert termijnen_wi2013.termijn_einde_max(vroeg, alfa) <= termijnen_wi2013.termijn_einde_max(
        laat, alfa
    )


WI2021 = st.dates(date(2022, 1, 1), date(2090, 12, 31))


@INSTELLINGEN
@given(WI2021, WI2021, WI2021)
def test_the_2021_term_starts_the_day_after_the_pip_and_a_later_pip_never_ends_earlier(
    start: date, a: date, b: date
) -> None:
    TELLER["wi2021: term from the day after the PIP"] += 1
    vroeg, laat = min(a, b), max(a, b)
    uitkomsten = [
        calc.run(
            "termijnen",
            {
                "start_inburgeringsplicht": start.isoformat(),
                "datum_pip": pip.isoformat(),
                "peildatum": "2030-01-01",
            },
        )
        for pip in (vroeg, laat)
    ]
    for pip, uitkomst in zip((vroeg, laat), uitkomsten, strict=True):
        assert uitkomst["ok"] and uitkomst["regime"] == "wi2021", uitkomst
        _serialiseerbaar(uitkomst)
        result = uitkomst["result"]
        assert result["termijn_start"] == (pip + timedelta(days=1)).isoformat()
        assert result["termijn_einde"] == jaren_later(pip, 3).isoformat()
        assert result["participatieverklaring_uiterlijk"] == result["termijn_einde"]
        assert result["aanvraag_verlenging_vanaf"] < result["termijn_einde"]
    assert uitkomsten[0]["result"]["termijn_einde"] <= uitkomsten[1]["result"]["termijn_einde"]


@INSTELLINGEN
@given(WI2021, st.none() | WI2021, st.none() | WI2021)
def test_the_pip_deadline_is_ten_weeks_after_a_date_it_was_given(
    start: date, vestiging: date | None, kennisgeving: date | None
) -> None:
    TELLER["wi2021: PIP deadline 10 weeks after a given date"] += 1
    invoer = {"start_inburgeringsplicht": start.isoformat(), "peildatum": "2030-01-01"}
    for veld, waarde in (("vestiging_gemeente", vestiging), ("datum_kennisgeving", kennisgeving)):
        if waarde is not None:
            invoer[veld] = waarde.isoformat()
    uitkomst = calc.run("termijnen", invoer)
    assert uitkomst["ok"], uitkomst
    pip = uitkomst["result"]["pip_uiterlijk"]
    if pip is None:  # the rule in force needs the date that was not given
        assert vestiging is None or kennisgeving is None
        return
    aanvang = date.fromisoformat(pip) - timedelta(weeks=10)
    assert aanvang in {d for d in (start, vestiging, kennisgeving) if d is not None}
    assert aanvang >= start or aanvang in {vestiging, kennisgeving}


@INSTELLINGEN
@given(WI2013, st.booleans())
def test_the_extension_never_exceeds_two_years(start: date, alfa: bool) -> None:
    TELLER["einde <= einde_max <= start + 5 jaar"] += 1
    einde, einde_max = (
        termijnen_wi2013.termijn_einde(start),
        termijnen_wi2013.termijn_einde_max(start, alfa),
    )
    assert start < einde <= einde_max <= jaren_later(start, 5)
    assert einde_max <= jaren_later(einde, 2)


@INSTELLINGEN
@given(WI2013)
def test_a_2013_term_ends_the_day_before_the_same_date_three_years_later(start: date) -> None:
    """Wet inburgering art. 7b lid 2: the start day counts (DUO: "vanaf 2 december 2013 [...]
    vóór 1 december 2016"); from 29 February the day before 1 March."""
    TELLER["wi2013: last day = start + 3 years - 1 day"] += 1
    einde = termijnen_wi2013.termijn_einde(start)
    dag_erna = einde + timedelta(days=1)
    if (start.month, start.day) == (2, 29):
        assert dag_erna == date(start.year + 3, 3, 1)
    else:
        assert dag_erna == date(start.year + 3, start.month, start.day)


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
    st.sampled_from(codes(DOELGROEPEN)),
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


DATUM = datum_binnen_factsheet()


def _groter(
    invoer: ontheffing.OntheffingInvoer,
    uren: int,
    pogingen: int,
    gewerkt: Decimal,
    gewoond: Decimal,
) -> ontheffing.OntheffingInvoer:
    return replace(
        invoer,
        uren_cursus=invoer.uren_cursus + uren,
        uren_alfabetisering=invoer.uren_alfabetisering + uren // 2,
        min_pogingen=invoer.min_pogingen + pogingen,
        jaren_gewerkt=invoer.jaren_gewerkt + gewerkt,
        jaren_woonachtig=invoer.jaren_woonachtig + gewoond,
    )


@INSTELLINGEN
@given(ONTHEFFING, st.integers(0, 1000), st.integers(0, 5), JAREN, JAREN)
def test_more_hours_attempts_or_years_never_remove_a_met_ground(
    invoer: ontheffing.OntheffingInvoer,
    uren: int,
    pogingen: int,
    gewerkt: Decimal,
    gewoond: Decimal,
) -> None:
    TELLER["ontheffing monotone"] += 1
    meer = _groter(invoer, uren, pogingen, gewerkt, gewoond)
    if ontheffing_wi2013.aantoonbare_inspanning(invoer, DATUM):
        assert ontheffing_wi2013.aantoonbare_inspanning(meer, DATUM)
    if ontheffing_wi2013.voldoende_ingeburgerd(invoer, DATUM):
        assert ontheffing_wi2013.voldoende_ingeburgerd(meer, DATUM)
    assert len(ontheffing_wi2013.ontbreekt_inspanning(meer, DATUM)) <= len(
        ontheffing_wi2013.ontbreekt_inspanning(invoer, DATUM)
    )
    assert len(ontheffing_wi2013.ontbreekt_ingeburgerd(meer, DATUM)) <= len(
        ontheffing_wi2013.ontbreekt_ingeburgerd(invoer, DATUM)
    )


@INSTELLINGEN
@given(ONTHEFFING)
def test_ontbreekt_is_empty_exactly_when_the_ground_is_met(
    invoer: ontheffing.OntheffingInvoer,
) -> None:
    TELLER["ontbreekt empty iff ground met"] += 1
    inspanning = ontheffing_wi2013.ontbreekt_inspanning(invoer, DATUM)
    ingeburgerd = ontheffing_wi2013.ontbreekt_ingeburgerd(invoer, DATUM)
    assert (inspanning == ()) == ontheffing_wi2013.aantoonbare_inspanning(invoer, DATUM)
    assert (ingeburgerd == ()) == ontheffing_wi2013.voldoende_ingeburgerd(invoer, DATUM)
    invoer_json: dict[str, Any] = {
        "uren_cursus": invoer.uren_cursus,
        "min_pogingen": str(invoer.min_pogingen),
        "analfabeet": invoer.analfabeet,
        "uren_alfabetisering": invoer.uren_alfabetisering,
        "haalbaarheidstoets": invoer.haalbaarheidstoets,
        "jaren_gewerkt": str(invoer.jaren_gewerkt).replace(".", ","),
        "jaren_woonachtig": float(invoer.jaren_woonachtig),
        "spreekt_nederlands": invoer.spreekt_nederlands,
        "medische_beperking": invoer.medische_beperking,
    }
    uitkomst = calc.run("ontheffing", invoer_json)
    assert uitkomst["ok"], uitkomst
    _serialiseerbaar(uitkomst)
    result = uitkomst["result"]
    mogelijk = bool(
        result["aantoonbare_inspanning"]
        or result["voldoende_ingeburgerd"]
        or result["medische_route"]
    )
    assert result["ontheffing_mogelijk"] == mogelijk
    # Once a ground gives the ontheffing, what the others lack is not listed (issue 17).
    assert result["ontbreekt"] == ([] if mogelijk else [*inspanning, *ingeburgerd])
    assert result["medische_route"] == invoer.medische_beperking
    assert all(isinstance(t, str) and t for t in result["ontbreekt"])


@INSTELLINGEN
@given(st.sampled_from(examenroute.invoer.OPLEIDINGSNIVEAUS), ALLE_DATUMS)
def test_every_examenroute_result_is_json_and_consistent(niveau: str, start: date) -> None:
    TELLER["examenroute result JSON"] += 1
    uitkomst = calc.run(
        "examenroute", {"opleidingsniveau": niveau, "start_inburgeringsplicht": start.isoformat()}
    )
    assert uitkomst["ok"], uitkomst
    _serialiseerbaar(uitkomst)
    result = uitkomst["result"]
    if uitkomst["regime"] == "wi2007":
        assert set(result.values()) == {None}
        assert uitkomst["warnings"]
        return
    if uitkomst["regime"] == "wi2021":
        # No leerroute in this input: the norm depends on the route (review 2026-12, finding 7).
        assert result["taalniveau"] is None and result["participatieverklaring"] is True
        assert result["diplomawaardering_gratis"] is None and result["onderdelen"] is None
        return
    assert {"spreken", "lezen", "luisteren", "schrijven"} <= set(result["onderdelen"])
    na_2015 = start >= date(2015, 1, 1)
    assert (examenroute_wi2013.ONA in result["onderdelen"]) == na_2015
    assert result["diplomawaardering_gratis"] == na_2015
    assert result["participatieverklaring"] == (start >= date(2017, 10, 1))
    assert result["verlenging_alfabetisering_jaren"] == (2 if niveau == "analfabeet" else 0)
    assert (
        result["taalniveau"]
        == {"analfabeet": "A2", "laag": "A2", "midden": "B1", "hoog": "B2"}[niveau]
    )
    assert any(
        result["taalniveau"] + " betekent volgens bijlage 2" in s["text"] for s in uitkomst["steps"]
    )


@INSTELLINGEN
@given(ALLE_DATUMS, JONGEREN_GEBOORTE)
def test_the_isk_lasts_two_years_and_the_18th_birthday_is_18_years_on(
    start_isk: date, geboren: date
) -> None:
    TELLER["isk_einde - start_isk = 2 jaar"] += 1
    achttien = jongeren_wi2013.achttiende_verjaardag(geboren)
    assert achttien.year - geboren.year == 18
    # born on 29 February: 1 March in a year without it (the stated assumption)
    assert (achttien.month, achttien.day) in {(geboren.month, geboren.day), (3, 1)}
    assert 18 * 365 + 4 <= (achttien - geboren).days <= 18 * 365 + 5
    einde = jongeren_wi2013.isk_einde(start_isk, date(2016, 1, 1))
    # the start day counts: the last day is the day before the same date 2 years later
    dag_erna = einde + timedelta(days=1)
    assert dag_erna.year - start_isk.year == 2
    assert (dag_erna.month, dag_erna.day) in {(start_isk.month, start_isk.day), (3, 1)}
    assert 730 <= (dag_erna - start_isk).days <= 731


@INSTELLINGEN
@given(
    JONGEREN_GEBOORTE,
    st.none() | ALLE_DATUMS,
    st.integers(1, 4),
    st.none() | ALLE_DATUMS,
    ALLE_DATUMS,
    st.integers(0, 4000),
)
def test_every_jongeren_result_is_json_and_the_obligation_only_grows(
    geboren: date,
    inschrijving: date | None,
    niveau: int,
    start_isk: date | None,
    peil: date,
    later: int,
) -> None:
    TELLER["jongeren result JSON"] += 1
    invoer: dict[str, Any] = {"geboortedatum": geboren.isoformat(), "peildatum": peil.isoformat()}
    if inschrijving is not None:
        invoer |= {"inschrijving_mbo": inschrijving.isoformat(), "mbo_niveau": niveau}
    if start_isk is not None:
        invoer["start_isk"] = start_isk.isoformat()
    uitkomst = calc.run("jongeren", invoer)
    assert uitkomst["ok"], uitkomst
    _serialiseerbaar(uitkomst)
    result = uitkomst["result"]
    assert (
        result["achttiende_verjaardag"]
        == jongeren_wi2013.achttiende_verjaardag(geboren).isoformat()
    )
    if uitkomst["regime"] == "wi2007":
        assert result["inburgeringsplichtig"] is None and result["isk_einde"] is None
        return
    if result["inburgeringsplichtig"]:
        assert peil.isoformat() >= result["achttiende_verjaardag"]
    if result["tijdelijk_vrijgesteld"]:
        assert inschrijving is not None and niveau >= 2
        assert not result["inburgeringsplichtig"]
        if uitkomst["regime"] == "wi2013":  # 'aansluitend': only under the 2013 law
            assert inschrijving.isoformat() <= result["achttiende_verjaardag"]
    if start_isk is not None:
        dag_erna = date.fromisoformat(result["isk_einde"]) + timedelta(days=1)
        if (start_isk.month, start_isk.day) == (2, 29):
            assert dag_erna == date(start_isk.year + 2, 3, 1)
        else:
            assert dag_erna == date(start_isk.year + 2, start_isk.month, start_isk.day)
    volgende = min(peil + timedelta(days=later), date(2100, 12, 31))
    daarna = calc.run("jongeren", {**invoer, "peildatum": volgende.isoformat()})
    # Under the Wet inburgering 2021 an exempting education that begins in between ends the
    # obligation (art. 4 lid 1 d: whoever "een opleiding volgt"); otherwise it only grows.
    begint_opleiding = (
        uitkomst["regime"] == "wi2021" and inschrijving is not None and peil < inschrijving
    )
    if not begint_opleiding:
        assert daarna["result"]["inburgeringsplichtig"] >= result["inburgeringsplichtig"]


@pytest.mark.parametrize(
    ("rekenhulp", "veld"), [(r, v) for r, velden in VELDEN.items() for v in velden]
)
def test_any_json_value_in_any_field_never_raises(rekenhulp: str, veld: str) -> None:
    @settings(INSTELLINGEN, max_examples=VOORBEELDEN_PER_VELD)
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
