"""The text-page rows of `make bench`: a long factsheet page next to Material configured with
the features this site uses, and next to plain Material.

Builds the same Markdown twice more in the same run, from a copy of docs/: with Material and
our theme settings (the palette with its light/dark toggle, the features: instant navigation,
search suggestions and highlighting, tooltips, tracking, sections, indexes, top, footer,
toc.follow; the logo) and with plain Material (a minimal mkdocs.yml: Material in Dutch with
its defaults, our navigation, the same Markdown extensions and glossary). Neither has our
hooks, CSS, JavaScript or overrides. The first is the reference (issue 18: the toggle and the
features stay, so the site is held against Material with them); plain Material is reported
beside it: the difference between the two is what Material's features cost. Serves the
three sites gzipped, as GitHub Pages does, and loads the page from each in turn (the order
alternates), each time in a fresh browser context, over a network slowed down as Lighthouse's
mobile preset does (150 ms round trip, 1.6 Mbit/s down) in a phone's viewport. Measures from
Chromium's own timings:

- main-thread work: each task on the page's main thread (RunTask in Chromium's trace) with the
  CPU time it took, from the navigation until the page has been quiet for a second. A phone's
  CPU is taken as 4x slower, as Lighthouse does (its "simulated throttling"): Chromium runs at
  full speed and the CPU time is multiplied by 4. Thread CPU time, not wall time: on a busy
  2-core machine the wall time of a task varies with what else runs, its CPU time hardly.
- long tasks: those over 50 ms (4x); total blocking time: the sum of what each lasts beyond
  50 ms (as Lighthouse, but counted from the navigation rather than the first paint);
- largest contentful paint (PerformanceObserver, the last entry; network slowed, CPU not);
- bytes: the response bodies as sent (gzipped where GitHub Pages gzips);
- any file of the calculators requested (there must be none).
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.yaml import yaml_load
from tests.conftest import QuietServer, StaticHandler

ROOT = Path(__file__).resolve().parent.parent
PAGE = "deel-4/regie-inburgering/"
CALCULATOR_FILES = ("/assets/rekenhulpen/", "/assets/pyodide/", "/assets/wheels/")
GZIPPED = frozenset({".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".wasm"})
CPU_SLOWDOWN = 4
LONG_TASK_MS = 50
TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "loading"]
NETWORK = {
    "offline": False,
    "latency": 150,
    "downloadThroughput": 1.6e6 / 8,
    "uploadThroughput": 750e3 / 8,
}
PHONE = {
    "viewport": {"width": 412, "height": 823},
    "device_scale_factor": 1.75,
    "is_mobile": True,
    "has_touch": True,
}
QUIET_MS = 1000
OBSERVE = """window.__lcp = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__lcp = e.startTime;
}).observe({ type: "largest-contentful-paint", buffered: true });
"""


def build_plain(out: Path, work: Path, theme: dict[str, Any] | None = None) -> None:
    """The same Markdown with plain Material into `out` (work: a scratch directory).

    A minimal mkdocs.yml: Material in Dutch with its defaults (no system fonts only, as a font
    service is another host), our navigation, the same Markdown extensions with their include
    paths (the glossary, the notices); none of our hooks, CSS, JavaScript, theme overrides or
    theme settings (`theme`: settings to add, for measuring what one costs).
    """
    ours = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    extensions = []
    for extension in ours["markdown_extensions"]:
        if isinstance(extension, dict):
            # Include paths (the glossary, the notices) are relative to our root.
            extension = {
                name: {
                    key: _absolute(value) if key == "base_path" else value
                    for key, value in (options or {}).items()
                }
                for name, options in extension.items()
            }
        extensions.append(extension)
    config = {
        "site_name": ours["site_name"],
        "site_url": ours["site_url"],
        "copyright": ours["copyright"],
        "theme": {"name": "material", "language": "nl", "font": False, **(theme or {})},
        "plugins": ours["plugins"],
        "markdown_extensions": extensions,
        "nav": ours["nav"],
    }
    shutil.copytree(ROOT / "docs", work / "docs")
    (work / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(work / "mkdocs.yml"), "-d", str(out)],
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"Building the plain Material reference failed:\n{done.stderr}")


def _absolute(value: Any) -> Any:
    if isinstance(value, list):
        return [_absolute(v) for v in value]
    return str(ROOT / value)


class Server:
    """A built site on 127.0.0.1, gzipped as GitHub Pages serves it; counts the bytes sent."""

    def __init__(self, site: Path) -> None:
        self.bytes = 0
        lock = threading.Lock()
        server = self

        @functools.cache
        def compressed(path: str) -> bytes:
            return gzip.compress(Path(path).read_bytes(), compresslevel=6)

        class Handler(StaticHandler):
            def send_head(self) -> Any:
                path = self.translate_path(self.path)
                if os.path.isdir(path) and self.path.split("?")[0].endswith("/"):
                    path = os.path.join(path, "index.html")
                gzipped = "gzip" in self.headers.get("Accept-Encoding", "")
                if not (gzipped and os.path.isfile(path) and Path(path).suffix in GZIPPED):
                    return super().send_head()
                body = compressed(path)
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(path))
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                return io.BytesIO(body)

            def end_headers(self) -> None:
                self.send_header("Cache-Control", "max-age=600")  # as GitHub Pages
                super().end_headers()

            def copyfile(self, source: Any, outputfile: Any) -> None:
                data = source.read()
                with lock:
                    server.bytes += len(data)
                outputfile.write(data)

        self.httpd = QuietServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


def load(browser: Any, server: Server) -> dict[str, Any]:
    """One cold load of the page over a phone's network; what Chromium timed."""
    # The page itself: the service worker's files for offline use are not part of a page load.
    context = browser.new_context(locale="nl-NL", service_workers="block", **PHONE)
    context.add_init_script(OBSERVE)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", NETWORK)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    server.bytes = 0
    browser.start_tracing(page=page, categories=TRACE_CATEGORIES)
    page.goto(server.base + PAGE)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(QUIET_MS)
    trace = json.loads(browser.stop_tracing())["traceEvents"]
    lcp = float(page.evaluate("window.__lcp"))
    size = server.bytes
    context.close()
    tasks = [CPU_SLOWDOWN * ms for ms in main_thread_tasks(trace)]
    return {
        "tbt": sum(max(0.0, ms - LONG_TASK_MS) for ms in tasks),
        "cpu": sum(tasks),
        "tasks": sum(1 for ms in tasks if ms > LONG_TASK_MS),
        "longest": max(tasks, default=0.0),
        "lcp": lcp,
        "bytes": size,
        "calculator_files": [u for u in requested if any(p in u for p in CALCULATOR_FILES)],
    }


