"""Steps and result of the rekenhulp `ontheffing` under the Wet inburgering 2013 (spec
section 4), from the rules in `wi2013`; the steps per ground are in `gronden_wi2013`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import BIJLAGE_3_ROL_DUO, Uitleg
from calc.datums import datum_nl
from calc.rekenhulpen.basis import Data, op_peildatum
from calc.rekenhulpen.ontheffing import gronden_wi2013
from calc.rekenhulpen.ontheffing.invoer import OntheffingInvoer, OntheffingUitkomst
from calc.rekenhulpen.ontheffing.wi2013 import (
    aantoonbare_inspanning,
    aanvraag_inspanning_vanaf,
    boete_maximaal,
    medische_route,
    ontbreekt_ingeburgerd,
    ontbreekt_inspanning,
)
from calc.uitspraken import waarschuw_boete_en_lening
from calc.wetten import artikel


def bereken(invoer: OntheffingInvoer, data: Data, uitleg: Uitleg) -> OntheffingUitkomst:
    datum = data.wet
    mist_inspanning = ontbreekt_inspanning(invoer, datum)
    gronden_wi2013.inspanning(invoer, datum, mist_inspanning, uitleg)
    vanaf, nu = _moment(invoer, data, uitleg)
    mist_ingeburgerd = ontbreekt_ingeburgerd(invoer, datum)
    gronden_wi2013.ingeburgerd(datum, mist_ingeburgerd, uitleg)
    medisch = medische_route(invoer)
    gronden_wi2013.medisch(medisch, datum, data.peildatum, uitleg)
    inspanning = aantoonbare_inspanning(invoer, datum)
    ingeburgerd = not mist_ingeburgerd
    mogelijk = bool(inspanning) or ingeburgerd or medisch
    if inspanning is None:
        uitleg.onbekend("aantoonbare_inspanning", "uren_cursus")
    if not mogelijk:
        conclusie = "er is (nog) geen grond om ontheffing aan te vragen."
    elif inspanning and not (ingeburgerd or medisch) and nu is False:
        assert vanaf is not None
        conclusie = (
            "er is een grond om ontheffing aan te vragen, maar de aanvraag kan pas vanaf "
            f"{datum_nl(vanaf)}. DUO beslist over de aanvraag."
        )
    else:
        conclusie = "er is een grond om ontheffing aan te vragen. DUO beslist over de aanvraag."
    uitleg.stap(f"Conclusie: {conclusie}", BIJLAGE_3_ROL_DUO)
    boete = p.waarde("boete_maximaal", datum)
    uitleg.stap(
        "Zonder ontheffing moet het examen binnen de termijn gehaald worden. Wordt de termijn "
        "overschreden omdat de inburgeringsplichtige zich onvoldoende heeft ingespannen, dan "
        f"volgt een boete van maximaal {boete.tekst}.",
        boete.bron,
    )
    waarschuw_boete_en_lening(data.peildatum, invoer.doelgroep, uitleg)
    return OntheffingUitkomst(
        aantoonbare_inspanning=inspanning,
        voldoende_ingeburgerd=ingeburgerd,
        medische_route=medisch,
        ontheffing_mogelijk=mogelijk,
        # Once one ground gives the ontheffing, what the others lack no longer matters.
        ontbreekt=() if mogelijk else mist_inspanning + mist_ingeburgerd,
        boete_maximaal=boete_maximaal(datum),
        aanvraag_inspanning_vanaf=vanaf,
        aanvraag_inspanning_mogelijk=nu,
    )


def _moment(
    invoer: OntheffingInvoer, data: Data, uitleg: Uitleg
) -> tuple[date | None, bool | None]:
    """From when the request for aantoonbaar geleverde inspanning can be made (Besluit art.
    2.8b lid 1), and whether it can on the peildatum."""
    start = invoer.start_inburgeringsplicht
    maanden = p.waarde("aanvraag_ontheffing_inspanning", data.wet)
    if start is None:
        uitleg.waarschuw(
            "Ontheffing wegens aantoonbaar geleverde inspanning kan pas worden aangevraagd "
            f"vanaf {maanden.tekst} vóór het einde van de inburgeringstermijn. Vul de start van "
            "de inburgeringsplicht in om die datum te zien.",
            maanden.bron,
        )
        return None, None
    vanaf = aanvraag_inspanning_vanaf(start)
    nu = data.peildatum >= vanaf
    uitleg.stap(
        "In gevallen die bij ministeriële regeling zijn aangewezen, kan de aanvraag eerder worden "
        "ingediend. Welke gevallen dat zijn, staat in de Regeling inburgering, die deze site "
        "daarvoor niet heeft gelezen: de rekenhulp rekent met de gewone datum.",
        artikel("Besluit inburgering", "2.8b", "3"),
    )
    uitleg.stap(
        f"De aanvraag wegens aantoonbaar geleverde inspanning kan niet eerder dan {maanden.tekst} "
        f"vóór het einde van de termijn: vanaf {datum_nl(vanaf)} (is de termijn verlengd, dan "
        f"telt het einde van de verlengde termijn). {op_peildatum(data)} kan de aanvraag "
        + ("al." if nu else "nog niet."),
        maanden.bron,
    )
    return vanaf, nu
