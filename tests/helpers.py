"""Helpers for the tests: axe-core from node_modules (pinned in package-lock) for the browser
tests."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Run axe-core on the page for WCAG 2.0/2.1 A and AA; return its violations.

    axe is evaluated through Playwright, not added as a <script>: the page's Content Security
    Policy blocks inline scripts (add_script_tag), and rightly so.
    """
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(_axe_source())
    # Material fades some controls in (the back-to-top button): axe would read their colours
    # half-way. Let the running CSS transitions end first (they last 0.25 s; at most 2 s here).
    page.evaluate(
        """async () => {
            const end = performance.now() + 2000;
            const running = () => document.getAnimations()
                .some((a) => a instanceof CSSTransition && a.playState === "running");
            while (running() && performance.now() < end) {
                await new Promise((resolve) => setTimeout(resolve, 25));
            }
        }"""
    )
    # Only the violations are asked for and sent back: axe still runs every rule of the tags,
    # but it no longer describes each passing element (half its time on a page, measured).
    violations: list[dict[str, Any]] = page.evaluate(
        """async (tags) => (await axe.run(document, {
            runOnly: {type: "tag", values: tags}, resultTypes: ["violations"],
        })).violations""",
        AXE_TAGS,
    )
    return violations


@functools.cache
def _axe_source() -> str:
    return AXE.read_text(encoding="utf-8") + "\n;undefined"


def wait_until(page: Any, predicate: str, arg: Any = None, timeout: float = 10_000) -> Any:
    """Wait until the JavaScript function `predicate(arg)` returns a truthy value; return it.

    It polls inside the page from `page.evaluate`: Playwright's `wait_for_function` runs its
    predicate through the page's eval, which the site's Content Security Policy blocks.
    `predicate` is the source of a function, e.g. "() => window.__rekenhulp.state === 'ready'".
    """
    return page.evaluate(
        f"""async ([arg, timeout]) => {{
            const predicate = {predicate};
            const end = performance.now() + timeout;
            for (;;) {{
                const value = await predicate(arg);
                if (value) return value;
                if (performance.now() > end) throw new Error(`not true after ${{timeout}} ms`);
                await new Promise((resolve) => setTimeout(resolve, 25));
            }}
        }}""",
        [arg, timeout],
    )


def describe(violations: list[dict[str, Any]]) -> str:
    """A readable summary of axe violations for assertion messages."""
    lines = []
    for v in violations:
        targets = [", ".join(n["target"]) for n in v["nodes"][:5]]
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} -> {targets}")
    return "\n".join(lines)
