"""The calculators (rekenhulpen) end to end in Debian's chromium, against the built site.

Python runs in the page's module worker (self-hosted Pyodide); every test types into the real
form or opens a shared address, and reads the result the reader sees.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

import pytest

from tests.conftest import Tab
from tests.helpers import axe_violations, wait_until

pytestmark = pytest.mark.browser

BOOT_TIMEOUT = 60_000  # ms; a cold boot is 1-5 s here


# --- helpers ---------------------------------------------------------------------------------


def _ready(tab: Tab) -> None:
    wait_until(
        tab.page,
        "() => window.__rekenhulp && window.__rekenhulp.state === 'ready'",
        timeout=BOOT_TIMEOUT,
    )


def _open(tab: Tab, calculator: str, query: dict[str, Any] | list[tuple[str, Any]] | None = None):
    path = f"rekenhulpen/{calculator}/"
    if query:  # a shared link: the inputs in the fragment, never sent to the server
        path += "#" + urlencode(query)
    tab.goto(path)
    _ready(tab)
    return tab.page.locator(f"[data-rekenhulp='{calculator}']")  # type: ignore[attr-defined]


def _open_next(tab: Tab, calculator: str, query: dict[str, Any] | list[tuple[str, Any]]):
    """Another shared address opened in the open page: only the fragment changes, so the page
    answers it without a reload (Python keeps running). Waits for the answer to this address:
    the line "Berekend op ... op ADDRESS" is emptied first, and written with each answer."""
    calculated = f"[data-rekenhulp='{calculator}'] [data-calculated]"
    tab.page.evaluate("(s) => { document.querySelector(s).textContent = ''; }", calculated)  # type: ignore[attr-defined]
    tab.goto(f"rekenhulpen/{calculator}/#" + urlencode(query))
    wait_until(tab.page, "(s) => document.querySelector(s).textContent !== ''", calculated)
    return tab.page.locator(f"[data-rekenhulp='{calculator}']")  # type: ignore[attr-defined]


def _open_each(tab: Tab, calculator: str, queries: list[dict[str, Any]]) -> Iterator[Any]:
    """Each shared address in turn in one page: the first by a page load, the others by
    `_open_next` (Python starts once). Yields the calculator's root for each."""
    for index, query in enumerate(queries):
        yield (_open if index == 0 else _open_next)(tab, calculator, query)


def _text(locator: Any) -> str:
    return " ".join(locator.inner_text().replace("\xa0", " ").split())


def _results(root: Any) -> dict[str, str]:
    """Every visible `data-result` outside the table, by key."""
    out = {}
    cells = root.locator("[data-outputs] [data-result]")
    for i in range(cells.count()):
        cell = cells.nth(i)
        if cell.is_visible():
            out[cell.get_attribute("data-result")] = _text(cell)
    return out


def _wait_result(
    root: Any, key: str, expected: str, scope: str = "", timeout: float = 10_000
) -> None:
    """Wait until `data-result=key` (inside `scope`) reads `expected` (nbsp as space)."""
    wait_until(
        root.page,
        """([root, key, expected, scope]) => {
            const el = document.querySelector(
                `[data-rekenhulp='${root}'] ${scope} [data-result='${key}']`);
            return el && !el.closest('[hidden]')
                && el.innerText.replace(/\\u00a0/g, ' ').replace(/\\s+/g, ' ').trim() === expected;
        }""",
        arg=[root.get_attribute("data-rekenhulp"), key, expected, scope],
        timeout=timeout,
    )


def _fill(root: Any, values: dict[str, str | bool]) -> None:
    """Type like a reader: clear, type, tick; then leave the field."""
    for name, value in values.items():
        field = root.locator(f"[name='{name}']").first
        if isinstance(value, bool):
            field.set_checked(value)
        elif field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill("")
            field.press_sequentially(value)
        field.press("Tab") if not isinstance(value, bool) else None


def _clear(root: Any) -> None:
    """Empty every field the reader can see (the other law's fields are hidden, not used)."""
    for field in root.locator("input[type=text]").all():
        if field.is_visible():
            field.fill("")
    for box in root.locator("input[type=checkbox]").all():
        if box.is_visible():
            box.set_checked(box.get_attribute("data-default") == "true")


def _no_violations(tab: Tab, state: str) -> None:
    violations = axe_violations(tab.page)
    assert not violations, (
        state,
        [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations],
    )


