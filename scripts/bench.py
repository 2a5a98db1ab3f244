"""Benchmark of the calculators in Chromium; prints Markdown tables.

    .venv/bin/python scripts/bench.py [--rounds 9] [--slow-rounds 5] [--text-rounds 15]
                                      [--only calculators|text] [--site DIR]

Builds the site (`make build`'s steps) into a temporary directory unless --site is given,
adds a tiny bench page (__bench__/) that boots the same Pyodide files bare in a module worker
(on Pyodide's own full standard library, copied in beside them), serves both from 127.0.0.1
as GitHub Pages does (html, css, js/mjs, json, svg, xml and wasm gzipped, nothing else;
Cache-Control: max-age=600; scripts/bench_text.py's server) and measures, on two lines:
localhost as it is, and 10 Mbit/s down with 40 ms latency (Chrome DevTools Protocol
`Network.emulateNetworkConditions`, which throttles the worker too):

- time to the first answer from a shared address (termijnen with its inputs in the URL), in a
  cold browser context and warm (a browser profile on disk, loaded before: Chromium's HTTP and
  code caches), next to the bare Pyodide boot, alternating the two, as the median of several
  rounds; how Python started (snapshot or normal);
- bytes over the wire (encoded, headers included, as Chromium counts them; a download the
  worker abandons is not counted), until the first answer and in all (on a slow line the
  worker fetches the snapshot for the next visit after the answer);
- main-thread long tasks (PerformanceObserver 'longtask') per load;
- whether Chromium's wasm code cache is written and used on warm loads (trace events);
- on localhost: input-to-result (the `rekenhulp:compute` measure the glue records) and long
  tasks while typing, and the bytes of a text page;
- a long text page next to the same Markdown built with plain Material, and with Material and
  our theme settings, in the same run (scripts/bench_text.py).

`--only text` measures the text page alone (a minute or two); `--only caseload` the caseload
(scripts/bench_caseload.py: 200 and 2,000 rows, time to the table, rows per second).

Uses Debian's chromium (/usr/bin/chromium, or $CHROMIUM); never downloads a browser.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The browser flags are the tests' own; imported after the path set-up.
from tests.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

import bench_caseload  # noqa: E402 - scripts/bench_caseload.py, beside this file
import bench_text  # noqa: E402 - scripts/bench_text.py, beside this file; needs the path above

ARGS = CHROMIUM_ARGS

SHARED = "rekenhulpen/termijnen/?start_inburgeringsplicht=2016-03-01&alfabetisering=true"
BARE = "__bench__/"
TIMEOUT_S = 120
LINES: dict[str, dict[str, Any] | None] = {
    "localhost": None,
    "10 Mbit/s, 40 ms": {
        "offline": False,
        "latency": 40,
        "downloadThroughput": 10_000_000 / 8,
        "uploadThroughput": 10_000_000 / 8,
    },
}
TARGETS = {"localhost": "≤ 0.50 x", "10 Mbit/s, 40 ms": "≤ 1.10 x"}

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
ANSWERED = "bytes until the answer"
FIRST_RESULT = "performance.getEntriesByName('rekenhulp:first-result')[0]?.startTime ?? null"
BARE_READY = "window.__bareReady ?? null"
# Trace events of Chromium's wasm code cache: written (produce) and read (hit) on a warm load.
CODE_CACHE_EVENTS = ("v8.produceModuleCache", "v8.wasm.moduleCacheHit", "v8.wasm.cachedModule")


def build(out: Path) -> None:
    """`make build`'s steps (before, MkDocs, after) into `out`."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run(
        [sys.executable, "-m", "sitebuild", "build", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        check=True,
    )


def add_bench_page(site: Path) -> None:
    """The bare boot: Pyodide's files of the site, and its full standard library beside them."""
    directory = next((site / "assets" / "pyodide").iterdir())
    full = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"
    if not (directory / full.name).is_file():
        shutil.copy2(full, directory / full.name)
    bench = site / "__bench__"
    bench.mkdir(exist_ok=True)
    (bench / "index.html").write_text(BARE_HTML, encoding="utf-8")
    (bench / "bare.mjs").write_text(BARE_MAIN.replace("VERSION", directory.name), "utf-8")
    (bench / "bare-worker.mjs").write_text(BARE_WORKER, encoding="utf-8")


