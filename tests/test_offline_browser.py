"""Offline use in Debian's chromium: the service worker (offline/sw.js, src/sitebuild/offline.py).

With the worker allowed (the other browser tests block it): text pages keep no Python file;
after the home page and one calculator page every calculator answers offline from a shared
link, a page read loads and a page not read shows the offline page, at the root and under a
sub-path (/project/); the button on the calculators' overview keeps them with its progress; a
new deploy answers after one reload and replaces the old cache; the site can be installed.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest

from calc.rekenhulpen import REGISTER
from tests.conftest import ROOT, SiteServer, Tab, build_site, free_port, open_tab
from tests.helpers import axe_violations, describe, wait_until
from tests.test_rekenhulpen_browser import _ready, _wait_result

pytestmark = pytest.mark.browser

BOOT_TIMEOUT = 60_000
PYTHON_FILES = ("/assets/pyodide/", "/assets/wheels/", "/assets/rekenhulpen/")

# What the service worker says of itself (offline/sw.js, message "status").
SW_STATUS = """async () => {
    const registration = await navigator.serviceWorker.ready;
    return new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data);
        registration.active.postMessage({ type: "status" }, [channel.port2]);
    });
}"""

# Every calculator from a shared link, with inputs not seen before going offline, and what
# it must answer (the same cases as the tests of the calculators themselves).
SHARED: list[tuple[str, list[tuple[str, str]], dict[str, str]]] = [
    (
        "overzicht",
        [
            ("doelgroep", "asielstatushouder"),
            ("start_inburgeringsplicht", "2016-03-01"),
            ("peildatum", "2017-01-01"),
        ],
        {"volgende_datum": "28 februari 2019"},
    ),
    (
        "termijnen",
        [("start_inburgeringsplicht", "2016-02-29"), ("alfabetisering", "true")],
        {"termijn_einde": "28 februari 2019", "termijn_einde_max": "28 februari 2021"},
    ),
    (
        "lening",
        [("doelgroep", "gezinsmigrant"), ("leeftijd", "25")],
        {"recht_op_lening": "Ja"},
    ),
    (
        "financiering",
        [
            ("jaar", "2015"),
            ("aantal_gehuisvest", "5"),
            ("aantal_inburgeringsplichtig", "5"),
            ("jaar", "2016"),
            ("aantal_gehuisvest", "10"),
            ("aantal_inburgeringsplichtig", "8"),
            ("aantal_gezinsmigranten", "2"),
        ],
        {"totaal": "€ 68.260"},
    ),
    (
        "ontheffing",
        [("uren_cursus", "480"), ("min_pogingen", "3")],
        {"aantoonbare_inspanning": "Nee", "ontheffing_mogelijk": "Nee"},
    ),
    (
        "examenroute",
        [("opleidingsniveau", "analfabeet"), ("start_inburgeringsplicht", "1-3-2016")],
        {"examen": "Inburgeringsexamen", "taalniveau": "A2"},
    ),
    (
        "jongeren",
        [("geboortedatum", "17-5-2001"), ("start_isk", "2017-09-01"), ("peildatum", "2018-06-01")],
        {"achttiende_verjaardag": "17 mei 2019", "isk_einde": "31 augustus 2019"},
    ),
]


# --- Sites and tabs ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def subpath_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built for and served under /project/, as a GitHub Pages project site."""
    port = free_port()
    served = tmp_path_factory.mktemp("subpath")
    build_site(served / "project", f"http://127.0.0.1:{port}/project/")
    with SiteServer(served, port) as server:
        yield server.url + "project/"


@pytest.fixture(params=["root", "subpath"])
def site_url(request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue("base_url" if request.param == "root" else "subpath_url"))


@pytest.fixture
def sw_tab(browser: Any, site_url: str) -> Iterator[Tab]:
    with open_tab(browser, site_url, service_workers="allow") as t:
        yield t


def _status(tab: Tab) -> dict[str, Any]:
    status: dict[str, Any] = tab.page.evaluate(SW_STATUS)  # type: ignore[attr-defined]
    return status


def _wait_runtime_kept(tab: Tab) -> None:
    wait_until(tab.page, f"async () => (await ({SW_STATUS})()).runtime", timeout=BOOT_TIMEOUT)


def _shared(calculator: str, query: list[tuple[str, str]]) -> str:
    return f"rekenhulpen/{calculator}/#{urlencode(query)}"


def _root(tab: Tab, calculator: str) -> Any:
    return tab.page.locator(f"[data-rekenhulp='{calculator}']")  # type: ignore[attr-defined]


