"""The built site in Debian's chromium: clean console, no other hosts, search, axe-core."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from calc.rekenhulpen import REGISTER
from tests.conftest import DESKTOP, EMPTY_INDEX_HEADER, Tab
from tests.helpers import axe_violations, describe, wait_until
from tests.sitemap import content_pages, page_html
from tests.test_layout_browser import sideways_at_phone_widths, text_starts_late
from tests.test_redactie import FACTSHEET_PAGES

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def urls(built_site: Path) -> list[str]:
    return sorted(content_pages(built_site))


def _calculator_pages(built_site: Path, urls: list[str]) -> list[str]:
    """The pages that start Python: those with a calculator (or the caseload) in them."""
    return [u for u in urls if "data-rekenhulp=" in page_html(built_site, u)]


# The text pages are checked in groups (every GROUPS-th page), so that test processes share
# them; the calculator pages, which start Python, in a group of their own.
GROUPS = 5


@pytest.mark.search_index  # a full load as a reader's: with the site's own search index
@pytest.mark.parametrize("group", [*range(GROUPS), "rekenhulpen"])
def test_every_page_loads_cleanly_from_its_own_host_and_passes_axe(
    tab: Tab, built_site: Path, urls: list[str], group: int | str
) -> None:
    """Each page, loaded once: a clean console, no CSP violation, no file missing, axe; then on
    a phone (issue 18): nothing scrolls sideways at 320 and 390 px, and on a factsheet page its
    own text starts on the first screen (tests/test_layout_browser.py has the measurements).
    Every page is loaded in full, as from a bookmark."""
    calculators = _calculator_pages(built_site, urls)
    text_pages = [u for u in urls if u not in calculators]
    pages = calculators if group == "rekenhulpen" else text_pages[int(group) :: GROUPS]
    assert pages
    problems = []
    wide: list[object] = []
    late: list[object] = []
    missing: list[str] = []  # any file a page or its workers asked for and did not get

    indexes: list[int] = []  # the sizes of the search indexes the pages got

    def on_response(response: Any) -> None:
        if response.status >= 400:
            missing.append(f"{response.status} {response.url}")
        if response.url.split("?")[0].endswith("/search/search_index.json"):
            indexes.append(int(response.headers.get("content-length", "0")))

    tab.page.on("response", on_response)  # type: ignore[attr-defined]
    try:
        _sweep(tab, pages, problems, wide, late)
    finally:
        tab.page.remove_listener("response", on_response)  # type: ignore[attr-defined]
    assert not missing, missing
    # The first full load got the site's own search index (its pages in it), as a reader's
    # does; the others an empty one (tests/conftest.py: EMPTY_INDEX_HEADER).
    assert len(indexes) == len(pages) and indexes[0] > 100_000, indexes
    assert all(size < 1000 for size in indexes[1:]), indexes
    assert not tab.foreign_requests, tab.foreign_requests
    assert not problems, "\n".join(problems)
    assert not wide, f"scrolls sideways on a phone (page, width, what): {wide}"
    assert not late, f"the text starts below the first phone screen (page, top, notices): {late}"


def _sweep(
    tab: Tab, pages: list[str], problems: list[str], wide: list[object], late: list[object]
) -> None:
    for index, url in enumerate(pages):
        tab.console_errors.clear()
        tab.csp_violations.clear()
        tab.page.set_viewport_size(DESKTOP)  # type: ignore[attr-defined]
        tab.goto(url)
        tab.settle()
        if index == 0:  # the search index is the same file on every page: built once here
            tab.page.context.set_extra_http_headers({EMPTY_INDEX_HEADER: "1"})  # type: ignore[attr-defined]
        if tab.console_errors:
            problems.append(f"{url}: console errors {tab.console_errors}")
        if tab.csp_violations:
            problems.append(f"{url}: Content Security Policy violations {tab.csp_violations}")
        violations = axe_violations(tab.page)
        if violations:
            problems.append(f"{url}: axe\n{describe(violations)}")
        wide += sideways_at_phone_widths(tab, url)
        if url in FACTSHEET_PAGES and (te_laat := text_starts_late(tab, url)):
            late.append(te_laat)


def test_the_sweep_covers_every_calculator_page(built_site: Path, urls: list[str]) -> None:
    expected = {f"rekenhulpen/{name}/" for name in REGISTER} | {"rekenhulpen/caseload/"}
    assert set(_calculator_pages(built_site, urls)) == expected


def test_axe_reports_what_it_finds(tab: Tab) -> None:
    """The check the sweep relies on can fail: an image without a text alternative and grey
    text on grey, added to a page, are reported (only violations are asked of axe)."""
    tab.goto("deel-2/duo-lening/")
    tab.page.evaluate(  # type: ignore[attr-defined]
        """() => {
            const article = document.querySelector("article");
            const img = Object.assign(document.createElement("img"), { src: "data:," });
            const p = Object.assign(document.createElement("p"), { textContent: "Grijs" });
            p.style.cssText = "color: #999; background: #aaa";
            article.append(img, p);
        }"""
    )
    ids = {v["id"] for v in axe_violations(tab.page)}
    assert {"image-alt", "color-contrast"} <= ids, ids


def test_the_sweep_covers_every_factsheet_page(urls: list[str]) -> None:
    assert set(FACTSHEET_PAGES) <= set(urls), set(FACTSHEET_PAGES) - set(urls)


def _open_search(tab: Tab) -> None:
    tab.goto("")
    tab.page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    tab.page.keyboard.press("/")  # type: ignore[attr-defined]  # Material's search shortcut


def _search(tab: Tab, query: str) -> list[str]:
    """The results' links for `query`, typed into the open search box (emptied first)."""
    page = tab.page
    box = page.locator("input.md-search__input")  # type: ignore[attr-defined]
    box.fill("")
    box.press_sequentially(query, delay=20)  # Material searches on key events, not on fill()
    # Results are re-rendered while the query is typed: wait until they belong to the whole
    # query (the links of the sections that match carry it as ?h=...; a page whose opening
    # has no match gets "?h="), then read them in one go.
    highlight = "h=" + query.replace(" ", "+")
    wait_until(
        page,
        """h => [...document.querySelectorAll('.md-search-result__item a')]
            .some((a) => a.getAttribute('href').includes(h))""",
        arg=highlight,
        timeout=10_000,
    )
    hrefs: list[str] = page.eval_on_selector_all(  # type: ignore[attr-defined]
        ".md-search-result__item a", "links => links.map(a => a.getAttribute('href'))"
    )
    return hrefs