def main_thread_tasks(trace: list[dict[str, Any]]) -> list[float]:
    """CPU milliseconds of each task on the main thread of the page (the thread that painted)."""
    paint = next(e for e in trace if e.get("name") == "firstContentfulPaint")
    thread = (paint["pid"], paint["tid"])
    return [
        e.get("tdur", e["dur"]) / 1000
        for e in trace
        if e.get("name") == "RunTask" and e.get("ph") == "X" and (e["pid"], e["tid"]) == thread
    ]


def our_theme_settings() -> dict[str, Any]:
    """Our theme settings (palette, features, logo, ...) without our overrides."""
    theme: dict[str, Any] = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["theme"]
    return {k: v for k, v in theme.items() if k not in ("name", "custom_dir")}


def measure(browser: Any, site: Path, work: Path, rounds: int) -> list[str]:
    """The text-page rows of the bench table (Markdown): ours, Material with the site's features
    (our theme settings: the reference) and plain Material; each difference is ours against
    that one."""
    sites = {"ours": site, "themed": work / "themed-site", "plain": work / "plain-site"}
    build_plain(sites["themed"], work / "themed", our_theme_settings())
    build_plain(sites["plain"], work / "plain")
    servers = {side: Server(path) for side, path in sites.items()}
    results: dict[str, list[dict[str, Any]]] = {side: [] for side in sites}
    try:
        load(browser, servers["ours"])  # a first load of a fresh browser is slower: not counted
        for i in range(rounds):
            order = list(servers.items())
            for side, server in order if i % 2 == 0 else order[::-1]:
                results[side].append(load(browser, server))
    finally:
        for server in servers.values():
            server.httpd.shutdown()
            server.httpd.server_close()

    def med(side: str, key: str) -> float:
        return statistics.median(r[key] for r in results[side])

    def values(key: str, unit: str, scale: float = 1.0, digits: int = 0) -> str:
        ours = med("ours", key) * scale
        shown = [f"{ours:.{digits}f}"]
        for side in ("themed", "plain"):
            other = med(side, key) * scale
            difference = f" ({(ours / other - 1) * 100:+.0f} %)" if other else ""
            shown.append(f"{other:.{digits}f}{difference}")
        return " / ".join(shown) + (f" {unit}" if unit else "")

    label = f"text page ({PAGE}): ours / Material with the site's features / plain Material"
    files = sorted({u for r in results["ours"] for u in r["calculator_files"]})
    return [
        f"| {label}: total blocking time | {values('tbt', 'ms')} | ≤ +10 % of the first |",
        f"| {label}: main-thread CPU time (4x) | {values('cpu', 'ms')} | |",
        f"| {label}: bytes (gzip) | {values('bytes', 'KiB', 1 / 1024, 1)} | ≤ +10 % of the first |",
        f"| {label}: largest contentful paint | {values('lcp', 'ms')} | |",
        f"| {label}: long tasks per load | {values('tasks', '', digits=1)} | |",
        f"| {label}: longest task | {values('longest', 'ms')} | |",
        f"| text page ({PAGE}): calculator files requested | {', '.join(files) or 'none'} | none |",
    ]