def wait_for(page: Any, expression: str, timeout_s: float = TIMEOUT_S) -> Any:
    """Poll `expression` in the page until it is not null (no string wait_for_function: a strict
    Content Security Policy blocks it)."""
    deadline = time.monotonic() + timeout_s
    while (value := page.evaluate(expression)) is None:
        if time.monotonic() > deadline:
            raise TimeoutError(expression)
        page.wait_for_timeout(20)
    return value


def throttle(context: Any, page: Any, line: dict[str, Any] | None) -> None:
    if line is not None:
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", line)


def quiet(page: Any, open_requests: set[Any], quiet_s: float = 0.5) -> None:
    """Until no request of the page or its workers has been open for `quiet_s`. Playwright's
    "networkidle" does not wait for a worker's request: it let the next visit abort the
    snapshot that the worker fetches for the next visit after a start on a slow line, so that
    no warm load on the slow line could start from the snapshot (found in issue 18)."""
    deadline = time.monotonic() + TIMEOUT_S
    since = time.monotonic()
    while time.monotonic() < deadline:
        if open_requests:
            since = time.monotonic()
        elif time.monotonic() - since >= quiet_s:
            return
        page.wait_for_timeout(50)
    raise TimeoutError(f"requests still open: {[r.url for r in open_requests]}")


def visit(page: Any, url: str, expression: str) -> dict[str, Any]:
    """One load: the time `expression` reports, how Python started, bytes and long tasks."""
    finished: list[Any] = []
    open_requests: set[Any] = set()

    def on_request(request: Any) -> None:
        open_requests.add(request)

    def on_finished(request: Any) -> None:
        open_requests.discard(request)
        finished.append(request)

    def on_failed(request: Any) -> None:
        open_requests.discard(request)

    page.on("request", on_request)
    page.on("requestfinished", on_finished)
    page.on("requestfailed", on_failed)
    try:
        page.goto(url, wait_until="commit")
        ms = float(wait_for(page, expression))
        answered = len(finished)  # requests done by the answer (a keep-for-next-visit follows)
        quiet(page, open_requests)
        start = page.evaluate("window.__rekenhulp?.start ?? {how: 'bare', why: ''}")
        tasks = page.evaluate("window.__longtasks || []")
    finally:
        page.remove_listener("request", on_request)
        page.remove_listener("requestfinished", on_finished)
        page.remove_listener("requestfailed", on_failed)
    sizes = [request.sizes() for request in finished]
    size = [s["responseBodySize"] + s["responseHeadersSize"] for s in sizes]
    return {
        "ms": ms,
        "start": start["how"],
        "why": start["why"],
        "bytes": sum(size),
        ANSWERED: sum(size[:answered]),
        "tasks": tasks,
    }


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def measure_line(pw: Any, browser: Any, base: str, line: dict[str, Any] | None, rounds: int):
    """Cold and warm loads of ours and the bare boot on one line, alternating."""
    runs: dict[str, list[dict[str, Any]]] = {"cold ours": [], "cold bare": []}
    runs |= {"warm ours": [], "warm bare": []}
    pages = {"ours": (base + SHARED, FIRST_RESULT), "bare": (base + BARE, BARE_READY)}
    for i in range(rounds):
        order = ["ours", "bare"] if i % 2 == 0 else ["bare", "ours"]
        for side in order:
            # The page itself, as on a first visit: no service worker keeping files meanwhile.
            context = browser.new_context(locale="nl-NL", service_workers="block")
            context.add_init_script(LONGTASKS)
            page = context.new_page()
            throttle(context, page, line)
            runs[f"cold {side}"].append(visit(page, *pages[side]))
            context.close()
    # Warm: a profile on disk (an incognito context keeps no code cache), each page loaded
    # twice before (the code cache is written after the first load), then in turns.
    with tempfile.TemporaryDirectory() as profile:
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            args=ARGS,
            headless=True,
            locale="nl-NL",
            # Warm means the browser's HTTP and code caches, not the service worker's cache.
            service_workers="block",
        )
        context.add_init_script(LONGTASKS)
        page = context.new_page()
        throttle(context, page, line)
        for side in ("ours", "bare", "ours", "bare"):
            visit(page, *pages[side])
        events = trace_code_cache(context, page, pages["ours"])
        for i in range(rounds):
            for side in ["ours", "bare"] if i % 2 == 0 else ["bare", "ours"]:
                runs[f"warm {side}"].append(visit(page, *pages[side]))
        context.close()
    return runs, events


