"""What is typed stays on the device (issue 18): a calculator keeps its inputs in the address's
fragment, which a browser never sends; the session's server logs every request line it answers
(tests/conftest.py, `served_requests`), and no line of it may carry a typed value. Also: links of
the old form (?…) still open and are rewritten; "Kopieer link"; dates as people type them, and
an error that echoes what was typed; the proposed year that typing replaces.

Every test uses a birth date of its own (1958-03-1x), so that a line of another test, in this
process or another, cannot make it pass or fail.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Tab, served_requests
from tests.helpers import wait_until
from tests.test_rekenhulpen_browser import (
    _clean,
    _fill,
    _no_violations,
    _open,
    _text,
    _wait_result,
)

pytestmark = pytest.mark.browser

START = "2016-03-01"
END = "28 februari 2019"  # termijn_einde for START


def _lines_with(since: int, *needles: str) -> list[str]:
    return [line for line in served_requests()[since:] if any(n in line for n in needles)]


def _hash(tab: Tab) -> str:
    return str(tab.page.evaluate("location.hash"))  # type: ignore[attr-defined]


def test_typed_input_never_reaches_the_server(tab: Tab) -> None:
    before = len(served_requests())
    root = _open(tab, "termijnen")
    _fill(root, {"start_inburgeringsplicht": START, "geboortedatum": "15 maart 1958"})
    _wait_result(root, "termijn_einde", END)
    # The inputs are in the address, in its fragment, as typed (the address follows the answer
    # to the last field typed, which may come after the first answer); the query is empty.
    wait_until(tab.page, "() => location.hash.includes('geboortedatum=15+maart+1958')")
    assert tab.page.evaluate("location.search") == ""  # type: ignore[attr-defined]
    # Material's navigation.tracking puts the heading in view in the fragment on scrolling: on a
    # calculator's page the fragment stays the inputs (a reload or a bookmark keeps them).
    tab.page.evaluate("history.replaceState({}, '', '#hoe-werkt-het')")  # type: ignore[attr-defined]
    assert "geboortedatum=" in _hash(tab), _hash(tab)
    # A reload: the same calculation, from the fragment.
    tab.page.reload()  # type: ignore[attr-defined]
    root = tab.page.locator("[data-rekenhulp='termijnen']")  # type: ignore[attr-defined]
    _wait_result(root, "termijn_einde", END, timeout=60_000)
    assert root.locator("[name='geboortedatum']").input_value() == "15 maart 1958"
    # The server saw the page (twice) and never the birth date, in any form.
    lines = served_requests()[before:]
    assert sum("GET /rekenhulpen/termijnen/ " in line for line in lines) >= 2, lines
    # Only this test's own birth date, in every form it could take: the log is shared with the
    # tests running in the other test processes (one of them opens an old ?-link on purpose).
    own = ("15+maart+1958", "15%20maart%201958", "15 maart 1958", "1958-03-15", "15-3-1958")
    assert not _lines_with(before, *own), lines
    _clean(tab)


@pytest.mark.kept
def test_a_shared_link_in_the_fragment_never_reaches_the_server(tab: Tab) -> None:
    before = len(served_requests())
    root = _open(
        tab, "termijnen", {"start_inburgeringsplicht": START, "geboortedatum": "1958-03-16"}
    )
    _wait_result(root, "termijn_einde", END)
    assert served_requests()[before:], "the log records the page's requests"
    assert not _lines_with(before, "1958-03-16"), served_requests()[before:]
    # Another shared link opened in the same tab (only the fragment changes: no page load).
    tab.goto("rekenhulpen/termijnen/#start_inburgeringsplicht=2017-05-10")
    _wait_result(root, "termijn_einde", "9 mei 2020")
    assert root.locator("[name='geboortedatum']").input_value() == ""
    _clean(tab)


def test_an_old_link_opens_and_is_rewritten_to_the_fragment(tab: Tab) -> None:
    before = len(served_requests())
    tab.goto(f"rekenhulpen/termijnen/?start_inburgeringsplicht={START}&geboortedatum=1958-03-17")
    root = tab.page.locator("[data-rekenhulp='termijnen']")  # type: ignore[attr-defined]
    _wait_result(root, "termijn_einde", END, timeout=60_000)
    url = tab.page.url  # type: ignore[attr-defined]
    assert url == (
        f"{tab.base_url}rekenhulpen/termijnen/"
        f"#start_inburgeringsplicht={START}&geboortedatum=1958-03-17"
    ), url
    # That first request did reach the server, as the privacy text says (and this shows that the
    # log would catch a value in an address).
    assert len(_lines_with(before, "geboortedatum=1958-03-17")) == 1
    _clean(tab)


@pytest.mark.kept
def test_copy_link_copies_the_address_and_says_so(tab: Tab) -> None:
    tab.page.context.grant_permissions(["clipboard-read", "clipboard-write"])  # type: ignore[attr-defined]
    root = _open(tab, "termijnen")
    _fill(root, {"start_inburgeringsplicht": "1-3-2016"})
    _wait_result(root, "termijn_einde", END)
    button = root.get_by_role("button", name="Kopieer link")
    note = _text(root.locator(f"#{button.get_attribute('aria-describedby')}"))
    assert "BSN" in note and "naam" in note, note
    button.click()
    status = root.locator("[data-share-status]")
    assert status.get_attribute("role") == "status"
    wait_until(tab.page, "() => document.querySelector('[data-share-status]').textContent !== ''")
    assert _text(status) == "Link gekopieerd"
    copied = tab.page.evaluate("navigator.clipboard.readText()")  # type: ignore[attr-defined]
    assert copied == f"{tab.base_url}rekenhulpen/termijnen/#start_inburgeringsplicht=1-3-2016"
    assert root.locator("[data-share-fallback]").is_hidden()
    _no_violations(tab, "link copied")
    _clean(tab)


# A locked-down browser: no Clipboard API (Navigator's own getter kept, to be put back).
NO_CLIPBOARD = """() => {
    window.__clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, "clipboard");
    Object.defineProperty(Navigator.prototype, "clipboard", {
        get: () => undefined, configurable: true,
    });
}"""
CLIPBOARD_BACK = (
    """() => Object.defineProperty(Navigator.prototype, "clipboard", window.__clipboard)"""
)


@pytest.mark.kept
def test_copy_link_without_a_clipboard_selects_the_address_to_copy(tab: Tab) -> None:
    root = _open(tab, "termijnen", {"start_inburgeringsplicht": START})
    _wait_result(root, "termijn_einde", END)
    tab.page.evaluate(NO_CLIPBOARD)  # type: ignore[attr-defined]
    try:
        _copy_by_hand(tab, root)
    finally:  # the kept page has its clipboard again
        tab.page.evaluate(CLIPBOARD_BACK)  # type: ignore[attr-defined]
    assert tab.page.evaluate("navigator.clipboard !== undefined")  # type: ignore[attr-defined]


def _copy_by_hand(tab: Tab, root: Any) -> None:
    root.get_by_role("button", name="Kopieer link").click()
    field = root.get_by_label("Link naar deze berekening")
    field.wait_for(state="visible")
    address = f"{tab.base_url}rekenhulpen/termijnen/#start_inburgeringsplicht={START}"
    assert field.input_value() == address
    assert field.get_attribute("readonly") is not None
    selected: Any = field.evaluate(
        "e => [document.activeElement === e, e.selectionStart, e.selectionEnd]"
    )
    assert selected == [True, 0, len(address)], selected
    wait_until(tab.page, "() => document.querySelector('[data-share-status]').textContent !== ''")
    assert "Kopiëren lukte niet" in _text(root.locator("[data-share-status]"))
    _no_violations(tab, "copy by hand")
    _clean(tab)


#: Dates as people type them, each a day later than the one before: every answer is a new one.
TYPED_DATES = [
    ("1 maart 2016", "28 februari 2019"),
    ("2 MRT 2016", "1 maart 2019"),
    ("3 mrt. 2016", "2 maart 2019"),
    ("04-03-2016", "3 maart 2019"),
    ("5/3/2016", "4 maart 2019"),
    ("6.3.2016", "5 maart 2019"),
    ("2016-3-7", "6 maart 2019"),
]


@pytest.mark.kept
def test_dates_are_read_as_people_type_them(tab: Tab) -> None:
    """One page, every form in turn (Python starts once): the answer to each typed date."""
    root = _open(tab, "termijnen")
    for typed, end in TYPED_DATES:
        _fill(root, {"start_inburgeringsplicht": typed})
        _wait_result(root, "termijn_einde", end)
        assert root.locator("[name='start_inburgeringsplicht']").input_value() == typed
    _clean(tab)


@pytest.mark.kept
def test_a_wrong_date_echoes_what_was_typed_with_the_forms_example(tab: Tab) -> None:
    root = _open(tab, "termijnen")
    _fill(root, {"start_inburgeringsplicht": "31-02-2023"})
    root.get_by_role("button", name="Bereken").click()
    field = root.locator("[name='start_inburgeringsplicht']")
    message = root.locator("[data-field='start_inburgeringsplicht'] .rekenhulp__error")
    message.wait_for(state="visible")
    text = _text(message)
    assert "'31-02-2023' is geen bestaande datum" in text, text
    assert "bijvoorbeeld 1-3-2016" in text, text
    assert "2023-02-31" not in text and "jaar-maand-dag" not in text, text
    assert field.get_attribute("aria-invalid") == "true"
    assert field.input_value() == "31-02-2023"  # the form keeps what was typed
    summary = _text(root.locator("[data-summary-list]"))
    assert "'31-02-2023'" in summary, summary
    # A month name: the echo is the words typed.
    _fill(root, {"start_inburgeringsplicht": "31 februari 2023"})
    wait_until(
        tab.page,
        """() => document.querySelector("[data-field='start_inburgeringsplicht'] .rekenhulp__error")
            .textContent.includes("'31 februari 2023'")""",
    )
    _no_violations(tab, "wrong date")
    _clean(tab)


@pytest.mark.kept
def test_typing_replaces_the_proposed_year(tab: Tab) -> None:
    root = _open(tab, "financiering")
    _fill(root, {"jaar": "2016"})
    root.get_by_role("button", name="Jaar toevoegen").click()
    second = root.locator("[data-row]").nth(1).locator("[name='jaar']")
    assert second.input_value() == "2017"  # proposed, selected, with the focus
    assert second.evaluate("e => document.activeElement === e")
    tab.page.keyboard.type("2021")  # type: ignore[attr-defined]
    assert second.input_value() == "2021"
    _clean(tab)
