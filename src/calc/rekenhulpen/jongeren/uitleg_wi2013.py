"""Steps and result of the rekenhulp `jongeren` under the Wet inburgering 2013 (spec section 6),
from the rules in `wi2013`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import Uitleg, vraag
from calc.datums import datum_nl
from calc.overgang import einde_tijdelijke_vrijstelling
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.jongeren.invoer import JongerenInvoer, JongerenUitkomst
from calc.rekenhulpen.jongeren.isk import isk_stappen
from calc.rekenhulpen.jongeren.wi2013 import (
    aansluitend,
    inburgeringsplichtig,
    tijdelijk_vrijgesteld,
    vrijstellende_opleiding,
)
from calc.uitspraken import waarschuw_boete_en_lening
from calc.wetten import artikel


def bereken(invoer: JongerenInvoer, data: Data, uitleg: Uitleg) -> JongerenUitkomst:
    peil, achttien = data.peildatum, data.wet
    vrijgesteld = tijdelijk_vrijgesteld(invoer, achttien)
    _opleiding(invoer, achttien, vrijgesteld, peil, uitleg)
    plichtig = inburgeringsplichtig(invoer, achttien, peil)
    _status(invoer, peil, achttien, plichtig, uitleg)
    einde = isk_stappen(invoer, achttien, uitleg)
    return JongerenUitkomst(peil, achttien, vrijgesteld, plichtig, einde)


OPLEIDING = {
    "mbo": "het MBO",
    "vmbo_havo_vwo": "het vmbo, havo of vwo",
    "hbo_wo": "het hbo of wo",
}


def _opleiding(
    invoer: JongerenInvoer, achttien: date, vrijgesteld: bool, peil: date, uitleg: Uitleg
) -> None:
    mbo = p.waarde("mbo_niveau_vrijstelling", achttien)
    regel = (
        "Wie aansluitend aan de leer- en kwalificatieplicht een vrijstellende opleiding volgt "
        f"({mbo.tekst} of hoger), is tijdelijk vrijgesteld van de inburgeringsplicht. Aansluitend "
        f"wil zeggen: voor of op de 18e verjaardag ({datum_nl(achttien)}) ingeschreven."
    )
    inschrijving, niveau = invoer.inschrijving_mbo, invoer.mbo_niveau
    if inschrijving is None:
        uitleg.stap(regel + " Er is geen inschrijving bij een opleiding ingevuld.", vraag(18))
        return
    uitleg.stap(regel, vraag(18))
    if invoer.opleiding != "mbo":
        uitleg.stap(
            f"Ook een opleiding in {OPLEIDING[invoer.opleiding]} in het Nederlands leidt tot een "
            "diploma dat vrijstelt van de inburgeringsplicht (het Besluit inburgering noemt "
            "wo, hbo, vwo, havo, mavo, vmbo en mbo vanaf niveau 2).",
            artikel("Besluit inburgering", "2.3"),
        )
    elif not vrijstellende_opleiding(invoer.opleiding, niveau, achttien):
        uitleg.stap(
            f"MBO {niveau} (entree) stelt niet vrij: de jongere moet het inburgeringsexamen halen. "
            "Het is raadzaam met de ISK in gesprek te gaan, zodat de jongere daar nog een jaar "
            "extra ingeschreven kan blijven terwijl hij of zij entree-MBO volgt.",
            vraag(17),
        )
    if not aansluitend(inschrijving, achttien) and vrijstellende_opleiding(
        invoer.opleiding, niveau, achttien
    ):
        uitleg.stap(
            f"Ingeschreven op {datum_nl(inschrijving)}, na de 18e verjaardag: niet aansluitend, "
            "dus geen tijdelijke vrijstelling. Het diploma voldoet wel aan de "
            "inburgeringsplicht als het binnen drie jaar wordt gehaald.",
            vraag(19),
        )
    if vrijgesteld:
        waar = f"MBO {niveau}" if invoer.opleiding == "mbo" else OPLEIDING[invoer.opleiding]
        uitleg.stap(
            f"Ingeschreven op {datum_nl(inschrijving)} in {waar}, voor of op de 18e verjaardag: "
            "tijdelijk vrijgesteld. Zolang de vrijstelling loopt, is er geen DUO-lening. Haalt de "
            "jongere het diploma, dan is hij of zij voor altijd vrijgesteld.",
            vraag(18),
        )
        einde_tijdelijke_vrijstelling(peil, uitleg)
        return
    uitleg.stap(
        "Wie inburgeringsplichtig is en niet binnen drie jaar het examen of een vrijstellend "
        "diploma haalt, moet bij een verwijtbare overschrijding de DUO-lening terugbetalen en "
        "kan een boete krijgen. Een MBO-opleiding is geen grond voor verlenging van de termijn.",
        vraag(19),
    )
    waarschuw_boete_en_lening(peil, "asielstatushouder", uitleg)


def _status(
    invoer: JongerenInvoer, peil: date, achttien: date, plichtig: bool, uitleg: Uitleg
) -> None:
    vandaag = "" if invoer.peildatum else " (vandaag)"
    op = f"Op de peildatum {datum_nl(peil)}{vandaag}"
    leeftijd = p.waarde("leeftijd_inburgeringsplicht", achttien)
    if peil < achttien:
        tekst = f"{op} is de jongere nog geen 18: (nog) geen inburgeringsplicht."
    elif plichtig:
        tekst = f"{op} is de jongere 18 of ouder en inburgeringsplichtig."
    else:
        tekst = (
            f"{op} is de jongere 18 of ouder en tijdelijk vrijgesteld: niet inburgeringsplichtig."
        )
    uitleg.stap(
        tekst + f" Een statushouder van {leeftijd.tekst} is inburgeringsplichtig.", leeftijd.bron
    )
