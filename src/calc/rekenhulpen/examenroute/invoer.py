"""Rekenhulp `examenroute`: its fields, how they are read, and its result (spec section 5)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calc.invoer import Formulier

VELDEN = ("opleidingsniveau", "start_inburgeringsplicht")
OPLEIDINGSNIVEAUS = ("analfabeet", "laag", "midden", "hoog")


@dataclass(frozen=True)
class ExamenrouteInvoer:
    opleidingsniveau: str
    start_inburgeringsplicht: date


@dataclass(frozen=True)
class ExamenrouteUitkomst:
    examen: str | None = None
    taalniveau: str | None = None
    onderdelen: tuple[str, ...] | None = None
    participatieverklaring: bool | None = None
    diplomawaardering_gratis: bool | None = None
    verlenging_alfabetisering_jaren: int | None = None


def lees_invoer(gegevens: Mapping[str, object]) -> ExamenrouteInvoer:
    f = Formulier(gegevens, VELDEN)
    niveau = f.keuze("opleidingsniveau", "het opleidingsniveau", OPLEIDINGSNIVEAUS)
    start = f.datum("start_inburgeringsplicht", "de startdatum van de inburgeringsplicht", True)
    f.klaar()
    assert niveau is not None and start is not None
    return ExamenrouteInvoer(niveau, start)
