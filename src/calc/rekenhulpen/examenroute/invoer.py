"""Rekenhulp `examenroute`: its fields, how they are read, and its result (spec section 5)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from calc.velden import (
    DOELGROEP_2021,
    LEERROUTE,
    OPLEIDINGSNIVEAU,
    START_INBURGERINGSPLICHT,
    Veld,
    formulier,
    lees_velden,
)

#: A guard against typos in the hours (not a legal rule).
HOOGSTE_UREN = 100_000


def _uren(naam: str, label: str, wat: str) -> Veld:
    return Veld(naam, "getal", label, wat, wet="wi2021", maximum=HOOGSTE_UREN, breedte=6)


VELDEN = (
    replace(OPLEIDINGSNIVEAU, verplicht=True),
    replace(START_INBURGERINGSPLICHT, verplicht=True),
    # The leerroutes of the Wet inburgering 2021, set by the college in the PIP (art. 15).
    replace(LEERROUTE, wet="wi2021"),
    replace(DOELGROEP_2021, wet="wi2021"),
    _uren("uren_cursus", "Gevolgde uren cursus (NT2 en KNM)", "het aantal gevolgde uren cursus"),
    _uren(
        "uren_participatie",
        "Gevolgde uren activiteiten voor participatie",
        "het aantal uren participatie",
    ),
)
OPLEIDINGSNIVEAUS = VELDEN[0].codes


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
    f = formulier(gegevens, VELDEN)
    waarden = lees_velden(f, VELDEN)
    f.klaar()
    return ExamenrouteInvoer(**waarden)  # type: ignore[arg-type]
