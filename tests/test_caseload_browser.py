"""The caseload page in Debian's chromium (issue 20): a CSV file read in the page, every row
computed in the worker, a table sorted by the next date, and no row ever sent to the server."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import Tab, served_requests
from tests.helpers import axe_violations, describe, wait_until
from tests.test_rekenhulpen_browser import BOOT_TIMEOUT, _clean, _text

pytestmark = pytest.mark.browser

KOP = "kenmerk;doelgroep;start_inburgeringsplicht;geboortedatum;peildatum"
RIJEN = [
    "ZK-7101;gezinsmigrant;2023-03-01;1990-05-17;2024-01-01",
    "ZK-7102;asielstatushouder;1-3-2016;17-5-1990;1-1-2017",  # next: 28 februari 2019
    "ZK-7103;buurman;31-02-2016;gisteren;1-1-2017",  # three faults
]


def _open(tab: Tab) -> None:
    tab.goto("rekenhulpen/caseload/")
    wait_until(tab.page, "() => window.__rekenhulp?.state === 'ready'", timeout=BOOT_TIMEOUT)


def _table(tab: Tab) -> list[str]:
    tab.page.locator("[data-caseload-body] tr").first.wait_for()  # type: ignore[attr-defined]
    rows = tab.page.locator("[data-caseload-body] tr")  # type: ignore[attr-defined]
    return [_text(rows.nth(i)) for i in range(rows.count())]


@pytest.mark.kept
def test_a_pasted_caseload_is_a_sorted_table_and_no_row_reaches_the_server(tab: Tab) -> None:
    before = len(served_requests())
    _open(tab)
    tab.page.fill("[data-caseload-text]", "\n".join([KOP, *RIJEN]))  # type: ignore[attr-defined]
    tab.page.get_by_role("button", name="Bereken").click()  # type: ignore[attr-defined]
    rows = _table(tab)
    # The row to fix first, with a message per cell; then by the next date.
    assert rows[0].startswith("ZK-7103 Regel 4, kolom doelgroep"), rows[0]
    assert "kolom start_inburgeringsplicht: '31-02-2016' is geen bestaande datum" in rows[0]
    assert "kolom geboortedatum: 'gisteren' is geen datum" in rows[0]
    assert rows[1].startswith("ZK-7102 Einde van de inburgeringstermijn 28 februari 2019"), rows
    assert rows[2].startswith("ZK-7101"), rows
    assert "Wet inburgering 2013" in rows[1] and "Wet inburgering 2021" in rows[2], rows
    summary = _text(tab.page.locator("[data-caseload-summary]"))  # type: ignore[attr-defined]
    assert summary == "3 regels berekend, 1 met een fout; 3 getoond."
    # The focus goes to the answer, as after "Bereken" on a calculator.
    assert tab.page.evaluate("document.activeElement.id") == "caseload-uitkomst"  # type: ignore[attr-defined]
    # A filter: only the rows within 90 days of their next date.
    tab.page.select_option("[data-caseload-filter]", "fout")  # type: ignore[attr-defined]
    assert [r.split()[0] for r in _table(tab)] == ["ZK-7103"]
    tab.page.select_option("[data-caseload-filter]", "alle")  # type: ignore[attr-defined]
    # Each row opens its overview: its inputs in the fragment, never the kenmerk.
    link = tab.page.locator("[data-caseload-body] a").first  # type: ignore[attr-defined]
    href = link.get_attribute("href") or ""
    assert "rekenhulpen/overzicht/#" in href and "ZK-" not in href, href
    violations = axe_violations(tab.page)
    assert not violations, describe(violations)
    # The server saw the page and its files, never a line of the caseload.
    lines = served_requests()[before:]
    assert any("GET /rekenhulpen/caseload/ " in line for line in lines), lines
    needles = ("ZK-71", "1990", "2016", "gisteren", "buurman", "gezinsmigrant")
    assert not [line for line in lines if any(n in line for n in needles)], lines
    _clean(tab)


def test_a_chosen_file_with_a_bom_windows_line_ends_and_commas_is_read(
    tab: Tab, tmp_path: Path
) -> None:
    bestand = tmp_path / "caseload.csv"
    # With a PIP in 2025: its term ends after today, so the calendar has dates from today on.
    regels = [r.replace(";", ",") for r in (KOP, *RIJEN[:2])]
    regels[0] += ",datum_pip"
    regels[1] += ",2023-06-01"
    bestand.write_bytes(("\ufeff" + "\r\n".join(regels) + "\r\n").encode("utf-8"))
    _open(tab)
    tab.page.set_input_files("[data-caseload-file]", str(bestand))  # type: ignore[attr-defined]
    rows = _table(tab)
    assert [r.split()[0] for r in rows] == ["ZK-7102", "ZK-7101"], rows
    # The table as CSV, made in the page: semicolons, as a Dutch spreadsheet reads it.
    with tab.page.expect_download() as download:  # type: ignore[attr-defined]
        tab.page.get_by_role("button", name="Download als CSV").click()  # type: ignore[attr-defined]
    tekst = Path(download.value.path()).read_text(encoding="utf-8-sig")
    regels_uit = list(csv.reader(io.StringIO(tekst), delimiter=";"))
    assert regels_uit[0][:2] == ["kenmerk", "eerstvolgende"]
    assert regels_uit[1][:3] == ["ZK-7102", "Einde van de inburgeringstermijn", "2019-02-28"]
    assert regels_uit[1][4] == "Wet inburgering 2013"  # the law by its name, as in the table
    # One calendar for the rows shown: their dates from today, each with the row's kenmerk. The
    # reader's today is fixed, so that the term's end is still to come.
    tab.page.clock.set_fixed_time(datetime(2025, 1, 1, 12))  # type: ignore[attr-defined]
    with tab.page.expect_download() as download:  # type: ignore[attr-defined]
        tab.page.get_by_role("button", name="Zet in agenda").click()  # type: ignore[attr-defined]
    agenda = Path(download.value.path()).read_text(encoding="utf-8")
    assert agenda.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in agenda
    assert "SUMMARY:[ZK-7101] Einde van de inburgeringstermijn (Termijnen)" in agenda
    assert "20190228" not in agenda  # ZK-7102's end of the term was past on that day
    status = _text(tab.page.locator("[data-caseload-ics-status]"))  # type: ignore[attr-defined]
    assert status.startswith("Agendabestand gemaakt met"), status
    _clean(tab)


@pytest.mark.kept
def test_a_file_without_the_required_columns_says_why(tab: Tab) -> None:
    _open(tab)
    tab.page.fill("[data-caseload-text]", "kenmerk;bsn\nA;123\n")  # type: ignore[attr-defined]
    tab.page.get_by_role("button", name="Bereken").click()  # type: ignore[attr-defined]
    errors = tab.page.locator("[data-caseload-errors]")  # type: ignore[attr-defined]
    errors.wait_for(state="visible")
    assert "Onbekende kolom(men): bsn" in _text(errors)
    assert "doelgroep, start_inburgeringsplicht ontbreken" in _text(errors)
    violations = axe_violations(tab.page)
    assert not violations, describe(violations)
    _clean(tab)


@pytest.mark.kept
def test_the_filter_shows_the_people_whose_pip_is_late(tab: Tab) -> None:
    _open(tab)
    tab.page.fill(  # type: ignore[attr-defined]
        "[data-caseload-text]",
        "kenmerk;doelgroep;start_inburgeringsplicht;datum_kennisgeving;datum_pip;peildatum\n"
        "OP-TIJD;asielstatushouder;1-3-2023;15-3-2023;20-5-2023;1-1-2024\n"
        "TE-LAAT;asielstatushouder;1-3-2023;15-3-2023;;1-1-2024\n",
    )
    tab.page.get_by_role("button", name="Bereken").click()  # type: ignore[attr-defined]
    assert len(_table(tab)) == 2
    tab.page.select_option("[data-caseload-filter]", "te-laat")  # type: ignore[attr-defined]
    assert [r.split()[0] for r in _table(tab)] == ["TE-LAAT"]
    _clean(tab)
