"""MkDocs hook: the page 'Bedragen en termijnen', generated from the parameter files.

Every amount, term and key date the calculators use is listed with its dates of validity and its
source, read from ``src/calc/parameters/*.toml`` at build time, so the page and the calculators
cannot drift apart.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from mkdocs.structure.files import File, Files

from calc import parameters, wetten
from calc.bronnen import Bron
from calc.datums import bedrag_nl, centen_nl, datum_nl
from calc.regime import wet
from calc.regime import wetten as alle_wetten

PAGINA = "bedragen-en-termijnen.md"
SOORTEN = (
    ("Bedragen", ("EUR", "eurocent")),
    ("Termijnen en leeftijden", ("jaar", "weken", "maanden")),
    ("Aantallen en niveaus", ("uur", "keer", "mbo-niveau")),
    ("Belangrijke datums", ("ja/nee", "regime")),
    ("Werkwijzen en uitspraken", ("keuze",)),
)

INLEIDING = """\
# Bedragen en termijnen

Deze pagina toont alle bedragen, termijnen en datums waarmee de rekenhulpen rekenen, met de
periode waarin ze gelden en hun bron. De pagina wordt gemaakt uit dezelfde gegevens als de
rekenhulpen, zodat tekst en berekening altijd overeenkomen.

Een periode 'vanaf' een datum geldt tot de volgende regel. 'Geen waarde' betekent dat de
factsheet of de wet vanaf die datum geen bedrag of termijn meer geeft: de rekenhulp rekent dan
niet met het oude bedrag door, maar zegt dat.

"""


def datumregels() -> str:
    """The date rules, with examples computed by the calculators' own functions (the text and
    the answers cannot drift)."""
    from calc.aow import aow_datum
    from calc.datums import laatste_dag, maanden_later, verjaardag, weken_later
    from calc.rekenhulpen.termijnen import wi2013, wi2021

    def d(datum: date) -> str:
        return datum_nl(datum)

    jaren = parameters.getal("inburgeringstermijn", date(2016, 1, 1))
    welke_wet = "; ".join(
        f"de {w.naam} {w.periode.removeprefix('begonnen ')}" for w in alle_wetten() if w.regels
    )
    return f"""\
## Rekenregels voor datums {{#datums}}

Zo tellen de rekenhulpen. De datum in de brief van DUO of het besluit van de gemeente beslist.

- **Een termijn telt zijn eerste dag mee.** Een termijn van een aantal jaren of maanden die
  begint op dag S, eindigt aan het eind van de dag vóór dezelfde datum zoveel later. De termijn
  van de Wet inburgering 2013 begint "op het moment dat de vreemdeling inburgeringsplichtig
  wordt" ([Wet inburgering art. 7b lid 2]({wetten.artikel("Wet inburgering", "7b").href})).
  Zo telt DUO ook. In zijn brieven, zoals rechters die aanhalen, staat "vanaf 2 december 2013
  inburgeringsplichtig [...] vóór 1 december 2016" (ECLI:NL:RBLIM:2019:6788) en "gestart op
  5 maart 2016 [...] voor 4 maart 2019" (ECLI:NL:RBMNE:2020:5808). Voorbeelden van de rekenhulp:
  start 2 december 2013, laatste dag {d(wi2013.termijn_einde(date(2013, 12, 2)))}; start 5 maart
  2016, laatste dag {d(wi2013.termijn_einde(date(2016, 3, 5)))}.
- **De Wet inburgering 2021** laat de termijn van {jaren} jaar beginnen op de dag na de
  dagtekening van het eerste PIP
  ([Wet inburgering 2021 art. 11]({wetten.artikel("Wet inburgering 2021", "11").href})). De
  laatste dag is dus de datum van het PIP, {jaren} jaar later: PIP van 14 maart 2023, laatste
  dag {d(wi2021.termijn_einde(date(2023, 3, 14)))}. Een brief van DUO over zo'n termijn is niet
  gevonden; de rekenhulp telt zoals hierboven.
- Zo tellen ook de verlengingen, de nieuwe termijn na een boete (die begint de dag na de
  dagtekening van de boetebeschikking: een aanname van de rekenhulp), het jaar voor het
  participatieverklaringstraject, de 2 jaar ISK en de 6 maanden ontzorgen. Voorbeeld: 6 maanden
  vanaf 31 augustus 2016 lopen tot en met {d(laatste_dag(date(2016, 8, 31), maanden=6))}.
- **29 februari.** Een termijn die op 29 februari begint, eindigt op de dag vóór 1 maart:
  start 29 februari 2016, laatste dag {d(wi2013.termijn_einde(date(2016, 2, 29)))}.
- **Een leeftijd** wordt bereikt op de verjaardag. Wie op 29 februari is geboren, is voor de
  rekenhulp in een jaar zonder 29 februari jarig op **1 maart**: geboren op 29 februari 2000,
  18 jaar op {d(verjaardag(date(2000, 2, 29), 18))}. Zo ook de AOW-leeftijd, als de dag in de
  maand van de AOW-leeftijd niet bestaat (geboren op 30 november 1961, AOW-leeftijd 67 jaar
  en 3 maanden: bereikt op {d(aow_datum(date(1961, 11, 30)))}). Dat is een aanname van de
  rekenhulp: de factsheet, de wetten die deze site gebruikt en de Sociale Verzekeringsbank
  zeggen het niet, en soms wordt 28 februari genoemd. Op de dag dat iemand de AOW-leeftijd
  bereikt, is hij niet meer inburgeringsplichtig; de dag ervoor is de laatste dag van de plicht.
- **Een termijn in weken** na een datum telt 7 dagen per week vanaf die datum: 10 weken na
  1 februari 2023 is {d(weken_later(date(2023, 2, 1), 10))}.
- **Een moment in maanden** (zoals "na 6 maanden te ontbinden" of "vanaf 6 maanden vóór het
  einde") valt op dezelfde dag van de maand, of op de laatste dag als die maand korter is:
  6 maanden na 31 augustus 2016 is {d(maanden_later(date(2016, 8, 31), 6))}.
- Welke wet geldt, hangt af van de datum waarop de inburgeringsplicht begon: {welke_wet}. Bij
  de financiering telt het jaar (bedrag per 1 januari).
- Voor de uiterste datum van het PIP geldt de tekst van het besluit op de dag waarop die termijn
  begint te lopen; het overgangsrecht van de wijziging per 1 januari 2023 (Stb. 2022, 489) is
  voor deze site niet gelezen.
- Wat rechters en regering sinds de factsheet zeiden (zoals over boetes en de lening van
  asielstatushouders), telt de rekenhulp vanaf de peildatum van het antwoord: de dag waarop het
  antwoord wordt gegeven, standaard vandaag.
"""


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
    delen = [INLEIDING, datumregels()]
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


def on_files(files: Files, config: Any, **_: Any) -> Files:
    files.append(File.generated(config, PAGINA, content=pagina()))
    return files