def _clean(tab: Tab) -> None:
    assert not tab.console_errors, tab.console_errors
    assert not tab.foreign_requests, tab.foreign_requests
    assert not tab.csp_violations, tab.csp_violations


# --- termijnen -------------------------------------------------------------------------------

TERMIJNEN_CASES = [
    pytest.param(
        {"start_inburgeringsplicht": "2016-03-01", "peildatum": "2017-03-01"},
        {
            "termijn_einde": "28 februari 2019",
            "termijn_einde_max": "28 februari 2019",
            "status": "Lopend",
            "dagen_resterend": "729 dagen",
            "participatieverklaring_verplicht": "Nee",
        },
        id="drie-jaar",
    ),
    pytest.param(
        {
            "start_inburgeringsplicht": "2016-02-29",
            "alfabetisering": True,
            "peildatum": "2022-01-01",
        },
        {
            "termijn_einde": "28 februari 2019",
            "termijn_einde_max": "28 februari 2021",
            "status": "Verlopen",
        },
        id="29-februari-met-alfabetisering",
    ),
    pytest.param(
        {
            "start_inburgeringsplicht": "1-10-2017",  # Dutch order, as people type it
            "vestiging_gemeente": "2017-11-15",
            "examendatum": "2018-05-01",
            "start_cursuscontract": "2017-08-31",
            "peildatum": "2018-01-01",
        },
        {
            "termijn_einde": "30 september 2020",
            "participatieverklaring_verplicht": "Ja",
            "participatieverklaring_uiterlijk": "14 november 2018",
            "examenuitslag_uiterlijk": "26 juni 2018",
            "cursuscontract_ontbindbaar_vanaf": "28 februari 2018",
            "dagen_resterend": "1.003 dagen",
            "status": "Lopend",
        },
        id="participatieverklaring-examen-contract",
    ),
]


@pytest.mark.kept
def test_termijnen_computes_typed_input_and_passes_axe_in_every_state(tab: Tab) -> None:
    root = _open(tab, "termijnen")
    assert "Vul de gegevens in" in _text(root.locator("[data-live]"))
    _no_violations(tab, "empty")
    for case in TERMIJNEN_CASES:
        inputs, expected = case.values
        _clear(root)
        _fill(root, inputs)
        for key, value in expected.items():
            _wait_result(root, key, value)
        # The explanation: steps in order, each with its source, and the law in words.
        steps = root.locator("[data-steps] li")
        assert steps.count() >= 3
        assert root.locator("[data-steps] li a").count() >= 3
        assert "Wet inburgering 2013" in _text(root.locator("[data-regime]"))
        # The inputs are in the address, under their own names.
        assert "start_inburgeringsplicht=" in tab.page.url  # type: ignore[attr-defined]
    _no_violations(tab, "result")
    # Site-relative sources resolve against the site, not against this page.
    href = root.locator("[data-steps] a").first.get_attribute("href") or ""
    assert href.startswith(tab.base_url) and "/rekenhulpen/" not in href, href
    _clean(tab)


@pytest.mark.kept
def test_termijnen_computes_from_a_shared_address(tab: Tab) -> None:
    """Every case from its shared address, in one page (see `_open_each`)."""
    queries = [
        {k: ("true" if v is True else v) for k, v in c.values[0].items()} for c in TERMIJNEN_CASES
    ]
    for case, root in zip(TERMIJNEN_CASES, _open_each(tab, "termijnen", queries), strict=True):
        inputs, expected = case.values
        for key, value in expected.items():
            _wait_result(root, key, value)
        # The form shows what the address said.
        for key, value in inputs.items():
            field = root.locator(f"[name='{key}']")
            if isinstance(value, bool):
                assert field.is_checked() is value, (case.id, key)
            else:
                assert field.input_value() == value, (case.id, key)
    _clean(tab)


