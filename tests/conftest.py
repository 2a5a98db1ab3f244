"""Shared fixtures: the built site, a local server for it, and Debian's chromium via Playwright."""

from __future__ import annotations

import functools
import http.server
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
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


@pytest.fixture(scope="session")
def site_port() -> int:
    """A free port on 127.0.0.1 for the test server (the site is built for that address)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, site_port: int) -> Path:
    """A fresh `mkdocs build --strict` of the site in a temporary directory.

    It is built for the address the tests serve it on, as GitHub Pages serves the site at its
    site_url: Material's instant navigation only follows links of the site's own address.
    """
    out = tmp_path_factory.mktemp("site")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=f"http://127.0.0.1:{site_port}/")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, f"mkdocs build --strict failed:\n{proc.stderr}"
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
    }

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def base_url(built_site: Path, site_port: int) -> Iterator[str]:
    """The built site served on 127.0.0.1 at the address it was built for."""
    handler = functools.partial(StaticHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", site_port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


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
    requests: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)

    def goto(self, path: str) -> None:
        self.page.goto(self.base_url + path.lstrip("/"))  # type: ignore[attr-defined]


@pytest.fixture
def tab(browser: object, base_url: str) -> Iterator[Tab]:
    context = browser.new_context(locale="nl-NL", accept_downloads=True)  # type: ignore[attr-defined]
    t = Tab(page=None, base_url=base_url)
    watch_csp(context, t.csp_violations)
    page = t.page = context.new_page()
    own = urlsplit(base_url).netloc

    def on_request(request: object) -> None:
        url: str = request.url  # type: ignore[attr-defined]
        t.requests.append(url)
        parts = urlsplit(url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != own:
            t.foreign_requests.append(url)

    def on_console(msg: object) -> None:
        if msg.type == "error":  # type: ignore[attr-defined]
            t.console_errors.append(msg.text)  # type: ignore[attr-defined]

    page.on("request", on_request)
    page.on("console", on_console)
    page.on("pageerror", lambda exc: t.console_errors.append(f"pageerror: {exc}"))
    try:
        yield t
    finally:
        context.close()
