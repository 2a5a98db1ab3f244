"""Calculators 4-6 (ontheffing, examenroute, jongeren) end to end in Debian's chromium.

Same machinery as the first three (tests/test_rekenhulpen_browser.py): typed input, a shared
address, errors beside the fields and in the summary, axe-core in the empty, result and error
states.
"""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.conftest import Tab
from tests.helpers import wait_until
from tests.test_rekenhulpen_browser import (
    _clean,
    _fill,
    _no_violations,
    _open,
    _open_each,
    _text,
    _wait_result,
)

pytestmark = [pytest.mark.browser, pytest.mark.kept]
PHRASE_TIMEOUT_MS = 10_000

# calculator -> cases of (typed inputs, expected result texts, phrases in list results)
CASES: dict[str, list[tuple[dict[str, Any], dict[str, str], list[str]]]] = {
    # One person, every calculator that applies (issue 20): the timeline is the list of dates.
    "overzicht": [
        (
            {
                "doelgroep": "asielstatushouder",
                "start_inburgeringsplicht": "1-3-2016",
                "geboortedatum": "17-5-1990",
                "opleidingsniveau": "laag",
                "peildatum": "1-1-2017",
            },
            {
                "volgende": "Einde van de inburgeringstermijn",
                "volgende_datum": "28 februari 2019",
                "dagen_tot_volgende": "788 dagen",
                "recht_op_lening": "Ja",
                "taalniveau": "A2",
            },
            ["28 februari 2019 Einde van de inburgeringstermijn (Termijnen) Eerstvolgende"],
        ),
        (
            {
                "doelgroep": "gezinslid_regulier",
                "start_inburgeringsplicht": "1-3-2023",
                "datum_kennisgeving": "15-3-2023",
                "datum_pip": "1-6-2023",
                "leerroute": "b1",
                "geboortedatum": "17-5-1990",
                "peildatum": "1-1-2024",
            },
            {"betaler": "De gemeente", "pip_uiterlijk": "24 mei 2023"},
            ["2 juni 2023 Start van de inburgeringstermijn (Termijnen) Voorbij", "Komt nog"],
        ),
    ],
    "ontheffing": [
        (
            {"uren_cursus": "600", "min_pogingen": "4"},
            {
                "aantoonbare_inspanning": "Ja",
                "ontheffing_mogelijk": "Ja",
                "boete_maximaal": "€ 1.250",
            },
            [],
        ),
        (
            {"uren_cursus": "480", "min_pogingen": "3"},
            {"aantoonbare_inspanning": "Nee", "ontheffing_mogelijk": "Nee"},
            ["nog 120 uur cursus", "nog 1 poging"],
        ),
        (
            {
                "uren_cursus": "0",
                "spreekt_nederlands": True,
                "jaren_gewerkt": "5",
                "jaren_woonachtig": "10",
            },
            # a ground is met: nothing is missing any more (issue 17)
            {"voldoende_ingeburgerd": "Ja", "ontheffing_mogelijk": "Ja"},
            [],
        ),
        (
            {"uren_cursus": "0", "medische_beperking": True, "jaren_gewerkt": "4,5"},
            {"medische_route": "Ja", "voldoende_ingeburgerd": "Nee"},
            [],
        ),
    ],
    "examenroute": [
        (
            {"opleidingsniveau": "midden", "start_inburgeringsplicht": "2018-01-01"},
            {
                "examen": "Staatsexamen NT2, programma I",
                "taalniveau": "B1",
                "participatieverklaring": "Ja",
                "diplomawaardering_gratis": "Ja",
            },
            ["Oriëntatie op de Nederlandse Arbeidsmarkt (ONA)"],
        ),
        (
            {"opleidingsniveau": "analfabeet", "start_inburgeringsplicht": "1-3-2016"},
            {
                "examen": "Inburgeringsexamen",
                "taalniveau": "A2",
                "participatieverklaring": "Nee",
                "verlenging_alfabetisering_jaren": "2 jaar",
            },
            ["Kennis van de Nederlandse Maatschappij (KNM)"],
        ),
        (
            {"opleidingsniveau": "hoog", "start_inburgeringsplicht": "2014-06-01"},
            {
                "examen": "Staatsexamen NT2, programma II",
                "taalniveau": "B2",
                "diplomawaardering_gratis": "Nee",
                "verlenging_alfabetisering_jaren": "0 jaar",
            },
            ["schrijven"],
        ),
    ],
    "jongeren": [
        (
            {
                "geboortedatum": "2000-02-29",
                "inschrijving_mbo": "2018-02-28",
                "mbo_niveau": "2",
                "peildatum": "2019-01-01",
            },
            {
                "achttiende_verjaardag": "1 maart 2018",
                "tijdelijk_vrijgesteld": "Ja",
                "inburgeringsplichtig": "Nee",
            },
            [],
        ),
        (
            {
                "geboortedatum": "2000-02-29",
                "inschrijving_mbo": "2018-03-02",
                "mbo_niveau": "2",
                "peildatum": "2019-01-01",
            },
            {"tijdelijk_vrijgesteld": "Nee", "inburgeringsplichtig": "Ja"},
            [],
        ),
        (
            {"geboortedatum": "17-5-2001", "start_isk": "2017-09-01", "peildatum": "2018-06-01"},
            {
                "achttiende_verjaardag": "17 mei 2019",
                "isk_einde": "31 augustus 2019",
                "inburgeringsplichtig": "Nee",
            },
            [],
        ),
    ],
}