#: What a reader types, and the page that must be among the first six results.
QUERIES = [
    ("lening", "deel-2/duo-lening/"),
    ("blauwe map", "deel-3/statushouders/"),
    ("participatieverklaring", "deel-1/participatieverklaring/"),
    # The section 'Wet inburgering 2021' (issue 9): its own terms find its pages.
    ("pip", "wet-inburgering-2021/brede-intake-en-pip/"),  # Material lowercases ?h=
    ("leerroute", "wet-inburgering-2021/leerroutes/"),
    ("brede intake", "wet-inburgering-2021/brede-intake-en-pip/"),
]


@pytest.mark.search_index
def test_the_search_box_finds_the_right_pages(tab: Tab) -> None:
    """Every query in turn in one open search box (as a reader searches again); then the open
    dialog with its results passes axe."""
    _open_search(tab)
    missed = []
    for query, expected in QUERIES:
        hrefs = _search(tab, query)
        if not any(expected in h for h in hrefs[:6]):
            missed.append((query, expected, hrefs[:6]))
    assert not missed, f"(query, expected page, first results): {missed}"
    violations = axe_violations(tab.page)
    assert not violations, describe(violations)
    assert not tab.console_errors, tab.console_errors
    assert not tab.csp_violations, tab.csp_violations


@pytest.mark.search_index
def test_search_highlights_the_query_on_the_found_page(tab: Tab) -> None:
    _open_search(tab)
    hrefs = _search(tab, "blauwe map")
    tab.page.locator(".md-search-result__item a").first.click()  # type: ignore[attr-defined]
    tab.settle()
    assert "h=" in tab.page.url, (tab.page.url, hrefs)  # type: ignore[attr-defined]
    assert tab.page.locator("article mark").count() > 0  # type: ignore[attr-defined]


def test_print_shows_the_content_without_navigation(tab: Tab) -> None:
    tab.goto("deel-2/duo-lening/")
    page = tab.page
    page.emulate_media(media="print")  # type: ignore[attr-defined]
    assert page.locator("article").is_visible()  # type: ignore[attr-defined]
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-search"):
        assert not page.locator(selector).first.is_visible(), selector  # type: ignore[attr-defined]


def _dark(tab: Tab, url: str) -> list[str]:
    """What is wrong with `url` in the dark scheme (the page opened with the system's scheme
    dark): Material's slate, and axe clean."""
    tab.goto(url)
    tab.settle()
    scheme = tab.page.evaluate("document.body.getAttribute('data-md-color-scheme')")  # type: ignore[attr-defined]
    if scheme != "slate":
        return [f"{url}: the scheme is {scheme}"]
    if "rekenhulpen" in url:
        shown = "[data-answer]:not([hidden]), [data-summary]:not([hidden])"
        tab.page.locator(shown).first.wait_for(state="visible", timeout=60_000)  # type: ignore[attr-defined]
    violations = axe_violations(tab.page)
    return [f"{url}: axe\n{describe(violations)}"] if violations else []


def test_the_dark_theme_passes_axe_too(tab: Tab) -> None:
    """The palette follows the system: a reader with a dark system theme gets Material's slate
    (text pages, one after the other in one tab)."""
    tab.page.emulate_media(color_scheme="dark")  # type: ignore[attr-defined]
    problems = [
        problem
        for url in ("", "deel-2/gemeenten/", "deel-4/onderwijs/", "bedragen-en-termijnen/")
        for problem in _dark(tab, url)
    ]
    assert not problems, "\n".join(problems)
    assert not tab.console_errors, tab.console_errors
    assert not tab.csp_violations, tab.csp_violations


@pytest.mark.kept
@pytest.mark.parametrize(
    "url",
    [
        "rekenhulpen/termijnen/#start_inburgeringsplicht=2016-03-01&peildatum=2017-03-01",
        "rekenhulpen/financiering/#jaar=2016&aantal_gehuisvest=10&aantal_inburgeringsplichtig=8",
        "rekenhulpen/lening/#leeftijd=twintig",
        # The overview's timeline: its drawing and table in the dark scheme.
        "rekenhulpen/overzicht/#doelgroep=asielstatushouder&start_inburgeringsplicht="
        "2023-03-01&datum_kennisgeving=2023-03-15&datum_pip=2023-06-01&peildatum=2024-01-01",
    ],
)
def test_the_dark_theme_passes_axe_on_the_calculators(tab: Tab, url: str) -> None:
    """In the page a test process keeps open (the palette follows the system there too:
    Material switches when the system's scheme changes)."""
    tab.page.emulate_media(color_scheme="dark")  # type: ignore[attr-defined]
    problems = _dark(tab, url)
    assert not problems, "\n".join(problems)
    assert not tab.console_errors, tab.console_errors
    assert not tab.csp_violations, tab.csp_violations
