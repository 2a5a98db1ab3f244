"""Benchmark of the calculators in Chromium; prints a Markdown table.

    .venv/bin/python scripts/bench.py [--rounds 9] [--text-rounds 15] [--only text] [--site DIR]

Builds the site (`mkdocs build --strict`) into a temporary directory unless --site is given,
adds a tiny bench page (__bench__/) that boots the same Pyodide files bare in a module worker,
serves both from 127.0.0.1 (Cache-Control as GitHub Pages: max-age=600) and measures, as the
median of several rounds:

- time to the first answer from a shared address (termijnen with its inputs in the URL), in a
  cold browser context and warm (same context, reloaded), next to the bare Pyodide boot;
- input-to-result: the worker round trip plus rendering (the `rekenhulp:compute` measure the
  glue records), after the 150 ms debounce;
- main-thread long tasks (PerformanceObserver 'longtask'), during load and while typing;
- bytes served for a text page and for a calculator page (cold, uncompressed as sent by this
  server; GitHub Pages compresses text files, so the wire is smaller there);
- a long text page next to the same Markdown built with plain Material, and with Material and
  our theme settings, in the same run: total blocking time, main-thread CPU time, long tasks,
  largest contentful paint and bytes (gzipped, as GitHub Pages serves them), from Chromium's
  trace, over a phone's network with a phone's CPU taken as 4x slower (scripts/bench_text.py).

`--only text` measures the text page alone (a minute or two).

Uses Debian's chromium (/usr/bin/chromium, or $CHROMIUM); never downloads a browser.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The browser flags and the static server are the tests' own; imported after the path set-up.
from tests.conftest import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    StaticHandler,
)
from tests.helpers import wait_until  # noqa: E402 - polls from page.evaluate (the site's CSP)

import bench_text  # noqa: E402 - scripts/bench_text.py, beside this file; needs the path above

ARGS = CHROMIUM_ARGS

SHARED = "rekenhulpen/termijnen/?start_inburgeringsplicht=2016-03-01&alfabetisering=true"

BARE_HTML = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Bare Pyodide boot</title>
<script type="module" src="bare.mjs"></script></head><body><p>Bare Pyodide boot</p></body></html>
"""
BARE_MAIN = """const dir = new URL("../assets/pyodide/VERSION/", location.href).href;
const worker = new Worker(`bare-worker.mjs?pyodide=${encodeURIComponent(dir)}`, { type: "module" });
worker.onmessage = () => { window.__bareReady = performance.now(); };
"""
BARE_WORKER = """const dir = new URL(self.location.href).searchParams.get("pyodide");
const { loadPyodide } = await import(`${dir}pyodide.mjs`);
const pyodide = await loadPyodide({ indexURL: dir, packages: [] });
pyodide.runPython("1 + 1");
self.postMessage("ready");
"""
LONGTASKS = """window.__longtasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longtasks.push({start: e.startTime, ms: e.duration});
}).observe({ type: "longtask", buffered: true });
"""


class Counter:
    def __init__(self) -> None:
        self.bytes = 0
        self.lock = threading.Lock()

    def add(self, n: int) -> None:
        with self.lock:
            self.bytes += n


def serve(site: Path, counter: Counter) -> tuple[http.server.ThreadingHTTPServer, str]:
    class Handler(StaticHandler):
        """The tests' static server (MIME types for .mjs/.wasm), with caching and a byte count."""

        def end_headers(self) -> None:
            self.send_header("Cache-Control", "max-age=600")
            super().end_headers()

        def copyfile(self, source: Any, outputfile: Any) -> None:
            data = source.read()
            counter.add(len(data))
            outputfile.write(data)

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def build(out: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        check=True,
    )


def add_bench_page(site: Path) -> None:
    version = next((site / "assets" / "pyodide").iterdir()).name
    bench = site / "__bench__"
    bench.mkdir(exist_ok=True)
    (bench / "index.html").write_text(BARE_HTML, encoding="utf-8")
    (bench / "bare.mjs").write_text(BARE_MAIN.replace("VERSION", version), encoding="utf-8")
    (bench / "bare-worker.mjs").write_text(BARE_WORKER, encoding="utf-8")


def first_answer(page: Any, url: str) -> float:
    page.goto(url)
    wait_until(
        page,
        "() => performance.getEntriesByName('rekenhulp:first-result').length > 0",
        timeout=60_000,
    )
    return float(
        page.evaluate("performance.getEntriesByName('rekenhulp:first-result')[0].startTime")
    )


def bare_boot(page: Any, url: str) -> float:
    page.goto(url)
    wait_until(page, "() => window.__bareReady !== undefined", timeout=60_000)
    return float(page.evaluate("window.__bareReady"))


