"""Build step: at the top of every page of the factsheet text, the peildatum and what changed.

A page of the factsheet text names, in its front matter, the notices about what changed since
2016 for its subject (each a file in includes/notices/):

    ---
    wijzigingen:
      - participatieverklaring-2017
      - wet-inburgering-2021
    ---

Right under the page's title (its first line `# ...`), this hook puts the peildatum notice and
then the listed notices, in that order, as markdown-include directives (`{!notices/NAME.md!}`).
So each notice is written once, and its links and abbreviations work as anywhere else. An empty
list gives the peildatum notice alone; a page without the key gets nothing.

The build fails on an unknown name, a name listed twice, the peildatum notice listed by hand, or
a page with the key that also includes a notice itself (a notice appears once, at the top).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

NOTICES = Path(__file__).resolve().parent.parent / "includes" / "notices"
KEY = "wijzigingen"
PEILDATUM = "peildatum"
INCLUDE = re.compile(r"\{!\s*notices/")
TITLE = re.compile(r"^# .*$", re.MULTILINE)


def known() -> list[str]:
    """The names of the notices in includes/notices/."""
    return sorted(path.stem for path in NOTICES.glob("*.md"))


def _names(page: Any) -> list[str]:
    where = page.file.src_uri
    names = page.meta.get(KEY) or []
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise PluginError(f"{where}: '{KEY}' must be a list of notice names")
    available = known()
    for name in names:
        if name == PEILDATUM:
            raise PluginError(
                f"{where}: the peildatum notice comes first by itself; do not list it"
            )
        if name not in available:
            raise PluginError(
                f"{where}: unknown notice '{name}' in '{KEY}' (known: {', '.join(available)})"
            )
    if len(set(names)) != len(names):
        raise PluginError(f"{where}: a notice is listed twice in '{KEY}'")
    return names


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if KEY not in page.meta:
        return markdown
    where = page.file.src_uri
    names = _names(page)
    if INCLUDE.search(markdown):
        raise PluginError(
            f"{where}: lists '{KEY}' and includes a notice itself; list it in '{KEY}' instead"
        )
    block = "\n\n".join(f"{{!notices/{name}.md!}}" for name in [PEILDATUM, *names])
    title = TITLE.search(markdown)
    if title is None or markdown[: title.start()].strip():
        raise PluginError(f"{where}: a page with '{KEY}' starts with its title '# ...'")
    return f"{markdown[: title.end()]}\n\n{block}\n\n{markdown[title.end() :].lstrip()}"
