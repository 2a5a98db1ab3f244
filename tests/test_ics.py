"""The iCalendar export of a `termijnen` answer (RFC 5545): dates, sources, case label, the
dates from today on, reminders."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

import icalendar
import pytest

import calc
from calc.datums import datum_nl
from calc.ics import GEBEURTENISSEN, termijnen_ics, vouw
from tests.casussen import laad

INVOER = {
    "start_inburgeringsplicht": "2017-10-01",
    "vestiging_gemeente": "2017-11-15",
    "alfabetisering": True,
    "examendatum": "2018-05-10",
    "start_cursuscontract": "2017-08-31",
    "peildatum": "2018-01-01",
}
SITE = "https://voorbeeld.github.io/integratie-en-participatie/"
#: SUMMARY -> result key (the summary without a case label).
SLEUTEL_VAN = {samenvatting: sleutel for sleutel, samenvatting in GEBEURTENISSEN.items()}
TERMIJNEN = [c for bestand in ("termijnen", "termijnen_wi2021") for c in laad(bestand)]


def _ics(invoer: dict[str, Any] = INVOER, kenmerk: str = "", vanaf: str = "") -> str:
    uitkomst = calc.run("termijnen", invoer)
    assert uitkomst["ok"]
    return calc.ics_json(json.dumps(uitkomst), SITE, kenmerk, vanaf)


def _events(tekst: str) -> list[Any]:
    return list(icalendar.Calendar.from_ical(tekst).walk("VEVENT"))


def test_the_file_parses_and_holds_the_right_all_day_dates() -> None:
    kalender = icalendar.Calendar.from_ical(_ics())
    events = {str(e["SUMMARY"]): e for e in kalender.walk("VEVENT")}
    verwacht = {
        # the start day counts: start 1 October 2017, last day 30 September 2020
        "Einde inburgeringstermijn": date(2020, 9, 30),
        "Uiterste einde inburgeringstermijn (met verlenging voor alfabetisering)": date(
            2022, 9, 30
        ),
        "Participatieverklaringstraject uiterlijk afgerond": date(2018, 11, 14),
        "Uiterlijke datum uitslag examen van DUO": date(2018, 7, 5),
        "Cursuscontract ontbindbaar": date(2018, 2, 28),
    }
    assert set(events) == set(verwacht)
    for samenvatting, dag in verwacht.items():
        event = events[samenvatting]
        assert event.decoded("DTSTART") == dag
        assert event.decoded("DTEND") == dag + timedelta(days=1)
        assert event["UID"] and event["DTSTAMP"]
    assert kalender["PRODID"] and str(kalender["VERSION"]) == "2.0"
    beschrijving = str(events["Einde inburgeringstermijn"]["DESCRIPTION"])
    assert "Factsheet §1.2" in beschrijving
    assert SITE + "deel-1/inburgeren/" in beschrijving


def test_lines_end_in_crlf_and_are_at_most_75_octets() -> None:
    tekst = _ics(kenmerk="Zaak 2024-0815 é€ " * 3)
    assert tekst.endswith("\r\n")
    assert "\n" not in tekst.replace("\r\n", "")
    for regel in tekst.split("\r\n"):
        assert len(regel.encode("utf-8")) <= 75
    assert "DTSTART;VALUE=DATE:" in tekst


def test_folding_never_splits_a_multibyte_character() -> None:
    regel = "DESCRIPTION:" + "€é" * 60
    gevouwen = vouw(regel)
    assert all(len(d.encode("utf-8")) <= 75 for d in gevouwen.split("\r\n"))
    assert gevouwen.replace("\r\n ", "") == regel


def test_without_alfabetisering_the_deadline_appears_once() -> None:
    uitkomst = calc.run("termijnen", {**INVOER, "alfabetisering": False})
    samenvattingen = [str(e["SUMMARY"]) for e in _events(termijnen_ics(uitkomst))]
    assert samenvattingen.count("Einde inburgeringstermijn") == 1
    assert not any(s.startswith("Uiterste") for s in samenvattingen)


def test_a_wi2021_answer_without_any_known_date_gives_an_empty_calendar() -> None:
    uitkomst = calc.run("termijnen", {"start_inburgeringsplicht": "2022-03-01"})
    assert _events(termijnen_ics(uitkomst)) == []


# --- the source: the same as the page's step for that date ----------------------------------


@pytest.mark.parametrize("casus", TERMIJNEN, ids=[c["naam"] for c in TERMIJNEN])
def test_every_event_cites_the_source_of_the_step_that_names_its_date(
    casus: dict[str, Any],
) -> None:
    uitkomst = calc.run("termijnen", casus["invoer"])
    if not uitkomst["ok"]:
        return  # an error has no dates: nothing to put in a calendar
    for event in _events(calc.ics_json(json.dumps(uitkomst), SITE)):
        sleutel = SLEUTEL_VAN[str(event["SUMMARY"])]
        dag = datum_nl(event.decoded("DTSTART"))
        stap = uitkomst["steps"][uitkomst["stated_in"][sleutel]]
        # The step the answer names for this result states the date, on the page ...
        assert dag in stap["text"], (sleutel, dag, stap["text"])
        # ... and the event cites exactly that step's source, label and link.
        bron = stap["source"]
        beschrijving = str(event["DESCRIPTION"])
        link = bron["href"] if bron["href"].startswith("https://") else SITE + bron["href"]
        assert beschrijving.endswith(f"Bron: {bron['label']}, {link}"), (beschrijving, bron)


def test_every_date_of_every_case_has_a_step_that_states_it() -> None:
    """No event without a source: each date the calendar takes is stated by a step."""
    gezien = set()
    for casus in TERMIJNEN:
        uitkomst = calc.run("termijnen", casus["invoer"])
        if not uitkomst["ok"]:
            continue
        for sleutel in GEBEURTENISSEN:
            if isinstance(uitkomst["result"].get(sleutel), str):
                assert sleutel in uitkomst["stated_in"], (casus["naam"], sleutel)
                gezien.add(sleutel)
    assert gezien == set(GEBEURTENISSEN)  # every kind of event occurs in the case tables


def test_under_the_2021_law_the_pvt_map_and_aow_cite_what_the_page_cites() -> None:
    """Before, the calendar cited Wet inburgering 2021 art. 24 for the PVT and the MAP and the
    2013 law for the AOW age; the page cites Besluit art. 3.1, Wet art. 6 and Wet 2021 art. 3."""
    invoer = {
        "start_inburgeringsplicht": "2023-02-01",
        "datum_kennisgeving": "2023-03-01",
        "datum_pip": "2023-05-03",
        "geboortedatum": "1959-01-15",
        "peildatum": "2023-06-01",
    }
    events = {SLEUTEL_VAN[str(e["SUMMARY"])]: str(e["DESCRIPTION"]) for e in _events(_ics(invoer))}
    assert "Besluit inburgering 2021 art. 3.1" in events["participatieverklaring_uiterlijk"]
    assert "Wet inburgering 2021 art. 6" in events["map_uiterlijk"]
    assert "Wet inburgering 2021 art. 3" in events["aow_datum"]
    assert "Wet inburgering 2021 art. 11" in events["termijn_einde"]
    assert not any("art. 24" in beschrijving for beschrijving in events.values())


# --- the case label, the dates from today on, the reminder ----------------------------------


def test_the_case_label_is_in_every_summary_and_description() -> None:
    events = _events(_ics(kenmerk="  Zaak 2024-0815  "))
    assert len(events) == 5
    for event in events:
        samenvatting = str(event["SUMMARY"])
        assert samenvatting.startswith("[Zaak 2024-0815] ")
        assert samenvatting.removeprefix("[Zaak 2024-0815] ") in SLEUTEL_VAN
        assert str(event["DESCRIPTION"]).startswith("Kenmerk: Zaak 2024-0815. ")
    zonder = _events(_ics())
    assert not any("[" in str(e["SUMMARY"]) or "Kenmerk" in str(e["DESCRIPTION"]) for e in zonder)
    # Two cases with the same dates are different events in one agenda.
    assert {str(e["UID"]) for e in events}.isdisjoint(str(e["UID"]) for e in zonder)


def test_the_case_label_is_escaped_and_kept_on_one_line() -> None:
    kenmerk = "a,b;c\\d\r\nregel\tx" + "z" * 60
    tekst = _ics(kenmerk=kenmerk)
    ontvouwen = tekst.replace("\r\n ", "")
    assert "SUMMARY:[a\\,b\\;c\\\\d regel x" in ontvouwen  # RFC 5545 §3.3.11
    event = _events(tekst)[0]
    samenvatting = str(event["SUMMARY"])
    label = samenvatting[1 : samenvatting.index("]")]
    assert label == ("a,b;c\\d regel x" + "z" * 60)[:40]  # one line, at most 40 characters
    assert "\n" not in samenvatting and "\r" not in samenvatting


def test_only_the_dates_from_the_given_day_on() -> None:
    # 28 February 2018 (course contract) is before the day; 5 July 2018 (exam) is on it.
    events = _events(_ics(vanaf="2018-07-05"))
    dagen = sorted(e.decoded("DTSTART") for e in events)
    assert dagen == [date(2018, 7, 5), date(2018, 11, 14), date(2020, 9, 30), date(2022, 9, 30)]
    assert len(_events(_ics(vanaf=""))) == 5  # empty: every date
    assert _events(_ics(vanaf="2030-01-01")) == []
    # Left out before the day, the end of the term still counts once (not as the 'uiterste').
    zonder_alfa = {**INVOER, "alfabetisering": False}
    samenvattingen = [str(e["SUMMARY"]) for e in _events(_ics(zonder_alfa, vanaf="2019-01-01"))]
    assert samenvattingen == ["Einde inburgeringstermijn"]


def test_every_event_has_a_dutch_reminder_two_weeks_before_at_nine() -> None:
    events = _events(_ics(kenmerk="Zaak 7"))
    for event in events:
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        alarm = alarms[0]
        assert str(alarm["ACTION"]) == "DISPLAY"
        begin = datetime.combine(event.decoded("DTSTART"), datetime.min.time())
        assert begin + alarm.decoded("TRIGGER") == begin - timedelta(days=14) + timedelta(hours=9)
        beschrijving = str(alarm["DESCRIPTION"])
        assert beschrijving.startswith("Over 14 dagen (")
        assert beschrijving.endswith(str(event["SUMMARY"]))  # with the case label


def test_a_bare_result_gives_events_without_a_source() -> None:
    tekst = termijnen_ics({"termijn_einde": "2019-03-01"})
    (event,) = _events(tekst)
    assert str(event["DESCRIPTION"]) == "Einde inburgeringstermijn: 1 maart 2019."
