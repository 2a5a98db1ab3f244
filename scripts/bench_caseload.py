"""The caseload's part of `make bench` (issue 20): rows per second and the time to the table.

On the built site served as GitHub Pages serves it, in Chromium: the caseload page, Python ready,
then a pasted CSV of 200 and of 2,000 people (the same 20 kinds of person over and over, both
laws), from "Bereken" to the sorted table in the page. Medians of a few rounds. The rows are
computed in the page's worker: nothing is sent anywhere.
"""

from __future__ import annotations

import statistics
from typing import Any

KOP = "kenmerk;doelgroep;start_inburgeringsplicht;datum_pip;geboortedatum;opleidingsniveau"
GROEPEN = ("asielstatushouder", "gezinslid_asiel", "gezinslid_regulier", "gezinsmigrant", "overig")
SIZES = (200, 2000)

# Click "Bereken" and wait, in the page, for the table of `n` rows: milliseconds.
TO_THE_TABLE = """async (n) => {
    const started = performance.now();
    document.querySelector("[data-caseload-form] button[type=submit]").click();
    for (;;) {
        const rows = document.querySelectorAll("[data-caseload-body] tr").length;
        if (rows === n) return performance.now() - started;
        if (performance.now() - started > 120000) throw new Error(`${rows} of ${n} rows`);
        await new Promise((resolve) => setTimeout(resolve, 10));
    }
}"""


READY = """async () => {
    const started = performance.now();
    while (window.__rekenhulp?.state !== "ready") {
        if (performance.now() - started > 120000) throw new Error("Python did not start");
        await new Promise((resolve) => setTimeout(resolve, 25));
    }
}"""


def caseload_csv(n: int) -> str:
    regels = [KOP]
    for i in range(n):
        jaar = 2014 + i % 10
        pip = f"1-{1 + i % 12}-{jaar}" if jaar >= 2022 else ""
        regels.append(
            f"ZK-{i:05d};{GROEPEN[i % 5]};{1 + i % 28}-{1 + i % 12}-{jaar};{pip};"
            f"{1 + i % 28}-5-{1960 + i % 40};{('laag', 'midden', 'hoog')[i % 3]}"
        )
    return "\n".join(regels) + "\n"


def caseload_rows(browser: Any, base: str, rounds: int = 3) -> list[str]:
    page = browser.new_page()
    page.goto(base + "rekenhulpen/caseload/")
    page.evaluate(READY)  # polled in the page: the page's policy blocks a string wait_for_function
    rows = []
    for n in SIZES:
        page.fill("[data-caseload-text]", caseload_csv(n))
        times = []
        for _ in range(rounds):
            page.evaluate(
                "() => { document.querySelector('[data-caseload-body]').replaceChildren(); }"
            )
            times.append(page.evaluate(TO_THE_TABLE, n))
        ms = statistics.median(times)
        rows.append(f"| {n} rows: time to the table | {ms:,.0f} ms | a few seconds for 200 |")
        rows.append(f"| {n} rows: rows per second | {n / ms * 1000:,.0f} | |")
    page.close()
    return rows
