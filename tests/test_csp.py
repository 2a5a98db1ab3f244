"""The Content Security Policy (src/sitebuild/csp.py) on every page of the built site.

The policy is read back from the built HTML and held against what the issue asks; the hashes
are computed here, independently of the hook, from the inline scripts a browser would run.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
EXACT = {
    "default-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "worker-src": ["'self'"],
    "connect-src": ["'self'"],
    # Material's stylesheets draw icons as SVG data: URLs (the one widening, in
    # src/sitebuild/csp.py).
    "img-src": ["'self'", "data:"],
}
RUNNABLE = {"", "text/javascript", "application/javascript", "module"}


class _Scripts(HTMLParser):
    """Inline scripts that run, inline event handlers and javascript: URLs of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.inline: list[str] = []
        self.handlers: list[str] = []
        self.first_script = -1
        self._in: bool = False
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.handlers += [f"<{tag} {k}>" for k in a if k.startswith("on")]
        self.handlers += [
            f"<{tag} {k}={v}>"
            for k, v in a.items()
            if v and v.strip().lower().startswith("javascript:")
        ]
        if tag == "script":
            if self.first_script < 0:
                self.first_script = self.getpos()[0]
            self._in = "src" not in a and (a.get("type") or "").lower() in RUNNABLE
            self._text = []

    def handle_data(self, data: str) -> None:
        if self._in:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in:
            self.inline.append("".join(self._text))
            self._in = False


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _directives(policy: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in policy.split(";"):
        name, *values = part.split()
        assert name not in out, f"{name} twice in {policy}"
        out[name] = values
    return out


@pytest.fixture(scope="module")
def html_files(built_site: Path) -> dict[str, str]:
    """Every HTML file of the site: the pages, 404.html and the offline page."""
    return {
        p.relative_to(built_site).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(built_site.rglob("*.html"))
    }


def test_every_html_file_has_one_policy_before_any_script(html_files: dict[str, str]) -> None:
    assert "404.html" in html_files and "offline.html" in html_files
    problems = []
    for name, html in html_files.items():
        metas = list(META.finditer(html))
        if len(metas) != 1:
            problems.append(f"{name}: {len(metas)} policies")
            continue
        charset = '<meta charset="utf-8">'
        after_charset = html.index(charset) + len(charset)
        first_script = html.find("<script")
        right_after = html[after_charset : metas[0].start()].strip() == ""
        if not right_after or -1 < first_script < metas[0].end():
            problems.append(f"{name}: the policy is not right after the charset, before scripts")
    assert not problems, "\n".join(problems)


def test_the_policy_is_strict_and_the_same_on_every_page(html_files: dict[str, str]) -> None:
    policies = {m.group(1) for html in html_files.values() for m in META.finditer(html)}
    assert len(policies) == 1, policies  # instant navigation would add a second, different one
    directives = _directives(policies.pop())
    for name, values in EXACT.items():
        assert directives.pop(name) == values, name
    script = directives.pop("script-src")
    assert script[:2] == ["'self'", "'wasm-unsafe-eval'"], script
    assert script[2:] and all(re.fullmatch(r"'sha256-[A-Za-z0-9+/]{43}='", s) for s in script[2:])
    assert not directives, f"directives nobody asked for: {directives}"


def test_every_inline_script_is_allowed_by_its_hash_and_nothing_else_is_inline(
    html_files: dict[str, str],
) -> None:
    problems = []
    used: set[str] = set()
    for name, html in html_files.items():
        match = META.search(html)
        assert match, name
        allowed = set(_directives(match.group(1))["script-src"])
        parser = _Scripts()
        parser.feed(html)
        for text in parser.inline:
            used.add(_sha256(text))
            if _sha256(text) not in allowed:
                problems.append(f"{name}: an inline script is not allowed: {text[:60]!r}")
        problems += [f"{name}: {h}" for h in parser.handlers]
    assert not problems, "\n".join(problems)
    # Material's inline scripts, and no hash for a script that no longer exists.
    policy = META.search(next(iter(html_files.values())))
    assert policy
    listed = {s for s in _directives(policy.group(1))["script-src"] if s.startswith("'sha256-")}
    assert listed == used


def test_our_own_pages_and_glue_have_no_inline_script(built_site: Path) -> None:
    """The calculators' markup: scripts are files, never inline."""
    for name in ("rekenhulpen/termijnen/index.html", "rekenhulpen/index.html"):
        parser = _Scripts()
        html = (built_site / name).read_text(encoding="utf-8")
        parser.feed(html[html.index("<article") : html.index("</article>")])
        assert parser.inline == [], name
