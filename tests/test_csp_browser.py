"""The Content Security Policy really blocks what it must, in Debian's chromium.

Every other browser test asserts that no page, calculator state or dialog violates the policy;
this one shows that the policy can fail: a page with an injected inline script, served with the
policy, does not run it and reports the violation; without the policy the same script runs.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.conftest import open_tab

pytestmark = pytest.mark.browser

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">')
INJECTED = (
    '<script>document.documentElement.dataset.injected = "script";</script>'
    '<img src="assets/images/favicon.svg" alt=""'
    " onload=\"document.documentElement.dataset.handler = 'ran'\">"
)


@pytest.mark.parametrize("policy", [True, False], ids=["with-policy", "without-policy"])
def test_an_injected_inline_script_is_blocked_by_the_policy(
    browser: Any, base_url: str, policy: bool
) -> None:
    with open_tab(browser, base_url) as tab:

        def inject(route: Any) -> None:
            response = route.fetch()
            html = response.text().replace("</body>", INJECTED + "</body>")
            if not policy:
                html, count = META.subn("", html)
                assert count == 1
            route.fulfill(response=response, body=html)

        tab.page.route(base_url, inject)  # type: ignore[attr-defined]
        tab.goto("")
        tab.page.wait_for_load_state("load")  # type: ignore[attr-defined]
        ran = tab.page.evaluate(  # type: ignore[attr-defined]
            "[document.documentElement.dataset.injected, document.documentElement.dataset.handler]"
        )
        if policy:
            assert ran == [None, None]
            blocked = " ".join(tab.csp_violations)
            assert "script-src-elem blocked inline" in blocked, tab.csp_violations
            assert "script-src-attr blocked inline" in blocked, tab.csp_violations
            # The site's own scripts ran: Material's (the palette) and ours (site.mjs).
            assert tab.page.evaluate("typeof window.__md_scope") == "object"  # type: ignore[attr-defined]
            assert tab.page.evaluate("typeof window.__rekenhulp") == "object"  # type: ignore[attr-defined]
        else:
            assert ran == ["script", "ran"]
            assert tab.csp_violations == []


def test_an_external_link_still_opens(browser: Any, base_url: str) -> None:
    """Following a link is a navigation, which the policy leaves alone (no network here: the
    other site is answered by the test)."""
    with open_tab(browser, base_url) as tab:
        tab.page.route(  # type: ignore[attr-defined]
            re.compile(r"^https://www\.inburgeren\.nl/"),
            lambda route: route.fulfill(body="<h1>Elders</h1>", content_type="text/html"),
        )
        tab.goto("rekenhulpen/")
        tab.page.locator("article a[href^='https://www.inburgeren.nl']").first.click()  # type: ignore[attr-defined]
        tab.page.wait_for_url("https://www.inburgeren.nl/**")  # type: ignore[attr-defined]
        assert tab.page.locator("h1").inner_text() == "Elders"  # type: ignore[attr-defined]
        assert tab.csp_violations == []
