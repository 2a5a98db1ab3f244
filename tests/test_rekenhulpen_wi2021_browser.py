"""The calculators under the Wet inburgering 2021, end to end in Debian's chromium.

A 2023 case entered as a new user would enter it: the start date first, then the fields of the
2021 law appear (and those of the 2013 law go), then the answer with its steps and sources. The
same from a shared address; the .ics file of the 2021 deadlines; axe-core in every new state.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.conftest import Tab
from tests.test_rekenhulpen_browser import (
    _clean,
    _fill,
    _no_violations,
    _open,
    _text,
    _wait_result,
)

pytestmark = [pytest.mark.browser, pytest.mark.kept]

WET_2021 = "Wet inburgering 2021"

# calculator -> (inputs in the order a reader fills them, expected results, phrases in the steps)
CASES: dict[str, tuple[dict[str, str | bool], dict[str, str], list[str]]] = {
    "termijnen": (
        {
            "start_inburgeringsplicht": "1-2-2023",
            "vestiging_gemeente": "15-2-2023",
            "datum_kennisgeving": "1-3-2023",
            "datum_pip": "3-5-2023",
            "doelgroep": "asielstatushouder",
            "peildatum": "2024-01-01",
        },
        {
            "pip_uiterlijk": "10 mei 2023",
            "termijn_start": "4 mei 2023",
            "termijn_einde": "3 mei 2026",
            "map_uiterlijk": "3 mei 2026",
            "aanvraag_verlenging_vanaf": "4 november 2025",
        },
        ["dag na de dagtekening van het eerste PIP", "maatschappelijke begeleiding"],
    ),
    "lening": (
        {
            "start_inburgeringsplicht": "2023-05-01",
            "doelgroep": "asielstatushouder",
            "leeftijd": "30",
        },
        {"recht_op_lening": "Nee", "betaler": "De gemeente"},
        ["lenen niet bij DUO", "de eerste 2 pogingen"],
    ),
    "ontheffing": (
        {"start_inburgeringsplicht": "2023-01-01", "uren_cursus": "600"},
        {"afschalen_a2_mogelijk": "Ja", "ontheffing_mogelijk": "Nee"},
        ["kent geen ontheffing wegens aantoonbaar geleverde inspanning"],
    ),
    "examenroute": (
        {
            "start_inburgeringsplicht": "2023-03-01",
            "opleidingsniveau": "laag",
            "leerroute": "z",
            "doelgroep": "asielstatushouder",
            "uren_cursus": "500",
        },
        {"leerroute": "Zelfredzaamheidsroute (Z-route)", "uren_cursus_z_resterend": "300"},
        ["Zelfredzaamheidsroute: 800 uur cursus"],
    ),
    "jongeren": (
        {"geboortedatum": "1-3-2005", "peildatum": "2025-01-01"},
        {"achttiende_verjaardag": "1 maart 2023", "inburgeringsplichtig": "Ja"},
        ["regels van de Wet inburgering 2021"],
    ),
    "financiering": (
        {"jaar": "2023", "aantal_gehuisvest": "4", "aantal_inburgeringsplichtig": "4"},
        {},
        ["U = BGO + BA (2 delen", "Regeling inburgering 2021"],
    ),
}

# The fields that only the 2021 law asks for, and some that only the 2013 law asks for.
ALLEEN_2021 = {
    "termijnen": ["datum_kennisgeving", "datum_pip", "leerroute"],
    "examenroute": ["leerroute", "doelgroep", "uren_cursus", "uren_participatie"],
}
ALLEEN_2013 = {
    "termijnen": ["alfabetisering", "examendatum", "start_cursuscontract"],
    "ontheffing": ["min_pogingen", "analfabeet", "haalbaarheidstoets"],
}


def _zichtbaar(root: Any, name: str) -> bool:
    return bool(root.locator(f"[data-field='{name}']").first.is_visible())


def _check(root: Any, expected: dict[str, str], phrases: list[str]) -> None:
    for key, value in expected.items():
        _wait_result(root, key, value)
    root.locator("[data-regime]").filter(has_text=WET_2021).wait_for(timeout=10_000)
    uitleg = " ".join((root.locator("[data-explanation]").text_content() or "").split())
    for phrase in phrases:
        assert phrase in uitleg, (phrase, uitleg)
    steps = root.locator("[data-steps] li")
    assert steps.count() >= 2
    assert steps.locator("a[href]").count() >= steps.count(), "every step cites its source"


@pytest.mark.parametrize("calculator", sorted(CASES))
def test_a_2023_case_typed_in_gets_the_2021_answer_and_passes_axe(
    tab: Tab, calculator: str
) -> None:
    inputs, expected, phrases = CASES[calculator]
    root = _open(tab, calculator)
    for name in ALLEEN_2021.get(calculator, []):
        assert not _zichtbaar(root, name), f"{name} shows before the start date is known"
    first, *rest = inputs.items()
    _fill(root, dict([first]))
    for name in ALLEEN_2021.get(calculator, []):
        root.locator(f"[data-field='{name}']").first.wait_for(state="visible", timeout=5_000)
    for name in ALLEEN_2013.get(calculator, []):
        root.locator(f"[data-field='{name}']").first.wait_for(state="hidden", timeout=5_000)
    _fill(root, dict(rest))
    if calculator == "financiering":
        root.locator("[data-form] button[type=submit]").click()
    _check(root, expected, phrases)
    _no_violations(tab, f"{calculator} (Wet inburgering 2021)")
    _clean(tab)


@pytest.mark.parametrize("calculator", sorted(CASES))
def test_a_2023_case_from_a_shared_address_gets_the_2021_answer(tab: Tab, calculator: str) -> None:
    inputs, expected, phrases = CASES[calculator]
    query = {k: ("true" if v is True else v) for k, v in inputs.items()}
    root = _open(tab, calculator, query)
    _check(root, expected, phrases)
    for name, value in query.items():
        assert root.locator(f"[name='{name}']").first.input_value() == value, name
        assert _zichtbaar(root, name), f"{name} from the address must show"
    _clean(tab)


def test_moving_the_start_date_across_2022_switches_the_fields_and_keeps_what_was_typed(
    tab: Tab,
) -> None:
    root = _open(tab, "termijnen", {"start_inburgeringsplicht": "2016-03-01"})
    _wait_result(root, "termijn_einde", "28 februari 2019")
    assert _zichtbaar(root, "alfabetisering") and not _zichtbaar(root, "datum_pip")
    _fill(root, {"examendatum": "2017-05-01"})
    _fill(root, {"start_inburgeringsplicht": "2023-02-01", "datum_pip": "2023-05-03"})
    _wait_result(root, "termijn_einde", "3 mei 2026")
    assert not _zichtbaar(root, "examendatum")
    assert root.locator("[name='examendatum']").input_value() == "2017-05-01"
    _fill(root, {"start_inburgeringsplicht": "2016-03-01"})
    _wait_result(root, "termijn_einde", "28 februari 2019")
    assert _zichtbaar(root, "examendatum") and not _zichtbaar(root, "datum_pip")
    assert root.locator("[name='datum_pip']").input_value() == "2023-05-03"
    _clean(tab)


def test_the_calendar_file_holds_the_2021_deadlines(tab: Tab) -> None:
    inputs, expected, _ = CASES["termijnen"]
    root = _open(tab, "termijnen", {k: str(v) for k, v in inputs.items()})
    _wait_result(root, "termijn_einde", expected["termijn_einde"])
    root.locator("[data-ics-vanaf]").uncheck()  # the past dates too, whatever today is
    with tab.page.expect_download() as info:  # type: ignore[attr-defined]
        root.locator("[data-ics]").click()
    text = open(info.value.path(), encoding="utf-8", newline="").read()  # noqa: SIM115
    unfolded = text.replace("\r\n ", "")
    # PIP, end of the term (with PVT and MAP on the same day), the extension window.
    for day in ("20230510", "20260503", "20251104"):
        assert re.search(rf"DTSTART[^:\r\n]*:{day}", unfolded), (day, unfolded)
    assert "Module Arbeidsmarkt en Participatie" in unfolded
    assert "BWBR0044770" in unfolded and "BWBR0045555" in unfolded
    # The PVT cites what the page's step on it cites (Besluit art. 3.1), not Wet art. 24.
    step = root.locator("[data-steps] li", has_text="participatieverklaringstraject (ten minste")
    label = _text(step.locator(".rekenhulp__source a"))
    pvt = re.search(
        r"SUMMARY:Participatieverklaringstraject[^\r\n]*\r\nDESCRIPTION:[^\r\n]*", unfolded
    )
    assert pvt and f"Bron: {label}" in pvt.group(0) and "art. 3.1" in label, (label, pvt)
    _clean(tab)


def test_an_impossible_pip_date_is_a_dutch_error_on_its_field_and_passes_axe(tab: Tab) -> None:
    query = {"start_inburgeringsplicht": "2023-02-01", "datum_pip": "30-2-2023"}
    root = _open(tab, "termijnen", query)
    summary = root.locator("[data-summary]")
    summary.wait_for(state="visible")
    field = root.locator("[name='datum_pip']")
    assert field.is_visible() and field.get_attribute("aria-invalid") == "true"
    message = root.locator(f"#{field.get_attribute('id')}-error")
    assert "geen bestaande datum" in _text(message)
    assert field.input_value() == "30-2-2023"
    _no_violations(tab, "termijnen error (Wet inburgering 2021)")
    _clean(tab)
