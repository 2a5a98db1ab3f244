"""Rekenhulp `ontheffing` under the Wet inburgering 2013: one function per rule (spec 4).

Rules from bijlage 3 of the factsheet ('Toelichting rol DUO', 'Ontheffing van de
inburgeringsplicht') and §1.2; the conditions for 'aantoonbaar voldoende ingeburgerd' from the
Regeling inburgering art. 2.4a [extern]. Hours, attempts and years come from ``parameters/``.
The explanation steps and the assembled result are in `uitleg_wi2013`.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_CEILING, Decimal

from calc import parameters as p
from calc.rekenhulpen.ontheffing.invoer import OntheffingInvoer


def aantoonbare_inspanning(invoer: OntheffingInvoer, datum: date) -> bool:
    """Aantoonbaar geleverde inspanning: 600 hours at a keurmerk provider and at least 4 attempts
    at every part not passed (A2 or higher); analfabeten: 600 hours of taalles and DUO's
    haalbaarheidstoets (bijlage 3, 'Ontheffing van de inburgeringsplicht')."""
    uren = invoer.uren_cursus >= p.getal("uren_aantoonbare_inspanning", datum)
    if invoer.analfabeet:
        return uren and invoer.haalbaarheidstoets
    return uren and invoer.min_pogingen >= p.getal("pogingen_aantoonbare_inspanning", datum)


def ontbreekt_inspanning(invoer: OntheffingInvoer, datum: date) -> tuple[str, ...]:
    """What is still missing for aantoonbaar geleverde inspanning (bijlage 3)."""
    ontbreekt = []
    tekort = p.getal("uren_aantoonbare_inspanning", datum) - invoer.uren_cursus
    if tekort > 0:
        ontbreekt.append(f"nog {tekort} uur {'taalles' if invoer.analfabeet else 'cursus'}")
    if invoer.analfabeet:
        if not invoer.haalbaarheidstoets:
            ontbreekt.append("nog de haalbaarheidstoets bij DUO")
        return tuple(ontbreekt)
    pogingen = p.getal("pogingen_aantoonbare_inspanning", datum) - invoer.min_pogingen
    if pogingen > 0:
        ontbreekt.append("nog 1 poging" if pogingen == 1 else f"nog {pogingen} pogingen")
    return tuple(ontbreekt)


def voldoende_ingeburgerd(invoer: OntheffingInvoer, datum: date) -> bool:
    """Aantoonbaar voldoende ingeburgerd: speaks Dutch well, has worked 5 years or longer and
    has lived 10 years in the Netherlands — all three (bijlage 3; Regeling inburgering
    art. 2.4a [extern]). DUO decides after a conversation."""
    return (
        invoer.spreekt_nederlands
        and invoer.jaren_gewerkt >= p.getal("werkjaren_voldoende_ingeburgerd", datum)
        and invoer.jaren_woonachtig >= p.getal("woonjaren_voldoende_ingeburgerd", datum)
    )


def ontbreekt_ingeburgerd(invoer: OntheffingInvoer, datum: date) -> tuple[str, ...]:
    """What is still missing for aantoonbaar voldoende ingeburgerd (bijlage 3)."""
    ontbreekt = []
    if not invoer.spreekt_nederlands:
        ontbreekt.append("de Nederlandse taal goed spreken")
    gewerkt = p.getal("werkjaren_voldoende_ingeburgerd", datum) - invoer.jaren_gewerkt
    if gewerkt > 0:
        ontbreekt.append(f"nog {jaren_nl(gewerkt)} jaar werken in Nederland")
    gewoond = p.getal("woonjaren_voldoende_ingeburgerd", datum) - invoer.jaren_woonachtig
    if gewoond > 0:
        ontbreekt.append(f"nog {jaren_nl(gewoond)} jaar wonen in Nederland")
    return tuple(ontbreekt)


def medische_route(invoer: OntheffingInvoer) -> bool:
    """Ontheffing for a medical situation (an illness or a handicap): a doctor of Argonaut
    examines it and DUO decides on the findings (bijlage 3)."""
    return invoer.medische_beperking


def boete_maximaal(datum: date) -> int:
    """A fine of at most € 1.250 when the term is exceeded through insufficient effort (§1.2)."""
    return p.getal("boete_maximaal", datum)


def jaren_nl(jaren: Decimal) -> str:
    """A positive number of years as Dutch text, rounded up to hundredths: 2, 0,5, 0,01."""
    afgerond = jaren.quantize(Decimal("0.01"), rounding=ROUND_CEILING).normalize()
    return format(afgerond, "f").replace(".", ",")
