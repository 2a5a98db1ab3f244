"""A parameter's values year by year, from the parameters, so that a new year needs no edit of
the text: `<!-- reeks: NAAM 2016 -->` gives "65 jaar en 6 maanden in 2016, ..., en 67 jaar en
3 maanden in 2028 tot en met 2031" (years with the same value joined), and
`<!-- laatste_jaar: NAAM -->` the last year with a value ("2031").

For a parameter whose entries each start on 1 January (the AOW age); anything else, an unknown
name or a year without a value fails the build. A preprocessor like `waarde` (see there).
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from calc import parameters
from shortcodes.waarde import ShortcodeError

REEKS = re.compile(r"<!--\s*reeks:\s*([a-z0-9_]+)\s+(\d{4})\s*-->")
LAATSTE_JAAR = re.compile(r"<!--\s*laatste_jaar:\s*([a-z0-9_]+)\s*-->")
PRIORITY = 31  # with waarde: after includes and snippets, before html_block


def _spannen(naam: str) -> list[tuple[int, int | None, str]]:
    """(first year, last year or None when open, text) of each entry of `naam`: an entry lasts
    until the year before the next one; an end ("geen waarde") closes the one before it."""
    try:
        parameter = parameters.parameter(naam)
    except parameters.ParameterFout as fout:
        raise ShortcodeError(f"<!-- reeks: {naam} -->: {fout}") from fout
    spannen: list[tuple[int, int | None, str]] = []
    waarden = parameter.waarden
    for index, w in enumerate(waarden):
        if (w.vanaf.month, w.vanaf.day) != (1, 1):
            raise ShortcodeError(f"{naam}: {w.vanaf} does not start a year")
        if w.waarde is None:
            continue  # an end: the entry before it is closed by it
        if not w.tekst:
            raise ShortcodeError(f"{naam}: {w.vanaf} has no text")
        volgende = waarden[index + 1].vanaf.year - 1 if index + 1 < len(waarden) else None
        spannen.append((w.vanaf.year, volgende, w.tekst))
    return spannen


def laatste_jaar(naam: str) -> str:
    """The last year with a known value (an error when the last value has no end)."""
    laatste = _spannen(naam)[-1][1]
    if laatste is None:
        raise ShortcodeError(f"<!-- laatste_jaar: {naam} -->: its last value has no end")
    return str(laatste)


def reeks(naam: str, vanaf: int) -> str:
    """The values from year `vanaf` on, neighbours with the same text joined."""
    groepen: list[list[Any]] = []
    for van, tot, tekst in _spannen(naam):
        if tot is not None and tot < vanaf:
            continue
        van = max(van, vanaf)
        if groepen and groepen[-1][2] == tekst and groepen[-1][1] == van - 1:
            groepen[-1][1] = tot
        else:
            groepen.append([van, tot, tekst])
    if not groepen or groepen[0][0] != vanaf:
        raise ShortcodeError(f"<!-- reeks: {naam} {vanaf} -->: no value for {vanaf}")

    def periode(van: int, tot: int | None) -> str:
        if tot is None:
            return f"vanaf {van}"
        return f"in {van}" if van == tot else f"in {van} tot en met {tot}"

    delen = [f"{tekst} {periode(van, tot)}" for van, tot, tekst in groepen]
    return delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " en " + delen[-1]


class ReeksPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        tekst = "\n".join(lines)
        tekst = REEKS.sub(lambda m: reeks(m.group(1), int(m.group(2))), tekst)
        tekst = LAATSTE_JAAR.sub(lambda m: laatste_jaar(m.group(1)), tekst)
        return tekst.split("\n")


class ReeksExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(ReeksPreprocessor(md), "reeks", PRIORITY)


def makeExtension(**kwargs: Any) -> ReeksExtension:
    return ReeksExtension(**kwargs)
