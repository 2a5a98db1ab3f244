"""Steps and result of the rekenhulp `financiering` for a year under the Wet inburgering 2021
(spec section 7), from the rules in `wi2021`: the structure of the funding, each year with its own
formula and parts. The per-person amounts are set yearly in the Regeling inburgering 2021, which
is not in the sources of this site: the answer gives no amount and says where it is set (never an
unsourced number).
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import Uitleg
from calc.datums import datum_nl
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.financiering.invoer import FinancieringJaar, JaarUitkomst
from calc.rekenhulpen.financiering.wi2021 import (
    FORMULE,
    ONDERWIJSROUTE,
    aparte_uitkering_onderwijsroute,
    delen_specifieke_uitkering,
    formule_specifieke_uitkering,
    formule_wijzigt_in,
)
from calc.wetten import INBURGEREN_BETALEN, artikel, wettekst


def bereken_jaar(rij: FinancieringJaar, data: Data, uitleg: Uitleg) -> JaarUitkomst:
    jaar = rij.jaar
    uitleg.stap(
        f"{jaar}: de Wet inburgering 2021 geldt. De gemeente krijgt elk jaar een specifieke "
        "uitkering voor de voorzieningen van de inburgering (de leerroutes, de maatschappelijke "
        "begeleiding, het participatieverklaringstraject en de MAP); de uitvoeringskosten "
        "(zoals de brede intake en het PIP) vallen daar niet onder.",
        artikel("Wet inburgering 2021", "40"),
    )
    formule = _formule(jaar, uitleg)
    uitleg.stap(
        f"{jaar}: de bedragen per persoon stelt de minister elk jaar vast in de Regeling "
        "inburgering 2021. Die staan niet in de bronnen van deze site: de rekenhulp noemt daarom "
        "geen bedrag. Het bedrag voor de gemeente wordt ten minste drie maanden voor het jaar "
        "bekendgemaakt.",
        wettekst("Regeling inburgering 2021"),
    )
    onderwijsroute = _onderwijsroute(jaar, uitleg)
    if rij.aantal_gezinsmigranten:
        uitleg.stap(
            f"{jaar}: onder de Wet inburgering 2021 is het participatieverklaringstraject gratis; "
            "gezinsmigranten betalen er dus niets voor.",
            INBURGEREN_BETALEN,
        )
    return JaarUitkomst(
        jaar,
        "wi2021",
        eigen_bijdrage_gezinsmigranten=0,
        formule_specifieke_uitkering=formule,
        aparte_uitkering_onderwijsroute=onderwijsroute,
    )


def _formule(jaar: int, uitleg: Uitleg) -> str:
    """The year's own formula and parts, from the text in force on its 1 January."""
    formule = formule_specifieke_uitkering(jaar)
    w = p.waarde(FORMULE, date(jaar, 1, 1))
    uitleg.stap(
        f"{jaar}: de uitkering is {formule} ({len(delen_specifieke_uitkering(jaar))} delen: "
        f"{w.tekst}). Ze wordt per maand betaald, een twaalfde deel rond de vijftiende.",
        w.bron,
    )
    wijziging = formule_wijzigt_in(jaar)
    if wijziging is not None:
        nieuw = p.keuze(FORMULE, wijziging)
        uitleg.waarschuw(
            f"Op {datum_nl(wijziging)} werd de formule {nieuw}. De rekenhulp neemt voor {jaar} de "
            f"formule die op 1 januari {jaar} gold ({formule}); of het nieuwe deel al voor "
            f"{jaar} telt, zeggen de bronnen van deze site niet.",
            p.bron(FORMULE, wijziging),
        )
    return formule


def _onderwijsroute(jaar: int, uitleg: Uitleg) -> str:
    """The separate uitkering for the onderwijsroute (art. 42a) in the years it existed."""
    uitkomst = aparte_uitkering_onderwijsroute(jaar)
    eerste = p.parameter(ONDERWIJSROUTE).waarden[0]
    if uitkomst == "ja":
        uitleg.stap(
            f"{jaar}: voor de onderwijsroute bestond daarnaast een aparte specifieke uitkering, "
            f"voor de jaren {eerste.tekst} (Divosa). Dat artikel staat nog niet in de tekst van "
            "1 januari 2023 en vervalt op een tijdstip dat bij koninklijk besluit wordt bepaald.",
            eerste.bron,
        )
        return uitkomst
    einde = p.parameter(ONDERWIJSROUTE).waarden[-1]
    tekst = (
        f"{jaar}: de aparte specifieke uitkering voor de onderwijsroute gold voor de jaren "
        f"{eerste.tekst}. Of er voor {jaar} nog een aparte uitkering is, staat niet in de bronnen "
        f"van deze site. Divosa noemt {einde.tekst}."
    )
    if "ABO" in delen_specifieke_uitkering(jaar):
        sinds = datum_nl(p.waarde(FORMULE, date(jaar, 1, 1)).vanaf)
        tekst += (
            f" In de formule van de uitkering van art. 40 staat sinds de tekst van {sinds} het "
            "deel ABO, voor de onderwijsroute van asielstatushouders."
        )
    uitleg.stap(tekst, einde.bron)
    uitleg.waarschuw(
        f"Niet bekend: of de gemeente voor {jaar} een aparte uitkering voor de onderwijsroute "
        "krijgt. De rekenhulp neemt dat niet aan.",
        einde.bron,
    )
    return uitkomst
