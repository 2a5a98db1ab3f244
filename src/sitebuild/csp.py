"""After the engine: a strict Content Security Policy on every page, as a <meta> element.

GitHub Pages cannot set response headers, so the policy travels in the page itself, right after
`<meta charset>` and before any script. Scripts come from the site only: our own are files, and
the engine's few inline scripts (Material's) are allowed by their SHA-256 hashes, computed here
from the built pages. Never 'unsafe-inline' for scripts.

One policy for the whole site: Material's instant navigation appends the next page's <head>
elements that differ from the current ones, and a second CSP <meta> would add a second policy
(both are enforced). With the same policy on every page nothing is added: it holds the hashes
of all inline scripts of the site (Material's `__md_scope` script differs with the page's depth).

Runs before offline.py, which hashes the pages and gives its offline page the home page's policy.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from sitebuild import BuildError

CHARSET = '<meta charset="utf-8">'

# <script> elements without src whose type makes them run (no type, or a JavaScript type).
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\ssrc=)([^>]*)>(.*?)</script>", re.DOTALL | re.I)
DATA_TYPE = re.compile(r"""\stype=["']?(?!text/javascript|module)[^"'\s>]+""", re.I)


def policy(script_hashes: set[str]) -> str:
    """The site's policy, with the given 'sha256-…' sources for Material's inline scripts."""
    inline = " ".join(sorted(script_hashes))
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


def add_policy(site: Path) -> str:
    """Give every page of `site` the policy; return it."""
    texts = {path: path.read_text(encoding="utf-8") for path in sorted(site.rglob("*.html"))}
    hashes: set[str] = set()
    for path, text in texts.items():
        if "Content-Security-Policy" in text:
            raise BuildError(f"{path}: the page already has a Content Security Policy")
        if CHARSET not in text:
            raise BuildError(f"{path}: no {CHARSET} to put the Content Security Policy after")
        hashes |= inline_script_hashes(text)
    value = policy(hashes)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{value}">'
    for path, text in texts.items():
        at = text.index(CHARSET) + len(CHARSET)
        path.write_text(text[:at] + "\n" + meta + text[at:], encoding="utf-8")
    return value