@pytest.mark.kept
def test_termijnen_shows_errors_beside_the_fields_and_in_a_summary(tab: Tab) -> None:
    root = _open(tab, "termijnen")
    _fill(root, {"start_inburgeringsplicht": "2017-02-30", "examendatum": "morgen"})
    root.locator("button[type=submit]").click()
    summary = root.locator("[data-summary]")
    summary.wait_for(state="visible")
    # Focus moves to the summary; it links to each wrong field.
    assert tab.page.evaluate("document.activeElement.matches('[data-summary]')")  # type: ignore[attr-defined]
    links = summary.locator("a")
    assert links.count() == 2
    for name in ("start_inburgeringsplicht", "examendatum"):
        field = root.locator(f"[name='{name}']")
        assert field.get_attribute("aria-invalid") == "true"
        message_id = field.get_attribute("id") + "-error"
        assert message_id in (field.get_attribute("aria-describedby") or "").split()
        message = root.locator(f"#{message_id}")
        assert message.is_visible() and len(_text(message)) > 10
        assert any(
            links.nth(i).get_attribute("href") == f"#{field.get_attribute('id')}" for i in range(2)
        )
    # What the reader typed stays; there is no stale result.
    assert root.locator("[name='start_inburgeringsplicht']").input_value() == "2017-02-30"
    assert root.locator("[data-answer]").is_hidden()
    # A summary link puts the focus in its field.
    links.first.click()
    assert tab.page.evaluate("document.activeElement.getAttribute('aria-invalid')") == "true"  # type: ignore[attr-defined]
    _no_violations(tab, "error")
    # Correcting the field clears its error and brings the result.
    _fill(root, {"start_inburgeringsplicht": "2016-03-01", "examendatum": ""})
    _wait_result(root, "termijn_einde", "28 februari 2019")
    assert root.locator("[aria-invalid]").count() == 0
    assert summary.is_hidden()
    _clean(tab)


def _download_ics(tab: Tab, root: Any) -> str:
    """Click "Zet in agenda"; the calendar file's text, unfolded."""
    with tab.page.expect_download() as info:  # type: ignore[attr-defined]
        root.locator("[data-ics]").click()
    download = info.value
    assert download.suggested_filename.endswith(".ics")
    text = open(download.path(), encoding="utf-8", newline="").read()  # noqa: SIM115
    return text.replace("\r\n ", "")


def test_termijnen_puts_the_dates_in_a_calendar_file(tab: Tab) -> None:
    root = _open(
        tab,
        "termijnen",
        {
            "start_inburgeringsplicht": "2016-03-01",
            "alfabetisering": "true",
            "examendatum": "2018-05-01",
        },
    )
    _wait_result(root, "termijn_einde_max", "28 februari 2021")
    # The reader's today is fixed: the exam's result (26 June 2018) is past on 1 January 2019.
    tab.page.clock.set_fixed_time(datetime(2019, 1, 1, 12))  # type: ignore[attr-defined]
    kenmerk = root.locator("[data-ics-kenmerk]")
    kenmerk.press_sequentially("Zaak 2024,0815")
    vanaf = root.locator("[data-ics-vanaf]")
    assert vanaf.is_checked()  # "Alleen datums vanaf vandaag" by default
    unfolded = _download_ics(tab, root)
    assert unfolded.startswith("BEGIN:VCALENDAR\r\n")  # CRLF, as RFC 5545 says
    for day in ("20190228", "20210228"):
        assert re.search(rf"DTSTART[^:\r\n]*:{day}", unfolded), (day, unfolded)
    assert "20180626" not in unfolded
    assert "SUMMARY:[Zaak 2024\\,0815] Einde inburgeringstermijn" in unfolded
    assert unfolded.count("BEGIN:VALARM") == unfolded.count("BEGIN:VEVENT") == 2
    status = root.locator("[data-ics-status]")
    assert _text(status) == "Agendabestand gemaakt met 2 datums."
    # The case label never leaves the device: not in the address, not in the inputs.
    assert "Zaak" not in tab.page.url  # type: ignore[attr-defined]
    assert kenmerk.get_attribute("name") is None
    # The event cites the source of the page's step that names its date.
    step = root.locator("[data-steps] li", has_text="uiterlijk op 28 februari 2019").first
    link = step.locator(".rekenhulp__source a")
    source = f"Bron: {_text(link)}\\, {link.get_attribute('href')}"
    event = re.search(
        r"BEGIN:VEVENT(?:(?!END:VEVENT).)*?DTSTART[^:]*:20190228.*?END:VEVENT", unfolded, re.S
    )
    assert event and source in event.group(0), (source, event)
    _no_violations(tab, "calendar file made")

    vanaf.uncheck()
    unfolded = _download_ics(tab, root)
    for day in ("20190228", "20210228", "20180626"):
        assert re.search(rf"DTSTART[^:\r\n]*:{day}", unfolded), (day, unfolded)

    # Every date is past: no empty file, but a message that says what to do.
    tab.page.clock.set_fixed_time(datetime(2030, 1, 1, 12))  # type: ignore[attr-defined]
    vanaf.check()
    root.locator("[data-ics]").click()
    wait_until(
        tab.page,
        "() => document.querySelector('[data-ics-status]').textContent"
        ".startsWith('Er zijn geen datums vanaf vandaag')",
    )
    _no_violations(tab, "no dates from today")
    _clean(tab)


