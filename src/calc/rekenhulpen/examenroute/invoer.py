"""Rekenhulp `examenroute`: its fields, how they are read, and its result (spec section 5)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calc import keuzes
from calc.invoer import Formulier

VELDEN = (
    "opleidingsniveau",
    "start_inburgeringsplicht",
    "leerroute",
    "doelgroep",
    "uren_cursus",
    "uren_participatie",
)
#: A guard against typos in the hours (not a legal rule).
HOOGSTE_UREN = 100_000
OPLEIDINGSNIVEAUS = ("analfabeet", "laag", "midden", "hoog")
#: The leerroutes of the Wet inburgering 2021, set by the college in the PIP (art. 15), and the
#: 2021 groups (calc.keuzes).
LEERROUTES = keuzes.codes(keuzes.LEERROUTES)
DOELGROEPEN = keuzes.codes(keuzes.DOELGROEPEN_2021)


@dataclass(frozen=True)
class ExamenrouteInvoer:
    opleidingsniveau: str
    start_inburgeringsplicht: date
    leerroute: str | None = None  # Wet inburgering 2021
    doelgroep: str | None = None  # Wet inburgering 2021
    uren_cursus: int | None = None  # Wet inburgering 2021: hours of NT2 and KNM followed
    uren_participatie: int | None = None  # Wet inburgering 2021: Z-route activities


@dataclass(frozen=True)
class ExamenrouteUitkomst:
    examen: str | None = None
    taalniveau: str | None = None
    onderdelen: tuple[str, ...] | None = None
    participatieverklaring: bool | None = None
    diplomawaardering_gratis: bool | None = None
    verlenging_alfabetisering_jaren: int | None = None
    leerroute: str | None = None
    map_verplicht: bool | None = None
    uren_cursus_z: int | None = None
    uren_participatie_z: int | None = None
    uren_cursus_z_resterend: int | None = None
    uren_participatie_z_resterend: int | None = None


def lees_invoer(gegevens: Mapping[str, object]) -> ExamenrouteInvoer:
    f = Formulier(gegevens, VELDEN)
    niveau = f.keuze("opleidingsniveau", "het opleidingsniveau", OPLEIDINGSNIVEAUS)
    start = f.datum("start_inburgeringsplicht", "de startdatum van de inburgeringsplicht", True)
    leerroute = f.keuze("leerroute", "de leerroute", LEERROUTES, verplicht=False)
    doelgroep = f.keuze("doelgroep", "de doelgroep", DOELGROEPEN, verplicht=False)
    cursus = f.getal("uren_cursus", "het aantal gevolgde uren cursus", HOOGSTE_UREN)
    participatie = f.getal("uren_participatie", "het aantal uren participatie", HOOGSTE_UREN)
    f.klaar()
    assert niveau is not None and start is not None
    return ExamenrouteInvoer(niveau, start, leerroute, doelgroep, cursus, participatie)
