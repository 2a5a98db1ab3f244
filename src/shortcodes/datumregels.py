"""`<!-- datumregels -->`: how the calculators count dates, with examples computed by the
calculators' own functions, so the text and the answers cannot drift. The page "Bedragen en
termijnen" (src/shortcodes/bedragen.py) and the calculators' pages show the same block.

A preprocessor like `waarde` (see there): after the includes, before HTML comments are stashed.
The block links only to absolute addresses, so it reads the same on any page.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from calc import parameters, wetten
from calc.datums import datum_nl
from calc.regime import wetten as alle_wetten

SHORTCODE = re.compile(r"^[ \t]*<!--\s*datumregels\s*-->[ \t]*$", re.MULTILINE)
PRIORITY = 31  # with waarde: after includes and snippets, before html_block


def tekst(naam: str, op: date) -> str:
    """The text of parameter `naam` on `op` (a value that has none fails the build)."""
    waarde = parameters.waarde(naam, op)
    if not waarde.tekst:
        raise ValueError(f"parameter {naam} has no text for {waarde.vanaf}")
    return waarde.tekst


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
  participatieverklaringstraject, de {tekst("isk_duur", date(2016, 1, 1))} ISK en de
  {tekst("ontzorgen", date(2023, 1, 1))} ontzorgen. Voorbeeld: 6 maanden
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


class DatumregelsPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        tekst = "\n".join(lines)
        if not SHORTCODE.search(tekst):
            return lines
        return SHORTCODE.sub(lambda _: datumregels(), tekst).split("\n")


class DatumregelsExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(DatumregelsPreprocessor(md), "datumregels", PRIORITY)


def makeExtension(**kwargs: Any) -> DatumregelsExtension:
    return DatumregelsExtension(**kwargs)