@pytest.mark.kept
def test_bereken_brings_the_result_into_view_with_the_focus_on_its_heading(tab: Tab) -> None:
    tab.page.set_viewport_size({"width": 390, "height": 844})  # type: ignore[attr-defined]
    root = _open(tab, "termijnen")
    heading = "#rh-termijnen-result-title"
    focused = "(s) => document.activeElement === document.querySelector(s)"
    field = root.locator("[name='start_inburgeringsplicht']")
    field.press_sequentially("1-3-2016")
    # Typing alone: the answer comes as the reader types, the focus stays in the field.
    _wait_result(root, "termijn_einde", "28 februari 2019")
    assert field.evaluate("e => e === document.activeElement")
    assert not tab.page.evaluate(focused, heading)  # type: ignore[attr-defined]
    root.locator("button[type=submit]").click()
    wait_until(tab.page, focused, heading)
    place = tab.page.evaluate(  # type: ignore[attr-defined]
        """(s) => {
            const r = document.querySelector(s).getBoundingClientRect();
            const header = document.querySelector('.md-header').getBoundingClientRect().bottom;
            return {top: r.top, bottom: r.bottom, header, height: innerHeight};
        }""",
        heading,
    )
    # In the viewport, and not under Material's fixed header.
    assert place["top"] >= place["header"] and place["bottom"] <= place["height"], place
    assert tab.page.get_attribute(heading, "tabindex") == "-1"  # type: ignore[attr-defined]
    _no_violations(tab, "result after Bereken")
    # Typing again after "Bereken" leaves the focus where the reader types.
    _fill(root, {"examendatum": "1-5-2018"})
    _wait_result(root, "examenuitslag_uiterlijk", "26 juni 2018")
    assert not tab.page.evaluate(focused, heading)  # type: ignore[attr-defined]
    # A shared link computes at once and leaves the focus where the page put it.
    root = _open(tab, "termijnen", {"start_inburgeringsplicht": "2016-03-01"})
    _wait_result(root, "termijn_einde", "28 februari 2019")
    assert not tab.page.evaluate(focused, heading)  # type: ignore[attr-defined]
    _clean(tab)


@pytest.mark.kept
def test_print_shows_inputs_result_steps_date_and_disclaimer(tab: Tab) -> None:
    root = _open(tab, "termijnen", {"start_inburgeringsplicht": "2016-03-01"})
    _wait_result(root, "termijn_einde", "28 februari 2019")
    tab.page.emulate_media(media="print")  # type: ignore[attr-defined]
    assert root.locator("[name='start_inburgeringsplicht']").is_visible()
    assert root.locator("[data-result='termijn_einde']").is_visible()
    assert root.locator("[data-steps] li").first.is_visible()
    calculated = root.locator("[data-calculated]")
    assert calculated.is_visible() and "Berekend op" in _text(calculated)
    disclaimer = tab.page.locator("article .admonition.warning")  # type: ignore[attr-defined]
    assert disclaimer.is_visible() and "eind 2016" in _text(disclaimer)
    assert root.locator("[data-print]").is_hidden()  # buttons do not print
    assert tab.page.locator(".md-sidebar--primary").is_hidden()  # type: ignore[attr-defined]
    _clean(tab)


# --- lening ----------------------------------------------------------------------------------

LENING_CASES = [
    pytest.param(
        {"doelgroep": "asielstatushouder", "leeftijd": "30"},
        {
            "recht_op_lening": "Ja",
            "maximum_lening": "€ 10.000",
            "max_facturering_per_kwartaal": "€ 1.250",
        },
        "kwijtschelding",
        id="statushouder",
    ),
    pytest.param(
        {"doelgroep": "gezinsmigrant", "leeftijd": "25", "voldoende_inkomen": True},
        {"recht_op_lening": "Nee"},
        None,
        id="gezinsmigrant-met-inkomen",
    ),
    pytest.param(
        {"doelgroep": "gezinsmigrant", "leeftijd": "25"},
        {"recht_op_lening": "Ja"},
        "draagkracht",
        id="gezinsmigrant-zonder-inkomen",
    ),
    pytest.param(
        {"doelgroep": "asielstatushouder", "leeftijd": "19", "tijdelijk_vrijgesteld_mbo": True},
        {"recht_op_lening": "Nee"},
        None,
        id="tijdelijk-vrijgesteld-mbo",
    ),
]


