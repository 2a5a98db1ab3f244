"""Shared fixtures: the built site, a local server for it, and Debian's chromium via Playwright.

One site build and one server for the whole test session, also under pytest-xdist: the process
that runs the session (xdist's controller, or pytest itself without xdist) serves the site on
127.0.0.1 from its start, and builds it on the first request for `/__build__` (the `built_site`
fixture of any test process), once; a test process waits for the build only when a test needs
the site, so the rules' tests run meanwhile. The server lives as long as the session, so no
test process can take it away from another.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Error as PlaywrightError

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SITE_URL_ENV = "REKENHULP_TEST_SITE_URL"  # set by the session for its test processes
BUILD_PATH = "__build__"  # GET: build the site once; answers {"site": DIR} or {"error": ...}
BUILD_TIMEOUT_S = 600
DESKTOP = {"width": 1280, "height": 720}  # Playwright's default size of a page
SERVED_PATH = "__served__"  # GET: every request line the session's server has answered, in order
# Material's search builds its index from search/search_index.json on every full page load (a
# third of a text page's load, measured: 0.35 CPU-s). A test that does not search sends this
# header, and the session's server answers that request with the same index without pages.
# The page sweep and the search tests, marked `search_index`, get the site's own index.
EMPTY_INDEX_HEADER = "X-Test-Empty-Search-Index"


def free_port() -> int:
    """A free port on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def site_build(
    out: Path, site_url: str, root: Path = ROOT, engine: str = "mkdocs"
) -> subprocess.CompletedProcess[str]:
    """`make build`'s steps (before, the engine, after) for the sources at `root`, into `out`,
    for the address `site_url`; the memory snapshot is required (a build that cannot make it
    fails)."""
    env = dict(
        os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=site_url, REKENHULP_SNAPSHOT="required"
    )
    return subprocess.run(
        [sys.executable, "-m", "sitebuild", "build", "--engine", engine, "--site-dir", str(out)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def build_site(out: Path, site_url: str, root: Path = ROOT, engine: str = "mkdocs") -> Path:
    """A site of its own for a test (another address, another wheel): built, or the test fails."""
    proc = site_build(out, site_url, root, engine)
    assert proc.returncode == 0, f"the build failed:\n{proc.stderr}"
    return out


class StaticHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - class attribute of the stdlib handler
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
        ".whl": "application/zip",
        ".svg": "image/svg+xml",
        ".webmanifest": "application/manifest+json",
    }

    def log_message(self, format: str, *args: object) -> None:
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    """A threading server that does not print a browser's closed connection (it often closes
    one before the end of a response it no longer needs)."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class SiteServer:
    """A static server on 127.0.0.1 for `directory`, which a test may swap (a new deploy)."""

    def __init__(self, directory: Path, port: int = 0) -> None:
        self.directory = directory
        server = self

        class Handler(StaticHandler):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, directory=str(server.directory), **kwargs)

        self.httpd = QuietServer(("127.0.0.1", port), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def __enter__(self) -> SiteServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class SessionSite:
    """The session's site: built once on demand into a temporary directory, and served."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="rekenhulp-site-"))
        self.lock = threading.Lock()
        self.answer: dict[str, str] | None = None
        self.served: list[str] = []  # the request lines of the site's files: what a log keeps
        site = self

        class Handler(StaticHandler):
            def do_GET(self) -> None:
                if self.path.strip("/") == BUILD_PATH:
                    self._json(site.build())
                elif self.path.strip("/") == SERVED_PATH:
                    self._json(list(site.served))
                elif self.headers.get(EMPTY_INDEX_HEADER) and self.path.split("?")[0].endswith(
                    "/search/search_index.json"
                ):
                    site.served.append(self.requestline)
                    self._json(site.empty_index())
                else:
                    site.served.append(self.requestline)
                    super().do_GET()

            def do_HEAD(self) -> None:
                site.served.append(self.requestline)
                super().do_HEAD()

            def end_headers(self) -> None:
                # The search index is asked for anew each time (not taken from the browser's
                # cache), so that a page given the empty one gets it (EMPTY_INDEX_HEADER).
                if self.path.split("?")[0].endswith("/search/search_index.json"):
                    self.send_header("Cache-Control", "no-cache")
                super().end_headers()

            def _json(self, answer: object) -> None:
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        handler = functools.partial(Handler, directory=str(self.dir))
        self.server = QuietServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def build(self) -> dict[str, str]:
        """`make build`'s steps for this server's address, once (the snapshot required).

        Built for the address it is served on, as GitHub Pages serves the site at its site_url:
        Material's instant navigation only follows links of the site's own address.
        """
        with self.lock:
            if self.answer is None:
                proc = site_build(self.dir, self.url)
                self.answer = (
                    {"site": str(self.dir)}
                    if proc.returncode == 0
                    else {"error": f"the build failed:\n{proc.stderr}"}
                )
            return self.answer

    def empty_index(self) -> dict[str, Any]:
        """The site's search index with its configuration and no pages (see EMPTY_INDEX_HEADER)."""
        index: dict[str, Any] = json.loads((self.dir / "search" / "search_index.json").read_text())
        return {**index, "docs": []}

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        shutil.rmtree(self.dir, ignore_errors=True)


_session_site: SessionSite | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _session_site
    if hasattr(config, "workerinput") or os.environ.get(SITE_URL_ENV):
        return  # a test process of xdist: the session serves the site
    _session_site = SessionSite()
    os.environ[SITE_URL_ENV] = _session_site.url  # inherited by xdist's test processes


# The browser modules whose tests take longest (measured: fresh pages, builds, a slow line). They
# go first among the browser tests, so that the last tests of a run are short ones and neither
# test process waits long for the other at the end.
SLOW_FIRST = ("test_offline_browser.py", "test_snapshot_browser.py", "test_site_browser.py")


def _run_order(item: pytest.Item) -> int:
    """First the tests that need no site (the session builds it meanwhile), then those that
    read the built site, then the browser tests, the slowest modules first."""
    if item.get_closest_marker("browser") is None:
        return int("built_site" in getattr(item, "fixturenames", ()))
    name = item.path.name
    return 2 + (SLOW_FIRST.index(name) if name in SLOW_FIRST else len(SLOW_FIRST))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The tests run in `_run_order`, and the session is asked at once to build the site: it
    builds while the tests that need none run, instead of a test waiting for it."""
    items.sort(key=_run_order)  # stable: within a rank, the order of collection
    needs_site = any("built_site" in getattr(item, "fixturenames", ()) for item in items)
    if needs_site and not config.option.collectonly:
        threading.Thread(target=_build_early, daemon=True).start()


def _build_early() -> None:
    # On an error the `built_site` fixture asks again, and fails with the reason.
    with contextlib.suppress(OSError):
        _ask_session(BUILD_PATH, BUILD_TIMEOUT_S)


def pytest_unconfigure(config: pytest.Config) -> None:
    global _session_site
    if _session_site is not None:
        _session_site.close()
        os.environ.pop(SITE_URL_ENV, None)
        _session_site = None


def _ask_session(path: str, timeout: float) -> Any:
    """The JSON answer of the session's server at `path` (never through a proxy)."""
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with direct.open(os.environ[SITE_URL_ENV] + path, timeout=timeout) as response:
        return json.loads(response.read())


@pytest.fixture(scope="session")
def built_site() -> Path:
    """The session's build of the site, as `make build` makes it (once, on first use)."""
    answer = _ask_session(BUILD_PATH, BUILD_TIMEOUT_S)
    assert "site" in answer, answer["error"]
    return Path(answer["site"])


def served_requests() -> list[str]:
    """Every request line the session's server has answered so far ("GET /path?query HTTP/1.1"),
    from any test process: what a web server's access log would keep."""
    lines: list[str] = _ask_session(SERVED_PATH, 30)
    return lines


@pytest.fixture(scope="session")
def base_url(built_site: Path) -> str:
    """The built site served on 127.0.0.1 at the address it was built for."""
    return os.environ[SITE_URL_ENV]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's chromium driven by Playwright (no browser download)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test` (it installs Debian's chromium)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


