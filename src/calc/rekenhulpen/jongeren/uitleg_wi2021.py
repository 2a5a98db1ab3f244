"""Steps and result of the rekenhulp `jongeren` under the Wet inburgering 2021 (spec section 7),
from the rules in `wi2021`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import Uitleg
from calc.datums import datum_nl
from calc.rekenhulpen.basis import Data, op_peildatum
from calc.rekenhulpen.jongeren.invoer import JongerenInvoer, JongerenUitkomst
from calc.rekenhulpen.jongeren.isk import isk_stappen
from calc.rekenhulpen.jongeren.wi2021 import (
    inburgeringsplichtig,
    volgt_entree,
    volgt_vrijstellende_opleiding,
)
from calc.wetten import STCRT_2022_33825, artikel, wettekst


def bereken(invoer: JongerenInvoer, data: Data, uitleg: Uitleg) -> JongerenUitkomst:
    peil, achttien = data.peildatum, data.wet
    leeftijd = p.waarde("leeftijd_inburgeringsplicht", achttien)
    uitleg.stap(
        f"De 18e verjaardag ({datum_nl(achttien)}) valt op of na 1 januari 2022: daarom gelden "
        "de regels van de Wet inburgering 2021. Wie leerplichtig of kwalificatieplichtig is, is "
        "vrijgesteld; de kwalificatieplicht eindigt op de 18e verjaardag (of eerder, met een "
        "startkwalificatie).",
        leeftijd.bron,
    )
    jaren = p.waarde("leerplicht_jaren_vrijstelling", achttien)
    uitleg.stap(
        f"Wie ten minste {jaren.tekst} leerplichtig of kwalificatieplichtig is geweest, is ook "
        "vrijgesteld.",
        jaren.bron,
    )
    vrijgesteld = volgt_vrijstellende_opleiding(invoer, achttien, peil)
    _opleiding(invoer, achttien, peil, vrijgesteld, uitleg)
    plichtig = inburgeringsplichtig(invoer, achttien, peil)
    if peil < achttien:
        tekst = "is de jongere nog geen 18: (nog) geen inburgeringsplicht."
    elif plichtig:
        tekst = "is de jongere 18 of ouder en inburgeringsplichtig."
    else:
        tekst = "is de jongere 18 of ouder en vrijgesteld: niet inburgeringsplichtig."
    uitleg.stap(f"{op_peildatum(data)} {tekst}", artikel("Wet inburgering 2021", "4"))
    uitleg.stap(
        "De onderwijsroute is er vooral voor jongeren die een opleiding in het mbo, hbo of wo "
        "willen volgen; de wet noemt geen leeftijdsgrens.",
        artikel("Wet inburgering 2021", "8"),
    )
    einde = isk_stappen(invoer, achttien, uitleg)
    return JongerenUitkomst(peil, achttien, vrijgesteld, plichtig, einde)


def _opleiding(
    invoer: JongerenInvoer, achttien: date, peil: date, vrijgesteld: bool, uitleg: Uitleg
) -> None:
    regel = artikel("Wet inburgering 2021", "4")
    if invoer.inschrijving_mbo is None:
        uitleg.stap(
            "Wie een opleiding volgt die leidt tot een vrijstellend diploma, is vrijgesteld. Er "
            "is geen inschrijving bij een opleiding ingevuld.",
            regel,
        )
        return
    if invoer.inschrijving_mbo > peil:
        uitleg.stap(
            f"De inschrijving ({datum_nl(invoer.inschrijving_mbo)}) ligt na de peildatum: op de "
            "peildatum volgt de jongere die opleiding nog niet.",
            regel,
        )
        return
    if volgt_entree(invoer):
        uitleg.stap(
            "De entreeopleiding (mbo 1) stelt niet vrij. Wel telt het volgen ervan als niet "
            "verwijtbaar: de inburgeringstermijn kan ervoor worden verlengd.",
            STCRT_2022_33825,
        )
        return
    if vrijgesteld:
        uitleg.stap(
            "Wie een opleiding volgt die leidt tot een vrijstellend diploma, is vrijgesteld zolang "
            "die opleiding loopt. Anders dan onder de Wet inburgering 2013 hoeft de opleiding "
            "niet direct op de kwalificatieplicht te volgen. DUO verleent de vrijstelling.",
            regel,
        )
        uitleg.waarschuw(
            "Welke diploma's vrijstellen, staat in de Regeling inburgering 2021; die staat niet in "
            "de bronnen van deze site. De rekenhulp neemt aan dat mbo vanaf niveau 2, vmbo, havo, "
            "vwo, hbo en wo (in het Nederlands) vrijstellen, zoals onder de Wet inburgering 2013. "
            "Controleer dit bij DUO.",
            wettekst("Regeling inburgering 2021"),
        )
        uitleg.stap(
            "Stopt de jongere zonder diploma, dan vervalt de vrijstelling en ontstaat de "
            "inburgeringsplicht onder de Wet inburgering 2021.",
            regel,
        )
