"""Steps and result of the rekenhulp `ontheffing` under the Wet inburgering 2021 (spec section 7),
from the rules in `wi2021`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import Uitleg
from calc.regime import stap_wet
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.ontheffing.gronden_wi2013 import opsomming
from calc.rekenhulpen.ontheffing.invoer import OntheffingInvoer, OntheffingUitkomst
from calc.rekenhulpen.ontheffing.medisch import stap_kosten
from calc.rekenhulpen.ontheffing.wi2021 import (
    afschalen_a2_mogelijk,
    medische_ontheffing,
    ontbreekt_vrijstelling,
)
from calc.uitspraken import waarschuw_boete_en_lening
from calc.wetten import INBURGEREN_ZIEKTE, artikel


def bereken(invoer: OntheffingInvoer, data: Data, uitleg: Uitleg) -> OntheffingUitkomst:
    datum = data.wet
    stap_wet("wi2021", datum, uitleg)
    uitleg.stap(
        "De Wet inburgering 2021 kent geen ontheffing wegens aantoonbaar geleverde inspanning. "
        "Het aantal pogingen en de haalbaarheidstoets tellen daarom niet. Ontheffing kan alleen "
        "om medische redenen of, heel uitzonderlijk, om bijzondere omstandigheden.",
        artikel("Wet inburgering 2021", "5"),
    )
    uren = p.waarde("uren_afschalen_a2", datum)
    afschalen = afschalen_a2_mogelijk(invoer, datum)
    gevolgd = {
        None: "niet ingevuld.",
        True: f"{invoer.uren_cursus} uur: dat kan dus.",
        False: f"{invoer.uren_cursus} uur: nog niet genoeg.",
    }[afschalen]
    uitleg.stap(
        f"Wel kan het college in de B1-route na {uren.tekst} NT2-les en voldoende inspanning "
        "bepalen dat taalexamens op A2 worden afgenomen (afschalen; dat is geen ontheffing). "
        f"Gevolgd: {gevolgd}",
        uren.bron,
    )
    if afschalen is None:
        uitleg.onbekend("afschalen_a2_mogelijk", "uren_cursus")
    mist_vrijstelling = ontbreekt_vrijstelling(invoer, datum)
    _vrijstelling(datum, mist_vrijstelling, uitleg)
    medisch = medische_ontheffing(invoer)
    _medisch(medisch, datum, uitleg)
    if medisch:
        stap_kosten(data.peildatum, uitleg)
    uitleg.stap(
        "Bij een zeer schrijnende situatie door uitzonderlijke omstandigheden kan DUO ontheffing "
        "geven; bij de aanvraag hoort een advies van het college.",
        artikel("Besluit inburgering 2021", "2.8"),
    )
    uitleg.stap(
        "Conclusie: "
        + (
            "er is een grond om ontheffing aan te vragen (medisch). DUO beslist."
            if medisch
            else "er is (nog) geen grond voor ontheffing."
        )
        + (" Een vrijstelling lijkt mogelijk." if not mist_vrijstelling else ""),
        artikel("Wet inburgering 2021", "5"),
    )
    boete = p.waarde("boete_maximaal", datum)
    uitleg.stap(
        "Zonder ontheffing of vrijstelling moet de leerroute binnen de termijn behaald worden. "
        f"Lukt dat niet, dan kan DUO een boete opleggen van ten hoogste {boete.tekst}.",
        boete.bron,
    )
    waarschuw_boete_en_lening(data.peildatum, invoer.doelgroep, uitleg, regime="wi2021")
    return OntheffingUitkomst(
        aantoonbare_inspanning=False,
        voldoende_ingeburgerd=not mist_vrijstelling,
        medische_route=medisch,
        ontheffing_mogelijk=medisch,
        # Afschalen is no ground for ontheffing; with a medical ground the rest no longer matters.
        ontbreekt=() if medisch else mist_vrijstelling,
        boete_maximaal=p.getal("boete_maximaal", datum),
        afschalen_a2_mogelijk=afschalen,
        vrijstelling_mogelijk=not mist_vrijstelling,
    )


def _vrijstelling(datum: date, ontbreekt: tuple[str, ...], uitleg: Uitleg) -> None:
    werk = p.waarde("werkjaren_voldoende_ingeburgerd", datum)
    wonen = p.waarde("woonjaren_voldoende_ingeburgerd", datum)
    uitleg.stap(
        "Al voldoende ingeburgerd is onder de Wet inburgering 2021 een vrijstelling: ten minste "
        f"{wonen.tekst} onafgebroken ingeschreven in de BRP, ten minste {werk.tekst} betaald "
        "werk of vrijwilligerswerk in Nederland, en in een gesprek laten zien dat de persoon "
        "Nederlands spreekt en verstaat op niveau B1. Alle drie zijn nodig.",
        werk.bron,
    )
    if ontbreekt:
        uitleg.stap(
            f"Aan de vrijstelling is nog niet voldaan: {opsomming(ontbreekt)}.",
            artikel("Wet inburgering 2021", "4"),
        )
    else:
        uitleg.stap(
            "Aan de vrijstelling lijkt voldaan; DUO beslist na het gesprek.",
            artikel("Wet inburgering 2021", "4"),
        )


def _medisch(gekozen: bool, datum: date, uitleg: Uitleg) -> None:
    jaren = p.waarde("medische_ontheffing_jaren", datum)
    uitleg.stap(
        "Medische ontheffing: wie door een psychische of lichamelijke belemmering of een "
        "verstandelijke beperking blijvend niet aan de inburgeringsplicht (of een deel ervan) "
        "kan voldoen, kan ontheffing krijgen; redelijkerwijs moet te verwachten zijn dat het niet "
        f"binnen {jaren.tekst} na de aanvraag lukt. DUO beslist binnen acht weken."
        + ("" if gekozen else " Een medische situatie is niet aangegeven."),
        jaren.bron,
    )
    if gekozen:
        uitleg.stap("Een arts van Argonaut onderzoekt de situatie.", INBURGEREN_ZIEKTE)