# Every `securitypolicyviolation` of a page, reported to the test (see `watch_csp`). Playwright
# adds init scripts and bindings itself, outside the page's Content Security Policy.
CSP_WATCH = """
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolation?.(
    `${e.violatedDirective} blocked ${e.blockedURI || "inline"} on ${document.URL}`
      + ` (${e.sourceFile || "?"}:${e.lineNumber}) ${e.sample}`,
  );
});
"""


def watch_csp(context: object, violations: list[str]) -> None:
    """Collect into `violations` every Content Security Policy violation in `context`."""
    context.expose_function("__cspViolation", lambda text: violations.append(text))  # type: ignore[attr-defined]
    context.add_init_script(CSP_WATCH)  # type: ignore[attr-defined]


@dataclass
class Tab:
    """A page in a fresh browser context, with what it logged and requested."""

    page: object
    base_url: str
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)  # the page's (and its workers')
    all_requests: list[str] = field(default_factory=list)  # the context's: the service worker's too
    foreign_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)
    in_flight: set[object] = field(default_factory=set)  # the context's open requests

    kept: bool = False  # a page that stays open from test to test (see `calc_tab`)

    def goto(self, path: str) -> None:
        url = self.base_url + path.lstrip("/")
        if self.kept and self._python_ready():
            self._navigate(url)
        else:
            self.page.goto(url)  # type: ignore[attr-defined]

    def _python_ready(self) -> bool:
        return bool(
            self.page.evaluate(  # type: ignore[attr-defined]
                "() => window.__rekenhulp?.state === 'ready' && !!document.querySelector("
                "'[data-rekenhulp]')"
            )
        )

    def _navigate(self, url: str) -> None:
        """Open `url` as a reader's click on a link does: Material's instant navigation swaps
        the page, and the Python that runs in the page's worker keeps running. A link to the
        open page itself only moves to its fragment, so that one goes by another page: the
        calculator is always mounted afresh, with an empty form and the address's inputs."""
        here = urlsplit(self.page.url)  # type: ignore[attr-defined]
        if urlsplit(url).path == here.path:
            self._click_link(self.base_url + "rekenhulpen/")
        self._click_link(url)
        self.page.locator("[data-rekenhulp]").first.wait_for(state="attached")  # type: ignore[attr-defined]

    def follow_link(self, path: str) -> None:
        """Open `path` as a reader's click on a link of the site: by Material's instant
        navigation (the page's Python keeps running)."""
        self._click_link(self.base_url + path.lstrip("/"))

    def _click_link(self, url: str) -> None:
        from tests.helpers import wait_until

        # Material replaces the page's container on a navigation: marked here, gone there.
        container = "[data-md-component=container]"
        self.page.evaluate(  # type: ignore[attr-defined]
            """([url, container]) => {
                document.querySelector(container).dataset.left = "";
                const a = Object.assign(document.createElement("a"), { href: url });
                document.body.append(a);
                a.click();
                a.remove();
            }""",
            [url, container],
        )
        try:
            wait_until(
                self.page,
                "(c) => !document.querySelector(c)?.hasAttribute('data-left')",
                container,
            )
        except PlaywrightError:  # not intercepted (the sitemap not yet read): a page load
            self.page.wait_for_load_state("load")  # type: ignore[attr-defined]

    def forget(self) -> None:
        """Start a test afresh in a kept page: no logs of earlier tests, the desktop size, the
        screen in the light scheme (Playwright's defaults)."""
        for log in (
            self.console_errors,
            self.requests,
            self.all_requests,
            self.foreign_requests,
            self.failed_requests,
            self.csp_violations,
        ):
            log.clear()
        self.page.set_viewport_size(DESKTOP)  # type: ignore[attr-defined]
        self.page.emulate_media(media="screen", color_scheme="light")  # type: ignore[attr-defined]

    def settle(self, quiet_ms: int = 100, timeout_ms: int = 15_000) -> None:
        """Wait until the page has loaded and no request of its context (its workers' too) has
        been open for `quiet_ms`: Playwright's "networkidle" with a shorter quiet time (it waits
        500 ms, a tenth of a page's whole check)."""
        self.page.wait_for_load_state("load")  # type: ignore[attr-defined]
        deadline = time.monotonic() + timeout_ms / 1000
        quiet_since: float | None = None
        while True:
            now = time.monotonic()
            if self.in_flight:
                quiet_since = None
            elif quiet_since is None:
                quiet_since = now
            elif now - quiet_since >= quiet_ms / 1000:
                return
            if now > deadline:
                open_urls = sorted(r.url for r in self.in_flight)  # type: ignore[attr-defined]
                raise AssertionError(f"requests still open after {timeout_ms} ms: {open_urls}")
            self.page.wait_for_timeout(25)  # type: ignore[attr-defined]  # events arrive here