def trace_code_cache(context: Any, page: Any, target: tuple[str, str]) -> dict[str, int]:
    """One warm load of `target` traced: how often each code-cache event occurred."""
    cdp = context.new_cdp_session(page)
    categories = "devtools.timeline,v8.wasm,disabled-by-default-devtools.timeline"
    cdp.send("Tracing.start", {"categories": categories, "transferMode": "ReturnAsStream"})
    visit(page, *target)
    done: dict[str, Any] = {}
    cdp.on("Tracing.tracingComplete", lambda event: done.update(event))
    cdp.send("Tracing.end")
    while not done:  # Playwright delivers the event while the page waits
        page.wait_for_timeout(50)
    data = ""
    while True:
        chunk = cdp.send("IO.read", {"handle": done["stream"], "size": 1 << 20})
        data += chunk["data"]
        if chunk.get("eof"):
            break
    cdp.detach()
    trace = json.loads(data)
    trace = trace["traceEvents"] if isinstance(trace, dict) else trace
    counts = dict.fromkeys(CODE_CACHE_EVENTS, 0)
    for event in trace:
        if event.get("name") in counts:
            counts[event["name"]] += 1
    return counts


def typing_rows(browser: Any, base: str, inputs: int) -> list[str]:
    """Input to result and long tasks while typing, and a text page's bytes, on localhost."""
    context = browser.new_context(locale="nl-NL", service_workers="block")
    context.add_init_script(LONGTASKS)
    page = context.new_page()
    visit(page, base + SHARED, FIRST_RESULT)
    page.evaluate("window.__longtasks = []")
    field = page.locator("[name='peildatum']")
    latencies: list[float] = []
    count = "performance.getEntriesByName('rekenhulp:compute').length"
    for i in range(inputs):
        before = page.evaluate(count)
        field.fill(f"20{17 + i % 5}-0{1 + i % 9}-1{i % 10}")
        wait_for(page, f"{count} > {before} || null")
        latencies.append(
            page.evaluate("performance.getEntriesByName('rekenhulp:compute').at(-1).duration")
        )
    typing_tasks = page.evaluate("window.__longtasks")
    text = visit(page, base + "deel-2/duo-lening/", "performance.now()")
    context.close()
    lat = sorted(latencies)
    p95 = lat[min(len(lat) - 1, int(0.95 * len(lat)))]
    longest = max((t["ms"] for t in typing_tasks), default=0)
    tasks = f"{len(typing_tasks)}, longest {longest:.0f} ms" if typing_tasks else "none"
    return [
        f"| input to result (worker round trip + render), median / p95 | "
        f"{median(latencies):.1f} / {p95:.1f} ms | | ≤ 16 ms |",
        f"| long tasks while typing ({inputs} changes) | {tasks} | | none |",
        f"| bytes, text page (deel-2/duo-lening/, warm profile of a calculator) | "
        f"{text['bytes'] / 1e6:.2f} MB | | |",
    ]


SW_RUNTIME_KEPT = """async () => {
  const registration = await navigator.serviceWorker.ready;
  const status = await new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    registration.active.postMessage({ type: "status" }, [channel.port2]);
  });
  return status.runtime ? true : null;
}"""