def longtasks(page: Any) -> list[dict[str, float]]:
    result: list[dict[str, float]] = page.evaluate("window.__longtasks || []")
    return result


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def calculator_rows(
    browser: Any, base: str, counter: Counter, rounds: int, inputs: int
) -> list[str]:
    """The calculators' rows of the table (Markdown)."""
    cold_ours: list[float] = []
    cold_bare: list[float] = []
    warm_ours: list[float] = []
    warm_bare: list[float] = []
    load_tasks: list[dict[str, float]] = []
    bare_tasks: list[dict[str, float]] = []

    def context() -> Any:
        # The page itself, as on a first visit: no service worker keeping files meanwhile.
        ctx = browser.new_context(locale="nl-NL", service_workers="block")
        ctx.add_init_script(LONGTASKS)
        return ctx

    # Cold: a fresh context (empty cache) per measurement, alternating the two pages.
    for _ in range(rounds):
        ctx = context()
        page = ctx.new_page()
        cold_ours.append(first_answer(page, base + SHARED))
        page.wait_for_timeout(300)
        load_tasks += longtasks(page)
        ctx.close()
        ctx = context()
        page = ctx.new_page()
        cold_bare.append(bare_boot(page, base + "__bench__/"))
        bare_tasks += longtasks(page)
        ctx.close()

    # Warm: the same context, loaded once before; each round is a fresh page load.
    ctx = context()
    page = ctx.new_page()
    first_answer(page, base + SHARED)
    bare_boot(page, base + "__bench__/")
    for _ in range(rounds):
        warm_ours.append(first_answer(page, base + SHARED))
        warm_bare.append(bare_boot(page, base + "__bench__/"))

    # Input to result, on a loaded calculator page.
    first_answer(page, base + SHARED)
    page.evaluate("window.__longtasks = []")
    field = page.locator("[name='peildatum']")
    latencies: list[float] = []
    for i in range(inputs):
        before = page.evaluate("performance.getEntriesByName('rekenhulp:compute').length")
        field.fill(f"20{17 + i % 5}-0{1 + i % 9}-1{i % 10}")
        wait_until(
            page,
            "(n) => performance.getEntriesByName('rekenhulp:compute').length > n",
            arg=before,
        )
        latencies.append(
            page.evaluate("performance.getEntriesByName('rekenhulp:compute').at(-1).duration")
        )
    typing_tasks = longtasks(page)
    ctx.close()

    # Bytes for a text page and a calculator page, cold.
    sizes = {}
    for label, path in (
        ("text page (deel-2/duo-lening/)", "deel-2/duo-lening/"),
        ("calculator page (rekenhulpen/termijnen/)", SHARED),
    ):
        ctx = context()
        page = ctx.new_page()
        counter.bytes = 0
        page.goto(base + path)
        if "rekenhulpen" in path:
            wait_until(
                page,
                "() => performance.getEntriesByName('rekenhulp:first-result').length > 0",
                timeout=60_000,
            )
        page.wait_for_load_state("networkidle")
        sizes[label] = counter.bytes
        ctx.close()

    def ms(v: float) -> str:
        return f"{v:,.0f} ms".replace(",", " ")

    def tasks(entries: list[dict[str, float]], rounds: int) -> str:
        if not entries:
            return "none"
        longest = max(e["ms"] for e in entries)
        return f"{len(entries) / rounds:.1f} per load, longest {longest:.0f} ms"

    cold_ratio = median(cold_ours) / median(cold_bare)
    warm_ratio = median(warm_ours) / median(warm_bare)
    lat_sorted = sorted(latencies)
    p95 = lat_sorted[min(len(lat_sorted) - 1, int(0.95 * len(lat_sorted)))]
    rows = [
        f"| first answer from a shared URL, cold | {ms(median(cold_ours))} | |",
        f"| bare Pyodide boot (same files, module worker), cold | {ms(median(cold_bare))} | |",
        f"| ratio, cold | {cold_ratio:.2f} x | ≤ 1.10 x |",
        f"| first answer from a shared URL, warm | {ms(median(warm_ours))} | |",
        f"| bare Pyodide boot, warm | {ms(median(warm_bare))} | |",
        f"| ratio, warm | {warm_ratio:.2f} x | ≤ 1.10 x |",
        f"| input to result (worker round trip + render), median / p95 | "
        f"{median(latencies):.1f} / {p95:.1f} ms | ≤ 16 ms |",
        f"| long tasks while typing ({inputs} changes) | "
        f"{tasks(typing_tasks, 1).replace(' per load', ' in all')} | none |",
        f"| long tasks, calculator page load (incl. Material) | {tasks(load_tasks, rounds)} | |",
        f"| long tasks, bare boot page | {tasks(bare_tasks, rounds)} | |",
    ]
    rows += [f"| bytes served, {label} | {size / 1e6:.2f} MB | |" for label, size in sizes.items()]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--inputs", type=int, default=20, help="typed changes for the latency")
    parser.add_argument("--text-rounds", type=int, default=15, help="loads of the text page")
    parser.add_argument("--only", choices=["calculators", "text"], help="measure one part")
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    options = parser.parse_args()

    from playwright.sync_api import sync_playwright

    rows: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        site = options.site or Path(tmp) / "site"
        if options.site is None:
            build(site)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            if options.only != "text":
                add_bench_page(site)
                counter = Counter()
                server, base = serve(site, counter)
                rows += calculator_rows(browser, base, counter, options.rounds, options.inputs)
                server.shutdown()
            if options.only != "calculators":
                rows += bench_text.measure(browser, site, Path(tmp), options.text_rounds)
            browser.close()

    print(
        f"Benchmark: Chromium, {options.rounds} rounds (text page: {options.text_rounds}), "
        "medians.\n"
    )
    print("| measure | value | target |")
    print("|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