def _watch(context: object, base_url: str, kept: bool = False) -> Tab:
    """A new page in `context`, with what it logs and requests recorded on its `Tab`."""
    t = Tab(page=None, base_url=base_url, kept=kept)
    watch_csp(context, t.csp_violations)
    page = t.page = context.new_page()  # type: ignore[attr-defined]
    own = urlsplit(base_url).netloc

    def on_request(request: object) -> None:
        t.in_flight.add(request)
        url: str = request.url  # type: ignore[attr-defined]
        t.all_requests.append(url)
        parts = urlsplit(url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != own:
            t.foreign_requests.append(url)

    def on_failed(request: object) -> None:
        t.in_flight.discard(request)
        t.failed_requests.append(f"{request.url} {request.failure}")  # type: ignore[attr-defined]

    def on_console(msg: object) -> None:
        if msg.type == "error":  # type: ignore[attr-defined]
            t.console_errors.append(msg.text)  # type: ignore[attr-defined]

    page.on("request", lambda request: t.requests.append(request.url))
    context.on("request", on_request)  # type: ignore[attr-defined]
    context.on("requestfailed", on_failed)  # type: ignore[attr-defined]
    context.on("requestfinished", lambda request: t.in_flight.discard(request))  # type: ignore[attr-defined]
    page.on("console", on_console)
    page.on("pageerror", lambda exc: t.console_errors.append(f"pageerror: {exc}"))
    return t


@contextmanager
def open_tab(
    browser: object, base_url: str, service_workers: str = "block", search_index: bool = True
) -> Iterator[Tab]:
    """A page in a fresh browser context (its own cache, storage and service workers); without
    `search_index`, Material's search gets an index without pages (EMPTY_INDEX_HEADER)."""
    context = _context(browser, service_workers, search_index)
    try:
        yield _watch(context, base_url)
    finally:
        context.close()  # type: ignore[attr-defined]


def _context(browser: object, service_workers: str, search_index: bool) -> Any:
    context = browser.new_context(  # type: ignore[attr-defined]
        locale="nl-NL", accept_downloads=True, service_workers=service_workers
    )
    if not search_index:
        context.set_extra_http_headers({EMPTY_INDEX_HEADER: "1"})
    return context


@pytest.fixture(scope="session")
def _kept(browser: object, base_url: str) -> Iterator[list[Tab]]:
    """The calculator page that a test process keeps open (a list: replaced after a failure)."""
    kept: list[Tab] = []
    try:
        yield kept
    finally:
        for t in kept:
            t.page.context.close()  # type: ignore[attr-defined]


FAILED = pytest.StashKey[bool]()  # on a test's item: it failed (its kept page is replaced)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    if report.failed:
        item.stash[FAILED] = True
    return report


@pytest.fixture
def tab(
    browser: object, base_url: str, _kept: list[Tab], request: pytest.FixtureRequest
) -> Iterator[Tab]:
    """A page without the service worker: every request is the page's own, as on a first visit
    (or in a browser without service workers). tests/test_offline_browser.py tests the worker.

    Marked `kept`, a test gets the calculator page that its test process keeps open, as a
    reader keeps a tab open: it opens each address by a link (instant navigation), so Python
    starts once per test process instead of once per test; the first test, and the one after a
    failure, load the page afresh. For the calculators' answers and forms: what a page load or a
    first visit does is tested in a page of its own."""
    if request.node.get_closest_marker("kept") is None:
        search_index = request.node.get_closest_marker("search_index") is not None
        with open_tab(browser, base_url, "block", search_index) as t:
            yield t
        return
    if not _kept:
        context = _context(browser, "block", search_index=False)
        _kept.append(_watch(context, base_url, kept=True))
    t = _kept[0]
    t.forget()
    yield t
    if request.node.stash.get(FAILED, False):
        _kept.pop().page.context.close()  # type: ignore[attr-defined]
