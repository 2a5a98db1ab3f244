"""`<!-- bedragen -->`: every amount, term and key date the calculators use, generated from the
parameter files.

Each parameter is listed with its dates of validity, its source and the words of the source,
read from ``src/calc/parameters/*.toml`` at build time, so the page "Bedragen en termijnen"
(docs/bedragen-en-termijnen.md, which has the title and the introduction) and the calculators
cannot drift apart. A preprocessor (priority 30, like the other shortcodes): its Markdown is
read as the page's own.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from calc import parameters
from calc.bronnen import Bron
from calc.datums import bedrag_nl, centen_nl, datum_nl
from calc.regime import wet
from shortcodes.datumregels import datumregels

SHORTCODE = "<!-- bedragen -->"
PRIORITY = 30
SOORTEN = (
    ("Bedragen", ("EUR", "eurocent")),
    ("Termijnen en leeftijden", ("jaar", "weken", "maanden")),
    ("Aantallen en niveaus", ("uur", "keer", "mbo-niveau")),
    ("Belangrijke datums", ("ja/nee", "regime")),
    ("Werkwijzen en uitspraken", ("keuze",)),
)


def _link(bron: Bron) -> str:
    """A markdown link; site links are made relative to this page (docs root)."""
    href = bron.href
    if not href.startswith("https://"):
        pad, _, anker = href.partition("#")
        href = pad.rstrip("/") + ".md" + (f"#{anker}" if anker else "")
    return f"[{bron.label}]({href})"


def _waarde(eenheid: str, waarde: object, tekst: str | None = None) -> str:
    if waarde is None:
        return "geen waarde"
    if eenheid in ("keuze", "maanden") and tekst:
        return tekst
    if eenheid == "EUR" and isinstance(waarde, int):
        return bedrag_nl(waarde)
    if eenheid == "eurocent" and isinstance(waarde, int):
        return centen_nl(waarde)
    if eenheid == "ja/nee":
        return "ja" if waarde else "nee"
    if eenheid == "mbo-niveau":
        return f"MBO {waarde}"
    if eenheid == "regime":
        return wet(str(waarde)).naam
    return f"{waarde} {eenheid}"


def _cel(tekst: str) -> str:
    """Text safe inside a Markdown table cell."""
    return tekst.replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")


def _geldig(vanaf: date, tot: date | None) -> str:
    tekst = f"vanaf {datum_nl(vanaf)}"
    if tot is not None:
        tekst += f" tot en met {datum_nl(tot - timedelta(days=1))}"
    return tekst


def pagina() -> str:
    """The markdown of the page."""
    delen = ["## Rekenregels voor datums {#datums}\n", datumregels()]
    alle = parameters.alle_parameters()
    for titel, eenheden in SOORTEN:
        delen.append(f"## {titel}\n")
        for naam, parameter in alle.items():
            if parameter.eenheid not in eenheden:
                continue
            anker = naam.replace("_", "-")
            delen.append(f"### {parameter.beschrijving} {{#{anker}}}\n")
            delen.append("| Waarde | Geldig | Bron | Uit de bron |\n| --- | --- | --- | --- |")
            waarden = parameter.waarden
            for index, w in enumerate(waarden):
                volgende = waarden[index + 1].vanaf if index + 1 < len(waarden) else None
                geldig = _geldig(w.vanaf, None if w.waarde is None else volgende)
                waarde = _waarde(parameter.eenheid, w.waarde, w.tekst)
                # The quote is the evidence, on the page; out of the search index that every
                # page loads (the words of the law, 3 KiB gzipped; the label and the amount stay).
                citaat = (
                    '<span class="citaat" data-search-exclude="">'
                    f"\N{LEFT SINGLE QUOTATION MARK}{_cel(w.citaat)}\N{RIGHT SINGLE QUOTATION MARK}"
                    "</span>"
                    if w.citaat
                    else ""
                )
                regel = f"| {waarde} | {geldig} | {_link(w.bron)} | {citaat} |"
                delen.append(regel)
            delen.append("")
    return "\n".join(delen)


class BedragenPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        tekst = "\n".join(lines)
        if SHORTCODE not in tekst:
            return lines
        return tekst.replace(SHORTCODE, pagina()).split("\n")


class BedragenExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(BedragenPreprocessor(md), "bedragen", PRIORITY)


def makeExtension(**kwargs: Any) -> BedragenExtension:
    return BedragenExtension(**kwargs)
