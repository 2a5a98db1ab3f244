"""A caseload from a CSV file (calc.caseload, issue 20): as Dutch spreadsheets write it, every
row computed or told what is wrong with it, sorted by the next date that is due."""

from __future__ import annotations

import json
import subprocess

import pytest

from calc import caseload, run
from calc.datums import datum_iso
from tests.helpers import ROOT

KOP = "kenmerk;doelgroep;start_inburgeringsplicht;geboortedatum;peildatum"
GOED = [
    "Z-1;asielstatushouder;1-3-2016;17-5-1990;1-1-2017",  # next: 28 February 2019
    "Z-2;gezinsmigrant;2023-03-01;1990-05-17;2024-01-01",  # next: in 2024 or 2025
    "Z-3;asielstatushouder;1 maart 2016;;1-3-2019",  # everything past: no next date
]
FOUT = "Z-4;buurman;31-02-2016;gisteren;1-1-2017"


def _csv(*regels: str, scheiding: str = ";", einde: str = "\n", bom: bool = False) -> str:
    tekst = einde.join(r.replace(";", scheiding) for r in regels) + einde
    return ("\ufeff" if bom else "") + tekst


@pytest.mark.parametrize(
    ("scheiding", "einde", "bom"),
    [(";", "\n", False), (",", "\r\n", False), (";", "\r\n", True), (",", "\n", True)],
    ids=["semicolon", "comma-windows", "semicolon-windows-bom", "comma-bom"],
)
def test_good_rows_are_computed_and_sorted_by_the_next_date(
    scheiding: str, einde: str, bom: bool
) -> None:
    antwoord = caseload.bereken(_csv(KOP, *GOED, scheiding=scheiding, einde=einde, bom=bom))
    assert antwoord["ok"], antwoord["errors"]
    rijen = antwoord["rows"]
    assert [r["kenmerk"] for r in rijen] == ["Z-1", "Z-2", "Z-3"]
    assert rijen[0]["result"]["volgende_datum"] == "2019-02-28"
    assert rijen[2]["result"]["volgende_datum"] is None
    assert [r["wet"] for r in rijen] == [
        "Wet inburgering 2013",
        "Wet inburgering 2021",
        "Wet inburgering 2013",
    ]
    # Each row says what the overview says for the same person, typed on its page.
    zelf = run(
        "overzicht",
        {
            "doelgroep": "asielstatushouder",
            "start_inburgeringsplicht": "2016-03-01",
            "geboortedatum": "1990-05-17",
            "peildatum": "2017-01-01",
        },
    )
    assert rijen[0]["result"] == zelf["result"]


def test_a_bad_row_keeps_its_place_with_a_message_per_cell_and_the_rest_is_computed() -> None:
    antwoord = caseload.bereken(_csv(KOP, GOED[0], FOUT, GOED[1]))
    rijen = antwoord["rows"]
    assert [r["kenmerk"] for r in rijen] == ["Z-4", "Z-1", "Z-2"]  # to fix first, then by date
    slecht = rijen[0]
    assert not slecht["ok"] and slecht["regel"] == 3
    velden = {e["field"] for e in slecht["errors"]}
    assert velden == {"doelgroep", "start_inburgeringsplicht", "geboortedatum"}
    berichten = {e["field"]: e["message"] for e in slecht["errors"]}
    assert "'buurman' kan niet" in berichten["doelgroep"]
    # A date is echoed as the cell holds it, with the example, as a form does.
    assert berichten["start_inburgeringsplicht"].startswith("'31-02-2016' is geen bestaande datum")
    assert slecht["cellen"]["geboortedatum"] == "gisteren"  # what was typed, to show it
    assert rijen[1]["ok"] and rijen[2]["ok"]


def test_a_row_is_named_by_its_line_in_the_file_blank_lines_counted() -> None:
    """The line a spreadsheet shows: a blank line between rows still has its number."""
    rijen = caseload.bereken(_csv(KOP, GOED[0], "", FOUT))["rows"]
    assert [(r["kenmerk"], r["regel"]) for r in rijen] == [("Z-4", 4), ("Z-1", 2)]


@pytest.mark.parametrize(
    ("tekst", "fout"),
    [
        ("", "leeg"),
        ("kenmerk;start_inburgeringsplicht\nZ;1-3-2016\n", "doelgroep"),
        (_csv(KOP + ";bsn", GOED[0] + ";123456782"), "Onbekende kolom(men): bsn"),
    ],
    ids=["empty", "a-required-column-missing", "an-unknown-column"],
)
def test_a_file_that_is_not_a_caseload_says_why(tekst: str, fout: str) -> None:
    antwoord = caseload.bereken(tekst)
    assert not antwoord["ok"] and antwoord["rows"] == []
    assert any(fout in e for e in antwoord["errors"]), antwoord["errors"]


def test_the_peildatum_of_the_page_counts_for_rows_without_one() -> None:
    kop = "kenmerk;doelgroep;start_inburgeringsplicht"
    antwoord = caseload.bereken(_csv(kop, "A;asielstatushouder;1-3-2016"), "2018-01-01")
    assert antwoord["rows"][0]["result"]["dagen_tot_volgende"] == 423


def test_two_hundred_rows_are_computed() -> None:
    rijen = [f"Z-{n};asielstatushouder;{1 + n % 28}-3-2016;17-5-1990;1-1-2017" for n in range(200)]
    antwoord = json.loads(caseload.bereken_json(_csv(KOP, *rijen)))
    assert len(antwoord["rows"]) == 200 and all(r["ok"] for r in antwoord["rows"])
    datums = [r["result"]["volgende_datum"] for r in antwoord["rows"]]
    assert datums == sorted(datums)


# One reading of typed dates in two languages: the forms' (JavaScript) and the caseload's.
GETYPT = [
    "1-3-2016", "01-03-2016", "1/3/2016", "1.3.2016", "2016-03-01", "2016-3-1", "1 maart 2016",
    "1 mrt. 2016", "1-MRT-2016", "15 sept 2020", "31-02-2023", "gisteren", " 2016-03-01 ",
    "1 - 3 - 2016", "1-3/2016", "32 maart 2016",
]  # fmt: skip


def test_python_reads_typed_dates_as_the_forms_do() -> None:
    script = """
        import { normaliseDate } from "./calculators/js/fields.mjs";
        console.log(JSON.stringify(JSON.parse(process.argv[1]).map(normaliseDate)));
    """
    done = subprocess.run(
        ["node", "--input-type=module", "-e", script, json.dumps(GETYPT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert [datum_iso(t) for t in GETYPT] == json.loads(done.stdout)


def test_the_agenda_has_every_rows_dates_from_a_day_with_the_rows_kenmerk() -> None:
    from datetime import date

    antwoord = caseload.bereken(_csv(KOP, *GOED, FOUT))
    tekst = caseload.agenda(antwoord, "https://example.org/", vanaf=date(2019, 1, 1))
    assert tekst.startswith("BEGIN:VCALENDAR\r\n") and tekst.endswith("END:VCALENDAR\r\n")
    assert "SUMMARY:[Z-1] Einde van de inburgeringstermijn (Termijnen)" in tekst
    assert "DTSTART;VALUE=DATE:20190228" in tekst
    assert "[Z-4]" not in tekst  # a row with a fault has no dates
    assert "Bron: " in tekst  # each date cites its source, as the page does
    uids = [r for r in tekst.split("\r\n") if r.startswith("UID:")]
    assert len(uids) == len(set(uids)) == tekst.count("BEGIN:VEVENT") > 2
