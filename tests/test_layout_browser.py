"""Layout on a phone and on a desktop, in Debian's chromium, against the built site.

On a factsheet page the factsheet's own text starts on the first phone screen (the notices are
folded; print shows them open); nothing scrolls sideways on any page or calculator state at 320
and 390 px; the desktop navigation's title covers no menu item. The checks of every page run in
the site's one sweep over all pages (tests/test_site_browser.py), which loads each page once.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import pytest

from tests.conftest import Tab
from tests.helpers import axe_violations, wait_until

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
WIDTHS = (320, 390)
BOOT_TIMEOUT = 60_000  # ms


def _no_violations(tab: Tab, state: str) -> None:
    violations = axe_violations(tab.page)
    found = [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]
    assert not violations, (state, found)


# --- 1. The text first ----------------------------------------------------------------------

#: The top of the factsheet's own text: the first paragraph (or list item) after the notices.
OWN_TEXT = """() => {
    const notices = document.querySelector("article section.wijzigingen");
    const after = (e) => notices.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING
        && !notices.contains(e);
    const first = [...document.querySelectorAll("article p, article li")].find(after);
    return {
        notices: notices.getBoundingClientRect().height,
        top: first.getBoundingClientRect().top + scrollY,
        screen: innerHeight,
        open: [...notices.querySelectorAll("details")].filter((d) => d.open).length,
        folded: notices.querySelectorAll("details").length,
    };
}"""


def text_starts_late(tab: Tab, url: str) -> tuple[str, int, int] | None:
    """On a factsheet page at 390x844 (page loaded): the notices are folded and the page's own
    text starts on the first screen; else (page, top, notices). The site's sweep over every
    page (tests/test_site_browser.py) calls it, so each page is loaded once for all checks."""
    tab.page.set_viewport_size(PHONE)  # type: ignore[attr-defined]
    m = tab.page.evaluate(OWN_TEXT)  # type: ignore[attr-defined]
    assert m["open"] == 0 and m["folded"] >= 1, (url, m)
    return (url, round(m["top"]), round(m["notices"])) if m["top"] >= m["screen"] else None


def test_the_peildatum_is_one_folded_line_with_a_link_and_opens_by_keyboard(tab: Tab) -> None:
    tab.page.set_viewport_size(PHONE)  # type: ignore[attr-defined]
    tab.goto("deel-1/inburgeren/")
    page: Any = tab.page
    peildatum = page.locator("article .wijzigingen .peildatum")
    summary = peildatum.locator("summary")
    text = " ".join(summary.inner_text().split())
    assert text == "Tekst van eind 2016, over de Wet inburgering 2013", text
    # The link to what changed is outside the control that folds, shown while folded.
    link = peildatum.locator("> p a")
    assert link.is_visible() and link.get_attribute("href", timeout=0).endswith("wijzigingen/")
    body = peildatum.locator("details p").first
    assert not body.is_visible()
    _no_violations(tab, "notices folded, 390 px")
    summary.focus()
    page.keyboard.press("Enter")
    body.wait_for(state="visible", timeout=5_000)
    assert "Wet inburgering 2013" in body.inner_text()
    _no_violations(tab, "peildatum opened, 390 px")


def test_print_shows_the_text_of_the_folded_notices(tab: Tab) -> None:
    tab.goto("deel-1/inburgeren/")
    page: Any = tab.page
    shown = """() => [...document.querySelectorAll("article .wijzigingen details")].map((d) => {
        const p = d.querySelector(":scope > p, :scope > ul");
        return p.getBoundingClientRect().height > 0 && p.checkVisibility();
    })"""
    assert page.evaluate(shown) and not any(page.evaluate(shown)), "folded on screen"
    page.emulate_media(media="print")
    printed = page.evaluate(shown)
    assert len(printed) >= 4 and all(printed), printed


# --- 2. Nothing scrolls sideways ------------------------------------------------------------

#: How far the page scrolls sideways, and the elements that stick out of the viewport (not those
#: inside a container that clips or scrolls them, nor those hidden or off the canvas).
OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const clipped = (e) => {
        for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
            if (getComputedStyle(p).overflowX !== "visible") return true;
        }
        return false;
    };
    const out = [];
    for (const e of document.body.querySelectorAll("*")) {
        const r = e.getBoundingClientRect();
        if (!r.width || !r.height || r.right <= width + 0.5 || r.left >= width) continue;
        if (getComputedStyle(e).visibility === "hidden" || clipped(e)) continue;
        out.push(`${e.tagName.toLowerCase()}.${e.className}: ${Math.round(r.right)}`);
    }
    const scrollers = [...document.querySelectorAll("article *")].filter((e) => {
        const s = getComputedStyle(e).overflowX;
        return (s === "auto" || s === "scroll") && e.scrollWidth > e.clientWidth + 1;
    }).map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.scrollWidth - e.clientWidth}`);
    return {scroll: document.documentElement.scrollWidth - width, out: out.slice(0, 5), scrollers};
}"""