# calculator -> (shared address with bad input, the fields that must be marked wrong)
ERRORS: dict[str, tuple[dict[str, str], list[str]]] = {
    "overzicht": (
        {"start_inburgeringsplicht": "31-02-2016", "geboortedatum": "gisteren"},
        ["doelgroep", "start_inburgeringsplicht", "geboortedatum"],
    ),
    "ontheffing": (
        {"uren_cursus": "-5", "jaren_gewerkt": "veel"},
        ["uren_cursus", "jaren_gewerkt"],
    ),
    "examenroute": (
        {"start_inburgeringsplicht": "2017-02-30"},
        ["opleidingsniveau", "start_inburgeringsplicht"],
    ),
    "jongeren": (
        {"geboortedatum": "morgen", "mbo_niveau": "2"},
        ["geboortedatum", "inschrijving_mbo"],
    ),
}


def _reset(root: Any) -> None:
    """Empty every field the reader can see (the other law's fields are hidden, not used)."""
    for field in root.locator("input[type=text]").all():
        if field.is_visible():
            field.fill("")
    for box in root.locator("input[type=checkbox]").all():
        if box.is_visible():
            box.set_checked(box.get_attribute("data-default") == "true")
    for select in root.locator("select").all():
        if select.is_visible():
            select.select_option("")


def _check(root: Any, expected: dict[str, str], phrases: list[str]) -> None:
    for key, value in expected.items():
        _wait_result(root, key, value)
    # An answer to the inputs typed so far may already show the expected values: wait (up to
    # PHRASE_TIMEOUT_MS, polled in the page) for the answer to all of them, then assert.
    with contextlib.suppress(PlaywrightError):  # the assertions below say what is missing
        wait_until(
            root.page,
            """([name, phrases]) => {
                const el = document.querySelector(`[data-rekenhulp='${name}'] [data-answer]`);
                const words = (el?.innerText ?? "").replace(/\\u00a0/g, " ").split(/\\s+/);
                return phrases.every((phrase) => words.join(" ").includes(phrase));
            }""",
            arg=[root.get_attribute("data-rekenhulp"), phrases],
            timeout=PHRASE_TIMEOUT_MS,
        )
    answer = _text(root.locator("[data-answer]"))
    for phrase in phrases:
        assert phrase in answer, (phrase, answer)