def reload_rows(browser: Any, base: str, rounds: int) -> list[str]:
    """A reload right after the first answer, service worker allowed, next to the bare page
    reloaded the same way (it has no service worker); then, for ours, a reload once the
    service worker has kept the runtime. Localhost, each round in a new browser context."""
    pages = {"ours": (base + SHARED, FIRST_RESULT), "bare": (base + BARE, BARE_READY)}
    runs: dict[str, list[float]] = {"first ours": [], "first bare": [], "ours": [], "bare": []}
    runs["kept"] = []
    how: list[str] = []
    for i in range(rounds):
        for side in ["ours", "bare"] if i % 2 == 0 else ["bare", "ours"]:
            context = browser.new_context(locale="nl-NL", service_workers="allow")
            page = context.new_page()
            url, expression = pages[side]
            page.goto(url, wait_until="commit")
            runs[f"first {side}"].append(float(wait_for(page, expression)))
            page.reload(wait_until="commit")  # at once
            runs[side].append(float(wait_for(page, expression)))
            if side == "ours":
                start = page.evaluate("window.__rekenhulp?.start ?? {how: '?', why: ''}")
                controlled = page.evaluate("Boolean(navigator.serviceWorker.controller)")
                why = f" ('{start['why'][:20]}...')" if start["why"] else ""
                how.append(f"{start['how']}{why}{', through the SW' if controlled else ''}")
                wait_for(page, SW_RUNTIME_KEPT)
                page.reload(wait_until="commit")
                runs["kept"].append(float(wait_for(page, expression)))
            context.close()

    def spread(key: str) -> str:
        values = runs[key]
        text = f"{median(values):,.0f} ms ({min(values):,.0f} to {max(values):,.0f})"
        return text.replace(",", " ")

    ratio = median(runs["ours"]) / median(runs["bare"])
    started = ", ".join(f"{n} x {k}" for k, n in sorted(Counter(how).items()))
    return [
        f"| first answer, cold, service worker allowed (min-max) | {spread('first ours')} | |",
        f"| bare Pyodide boot, cold (min-max) | {spread('first bare')} | |",
        f"| reload right after the first answer (min-max) | {spread('ours')} | |",
        f"| bare Pyodide reload right after its boot (min-max) | {spread('bare')} | |",
        f"| ratio, reload right after the first answer | {ratio:.2f} x | ≤ 1.00 x |",
        f"| how the reload started (of {rounds}) | {started} | |",
        f"| reload once the service worker has kept the runtime (min-max) | {spread('kept')} | |",
    ]


def summary(runs: dict[str, list[dict[str, Any]]], events: dict[str, int]) -> dict[str, str]:
    """One line's column of the calculators' table, by row."""

    def ms(key: str) -> float:
        return median([r["ms"] for r in runs[key]])

    def megabytes(key: str, until: str = "bytes") -> str:
        return f"{median([r[until] for r in runs[key]]) / 1e6:.2f} MB"

    def tasks(key: str) -> str:
        flat = [t for r in runs[key] for t in r["tasks"]]
        if not flat:
            return "none"
        return f"{len(flat) / len(runs[key]):.1f}, longest {max(t['ms'] for t in flat):.0f} ms"

    column = {}
    for temp in ("cold", "warm"):
        ours, bare = f"{temp} ours", f"{temp} bare"
        snapshot = sum(r["start"] == "snapshot" for r in runs[ours])
        # Why not: the worker's reasons ("slow line: ...", "snapshot: HTTP 404"), counted.
        reasons = Counter(r["why"][:20] for r in runs[ours] if r["start"] != "snapshot")
        why = "".join(f"; {n} x '{reason}...'" for reason, n in sorted(reasons.items()))
        column |= {
            f"first answer from a shared URL, {temp}": f"{ms(ours):,.0f} ms".replace(",", " "),
            f"bare Pyodide boot (same files, module worker), {temp}": f"{ms(bare):,.0f} ms".replace(
                ",", " "
            ),
            f"ratio, {temp}": f"{ms(ours) / ms(bare):.2f} x",
            f"Python started from the snapshot, {temp}": f"{snapshot} of {len(runs[ours])}{why}",
            f"bytes over the wire until the answer, ours / bare, {temp}": (
                f"{megabytes(ours, ANSWERED)} / {megabytes(bare, ANSWERED)}"
            ),
            f"bytes over the wire in all, ours / bare, {temp}": (
                f"{megabytes(ours)} / {megabytes(bare)}"
            ),
            f"long tasks per load, ours / bare, {temp}": f"{tasks(ours)} / {tasks(bare)}",
        }
    cache = " / ".join(str(events[e]) for e in CODE_CACHE_EVENTS)
    column["wasm code cache on a warm load: " + ", ".join(CODE_CACHE_EVENTS)] = cache
    return column