def _sideways(tab: Tab) -> dict[str, Any]:
    found: dict[str, Any] = tab.page.evaluate(OVERFLOW)  # type: ignore[attr-defined]
    return found if found["scroll"] > 0 or found["out"] or found["scrollers"] else {}


def sideways_at_phone_widths(tab: Tab, url: str) -> list[tuple[str, int, dict[str, Any]]]:
    """What scrolls sideways on the loaded page at 320 and 390 px. The site's sweep over every
    page calls it (tests/test_site_browser.py); the pages outside that sweep are below."""
    wide = []
    for width in WIDTHS:
        tab.page.set_viewport_size({"width": width, "height": 800})  # type: ignore[attr-defined]
        if found := _sideways(tab):
            wide.append((url, width, found))
    return wide


def test_the_error_and_offline_pages_do_not_scroll_sideways(tab: Tab) -> None:
    wide = []
    for url in ("404.html", "offline.html"):
        tab.page.set_viewport_size({"width": WIDTHS[0], "height": 800})  # type: ignore[attr-defined]
        tab.goto(url)
        wide += sideways_at_phone_widths(tab, url)
    assert not wide, wide


def _years(*years: str) -> list[tuple[str, str]]:
    return [
        pair
        for year in years
        for pair in (
            ("jaar", year),
            ("aantal_gehuisvest", "10"),
            ("aantal_inburgeringsplichtig", "8"),
            ("aantal_gezinsmigranten", "2"),
        )
    ]


#: The states with the longest results, as a shared address opens them.
STATES = {
    "overzicht-wi2021-tijdlijn": (
        "overzicht",
        [
            ("doelgroep", "gezinslid_regulier"),
            ("start_inburgeringsplicht", "2023-03-01"),
            ("vestiging_gemeente", "2023-02-01"),
            ("datum_kennisgeving", "2023-03-15"),
            ("datum_pip", "2023-06-01"),
            ("leerroute", "b1"),
            ("geboortedatum", "1990-05-17"),
            ("opleidingsniveau", "laag"),
            ("peildatum", "2024-01-01"),
        ],
    ),
    "lening-gezinsmigrant": (
        "lening",
        [
            ("doelgroep", "gezinsmigrant"),
            ("leeftijd", "30"),
            ("inburgeringsplichtig", "true"),
            ("start_inburgeringsplicht", "2023-03-01"),
            ("peildatum", "2024-01-01"),
        ],
    ),
    "lening-gezinsmigrant-2013": (
        "lening",
        [
            ("doelgroep", "gezinsmigrant"),
            ("leeftijd", "30"),
            ("inburgeringsplichtig", "true"),
            ("start_inburgeringsplicht", "2016-03-01"),
            ("peildatum", "2017-01-01"),
        ],
    ),
    "examenroute-laag": (
        "examenroute",
        [("opleidingsniveau", "laag"), ("start_inburgeringsplicht", "2016-03-01")],
    ),
    "financiering-vier-jaar": ("financiering", _years("2020", "2021", "2022", "2023")),
    "termijnen-wi2021-alle-datums": (
        "termijnen",
        [
            ("start_inburgeringsplicht", "2023-03-01"),
            ("vestiging_gemeente", "2023-02-01"),
            ("datum_kennisgeving", "2023-03-15"),
            ("datum_pip", "2023-06-01"),
            ("leerroute", "b1"),
            ("inschrijving_nieuwe_gemeente", "2024-01-01"),
            ("start_bijstand", "2023-04-01"),
            ("geboortedatum", "1990-01-01"),
            ("datum_boetebeschikking", "2026-07-01"),
            ("doelgroep", "asielstatushouder"),
            ("peildatum", "2025-01-01"),
        ],
    ),
    "ontheffing-alles-onbekend": ("ontheffing", [("peildatum", "2024-01-01")]),
    "jongeren-isk": (
        "jongeren",
        [
            ("geboortedatum", "2004-05-17"),
            ("opleiding", "mbo"),
            ("inschrijving_mbo", "2021-09-01"),
            ("mbo_niveau", "2"),
            ("start_isk", "2019-09-01"),
            ("peildatum", "2022-06-01"),
        ],
    ),
}


