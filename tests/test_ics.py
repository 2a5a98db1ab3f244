"""The iCalendar export of a `termijnen` result (RFC 5545)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import icalendar

import calc
from calc.ics import termijnen_ics, vouw

INVOER = {
    "start_inburgeringsplicht": "2017-10-01",
    "vestiging_gemeente": "2017-11-15",
    "alfabetisering": True,
    "examendatum": "2018-05-10",
    "start_cursuscontract": "2017-08-31",
    "peildatum": "2018-01-01",
}
SITE = "https://voorbeeld.github.io/integratie-en-participatie/"


def _ics() -> str:
    uitkomst = calc.run("termijnen", INVOER)
    assert uitkomst["ok"]
    return calc.ics_json(json.dumps(uitkomst), SITE)


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
    tekst = _ics()
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


def test_text_is_escaped() -> None:
    tekst = termijnen_ics({"termijn_einde": "2019-03-01"})
    assert "\\," in tekst.replace("\r\n ", "")  # the comma in the description, unfolded
    kalender = icalendar.Calendar.from_ical(tekst)
    assert len(list(kalender.walk("VEVENT"))) == 1


def test_without_alfabetisering_the_deadline_appears_once() -> None:
    uitkomst = calc.run("termijnen", {**INVOER, "alfabetisering": False})
    kalender = icalendar.Calendar.from_ical(termijnen_ics(uitkomst))
    samenvattingen = [str(e["SUMMARY"]) for e in kalender.walk("VEVENT")]
    assert samenvattingen.count("Einde inburgeringstermijn") == 1
    assert not any(s.startswith("Uiterste") for s in samenvattingen)


def test_a_wi2021_result_gives_an_empty_calendar() -> None:
    uitkomst = calc.run("termijnen", {"start_inburgeringsplicht": "2022-03-01"})
    kalender = icalendar.Calendar.from_ical(termijnen_ics(uitkomst))
    assert list(kalender.walk("VEVENT")) == []
