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
They stand in a `<section data-search-exclude>`: out of the search index, which has them in full on
the page "Wat is er veranderd sinds 2016". Every notice there is folded (`???`), the peildatum to
one line with a link to that page, so that the factsheet's own text starts on a phone's first
screen; they print open (docs/assets/stylesheets/extra.css).

The build fails on an unknown name, a name listed twice, the peildatum notice listed by hand, or
a page with the key that also includes a notice itself (a notice appears once, at the top).

A page that lists the notice `wet-inburgering-2021` can also say which pages of the section "Wet
inburgering 2021" (docs/wet-inburgering-2021/) cover what it describes, each with the part of
the page it concerns:

    wi2021:
      brede-intake-en-pip: "vraag 2, 3, 7 en 10 (regie, keuze van het traject)"
      leerroutes: "vraag 14 (taalniveau en examens)"

The pointers are written inside that notice, at its end, as a list of links named after the
pages' titles. The build fails on an unknown page, an empty description, or pointers on a page
without the notice.
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
SECTION = NOTICES.parent.parent / "docs" / "wet-inburgering-2021"
POINTERS = "wi2021"
POINTED_NOTICE = "wet-inburgering-2021"


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


def _title(name: str, where: str) -> str:
    """The title (first `# ` line) of page `name` of the section Wet inburgering 2021."""
    path = SECTION / f"{name}.md"
    if not path.is_file():
        raise PluginError(f"{where}: '{POINTERS}' names '{name}', not a page of {SECTION.name}/")
    title = TITLE.search(path.read_text(encoding="utf-8"))
    if title is None:
        raise PluginError(f"{SECTION.name}/{name}.md has no title '# ...'")
    return title.group(0)[2:].strip()


def _pointers(page: Any, names: list[str]) -> str:
    """The pointers to the section Wet inburgering 2021, indented to stand inside its notice."""
    where = page.file.src_uri
    pointers = page.meta.get(POINTERS)
    if pointers is None:
        return ""
    if not isinstance(pointers, dict) or not pointers:
        raise PluginError(f"{where}: '{POINTERS}' must map section pages to what they cover")
    if POINTED_NOTICE not in names:
        raise PluginError(f"{where}: '{POINTERS}' needs the notice '{POINTED_NOTICE}'")
    lines = ["", "", "    Hoe dit onder de Wet inburgering 2021 gaat:", ""]
    for name, what in pointers.items():
        if not isinstance(what, str) or not what.strip():
            raise PluginError(f"{where}: '{POINTERS}': say what '{name}' covers on this page")
        link = f"/{SECTION.name}/{name}.md"
        lines.append(f"    - [{_title(name, where)}]({link}): {what.strip()}")
    return "\n".join(lines)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if KEY not in page.meta:
        if POINTERS in page.meta:
            raise PluginError(f"{page.file.src_uri}: '{POINTERS}' needs '{KEY}'")
        return markdown
    where = page.file.src_uri
    names = _names(page)
    pointers = _pointers(page, names)
    if INCLUDE.search(markdown):
        raise PluginError(
            f"{where}: lists '{KEY}' and includes a notice itself; list it in '{KEY}' instead"
        )
    block = "\n\n".join(
        f"{{!notices/{name}.md!}}" + (pointers if name == POINTED_NOTICE else "")
        for name in [PEILDATUM, *names]
    )
    title = TITLE.search(markdown)
    if title is None or markdown[: title.start()].strip():
        raise PluginError(f"{where}: a page with '{KEY}' starts with its title '# ...'")
    # Out of the search index: the same notices stand on up to 30 pages (and in full on the
    # page "Wat is er veranderd sinds 2016"); they made the index, which every page loads, 7 KiB
    # larger gzipped, and a search for their words answered with every page of the factsheet.
    # A <section>, not a <div>: Material's search parser ends an exclusion at the first
    # closing tag of the same name (the admonitions inside are divs).
    section = '<section class="wijzigingen" data-search-exclude="" markdown>'
    block = f"{section}\n\n{block}\n\n</section>"
    return f"{markdown[: title.end()]}\n\n{block}\n\n{markdown[title.end() :].lstrip()}"