@pytest.mark.kept
@pytest.mark.parametrize("state", sorted(STATES))
def test_no_calculator_state_scrolls_sideways_at_320_and_390_px(tab: Tab, state: str) -> None:
    calculator, query = STATES[state]
    page: Any = tab.page
    page.set_viewport_size({"width": WIDTHS[0], "height": 800})
    tab.goto(f"rekenhulpen/{calculator}/#{urlencode(query)}")
    wait_until(
        page,
        """(name) => {
            const root = document.querySelector(`[data-rekenhulp='${name}']`);
            return root && !root.querySelector("[data-answer]").hidden
                && root.querySelectorAll("[data-steps] li").length > 0;
        }""",
        calculator,
        timeout=BOOT_TIMEOUT,
    )
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        assert not _sideways(tab), (state, width, _sideways(tab))
    _no_violations(tab, f"{state} at {WIDTHS[-1]} px")


@pytest.mark.kept
def test_the_table_of_years_stacks_on_a_phone_with_its_totals_in_view(tab: Tab) -> None:
    page: Any = tab.page
    page.set_viewport_size({"width": WIDTHS[0], "height": 800})
    tab.goto(f"rekenhulpen/financiering/#{urlencode(_years('2020', '2021', '2022'))}")
    total = page.locator("[data-rekenhulp='financiering'] tfoot [data-result='totaal']")
    wait_until(page, "() => /\\d/.test(document.querySelector(\"tfoot [data-result='totaal']\")"
               "?.textContent ?? '')", timeout=BOOT_TIMEOUT)  # fmt: skip
    # Each year a block, every value named by its column's header.
    rows = page.locator("[data-rekenhulp='financiering'] tbody tr")
    assert rows.count() == 3
    headers = page.locator("[data-rekenhulp='financiering'] thead th").all_inner_texts()
    for row in range(3):
        cells = rows.nth(row).locator("th, td")
        labels = [cells.nth(i).get_attribute("data-label") for i in range(cells.count())]
        assert labels == headers
    box = rows.nth(0).bounding_box()
    assert box["width"] <= 320 and rows.nth(1).bounding_box()["y"] > box["y"] + box["height"]
    # The totals of all years: in the page's width, each with its name shown beside it.
    total.scroll_into_view_if_needed()
    tbox = total.bounding_box()
    assert tbox["x"] >= 0 and tbox["x"] + tbox["width"] <= 320, tbox
    label = total.evaluate("e => getComputedStyle(e, '::before').content")
    assert "Totaal voor de gemeente" in label, label
    # Wide enough for the table, it is a table again.
    page.set_viewport_size({"width": 1280, "height": 800})
    assert total.evaluate("e => getComputedStyle(e).display") == "table-cell"


# --- 3. The desktop navigation's title ------------------------------------------------------

COVERED = """() => {
    const title = document.querySelector(".md-sidebar--primary .md-nav--primary > .md-nav__title");
    const wrap = document.querySelector(".md-sidebar--primary .md-sidebar__scrollwrap");
    const t = title.getBoundingClientRect();
    const w = wrap.getBoundingClientRect();
    const links = [...wrap.querySelectorAll(".md-nav__link")].filter((a) => {
        const r = a.getBoundingClientRect();
        return r.height > 0 && r.bottom > w.top && r.top < w.bottom;
    });
    const covered = links.filter((a) => {
        const r = a.getBoundingClientRect();
        const overlaps = t.height > 0 && r.top < t.bottom && r.bottom > t.top;
        const hit = document.elementFromPoint(r.left + 4, Math.max(r.top, w.top) + 3);
        return overlaps || title.contains(hit);
    }).map((a) => a.textContent.trim());
    return {links: links.length, covered};
}"""


def test_the_desktop_navigation_title_covers_no_menu_item(tab: Tab) -> None:
    """On pages with a short and a long menu, at the top and deep in the tree (one tab)."""
    page: Any = tab.page
    page.set_viewport_size({"width": 1280, "height": 720})
    wrong = []
    for url in ("", "deel-1/", "deel-4/vluchtelingenwerk/", "bijlagen/links/"):
        tab.goto(url)
        found = page.evaluate(COVERED)
        if found["links"] < 5 or found["covered"]:
            wrong.append((url, found))
    assert not wrong, wrong
