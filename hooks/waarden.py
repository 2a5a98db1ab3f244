"""Build step: amounts and terms in the text come from the parameters, so they cannot drift.

`<!-- waarde: NAAM -->` in a page becomes the value of parameter NAAM as its source writes it
(its `tekst`, or the formatted value), in force today's way: the latest entry with a value.
`<!-- waarde: NAAM 2022-06-01 -->` takes the entry in force on that date. An unknown name, a
date without a value, or an entry without a text fails the build.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from mkdocs.exceptions import PluginError

from calc import parameters

SHORTCODE = re.compile(r"<!--\s*waarde:\s*([a-z0-9_]+)(?:\s+(\d{4}-\d{2}-\d{2}))?\s*-->")


def waarde(naam: str, op: str | None, waar: str) -> str:
    """The text of parameter `naam` (on date `op`, or its latest value)."""
    try:
        parameter = parameters.parameter(naam)
        if op is None:
            entry = next(w for w in reversed(parameter.waarden) if w.waarde is not None)
        else:
            entry = parameter.op(date.fromisoformat(op))
    except (parameters.ParameterFout, parameters.GeenWaarde, ValueError) as fout:
        raise PluginError(f"{waar}: <!-- waarde: {naam} {op or ''} -->: {fout}") from fout
    if not entry.tekst:
        raise PluginError(f"{waar}: parameter {naam} has no text for {entry.vanaf}")
    return entry.tekst


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    waar = page.file.src_uri
    return SHORTCODE.sub(lambda m: waarde(m.group(1), m.group(2), waar), markdown)