@pytest.mark.kept
def test_lening_computes_typed_input(tab: Tab) -> None:
    root = _open(tab, "lening")
    _no_violations(tab, "empty")
    for case in LENING_CASES:
        inputs, expected, repayment = case.values
        _clear(root)
        _fill(root, inputs)
        for key, value in expected.items():
            _wait_result(root, key, value)
        if repayment:
            assert repayment in _text(root.locator("[data-result='terugbetaling']"))
    _no_violations(tab, "result")
    _clean(tab)


@pytest.mark.kept
def test_lening_computes_from_a_shared_address(tab: Tab) -> None:
    """Three cases from their shared addresses, in one page (see `_open_each`)."""
    cases = LENING_CASES[:3]
    queries = [{k: ("true" if v is True else v) for k, v in c.values[0].items()} for c in cases]
    for case, root in zip(cases, _open_each(tab, "lening", queries), strict=True):
        inputs, expected, repayment = case.values
        for key, value in expected.items():
            _wait_result(root, key, value)
        if repayment:
            assert repayment in _text(root.locator("[data-result='terugbetaling']")), case.id
        assert root.locator("[name='doelgroep']").input_value() == inputs["doelgroep"]
    _clean(tab)


@pytest.mark.kept
def test_lening_shows_errors_of_bad_input(tab: Tab) -> None:
    root = _open(tab, "lening", {"leeftijd": "twintig"})
    summary = root.locator("[data-summary]")
    summary.wait_for(state="visible")  # a shared address shows its errors at once
    for name in ("doelgroep", "leeftijd"):
        field = root.locator(f"[name='{name}']")
        assert field.get_attribute("aria-invalid") == "true", name
        assert root.locator(f"#{field.get_attribute('id')}-error").is_visible()
    assert root.locator("[name='leeftijd']").input_value() == "twintig"
    assert summary.locator("a").count() == 2
    _no_violations(tab, "error")
    _clean(tab)


# --- financiering ----------------------------------------------------------------------------


def _rows(root: Any, years: list[tuple[str, str, str, str]]) -> None:
    while root.locator("[data-row]").count() < len(years):
        root.locator("[data-add-row]").click()
    while root.locator("[data-row]").count() > len(years):
        root.locator("[data-row]").last.locator("[data-remove-row]").click()
    for row, values in zip(root.locator("[data-row]").all(), years, strict=True):
        names = (
            "jaar",
            "aantal_gehuisvest",
            "aantal_inburgeringsplichtig",
            "aantal_gezinsmigranten",
        )
        for name, value in zip(names, values, strict=True):
            row.locator(f"[name='{name}']").fill(value)
    root.locator("[name='jaar']").first.press("Tab")


FINANCIERING_CASES = [
    pytest.param([("2016", "10", "8", "2")], "€ 63.260", ["€ 18.960", "€ 44.300"], id="2016"),
    pytest.param(
        [("2015", "5", "5", ""), ("2016", "10", "8", "2")],
        "€ 68.260",
        ["€ 5.000", "€ 63.260"],
        id="2015-en-2016",
    ),
    pytest.param(
        [("2016", "4", "4", ""), ("2017", "3", "2", ""), ("2018", "6", "6", "")],
        "€ 59.450",
        ["€ 27.200", "€ 18.030", "€ 14.220"],
        id="2016-2018",
    ),
]


