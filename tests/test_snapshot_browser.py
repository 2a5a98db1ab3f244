"""The memory snapshot in Debian's chromium: the first answer comes from it, and whatever goes
wrong with it (missing, corrupt, of another wheel, too slow a line), the reader still gets the
answer from Python started the normal way."""

from __future__ import annotations

import gzip
import re
from typing import Any
from urllib.parse import urlencode

import pytest

from tests.conftest import Tab
from tests.sitemap import page_html
from tests.test_rekenhulpen_browser import _clean, _open, _wait_result

pytestmark = pytest.mark.browser

SHARED = {"start_inburgeringsplicht": "2016-03-01", "alfabetisering": "true"}


def _start(tab: Tab) -> dict[str, Any]:
    start: dict[str, Any] = tab.page.evaluate("window.__rekenhulp.start")  # type: ignore[attr-defined]
    return start


def _first_answer(tab: Tab) -> None:
    root = _open(tab, "termijnen", SHARED)
    _wait_result(root, "termijn_einde", "28 februari 2019")
    _wait_result(root, "termijn_einde_max", "28 februari 2021")


def test_the_first_answer_comes_from_the_snapshot_and_instant_navigation_keeps_it(
    tab: Tab,
) -> None:
    from tests.test_rekenhulpen_browser import _lening_by_instant_navigation

    # Whether the line is fast enough is the slow-line test's subject (and the bench's: 9 of 9
    # on localhost); here the test server may be busy with the other test processes.
    _without_the_line_judgement(tab)
    _first_answer(tab)
    assert _start(tab)["how"] == "snapshot", _start(tab)
    # Everything was in the snapshot's heap: no wheel; the reduced standard library, never
    # Pyodide's full one; the snapshot fetched once.
    assert not [u for u in tab.requests if "/assets/wheels/" in u]
    assert not [u for u in tab.requests if u.endswith("python_stdlib.zip")]
    assert len([u for u in tab.requests if re.search(r"/snapshot-[^/]+\.gz$", u)]) == 1
    assert [u for u in tab.requests if re.search(r"/stdlib-[0-9a-f]+\.zip$", u)]
    # A link to another calculator: the same worker, started from the snapshot, answers there.
    tab.page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]  # sitemap read
    _lening_by_instant_navigation(tab, "lening/")
    assert _start(tab)["how"] == "snapshot"
    _clean(tab)


BUDGET = "const SNAPSHOT_BUDGET_MS = 2000;"


def _without_the_line_judgement(tab: Tab) -> list[str]:
    """The worker's snapshot download as built, but with no budget: on a busy machine (two
    test processes, each with its Chromium, on two cores) the test server can be slow enough
    for the worker to judge the line too slow, which is another fallback than the one a test
    is about."""

    served: list[str] = []

    def handle(route: Any) -> None:
        served.append(route.request.url)
        response = route.fetch()
        body = response.text()
        assert BUDGET in body, "snapshot-fetch.mjs no longer has the budget this test switches off"
        route.fulfill(response=response, body=body.replace(BUDGET, BUDGET[:-6] + "Infinity;"))

    tab.page.route(re.compile(r".*/snapshot-fetch\.mjs(\?.*)?$"), handle)  # type: ignore[attr-defined]
    return served


def _fallback(tab: Tab, why: str) -> None:
    served = _without_the_line_judgement(tab)
    _first_answer(tab)
    assert served, "the worker did not come through the route"
    _started_normally(tab, why)


def _started_normally(tab: Tab, why: str) -> None:
    start = _start(tab)
    assert start["how"] == "normal", start
    assert why in start["why"], start
    assert [u for u in tab.requests if "/assets/wheels/" in u], "the wheel was not fetched"
    assert not tab.foreign_requests, tab.foreign_requests


def test_a_missing_snapshot_gives_the_answer_the_normal_way(tab: Tab) -> None:
    tab.page.route(  # type: ignore[attr-defined]
        re.compile(r".*/snapshot-[^/]+\.gz$"), lambda route: route.fulfill(status=404, body="")
    )
    _fallback(tab, "HTTP 404")


@pytest.mark.parametrize(
    ("body", "why"),
    [
        pytest.param(b"\x1f\x8b\x08\x00 not quite gzip" * 64, "", id="not-gzip"),
        pytest.param(gzip.compress(b"\x00" * 65536), "not a memory snapshot", id="not-a-snapshot"),
    ],
)
def test_a_corrupt_snapshot_gives_the_answer_the_normal_way(
    tab: Tab, body: bytes, why: str
) -> None:
    tab.page.route(  # type: ignore[attr-defined]
        re.compile(r".*/snapshot-[^/]+\.gz$"),
        lambda route: route.fulfill(status=200, body=body, content_type="application/gzip"),
    )
    _fallback(tab, why)


def test_a_snapshot_of_another_wheel_is_not_used(tab: Tab, built_site: Any) -> None:
    """The snapshot's Python names the wheel it was made from; the page names another."""
    html = page_html(built_site, "rekenhulpen/termijnen/")
    other = re.sub(r"(calc-[^\"?]+\.whl\?v=)[0-9a-f]+", r"\g<1>000000000000", html)
    assert other != html
    tab.page.route(  # type: ignore[attr-defined]
        re.compile(r".*/rekenhulpen/termijnen/(\?.*)?$"),
        lambda route: route.fulfill(status=200, body=other, content_type="text/html"),
    )
    _fallback(tab, "another wheel")


def _line(cdp: Any, mbit: float | None) -> None:
    """The page's line (its workers' too): `mbit` Mbit/s with 40 ms latency, or unthrottled."""
    speed = mbit * 1_000_000 / 8 if mbit else -1
    cdp.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": 40 if mbit else 0,
            "downloadThroughput": speed,
            "uploadThroughput": speed,
        },
    )


def test_on_a_slow_line_python_starts_without_the_snapshot(tab: Tab) -> None:
    """At 10 Mbit/s the snapshot's bytes would cost more than they save: it is abandoned. Once
    it is, the line is fast again: how long the normal start takes at 10 Mbit/s is the bench's
    subject, not this test's (it spent eight seconds waiting for Pyodide's bytes)."""
    cdp = tab.page.context.new_cdp_session(tab.page)  # type: ignore[attr-defined]
    cdp.send("Network.enable")
    _line(cdp, 10)
    abandoned: list[str] = []
    tab.page.context.on(  # type: ignore[attr-defined]
        "requestfailed", lambda r: abandoned.append(r.url) if "/snapshot-" in r.url else None
    )
    tab.goto("rekenhulpen/termijnen/#" + urlencode(SHARED))
    for _ in range(600):  # 30 s at most: the events arrive while Playwright waits
        if abandoned:
            break
        tab.page.wait_for_timeout(50)  # type: ignore[attr-defined]
    assert abandoned, "the snapshot's download was not abandoned on a slow line"
    _line(cdp, None)
    root = tab.page.locator("[data-rekenhulp='termijnen']")  # type: ignore[attr-defined]
    _wait_result(root, "termijn_einde", "28 februari 2019", timeout=60_000)
    _wait_result(root, "termijn_einde_max", "28 februari 2021")
    _started_normally(tab, "slow line")
