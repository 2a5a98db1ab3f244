"""Build step: a strict Content Security Policy on every page, as a <meta> element.

GitHub Pages cannot set response headers, so the policy travels in the page itself, right after
`<meta charset>` and before any script. Scripts come from the site only: our own are files, and
Material's few inline scripts are allowed by their SHA-256 hashes, computed here from the built
pages. Never 'unsafe-inline' for scripts.

One policy for the whole site: Material's instant navigation appends the next page's <head>
elements that differ from the current ones, and a second CSP <meta> would add a second policy
(both are enforced). With the same policy on every page nothing is added. So each page gets a
placeholder first; once every page is built, the placeholder becomes the policy with the hashes
of all inline scripts of the site (Material's `__md_scope` script differs with the page's depth).

Runs before hooks/offline.py, which hashes the pages and gives its offline page (a file it
writes after this hook) the home page's policy.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

PLACEHOLDER = "__CONTENT_SECURITY_POLICY__"
META = f'<meta http-equiv="Content-Security-Policy" content="{PLACEHOLDER}">'
CHARSET = '<meta charset="utf-8">'

# <script> elements without src whose type makes them run (no type, or a JavaScript type).
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\ssrc=)([^>]*)>(.*?)</script>", re.DOTALL | re.I)
DATA_TYPE = re.compile(r"""\stype=["']?(?!text/javascript|module)[^"'\s>]+""", re.I)


def policy(script_hashes: set[str]) -> str:
    """The site's policy, with the given 'sha256-…' sources for Material's inline scripts."""
    inline = " ".join(sorted(script_hashes))
    if _serving:
        # `mkdocs serve` only: its live-reload script is inline and differs on every request.
        # Never in a build (`make build`, the tests, GitHub Pages).
        inline = "'unsafe-inline'"
    directives = [
        "default-src 'self'",
        # Our scripts are files of the site; Material's inline ones are allowed by their hashes.
        # 'wasm-unsafe-eval': Pyodide compiles WebAssembly (no JavaScript eval is allowed).
        f"script-src 'self' 'wasm-unsafe-eval' {inline}",
        # Material's stylesheets draw icons (admonitions, lists, search) as SVG data: URLs.
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        # The calculators' Python and Material's search run in workers of the site; the service
        # worker is a file of the site too.
        "worker-src 'self'",
        # Instant navigation, the search index, the service worker's caching: the site only.
        "connect-src 'self'",
    ]
    return "; ".join(directives)


def inline_script_hashes(html: str) -> set[str]:
    """'sha256-…' of the text of every inline script of `html` that a browser would run."""
    found = set()
    for match in INLINE_SCRIPT.finditer(html):
        if DATA_TYPE.search(match.group(1)):
            continue  # a data block such as Material's <script type="application/json">
        digest = hashlib.sha256(match.group(2).encode("utf-8")).digest()
        found.add("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")
    return found


_hashes: set[str] = set()
_serving = False


def _with_placeholder(html: str, where: str) -> str:
    if PLACEHOLDER in html:
        raise PluginError(f"{where}: the page already has a Content Security Policy")
    if CHARSET not in html:
        raise PluginError(f"{where}: no {CHARSET} to put the Content Security Policy after")
    _hashes.update(inline_script_hashes(html))
    at = html.index(CHARSET) + len(CHARSET)
    return html[:at] + "\n" + META + html[at:]


# --- MkDocs events ----------------------------------------------------------------------


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_pre_build(config: Any) -> None:
    _hashes.clear()


def on_post_page(output: str, page: Any, config: Any) -> str:
    return _with_placeholder(output, page.file.src_uri)


def on_post_template(output: str, template_name: str, config: Any) -> str:
    if not template_name.endswith(".html"):
        return output  # sitemap.xml
    return _with_placeholder(output, template_name)


def on_post_build(config: Any) -> None:
    site = Path(config["site_dir"])
    texts = {p: p.read_text(encoding="utf-8") for p in site.rglob("*.html")}
    texts = {p: text for p, text in texts.items() if PLACEHOLDER in text}
    for text in texts.values():
        _hashes.update(inline_script_hashes(text))
    value = policy(_hashes)
    for path, text in texts.items():
        path.write_text(text.replace(PLACEHOLDER, value), encoding="utf-8")