@pytest.mark.kept
def test_financiering_computes_rows_and_totals_and_downloads_csv(tab: Tab) -> None:
    root = _open(tab, "financiering")
    _no_violations(tab, "empty")
    for case in FINANCIERING_CASES:
        years, total, cells = case.values
        _rows(root, years)
        _wait_result(root, "totaal", total, "tfoot")
        table = _text(root.locator("[data-table]"))
        for cell in cells:
            assert cell in table, (cell, table)
        assert root.locator("[data-table-body] tr").count() == len(years)
    # 2017: the payment route changed on 1 October (COA letter, then the gemeentefonds).
    assert "Op 1 oktober 2017" in _text(root.locator("[data-warnings]"))
    # 2018: the amount is sourced (VNG), so a step with its source, not a warning.
    assert "ook na 2017" in _text(root.locator("[data-steps]"))
    _no_violations(tab, "result")
    # The address holds every row, under the field names.
    assert tab.page.url.count("jaar=") == 3  # type: ignore[attr-defined]
    with tab.page.expect_download() as info:  # type: ignore[attr-defined]
        root.locator("[data-csv]").click()
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    text = open(download.path(), encoding="utf-8-sig").read()  # noqa: SIM115
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][0] == "Jaar" and rows[0][-1].endswith("(EUR)")
    years = [r[0] for r in rows[1:]]
    assert years == ["2016", "2017", "2018", "Alle jaren"], rows
    header = rows[0]
    total_col = header.index("Totaal voor de gemeente (EUR)")
    assert [r[total_col] for r in rows[1:]] == ["27200", "18030", "14220", "59450"], rows
    # A table of a 2021 and a 2022 row falls under two laws: no one law is named above it.
    _rows(root, [("2021", "4", "4", ""), ("2022", "4", "4", "")])
    root.locator("[data-table-body] tr").nth(1).wait_for()
    regime = root.locator("[data-regime]")
    regime.filter(has_text="Verschilt per jaar").wait_for()
    assert "Wet inburgering 2013" not in _text(regime), _text(regime)
    _no_violations(tab, "two laws")
    _clean(tab)


@pytest.mark.kept
def test_a_result_that_needs_an_empty_field_says_which_field(tab: Tab) -> None:
    """'Onbekend: vul ... in', never 'Niet van toepassing', when the reader left a field empty
    that the rule needs (issue 17, deliverable 3)."""
    root = _open(tab, "termijnen", {"start_inburgeringsplicht": "2017-10-01"})
    label = "\N{LEFT SINGLE QUOTATION MARK}Datum van vestiging in de gemeente"
    _wait_result(
        root,
        "participatieverklaring_uiterlijk",
        f"Onbekend: vul {label}\N{RIGHT SINGLE QUOTATION MARK} in",
    )
    _fill(root, {"vestiging_gemeente": "2017-11-15"})
    _wait_result(root, "participatieverklaring_uiterlijk", "14 november 2018")
    _clean(tab)


@pytest.mark.kept
def test_financiering_computes_from_a_shared_address_and_shows_row_errors(tab: Tab) -> None:
    query = [
        ("jaar", "2015"),
        ("aantal_gehuisvest", "5"),
        ("aantal_inburgeringsplichtig", "5"),
        ("aantal_gezinsmigranten", ""),
        ("jaar", "2016"),
        ("aantal_gehuisvest", "10"),
        ("aantal_inburgeringsplichtig", "8"),
        ("aantal_gezinsmigranten", "2"),
    ]
    root = _open(tab, "financiering", query)
    _wait_result(root, "totaal", "€ 68.260", "tfoot")
    assert root.locator("[data-row]").count() == 2
    assert root.locator("[name='jaar']").nth(1).input_value() == "2016"
    # A wrong value in the second row: marked in that row, listed in the summary.
    second = root.locator("[data-row]").nth(1)
    second.locator("[name='aantal_inburgeringsplichtig']").fill("12")  # more than housed
    root.locator("button[type=submit]").click()
    root.locator("[data-summary]").wait_for(state="visible")
    field = second.locator("[name='aantal_inburgeringsplichtig']")
    assert field.get_attribute("aria-invalid") == "true"
    assert second.locator(f"#{field.get_attribute('id')}-error").is_visible()
    assert root.locator("[data-row]").first.locator("[aria-invalid]").count() == 0
    _no_violations(tab, "error")
    _clean(tab)


# --- loading: where, once, and when it fails -------------------------------------------------


def _pyodide_requests(tab: Tab) -> list[str]:
    return [
        u
        for u in tab.requests
        if "/assets/pyodide/" in u or "/assets/wheels/" in u or "worker.mjs" in u
    ]


def _calculator_requests(tab: Tab) -> list[str]:
    """Requests for the calculators' glue (assets/rekenhulpen/: scripts, stylesheet), Pyodide
    or the wheel."""
    calculator = ("/assets/rekenhulpen/", "/assets/pyodide/", "/assets/wheels/")
    return [u for u in tab.requests if any(part in u for part in calculator)]