def _answers(tab: Tab, calculator: str, expected: dict[str, str]) -> None:
    _ready(tab)
    root = _root(tab, calculator)
    for key, value in expected.items():
        _wait_result(root, key, value, "tfoot" if key == "totaal" else "")


def _python_files(requests: list[str]) -> list[str]:
    return [u for u in requests if any(part in u for part in PYTHON_FILES)]


def _clean(tab: Tab) -> None:
    assert not tab.foreign_requests, tab.foreign_requests
    assert not tab.csp_violations, tab.csp_violations
    assert not tab.console_errors, tab.console_errors


# --- Tests ---------------------------------------------------------------------------------


@pytest.mark.parametrize("site_url", ["root"], indirect=True)
def test_text_pages_keep_no_python_file_with_the_service_worker(sw_tab: Tab) -> None:
    for path in ("", "deel-2/duo-lening/", "rekenhulpen/"):
        sw_tab.goto(path)
        status = _status(sw_tab)  # the worker is active: what it keeps on install is kept
    assert status["runtime"] is False and status["total"] > 10_000_000, status
    sw_tab.page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    # Not the pages, their workers nor the service worker fetched a file of the calculators.
    assert not _python_files(sw_tab.all_requests), _python_files(sw_tab.all_requests)
    assert any(u.endswith("/sw.js") for u in sw_tab.all_requests), sw_tab.all_requests
    _clean(sw_tab)


# Under /project/ only the addresses differ, and they differ alike for every calculator: there,
# the overview (the most glue: its timeline) and the table of years, besides Termijnen online.
UNDER_SUBPATH = ("overzicht", "financiering")


def test_every_calculator_answers_offline(sw_tab: Tab) -> None:
    """The home page and one calculator page online; then, offline: the first calculator from a
    shared link (a page load: Python starts from what the service worker kept), every other one
    by a link with new inputs on the site, as a reader goes on from there (two of them under
    /project/, with the caseload at the root); a page read and a page not read. Also under
    /project/."""
    assert {calculator for calculator, _, _ in SHARED} == set(REGISTER)  # every one of them
    at_root = urlsplit(sw_tab.base_url).path == "/"
    shared = [s for s in SHARED if at_root or s[0] in UNDER_SUBPATH]
    assert len(shared) == (len(SHARED) if at_root else len(UNDER_SUBPATH))
    page = sw_tab.page
    sw_tab.goto("")
    first = _status(sw_tab)
    assert first["runtime"] is False, first
    sw_tab.goto("deel-2/duo-lening/")  # a text page, read
    sw_tab.goto("rekenhulpen/termijnen/?start_inburgeringsplicht=2016-03-01")
    _answers(sw_tab, "termijnen", {"termijn_einde": "28 februari 2019"})
    _wait_runtime_kept(sw_tab)  # once Python is ready on a calculator page

    page.context.set_offline(True)  # type: ignore[attr-defined]
    for index, (calculator, query, expected) in enumerate(shared):
        if index == 0:
            sw_tab.goto(_shared(calculator, query))
        else:
            sw_tab.follow_link(_shared(calculator, query))
        _answers(sw_tab, calculator, expected)
        # The page kept its address, with the inputs in the fragment.
        assert page.url.startswith(f"{sw_tab.base_url}rekenhulpen/{calculator}/#")  # type: ignore[attr-defined]

    if at_root:  # the caseload too: read and computed in the page, offline
        sw_tab.follow_link("rekenhulpen/caseload/")
        page.fill(  # type: ignore[attr-defined]
            "[data-caseload-text]",
            "kenmerk;doelgroep;start_inburgeringsplicht\nA;overig;1-3-2016\n",
        )
        page.get_by_role("button", name="Bereken").click()  # type: ignore[attr-defined]
        row = page.locator("[data-caseload-body] tr").first  # type: ignore[attr-defined]
        row.wait_for(timeout=BOOT_TIMEOUT)
        assert row.inner_text().startswith("A")

    sw_tab.goto("deel-2/duo-lening/")
    assert "DUO-lening" in page.locator("h1").first.inner_text()  # type: ignore[attr-defined]

    sw_tab.goto("deel-4/onderwijs/")  # never opened here
    assert page.locator("h1").inner_text() == "Geen verbinding"  # type: ignore[attr-defined]
    assert page.url == sw_tab.base_url + "deel-4/onderwijs/"  # type: ignore[attr-defined]
    links = page.eval_on_selector_all(  # type: ignore[attr-defined]
        "article li a", "links => links.map(a => [a.textContent, a.href])"
    )
    hrefs = [href for _, href in links]
    for calculator, _, _ in SHARED:
        assert sw_tab.base_url + f"rekenhulpen/{calculator}/" in hrefs, links
    assert sw_tab.base_url + "deel-2/duo-lening/" in hrefs, links
    assert sw_tab.base_url + "deel-4/onderwijs/" not in hrefs, links
    # Its stylesheets came from the cache, under the page's own address.
    assert page.evaluate("document.styleSheets.length") >= 3  # type: ignore[attr-defined]
    violations = axe_violations(page)
    assert not violations, describe(violations)

    page.context.set_offline(False)  # type: ignore[attr-defined]
    own = sw_tab.base_url.split("/")[2]
    assert not [f for f in sw_tab.failed_requests if f.split("/")[2] != own]
    _clean(sw_tab)


