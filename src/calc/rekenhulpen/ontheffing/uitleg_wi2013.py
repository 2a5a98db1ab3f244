"""Steps and result of the rekenhulp `ontheffing` under the Wet inburgering 2013 (spec
section 4), from the rules in `wi2013`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import BIJLAGE_3_ONTHEFFING, BIJLAGE_3_ROL_DUO, Uitleg
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.ontheffing.invoer import OntheffingInvoer, OntheffingUitkomst
from calc.rekenhulpen.ontheffing.wi2013 import (
    aantoonbare_inspanning,
    boete_maximaal,
    medische_route,
    ontbreekt_ingeburgerd,
    ontbreekt_inspanning,
    voldoende_ingeburgerd,
)
from calc.wetten import artikel


def bereken(invoer: OntheffingInvoer, data: Data, uitleg: Uitleg) -> OntheffingUitkomst:
    datum = data.wet
    inspanning = aantoonbare_inspanning(invoer, datum)
    mist_inspanning = ontbreekt_inspanning(invoer, datum)
    _inspanning(invoer, datum, inspanning, mist_inspanning, uitleg)
    ingeburgerd = voldoende_ingeburgerd(invoer, datum)
    mist_ingeburgerd = ontbreekt_ingeburgerd(invoer, datum)
    _ingeburgerd(datum, ingeburgerd, mist_ingeburgerd, uitleg)
    medisch = medische_route(invoer)
    _medisch(medisch, uitleg)
    mogelijk = inspanning or ingeburgerd or medisch
    uitleg.stap(
        "Conclusie: "
        + (
            "er is een grond om ontheffing aan te vragen. DUO beslist over de aanvraag."
            if mogelijk
            else "er is (nog) geen grond om ontheffing aan te vragen."
        ),
        BIJLAGE_3_ROL_DUO,
    )
    boete = p.waarde("boete_maximaal", datum)
    uitleg.stap(
        "Zonder ontheffing moet het examen binnen de termijn gehaald worden. Wordt de termijn "
        "overschreden omdat de inburgeringsplichtige zich onvoldoende heeft ingespannen, dan "
        f"volgt een boete van maximaal {boete.tekst}.",
        boete.bron,
    )
    return OntheffingUitkomst(
        inspanning,
        ingeburgerd,
        medisch,
        mogelijk,
        mist_inspanning + mist_ingeburgerd,
        boete_maximaal(datum),
    )


def _opsomming(delen: tuple[str, ...]) -> str:
    return delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " en " + delen[-1]


def _inspanning(
    invoer: OntheffingInvoer,
    datum: date,
    voldaan: bool,
    ontbreekt: tuple[str, ...],
    uitleg: Uitleg,
) -> None:
    uren = p.waarde("uren_aantoonbare_inspanning", datum)
    if invoer.analfabeet:
        uitleg.stap(
            f"Aantoonbaar geleverde inspanning voor analfabeten: {uren.tekst} taalles gevolgd en "
            f"een haalbaarheidstoets gemaakt bij DUO. Gevolgd: {invoer.uren_cursus} uur; "
            f"haalbaarheidstoets: {'ja' if invoer.haalbaarheidstoets else 'nee'}. Het aantal "
            "pogingen telt voor analfabeten niet mee.",
            uren.bron,
        )
    else:
        pogingen = p.waarde("pogingen_aantoonbare_inspanning", datum)
        uitleg.stap(
            f"Aantoonbaar geleverde inspanning: {uren.tekst} inburgeringscursus gevolgd bij een "
            f"taalaanbieder met een keurmerk, en minimaal {pogingen.tekst} alle niet behaalde "
            "examenonderdelen gedaan op niveau A2 of hoger. Gevolgd: "
            f"{invoer.uren_cursus} uur; minste pogingen bij een niet behaald onderdeel: "
            f"{invoer.min_pogingen}.",
            pogingen.bron,
        )
    if voldaan:
        uitleg.stap("Aan de grond aantoonbaar geleverde inspanning is voldaan.", uren.bron)
    else:
        uitleg.stap(
            f"Aan de grond aantoonbaar geleverde inspanning is nog niet voldaan: "
            f"{_opsomming(ontbreekt)}.",
            uren.bron,
        )


def _ingeburgerd(datum: date, voldaan: bool, ontbreekt: tuple[str, ...], uitleg: Uitleg) -> None:
    werk = p.waarde("werkjaren_voldoende_ingeburgerd", datum)
    wonen = p.waarde("woonjaren_voldoende_ingeburgerd", datum)
    uitleg.stap(
        "Aantoonbaar voldoende ingeburgerd: de Nederlandse taal wordt goed gesproken, er is "
        f"{werk.tekst} of langer in Nederland gewerkt en de persoon woont al {wonen.tekst} in "
        "Nederland. Alle drie zijn nodig.",
        artikel("Regeling inburgering", "2.4a"),
    )
    if voldaan:
        uitleg.stap(
            "Aan de grond aantoonbaar voldoende ingeburgerd lijkt voldaan. DUO voert een gesprek "
            "met de persoon en neemt daarna een besluit; of de taal goed gesproken wordt, "
            "beoordeelt DUO.",
            werk.bron,
        )
    else:
        uitleg.stap(
            "Aan de grond aantoonbaar voldoende ingeburgerd is nog niet voldaan: "
            f"{_opsomming(ontbreekt)}.",
            werk.bron,
        )


def _medisch(medisch: bool, uitleg: Uitleg) -> None:
    if medisch:
        uitleg.stap(
            "Medische situatie: bij een ziekte of handicap die het examen in de weg staat, kan "
            "ontheffing worden aangevraagd. Een arts van Argonaut onderzoekt de situatie; de "
            "bevindingen gaan naar DUO, en DUO bepaalt of er ontheffing komt.",
            BIJLAGE_3_ONTHEFFING,
        )
    else:
        uitleg.stap(
            "Een medische situatie (een ziekte of handicap) is niet aangegeven. Is die er wel, "
            "dan onderzoekt een arts van Argonaut die, en beslist DUO over ontheffing.",
            BIJLAGE_3_ONTHEFFING,
        )
