"""`<!-- waarde: NAAM -->`: the value of parameter NAAM as its source writes it (its `tekst`), so
amounts and terms in the text come from the parameters and cannot drift.

`<!-- waarde: NAAM -->` takes the latest entry with a value; `<!-- waarde: NAAM 2022-06-01 -->`
the entry in force on that date. An unknown name, a date without a value or an entry without a
text is an error that stops the build.

A preprocessor that runs after the includes (markdown_include, priority 101; pymdownx.snippets,
32) and before Python-Markdown stashes HTML comments as raw HTML (html_block, 20): a shortcode
in an included notice is expanded like one in the page itself.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from calc import parameters

SHORTCODE = re.compile(r"<!--\s*waarde:\s*([a-z0-9_]+)(?:\s+(\d{4}-\d{2}-\d{2}))?\s*-->")
PRIORITY = 31  # after includes and snippets, before html_block


class ShortcodeError(ValueError):
    """A shortcode that cannot be expanded (the build stops, naming it)."""


def waarde(naam: str, op: str | None) -> str:
    """The text of parameter `naam` (on date `op`, or its latest value)."""
    shortcode = f"<!-- waarde: {naam}{' ' + op if op else ''} -->"
    try:
        parameter = parameters.parameter(naam)
        if op is None:
            entry = next(w for w in reversed(parameter.waarden) if w.waarde is not None)
        else:
            entry = parameter.op(date.fromisoformat(op))
    except (parameters.ParameterFout, parameters.GeenWaarde, ValueError) as fout:
        raise ShortcodeError(f"{shortcode}: {fout}") from fout
    if not entry.tekst:
        raise ShortcodeError(f"{shortcode}: parameter {naam} has no text for {entry.vanaf}")
    return entry.tekst


class WaardePreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        tekst = "\n".join(lines)
        return SHORTCODE.sub(lambda m: waarde(m.group(1), m.group(2)), tekst).split("\n")


class WaardeExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(WaardePreprocessor(md), "waarde", PRIORITY)


def makeExtension(**kwargs: Any) -> WaardeExtension:
    return WaardeExtension(**kwargs)