def _lening_by_instant_navigation(tab: Tab, link: str) -> None:
    """Click the navigation link whose address ends in `link`: Material swaps the page without
    reloading the scripts. The lening calculator there computes; the page was not reloaded and
    there is one worker."""
    tab.page.evaluate("window.__notReloaded = true")  # type: ignore[attr-defined]
    tab.page.locator(f"nav.md-nav--primary a[href$='{link}']").first.click()  # type: ignore[attr-defined]
    tab.page.wait_for_url("**/rekenhulpen/lening/")  # type: ignore[attr-defined]
    root = tab.page.locator("[data-rekenhulp='lening']")  # type: ignore[attr-defined]
    root.locator("[name='leeftijd']").wait_for()
    _fill(root, {"doelgroep": "asielstatushouder", "leeftijd": "30"})
    _wait_result(root, "recht_op_lening", "Ja")
    assert tab.page.evaluate("window.__notReloaded") is True  # type: ignore[attr-defined]
    assert tab.page.evaluate("window.__rekenhulp.created") == 1  # type: ignore[attr-defined]


def test_a_text_page_loads_no_calculator_code_until_a_calculator_is_shown(tab: Tab) -> None:
    """Text pages (the calculators' overview among them) load no Pyodide file, no wheel and no
    calculator glue, and start no worker; a calculator reached from them brings its own."""
    for path in ("", "rekenhulpen/", "deel-4/regie-inburgering/", "deel-2/duo-lening/"):
        tab.goto(path)
        tab.page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    assert any(u.endswith("/assets/javascripts/site.mjs") for u in tab.requests), tab.requests
    assert not _pyodide_requests(tab), _pyodide_requests(tab)
    assert not _calculator_requests(tab), _calculator_requests(tab)
    assert tab.page.evaluate("window.__rekenhulp.created") == 0  # type: ignore[attr-defined]
    # Instant navigation to a calculator brings its glue and stylesheet, and it works.
    _lening_by_instant_navigation(tab, "rekenhulpen/lening/")
    assert tab.page.evaluate("document.getElementById('rekenhulp-style').sheet !== null")  # type: ignore[attr-defined]
    assert any(u.endswith("/assets/rekenhulpen/calculator.mjs") for u in tab.requests)
    _clean(tab)


def test_the_worker_survives_instant_navigation(tab: Tab) -> None:
    wasm: list[str] = []
    tab.page.context.on(  # type: ignore[attr-defined]
        "request", lambda r: wasm.append(r.url) if r.url.endswith(".wasm") else None
    )
    _open(tab, "termijnen", {"start_inburgeringsplicht": "2016-03-01"})
    tab.page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]  # sitemap read
    _lening_by_instant_navigation(tab, "lening/")
    assert len(wasm) == 1, wasm
    # The first page's inputs did not follow to the second page's address.
    assert "start_inburgeringsplicht" not in tab.page.url  # type: ignore[attr-defined]
    _clean(tab)


def test_a_failed_load_says_so_and_can_be_retried(tab: Tab) -> None:
    page = tab.page
    page.route("**/pyodide.asm.wasm", lambda route: route.abort())  # type: ignore[attr-defined]
    tab.goto("rekenhulpen/termijnen/#start_inburgeringsplicht=2016-03-01")
    failed = page.locator("[data-failed]")  # type: ignore[attr-defined]
    failed.wait_for(state="visible", timeout=BOOT_TIMEOUT)
    assert "kon niet worden geladen" in _text(failed)
    assert page.locator("[data-loading]").inner_text() == ""  # type: ignore[attr-defined]
    _no_violations(tab, "failed")
    page.unroute("**/pyodide.asm.wasm")  # type: ignore[attr-defined]
    failed.locator("button", has_text="Opnieuw proberen").click()
    root = page.locator("[data-rekenhulp='termijnen']")  # type: ignore[attr-defined]
    # A retry starts Python the normal way (never from the snapshot): a full boot.
    _wait_result(root, "termijn_einde", "28 februari 2019", timeout=BOOT_TIMEOUT)
    assert failed.is_hidden()
    assert not tab.foreign_requests, tab.foreign_requests
    assert not tab.csp_violations, tab.csp_violations


def test_without_javascript_the_page_says_why(browser: Any, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base_url + "rekenhulpen/termijnen/")
        assert "werkt alleen met JavaScript" in page.locator("noscript").first.inner_text()
        assert page.locator(".rekenhulp__body").is_hidden()
    finally:
        context.close()
