"""At the top of every page of the factsheet text: the peildatum and what changed since 2016.

A page of the factsheet text names, right under its title, the notices about what changed for
its subject (each a file in includes/notices/), in a comment that holds YAML:

    # 1.4 Participatieverklaring

    <!-- wijzigingen:
      - participatieverklaring-2017
      - wet-inburgering-2021
    wi2021:
      leerroutes: "het participatieverklaringstraject"
    -->

This extension puts there the peildatum notice and then the listed notices, in that order, as
markdown-include directives (`{!notices/NAME.md!}`): each notice is written once, and its links,
abbreviations and shortcodes work as anywhere else. `wijzigingen: []` gives the peildatum notice
alone. They stand in a `<section data-search-exclude>`: out of the search index, which has them
in full on the page "Wat is er veranderd sinds 2016". Every notice there is folded (`???`), the
peildatum to one line with a link to that page, so that the factsheet's own text starts on a
phone's first screen; they print open (docs/assets/stylesheets/extra.css).

`wi2021` names the pages of the section "Wet inburgering 2021" (docs/wet-inburgering-2021/) that
cover what the notice `wet-inburgering-2021` describes, each with the part of the page it
concerns; they are written inside that notice, at its end, as links named after the pages'
titles.

The build stops on an unknown notice or page, a notice listed twice, the peildatum notice listed
by hand, an empty description, pointers without their notice, a page that also includes a notice
itself, and a list that does not stand right under the page's title.

A preprocessor that runs before the includes (markdown_include, 101), which then read what it
wrote.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from markdown import Markdown
from markdown.preprocessors import Preprocessor

from shortcodes import ProjectExtension
from shortcodes.waarde import ShortcodeError

SHORTCODE = re.compile(r"<!--\s*(wijzigingen:.*?)-->", re.DOTALL)
STRAY = re.compile(r"<!--\s*wi2021:")  # pointers outside the list of notices
PRIORITY = 110  # before markdown_include (101)
KEY, POINTERS = "wijzigingen", "wi2021"
PEILDATUM = "peildatum"
POINTED_NOTICE = "wet-inburgering-2021"
INCLUDE = re.compile(r"\{!\s*notices/")
TITLE = re.compile(r"^# .*$", re.MULTILINE)


class Wijzigingen:
    """The notices and the section's pages of one project (paths from its directory)."""

    def __init__(self, project: Path) -> None:
        self.notices = project / "includes" / "notices"
        self.section = project / "docs" / "wet-inburgering-2021"

    def known(self) -> list[str]:
        return sorted(path.stem for path in self.notices.glob("*.md"))

    def names(self, data: dict[str, Any]) -> list[str]:
        names = data.get(KEY) or []
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ShortcodeError(f"'{KEY}' must be a list of notice names")
        available = self.known()
        for name in names:
            if name == PEILDATUM:
                raise ShortcodeError("the peildatum notice comes first by itself; do not list it")
            if name not in available:
                known = ", ".join(available)
                raise ShortcodeError(f"unknown notice '{name}' in '{KEY}' (known: {known})")
        if len(set(names)) != len(names):
            raise ShortcodeError(f"a notice is listed twice in '{KEY}'")
        unknown = set(data) - {KEY, POINTERS}
        if unknown:
            raise ShortcodeError(f"unknown keys {sorted(unknown)} in '{KEY}'")
        return names

    def title(self, name: str) -> str:
        path = self.section / f"{name}.md"
        if not path.is_file():
            raise ShortcodeError(f"'{POINTERS}' names '{name}', not a page of {self.section.name}/")
        title = TITLE.search(path.read_text(encoding="utf-8"))
        if title is None:
            raise ShortcodeError(f"{self.section.name}/{name}.md has no title '# ...'")
        return title.group(0)[2:].strip()

    def pointers(self, data: dict[str, Any], names: list[str]) -> str:
        """The pointers to the section, indented to stand inside its notice."""
        pointers = data.get(POINTERS)
        if pointers is None:
            return ""
        if not isinstance(pointers, dict) or not pointers:
            raise ShortcodeError(f"'{POINTERS}' must map section pages to what they cover")
        if POINTED_NOTICE not in names:
            raise ShortcodeError(f"'{POINTERS}' needs the notice '{POINTED_NOTICE}'")
        lines = ["", "", "    Hoe dit onder de Wet inburgering 2021 gaat:", ""]
        for name, what in pointers.items():
            if not isinstance(what, str) or not what.strip():
                raise ShortcodeError(f"'{POINTERS}': say what '{name}' covers on this page")
            link = f"/{self.section.name}/{name}.md"
            lines.append(f"    - [{self.title(name)}]({link}): {what.strip()}")
        return "\n".join(lines)

    def block(self, data: dict[str, Any]) -> str:
        """The section with the includes of the notices, for the YAML `data` of a page."""
        names = self.names(data)
        pointers = self.pointers(data, names)
        includes = "\n\n".join(
            f"{{!notices/{name}.md!}}" + (pointers if name == POINTED_NOTICE else "")
            for name in [PEILDATUM, *names]
        )
        # Out of the search index: the same notices stand on up to 30 pages (and in full on the
        # page "Wat is er veranderd sinds 2016"); a search for their words would answer with
        # every page of the factsheet. A <section>, not a <div>: Material's search parser ends
        # an exclusion at the first closing tag of the same name (the admonitions are divs).
        section = '<section class="wijzigingen" data-search-exclude="" markdown>'
        return f"{section}\n\n{includes}\n\n</section>"

    def expand(self, text: str) -> str:
        found = list(SHORTCODE.finditer(text))
        if STRAY.search(SHORTCODE.sub("", text)):
            raise ShortcodeError(f"'{POINTERS}' belongs inside <!-- {KEY}: ... -->")
        if not found:
            return text
        if len(found) > 1:
            raise ShortcodeError(f"'{KEY}' is given {len(found)} times on one page")
        match = found[0]
        if INCLUDE.search(text):
            raise ShortcodeError(f"a page with '{KEY}' includes a notice itself; list it instead")
        title = TITLE.search(text)
        if (
            title is None
            or text[: title.start()].strip()
            or text[title.end() : match.start()].strip()
        ):
            raise ShortcodeError(f"'{KEY}' stands right under the page's title '# ...'")
        data = yaml.safe_load(match.group(1))
        if not isinstance(data, dict):
            raise ShortcodeError(f"'{KEY}' must be YAML: a list of notices, and '{POINTERS}'")
        return f"{text[: match.start()]}{self.block(data)}{text[match.end() :]}"


class WijzigingenPreprocessor(Preprocessor):
    def __init__(self, md: Markdown, wijzigingen: Wijzigingen) -> None:
        super().__init__(md)
        self.wijzigingen = wijzigingen

    def run(self, lines: list[str]) -> list[str]:
        return self.wijzigingen.expand("\n".join(lines)).split("\n")


class WijzigingenExtension(ProjectExtension):
    def extendMarkdown(self, md: Markdown) -> None:
        project = self.project
        processor = WijzigingenPreprocessor(md, Wijzigingen(project))
        md.preprocessors.register(processor, "wijzigingen", PRIORITY)


def makeExtension(**kwargs: Any) -> WijzigingenExtension:
    return WijzigingenExtension(**kwargs)
