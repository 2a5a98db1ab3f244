"""Steps and result of the rekenhulp `financiering` for a year under the Wet inburgering 2021
(spec section 7): the structure of the funding, with its sources. The per-person amounts are
set yearly in the Regeling inburgering 2021, which is not in the sources of this site: the answer
gives no amount and says where it is set (never an unsourced number).
"""

from __future__ import annotations

from calc.bronnen import Uitleg
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.financiering.invoer import FinancieringJaar, JaarUitkomst
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
    uitleg.stap(
        f"{jaar}: de uitkering is U = BGO + BA + ABO: een deel voor gezinsmigranten en overige "
        "migranten, een deel voor asielstatushouders en een deel voor de onderwijsroute. Ze "
        "wordt per maand betaald, een twaalfde deel rond de vijftiende.",
        artikel("Besluit inburgering 2021", "10.1"),
    )
    uitleg.stap(
        f"{jaar}: de bedragen per persoon stelt de minister elk jaar vast in de Regeling "
        "inburgering 2021. Die staan niet in de bronnen van deze site: de rekenhulp noemt daarom "
        "geen bedrag. Het bedrag voor de gemeente wordt ten minste drie maanden voor het jaar "
        "bekendgemaakt.",
        wettekst("Regeling inburgering 2021"),
    )
    uitleg.stap(
        f"{jaar}: voor de onderwijsroute bestaat daarnaast een aparte specifieke uitkering. Dat "
        "artikel kwam later in de wet: het staat nog niet in de tekst van 1 januari 2023.",
        artikel("Wet inburgering 2021", "42a"),
    )
    if rij.aantal_gezinsmigranten:
        uitleg.stap(
            f"{jaar}: onder de Wet inburgering 2021 is het participatieverklaringstraject gratis; "
            "gezinsmigranten betalen er dus niets voor.",
            INBURGEREN_BETALEN,
        )
    return JaarUitkomst(jaar, "wi2021", eigen_bijdrage_gezinsmigranten=0)