@pytest.mark.parametrize("calculator", sorted(CASES))
def test_computes_typed_input_and_passes_axe(tab: Tab, calculator: str) -> None:
    root = _open(tab, calculator)
    _no_violations(tab, "empty")
    for inputs, expected, phrases in CASES[calculator]:
        _reset(root)
        _fill(root, inputs)
        _check(root, expected, phrases)
        # Every step cites its source with a link.
        steps = root.locator("[data-steps] li")
        assert steps.count() >= 2
        assert steps.locator("a[href]").count() >= steps.count() - 1
    _no_violations(tab, "result")
    _clean(tab)


@pytest.mark.parametrize("calculator", sorted(CASES))
def test_computes_from_a_shared_address(tab: Tab, calculator: str) -> None:
    """Each case from its shared address, in one page (tests/test_rekenhulpen_browser.py
    `_open_each`: the first by a page load, the others as a link opened in the open page)."""
    queries = [
        {k: ("true" if v is True else v) for k, v in c[0].items()} for c in CASES[calculator]
    ]
    roots = _open_each(tab, calculator, queries)
    for (_inputs, expected, phrases), query, root in zip(
        CASES[calculator], queries, roots, strict=True
    ):
        _check(root, expected, phrases)
        for name, value in query.items():
            field = root.locator(f"[name='{name}']").first
            if field.get_attribute("type") == "checkbox":
                assert field.is_checked(), name
            else:
                assert field.input_value() == value, name
    _clean(tab)


@pytest.mark.parametrize("calculator", sorted(ERRORS))
def test_shows_errors_beside_the_fields_and_in_a_summary(tab: Tab, calculator: str) -> None:
    query, wrong = ERRORS[calculator]
    root = _open(tab, calculator, query)
    summary = root.locator("[data-summary]")
    summary.wait_for(state="visible")
    assert summary.locator("a").count() == len(wrong)
    for name in wrong:
        field = root.locator(f"[name='{name}']")
        assert field.get_attribute("aria-invalid") == "true", name
        message = root.locator(f"#{field.get_attribute('id')}-error")
        assert message.is_visible() and len(_text(message)) > 10
    for name, value in query.items():
        assert root.locator(f"[name='{name}']").input_value() == value
    assert root.locator("[data-answer]").is_hidden()
    _no_violations(tab, "error")
    _clean(tab)


def test_the_overviews_timeline_is_drawn_with_its_table_as_text_alternative(tab: Tab) -> None:
    """Issue 20: the drawing is an image named by a title and described by the table of the
    same dates, which print shows instead of the drawing."""
    query = {
        "doelgroep": "gezinslid_regulier",
        "start_inburgeringsplicht": "2023-03-01",
        "datum_kennisgeving": "2023-03-15",
        "datum_pip": "2023-06-01",
        "geboortedatum": "1990-05-17",
        "peildatum": "2024-01-01",
    }
    root = _open(tab, "overzicht", query)
    drawing = root.locator("[data-result='gebeurtenissen'] svg")
    drawing.wait_for()
    assert drawing.get_attribute("role") == "img"
    title = drawing.locator("title").text_content() or ""
    assert title.startswith("Tijdlijn: ") and "de tabel eronder" in title, title
    table = root.locator(f"#{drawing.get_attribute('aria-describedby')}")
    rows = table.locator("tbody tr")
    assert rows.count() == drawing.locator("circle").count() >= 5
    assert "Eerstvolgende" in _text(table.locator(".rekenhulp__timeline-next"))
    assert _text(rows.first).startswith("24 mei 2023 PIP uiterlijk")
    tab.page.emulate_media(media="print")  # type: ignore[attr-defined]
    assert drawing.is_hidden() and table.is_visible()
    tab.page.emulate_media(media="screen")  # type: ignore[attr-defined]
    _no_violations(tab, "timeline")
    _clean(tab)
