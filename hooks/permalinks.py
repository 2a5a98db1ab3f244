"""Build step: a heading's permalink (¶) is named by `aria-label`, not by a `title`.

Python-Markdown's toc extension names the permalink of every heading with a `title`
(`permalink_title` in mkdocs.yml). With `content.tooltips`, Material builds a tooltip for
every element with a title when a page loads: on a long page of the factsheet one for each of
its questions (on deel-4/regie-inburgering/ 16 of the page's 53 titles), for a symbol that
shows only on hover.
An `aria-label` gives the link the same name for a screen reader without a tooltip
(measured: `scripts/bench.py --only text`, README "Speed"). The abbreviations keep theirs.

The build fails if a permalink has a form this hook does not know, so that a change in
Python-Markdown's output cannot silently bring the titles back.
"""

from __future__ import annotations

import re
from typing import Any

from mkdocs.exceptions import PluginError

PERMALINK = re.compile(r'<a class="headerlink" href="(#[^"]+)" title="([^"]+)">')


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    html, count = PERMALINK.subn(r'<a class="headerlink" href="\1" aria-label="\2">', html)
    if count != html.count('class="headerlink"'):
        raise PluginError(f"{page.file.src_uri}: a permalink has a form this hook does not know")
    return html
