"""`make serve`: build the site, serve it on localhost, and build it again after a change.

Each build runs every step in a new engine process, so an edited parameter, rule, page or glue
file shows after a reload of the page, with nothing cached from before. The pages are served
as GitHub Pages serves them (the types of .mjs, .wasm and .webmanifest); a failed build says why
and keeps serving the last good site.
"""

from __future__ import annotations

import functools
import http.server
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from sitebuild import BuildError

log = logging.getLogger("sitebuild.serve")
WATCHED = ("docs", "includes", "overrides", "src", "calculators", "offline", "mkdocs.yml")
TYPES = {
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".wasm": "application/wasm",
    ".whl": "application/zip",
    ".webmanifest": "application/manifest+json",
}


def _stamp(root: Path) -> float:
    """The newest modification time of the sources a build reads."""
    newest = 0.0
    for name in WATCHED:
        path = root / name
        paths = [path] if path.is_file() else path.rglob("*") if path.is_dir() else []
        for p in paths:
            if "__pycache__" not in p.parts and p.is_file():
                newest = max(newest, p.stat().st_mtime)
    return newest


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}  # noqa: RUF012

    def log_message(self, format: str, *args: object) -> None:
        pass  # a log of requests would keep what readers typed in old ?… links


def serve(build: Callable[[Path], None], root: Path, host: str, port: int) -> None:
    site = root / "site"
    build(site)
    handler = functools.partial(_Handler, directory=str(site))
    server = http.server.ThreadingHTTPServer((host, port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    log.info("Serving on http://%s:%d/ (Ctrl-C stops)", host, port)
    seen = _stamp(root)
    try:
        while True:
            time.sleep(1)
            now = _stamp(root)
            if now != seen:
                seen = now
                log.info("A source changed: building again")
                try:
                    build(site)
                except BuildError as error:
                    log.error("%s (still serving the last good build)", error)
    except KeyboardInterrupt:
        server.shutdown()
