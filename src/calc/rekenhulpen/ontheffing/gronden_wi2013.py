"""Steps of the rekenhulp `ontheffing` under the Wet inburgering 2013: the three grounds, each
with what it requires, what the input shows and what is still missing.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import BIJLAGE_3_ONTHEFFING, Uitleg
from calc.rekenhulpen.ontheffing.invoer import OntheffingInvoer
from calc.rekenhulpen.ontheffing.medisch import stap_kosten
from calc.wetten import artikel

TOETS = {
    "niet_gemaakt": "nog niet gemaakt",
    "examen_haalbaar": "gemaakt, maar de uitkomst is dat het examen haalbaar is",
    "examen_niet_haalbaar": "gemaakt, met als uitkomst dat het examen niet haalbaar is",
}


def opsomming(delen: tuple[str, ...]) -> str:
    return delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " en " + delen[-1]


def inspanning(
    invoer: OntheffingInvoer, datum: date, ontbreekt: tuple[str, ...], uitleg: Uitleg
) -> None:
    uren = p.waarde("uren_aantoonbare_inspanning", datum)
    gevolgd = "niet ingevuld" if invoer.uren_cursus is None else f"{invoer.uren_cursus} uur"
    if invoer.analfabeet:
        alfa = p.waarde("uren_alfabetisering_inspanning", datum)
        uitleg.stap(
            f"Aantoonbaar geleverde inspanning voor analfabeten: {uren.tekst} taalles gevolgd en "
            f"een haalbaarheidstoets gemaakt bij DUO. Gevolgd: {gevolgd}; "
            f"haalbaarheidstoets: {TOETS[invoer.haalbaarheidstoets]}. Het aantal pogingen telt "
            "voor analfabeten niet mee.",
            uren.bron,
        )
        uitleg.stap(
            "De uitslag van de toets telt, niet het maken ervan: de toets moet laten zien dat de "
            "inburgeringsplichtige niet het leervermogen heeft om het examen te halen.",
            artikel("Regeling inburgering", "2.4b"),
        )
        kosten = p.waarde("kosten_toets_leervermogen", datum)
        uitleg.stap(
            f"DUO vraagt nu ook ten minste {alfa.tekst} alfabetiseringscursus binnen de "
            f"{uren.tekst}; gevolgd: {invoer.uren_alfabetisering} uur. De toets kost "
            f"{kosten.tekst}.",
            alfa.bron,
        )
    else:
        pogingen = p.waarde("pogingen_aantoonbare_inspanning", datum)
        uitleg.stap(
            f"Aantoonbaar geleverde inspanning: {uren.tekst} inburgeringscursus gevolgd bij een "
            f"taalaanbieder met een keurmerk, en minimaal {pogingen.tekst} alle niet behaalde "
            "examenonderdelen gedaan op niveau A2 of hoger. Gevolgd: "
            f"{gevolgd}; minste pogingen bij een niet behaald onderdeel: "
            f"{invoer.min_pogingen}.",
            pogingen.bron,
        )
    if not ontbreekt and invoer.uren_cursus is None:
        uitleg.stap(
            "Of aan de grond aantoonbaar geleverde inspanning is voldaan, hangt af van de "
            "gevolgde uren cursus: die zijn niet ingevuld.",
            uren.bron,
        )
    elif not ontbreekt:
        uitleg.stap("Aan de grond aantoonbaar geleverde inspanning is voldaan.", uren.bron)
    else:
        uitleg.stap(
            "Aan de grond aantoonbaar geleverde inspanning is nog niet voldaan: "
            f"{opsomming(ontbreekt)}.",
            uren.bron,
        )


def ingeburgerd(datum: date, ontbreekt: tuple[str, ...], uitleg: Uitleg) -> None:
    werk = p.waarde("werkjaren_voldoende_ingeburgerd", datum)
    wonen = p.waarde("woonjaren_voldoende_ingeburgerd", datum)
    gesprek = p.waarde("kosten_gesprek_voldoende_ingeburgerd", datum)
    uitleg.stap(
        f"Aantoonbaar voldoende ingeburgerd: ten minste {wonen.tekst} onafgebroken ingeschreven "
        f"in een Nederlandse gemeente (BRP), ten minste {werk.tekst} betaald werk of "
        "vrijwilligerswerk in Nederland, en in een gesprek bij DUO laten zien dat de "
        f"inburgeringsplichtige Nederlands spreekt en verstaat. Alle drie zijn nodig. Het gesprek "
        f"kost {gesprek.tekst}.",
        artikel("Regeling inburgering", "2.4a"),
    )
    if not ontbreekt:
        uitleg.stap(
            "Aan de grond aantoonbaar voldoende ingeburgerd lijkt voldaan. DUO voert een gesprek "
            "met de persoon en neemt daarna een besluit; of de taal goed gesproken wordt, "
            "beoordeelt DUO.",
            werk.bron,
        )
    else:
        uitleg.stap(
            "Aan de grond aantoonbaar voldoende ingeburgerd is nog niet voldaan: "
            f"{opsomming(ontbreekt)}.",
            werk.bron,
        )


def medisch(gekozen: bool, datum: date, peildatum: date, uitleg: Uitleg) -> None:
    if not gekozen:
        uitleg.stap(
            "Een medische situatie (een ziekte of handicap) is niet aangegeven. Is die er wel, "
            "dan onderzoekt een arts van Argonaut die, en beslist DUO over ontheffing.",
            BIJLAGE_3_ONTHEFFING,
        )
        return
    uitleg.stap(
        "Medische situatie: bij een ziekte of handicap die het examen in de weg staat, kan "
        "ontheffing worden aangevraagd. Een arts van Argonaut onderzoekt de situatie; de "
        "bevindingen gaan naar DUO, en DUO bepaalt of er ontheffing komt.",
        BIJLAGE_3_ONTHEFFING,
    )
    jaren = p.waarde("medische_ontheffing_jaren", datum)
    uitleg.stap(
        "De beperking moet blijvend zijn: ontheffing volgt alleen als redelijkerwijs te "
        f"verwachten is dat de inburgeringsplicht niet binnen {jaren.tekst} na de aanvraag kan "
        "worden vervuld. DUO beslist binnen acht weken.",
        jaren.bron,
    )
    stap_kosten(peildatum, uitleg)
