"""After the engine: links written from the docs' root (`/wijzigingen.md`) become page links.

The shared notices are included on pages at every depth, so they link from the root of docs/
(mkdocs.yml: `validation.absolute_links: relative_to_docs`). MkDocs resolves those links itself;
Zensical 0.0.73 leaves them as they are written (`href="/wijzigingen.md"`), which no browser can
follow. Here each becomes the relative way from its page to the page it names, for any engine
(MkDocs' output has none left to change).
"""

from __future__ import annotations

import re
from pathlib import Path

from sitebuild.calculators import up_to_root
from sitebuild.project import page_url

ROOT_LINK = re.compile(r'href="/([^"#?]+)\.md(#[^"]*)?"')


def resolve_root_links(site: Path) -> int:
    """Rewrite every root-relative link to a Markdown page; return how many there were."""
    count = 0
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        root = up_to_root(site, page)

        def link(match: re.Match[str], root: str = root) -> str:
            url = page_url(match.group(1) + ".md")
            return f'href="{root}{url}{match.group(2) or ""}"'

        new, found = ROOT_LINK.subn(link, html)
        if found:
            page.write_text(new, encoding="utf-8")
            count += found
    return count