def calculator_rows(browser: Any, pw: Any, base: str, rounds: int, slow_rounds: int) -> list[str]:
    """The calculators' rows: one column per line."""
    columns = []
    for line in LINES.values():
        count = rounds if line is None else slow_rounds
        runs, events = measure_line(pw, browser, base, line, count)
        columns.append(summary(runs, events))
    rows = []
    for measure in columns[0]:
        target = " / ".join(TARGETS.values()) if measure.startswith("ratio") else ""
        values = " | ".join(column[measure] for column in columns)
        rows.append(f"| {measure} | {values} | {target} |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9, help="rounds on localhost")
    parser.add_argument("--slow-rounds", type=int, default=5, help="rounds on 10 Mbit/s")
    parser.add_argument("--inputs", type=int, default=20, help="typed changes for the latency")
    parser.add_argument("--text-rounds", type=int, default=15, help="loads of the text page")
    parser.add_argument("--reload-rounds", type=int, default=7, help="reloads, each side")
    parser.add_argument(
        "--only", choices=["calculators", "reload", "text", "caseload"], help="one part"
    )
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    options = parser.parse_args()

    from playwright.sync_api import sync_playwright

    calculators: list[str] = []
    reload: list[str] = []
    text: list[str] = []
    caseload: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        site = options.site or Path(tmp) / "site"
        if options.site is None:
            build(site)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            if options.only in (None, "calculators", "reload"):
                add_bench_page(site)
                server = bench_text.Server(site)
                visit(browser.new_page(), server.base + SHARED, FIRST_RESULT)  # gzip the files
                if options.only != "reload":
                    calculators += calculator_rows(
                        browser, pw, server.base, options.rounds, options.slow_rounds
                    )
                    calculators += typing_rows(browser, server.base, options.inputs)
                if options.only != "calculators":
                    reload += reload_rows(browser, server.base, options.reload_rounds)
                server.httpd.shutdown()
            if options.only in (None, "caseload"):
                server = bench_text.Server(site)
                caseload += bench_caseload.caseload_rows(browser, server.base)
                server.httpd.shutdown()
            if options.only in (None, "text"):
                text += bench_text.measure(browser, site, Path(tmp), options.text_rounds)
            browser.close()

    if calculators:
        print(
            f"Calculators: Chromium, {options.rounds} rounds on localhost and "
            f"{options.slow_rounds} at 10 Mbit/s, medians.\n"
        )
        print("| measure | " + " | ".join(LINES) + " | target |")
        print("|---|---|---|---|")
        print("\n".join(calculators) + "\n")
    if reload:
        print(
            f"Reload right after the first answer: Chromium, localhost, service worker "
            f"allowed, {options.reload_rounds} rounds, medians (min-max).\n"
        )
        print("| measure | localhost | target |")
        print("|---|---|---|")
        print("\n".join(reload) + "\n")
    if caseload:
        print("Caseload (a pasted CSV, computed in the worker): Chromium, localhost, medians.\n")
        print("| measure | value | target |")
        print("|---|---|---|")
        print("\n".join(caseload) + "\n")
    if text:
        print(f"Text page: Chromium, {options.text_rounds} loads each, medians.\n")
        print("| measure | value | target |")
        print("|---|---|---|")
        print("\n".join(text))


if __name__ == "__main__":
    main()