# The files of Python's runtime (Pyodide's, the wheel) in the service worker's caches.
RUNTIME_IN_CACHE = """async () => {
    const urls = [];
    for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    const runtime = ["/assets/pyodide/", "/assets/wheels/"];
    return urls.filter((url) => runtime.some((part) => url.includes(part)));
}"""


@pytest.mark.parametrize("site_url", ["root"], indirect=True)
def test_keeping_the_runtime_waits_while_a_page_starts_python(sw_tab: Tab) -> None:
    """A reload right after the first answer: while the reloaded page starts Python, the
    service worker keeps no file of the runtime (it would compete with it); once Python has
    answered and it is quiet, it keeps them all."""
    page = sw_tab.page
    sw_tab.goto(_shared("termijnen", [("start_inburgeringsplicht", "2016-03-01")]))
    _answers(sw_tab, "termijnen", {"termijn_einde": "28 februari 2019"})
    _status(sw_tab)
    wait_until(page, "() => navigator.serviceWorker.controller !== null", timeout=BOOT_TIMEOUT)
    with page.expect_navigation(wait_until="commit"):  # type: ignore[attr-defined]
        before = page.evaluate(  # type: ignore[attr-defined]
            f"async () => {{ const kept = await ({RUNTIME_IN_CACHE})();"
            " setTimeout(() => location.reload()); return kept; }"
        )
    _ready(sw_tab)
    during = page.evaluate(RUNTIME_IN_CACHE)  # type: ignore[attr-defined]
    assert page.evaluate("navigator.serviceWorker.controller !== null")  # type: ignore[attr-defined]
    assert sorted(set(during) - set(before)) == [], "kept while Python started"
    _answers(sw_tab, "termijnen", {"termijn_einde": "28 februari 2019"})
    _wait_runtime_kept(sw_tab)
    kept = page.evaluate(RUNTIME_IN_CACHE)  # type: ignore[attr-defined]
    assert any(".wasm" in url for url in kept) and any("/snapshot-" in url for url in kept), kept
    _clean(sw_tab)


@pytest.mark.parametrize("site_url", ["root"], indirect=True)
def test_the_button_keeps_the_calculators_offline_with_progress(sw_tab: Tab) -> None:
    page = sw_tab.page
    sw_tab.goto("rekenhulpen/")
    block = page.locator("[data-offline-opslaan]")  # type: ignore[attr-defined]
    block.wait_for(state="visible")
    size = block.locator("[data-offline-size]").inner_text()
    assert re.search(r"\d+,\d MB", size), size
    button = block.get_by_role("button", name="Rekenhulpen offline beschikbaar maken")
    assert button.is_visible()
    violations = axe_violations(page)
    assert not violations, describe(violations)
    # Every value the progress bar takes, as an assistive technology would read it.
    page.evaluate(  # type: ignore[attr-defined]
        """() => {
            window.__progress = [];
            const bar = document.querySelector("[data-offline-progress]");
            new MutationObserver(() => window.__progress.push(bar.getAttribute("aria-valuetext")))
                .observe(bar, { attributes: true, attributeFilter: ["aria-valuetext"] });
        }"""
    )
    button.click()
    status = block.get_by_role("status")
    wait_until(
        page,
        "() => document.querySelector('[data-offline-status]').textContent.includes('staan op')",
        timeout=BOOT_TIMEOUT,
    )
    assert "Ze werken ook zonder internetverbinding" in status.inner_text()
    assert button.is_hidden()
    progress: list[str] = page.evaluate("window.__progress")  # type: ignore[attr-defined]
    assert len(progress) >= 2 and progress[0].startswith("0,0 MB van "), progress
    done, total = re.fullmatch(r"(\S+) MB van (\S+) MB opgeslagen", progress[-1]).groups()  # type: ignore[union-attr]
    assert done == total, progress
    violations = axe_violations(page)
    assert not violations, describe(violations)
    assert _status(sw_tab)["runtime"] is True
    # Every calculator now works offline: one of them, from a shared link.
    page.context.set_offline(True)  # type: ignore[attr-defined]
    calculator, query, expected = SHARED[4]
    sw_tab.goto(_shared(calculator, query))
    _answers(sw_tab, calculator, expected)
    page.context.set_offline(False)  # type: ignore[attr-defined]
    _clean(sw_tab)


