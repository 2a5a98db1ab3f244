"""Rekenhulp `ontheffing` under the Wet inburgering 2013: one function per rule (spec 4).

Rules from bijlage 3 of the factsheet ('Toelichting rol DUO', 'Ontheffing van de
inburgeringsplicht') and §1.2, completed with the Besluit inburgering (art. 2.8: medical; art.
2.8b: the moment of the request) and the Regeling inburgering (art. 2.4a, 2.4b) [extern]. Hours,
attempts and years come from ``parameters/``. The explanation steps and the assembled result are
in `uitleg_wi2013`.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_CEILING, Decimal

from calc import parameters as p
from calc.datums import maanden_voor_einde
from calc.rekenhulpen.ontheffing.invoer import OntheffingInvoer
from calc.rekenhulpen.termijnen.wi2013 import termijn_einde


def aantoonbare_inspanning(invoer: OntheffingInvoer, datum: date) -> bool | None:
    """Aantoonbaar geleverde inspanning: 600 hours at a keurmerk provider and at least 4 attempts
    at every part not passed (A2 or higher); analfabeten: 600 hours of which at least 300 of
    alfabetisering, and a haalbaarheidstoets whose OUTCOME shows that the exam is out of reach
    (bijlage 3; Regeling inburgering art. 2.4b; inburgeren.nl for the 300 hours). None when
    only the hours, not filled in, could decide it."""
    if ontbreekt_inspanning(invoer, datum):
        return False
    return None if invoer.uren_cursus is None else True


def ontbreekt_inspanning(invoer: OntheffingInvoer, datum: date) -> tuple[str, ...]:
    """What is still missing for aantoonbaar geleverde inspanning (empty: the ground is met, or
    only the hours, not filled in, are unknown)."""
    ontbreekt = []
    tekort = p.getal("uren_aantoonbare_inspanning", datum) - (invoer.uren_cursus or 0)
    if invoer.uren_cursus is not None and tekort > 0:
        ontbreekt.append(f"nog {tekort} uur {'taalles' if invoer.analfabeet else 'cursus'}")
    if invoer.analfabeet:
        alfa = p.getal("uren_alfabetisering_inspanning", datum) - invoer.uren_alfabetisering
        if alfa > 0:
            ontbreekt.append(f"nog {alfa} uur alfabetiseringscursus")
        if invoer.haalbaarheidstoets == "niet_gemaakt":
            ontbreekt.append("nog de haalbaarheidstoets bij DUO")
        elif invoer.haalbaarheidstoets == "examen_haalbaar":
            ontbreekt.append("een toets waaruit blijkt dat het examen niet haalbaar is")
        return tuple(ontbreekt)
    pogingen = p.getal("pogingen_aantoonbare_inspanning", datum) - invoer.min_pogingen
    if pogingen > 0:
        ontbreekt.append("nog 1 poging" if pogingen == 1 else f"nog {pogingen} pogingen")
    return tuple(ontbreekt)


def aanvraag_inspanning_vanaf(start: date) -> date:
    """The request can be made no earlier than six months before the term ends (Besluit
    inburgering art. 2.8b lid 1): the 3-year term, unless DUO extended it."""
    maanden = p.getal("aanvraag_ontheffing_inspanning", start)
    return maanden_voor_einde(termijn_einde(start), maanden)


def voldoende_ingeburgerd(invoer: OntheffingInvoer, datum: date) -> bool:
    """Aantoonbaar voldoende ingeburgerd: 10 years uninterrupted in the BRP, 5 years of paid or
    voluntary work in the Netherlands, and the language shown in a conversation with DUO — all
    three (bijlage 3; Regeling inburgering art. 2.4a [extern])."""
    return not ontbreekt_ingeburgerd(invoer, datum)


def ontbreekt_ingeburgerd(
    invoer: OntheffingInvoer, datum: date, taal: str = "de Nederlandse taal goed spreken"
) -> tuple[str, ...]:
    """What is still missing for aantoonbaar voldoende ingeburgerd (empty: the ground is met).
    The same three conditions make the vrijstelling of the Wet inburgering 2021, with its own
    words for the language (`taal`)."""
    ontbreekt = []
    if not invoer.spreekt_nederlands:
        ontbreekt.append(taal)
    gewerkt = p.getal("werkjaren_voldoende_ingeburgerd", datum) - invoer.jaren_gewerkt
    if gewerkt > 0:
        ontbreekt.append(f"nog {jaren_nl(gewerkt)} jaar betaald werk of vrijwilligerswerk")
    gewoond = p.getal("woonjaren_voldoende_ingeburgerd", datum) - invoer.jaren_woonachtig
    if gewoond > 0:
        ontbreekt.append(f"nog {jaren_nl(gewoond)} jaar ingeschreven in Nederland")
    return tuple(ontbreekt)


def medische_route(invoer: OntheffingInvoer) -> bool:
    """Ontheffing for a medical situation: permanently unable (Wet inburgering art. 6 lid 1), the
    obligation cannot be met within five years (Besluit art. 2.8 lid 4); a doctor examines it
    and DUO decides (bijlage 3)."""
    return invoer.medische_beperking


def boete_maximaal(datum: date) -> int:
    """A fine of at most € 1.250 when the term is exceeded through insufficient effort (§1.2)."""
    return p.getal("boete_maximaal", datum)


def jaren_nl(jaren: Decimal) -> str:
    """A positive number of years as Dutch text, rounded up to hundredths: 2, 0,5, 0,01."""
    afgerond = jaren.quantize(Decimal("0.01"), rounding=ROUND_CEILING).normalize()
    return format(afgerond, "f").replace(".", ",")
