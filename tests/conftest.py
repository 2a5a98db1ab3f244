"""Shared fixtures: the built site, a local server for it, and Debian's chromium via Playwright."""

from __future__ import annotations

import http.server
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

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


def free_port() -> int:
    """A free port on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def site_port() -> int:
    """A free port on 127.0.0.1 for the test server (the site is built for that address)."""
    return free_port()


def build_site(out: Path, site_url: str, root: Path = ROOT) -> Path:
    """`mkdocs build --strict` of the sources at `root` into `out`, for the address `site_url`."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=site_url)
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, f"mkdocs build --strict failed:\n{proc.stderr}"
    return out


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, site_port: int) -> Path:
    """A fresh `mkdocs build --strict` of the site in a temporary directory.

    It is built for the address the tests serve it on, as GitHub Pages serves the site at its
    site_url: Material's instant navigation only follows links of the site's own address.
    """
    return build_site(tmp_path_factory.mktemp("site"), f"http://127.0.0.1:{site_port}/")


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


class SiteServer:
    """A static server on 127.0.0.1 for `directory`, which a test may swap (a new deploy)."""

    def __init__(self, directory: Path, port: int = 0) -> None:
        self.directory = directory
        server = self

        class Handler(StaticHandler):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, directory=str(server.directory), **kwargs)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def __enter__(self) -> SiteServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def base_url(built_site: Path, site_port: int) -> Iterator[str]:
    """The built site served on 127.0.0.1 at the address it was built for."""
    with SiteServer(built_site, site_port) as server:
        yield server.url


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

    def goto(self, path: str) -> None:
        self.page.goto(self.base_url + path.lstrip("/"))  # type: ignore[attr-defined]


@contextmanager
def open_tab(browser: object, base_url: str, service_workers: str = "block") -> Iterator[Tab]:
    """A page in a fresh browser context (its own cache, storage and service workers)."""
    context = browser.new_context(  # type: ignore[attr-defined]
        locale="nl-NL", accept_downloads=True, service_workers=service_workers
    )
    t = Tab(page=None, base_url=base_url)
    watch_csp(context, t.csp_violations)
    page = t.page = context.new_page()
    own = urlsplit(base_url).netloc

    def on_request(request: object) -> None:
        url: str = request.url  # type: ignore[attr-defined]
        t.all_requests.append(url)
        parts = urlsplit(url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != own:
            t.foreign_requests.append(url)

    def on_failed(request: object) -> None:
        t.failed_requests.append(f"{request.url} {request.failure}")  # type: ignore[attr-defined]

    def on_console(msg: object) -> None:
        if msg.type == "error":  # type: ignore[attr-defined]
            t.console_errors.append(msg.text)  # type: ignore[attr-defined]

    page.on("request", lambda request: t.requests.append(request.url))
    context.on("request", on_request)
    context.on("requestfailed", on_failed)
    page.on("console", on_console)
    page.on("pageerror", lambda exc: t.console_errors.append(f"pageerror: {exc}"))
    try:
        yield t
    finally:
        context.close()


@pytest.fixture
def tab(browser: object, base_url: str) -> Iterator[Tab]:
    """A page without the service worker: every request is the page's own, as on a first visit
    (or in a browser without service workers). tests/test_offline_browser.py tests the worker."""
    with open_tab(browser, base_url, service_workers="block") as t:
        yield t
