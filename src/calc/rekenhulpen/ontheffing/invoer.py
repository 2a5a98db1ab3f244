"""Rekenhulp `ontheffing`: its fields, how they are read, and its result (spec section 4)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from calc.invoer import Formulier

VELDEN = (
    "uren_cursus",
    "min_pogingen",
    "analfabeet",
    "haalbaarheidstoets",
    "jaren_gewerkt",
    "jaren_woonachtig",
    "spreekt_nederlands",
    "medische_beperking",
)
#: Guards against typos (not legal rules).
HOOGSTE_UREN = 100_000
HOOGSTE_POGINGEN = 1_000
HOOGSTE_JAREN = 150


@dataclass(frozen=True)
class OntheffingInvoer:
    uren_cursus: int
    min_pogingen: int = 0
    analfabeet: bool = False
    haalbaarheidstoets: bool = False
    jaren_gewerkt: Decimal = Decimal(0)
    jaren_woonachtig: Decimal = Decimal(0)
    spreekt_nederlands: bool = False
    medische_beperking: bool = False


@dataclass(frozen=True)
class OntheffingUitkomst:
    aantoonbare_inspanning: bool
    voldoende_ingeburgerd: bool
    medische_route: bool
    ontheffing_mogelijk: bool
    ontbreekt: tuple[str, ...]
    boete_maximaal: int


def lees_invoer(gegevens: Mapping[str, object]) -> OntheffingInvoer:
    f = Formulier(gegevens, VELDEN)
    uren = f.getal("uren_cursus", "het aantal uren cursus", HOOGSTE_UREN, verplicht=True)
    pogingen = f.getal("min_pogingen", "het aantal pogingen", HOOGSTE_POGINGEN)
    analfabeet = f.vlag("analfabeet", "analfabeet", False)
    toets = f.vlag("haalbaarheidstoets", "haalbaarheidstoets gemaakt", False)
    gewerkt = f.decimaal("jaren_gewerkt", "de jaren gewerkt in Nederland", HOOGSTE_JAREN)
    gewoond = f.decimaal("jaren_woonachtig", "de jaren gewoond in Nederland", HOOGSTE_JAREN)
    spreekt = f.vlag("spreekt_nederlands", "spreekt goed Nederlands", False)
    medisch = f.vlag("medische_beperking", "medische beperking", False)
    f.klaar()
    assert uren is not None
    return OntheffingInvoer(
        uren,
        pogingen or 0,
        analfabeet,
        toets,
        gewerkt if gewerkt is not None else Decimal(0),
        gewoond if gewoond is not None else Decimal(0),
        spreekt,
        medisch,
    )