@pytest.mark.parametrize("site_url", ["root"], indirect=True)
def test_the_site_can_be_installed(sw_tab: Tab) -> None:
    sw_tab.goto("")
    _status(sw_tab)
    cdp = sw_tab.page.context.new_cdp_session(sw_tab.page)  # type: ignore[attr-defined]
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["url"] == sw_tab.base_url + "manifest.webmanifest" and not manifest["errors"]
    parsed = manifest["manifest"]
    assert parsed["startUrl"] == sw_tab.base_url and parsed["display"] == "kStandalone"
    assert parsed["name"] == "Integratie en participatie voor gemeenten"
    errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    # Playwright's contexts are private windows, where nothing can be installed: nothing else.
    assert [e["errorId"] for e in errors] in ([], ["in-incognito"]), errors
    _clean(sw_tab)


# --- A new deploy --------------------------------------------------------------------------


def _copy_sources(tree: Path) -> None:
    """The project's sources, without what a build or a setup made; node_modules linked."""
    skip = {".git", ".venv", "node_modules", "site", "build", "dist", "__pycache__"}
    shutil.copytree(
        ROOT,
        tree,
        ignore=lambda _dir, names: [n for n in names if n in skip or n.endswith("_cache")],
        dirs_exist_ok=True,
    )
    (tree / "node_modules").symlink_to(ROOT / "node_modules")


@pytest.fixture(scope="module")
def redeploy(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, Path, Path]:
    """Two builds for one address: the site as it is, and the site with changed rules (a new
    wheel, in which the largest DUO loan is € 10.001), built from a copy of the sources."""
    port = free_port()
    first = build_site(tmp_path_factory.mktemp("first"), f"http://127.0.0.1:{port}/")
    tree = tmp_path_factory.mktemp("tree")
    _copy_sources(tree)
    rule = tree / "src" / "calc" / "parameters" / "maximum_lening.toml"
    text = rule.read_text(encoding="utf-8")
    assert text.count("waarde = 10000") == 2
    rule.write_text(text.replace("waarde = 10000", "waarde = 10001"), encoding="utf-8")
    second = build_site(tmp_path_factory.mktemp("second"), f"http://127.0.0.1:{port}/", tree)
    return port, first, second


def _build(site: Path) -> str:
    match = re.search(r'"build":"([0-9a-f]+)"', (site / "sw.js").read_text(encoding="utf-8"))
    assert match
    return match.group(1)


def test_a_new_deploy_answers_after_one_reload_and_replaces_the_cache(
    browser: Any, redeploy: tuple[int, Path, Path]
) -> None:
    port, first, second = redeploy
    old, new = _build(first), _build(second)
    assert old != new
    lening = "rekenhulpen/lening/#doelgroep=asielstatushouder&leeftijd=30"
    with SiteServer(first, port) as server, open_tab(browser, server.url, "allow") as tab:
        tab.goto(lening)
        _answers(tab, "lening", {"maximum_lening": "€ 10.000"})
        _wait_runtime_kept(tab)
        assert _status(tab)["build"] == old

        server.directory = second  # the deploy, at the same address
        tab.page.reload()  # type: ignore[attr-defined]
        _answers(tab, "lening", {"maximum_lening": "€ 10.001"})  # not the old runtime

        # The new service worker takes over; its cache, complete, replaces the old one.
        wait_until(
            tab.page,
            """async (build) => {
                const names = await caches.keys();
                return names.length === 1 && names[0].endsWith(" " + build);
            }""",
            arg=new,
            timeout=BOOT_TIMEOUT,
        )
        assert _status(tab) == {**_status(tab), "build": new, "runtime": True}
        tab.page.context.set_offline(True)  # type: ignore[attr-defined]
        tab.page.reload()  # type: ignore[attr-defined]
        _answers(tab, "lening", {"maximum_lening": "€ 10.001"})
        tab.page.context.set_offline(False)  # type: ignore[attr-defined]
        _clean(tab)
