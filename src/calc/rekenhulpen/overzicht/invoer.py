"""Rekenhulp `overzicht`: one person's fields, once, for every calculator that applies.

The fields of the JSON contract that the calculators share. A civil servant thinks in persons:
she types a person's dates once, and the overview runs each calculator with what it needs. The
case label (`kenmerk`) never comes here: it stays in the browser, for the calendar file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from calc.velden import (
    DATUM_KENNISGEVING,
    DATUM_PIP,
    DOELGROEP,
    GEBOORTEDATUM,
    LEERROUTE,
    OPLEIDINGSNIVEAU,
    PEILDATUM,
    START_INBURGERINGSPLICHT,
    VESTIGING_GEMEENTE,
    formulier,
    lees_velden,
)

VELDEN = (
    replace(DOELGROEP, verplicht=True),
    replace(START_INBURGERINGSPLICHT, verplicht=True),
    VESTIGING_GEMEENTE,
    DATUM_KENNISGEVING,
    replace(DATUM_PIP, label="Datum van het PIP (de termijn begint de dag erna)"),
    replace(LEERROUTE, wet="wi2021"),
    GEBOORTEDATUM,
    replace(OPLEIDINGSNIVEAU, label="Opleidingsniveau (voor het examen)"),
    PEILDATUM,
)


@dataclass(frozen=True)
class OverzichtInvoer:
    doelgroep: str
    start_inburgeringsplicht: date
    vestiging_gemeente: date | None = None
    datum_kennisgeving: date | None = None
    datum_pip: date | None = None
    leerroute: str | None = None
    geboortedatum: date | None = None
    opleidingsniveau: str | None = None
    peildatum: date | None = None


@dataclass(frozen=True)
class Gebeurtenis:
    """One date on the person's timeline, as its calculator gives it."""

    datum: date
    wat: str  # in the words of the calculator's own page
    rekenhulp: str  # the calculator's name as a reader knows it ("Termijnen")
    sleutel: str  # "termijnen.termijn_einde": the calculator and its result key
    voorbij: bool  # before the peildatum


@dataclass(frozen=True)
class OverzichtUitkomst:
    peildatum: date
    volgende: str | None = None  # what is due next on the peildatum
    volgende_datum: date | None = None
    dagen_tot_volgende: int | None = None
    #: Every date that matters, in order of date (the timeline and its table)
    gebeurtenissen: tuple[Gebeurtenis, ...] = ()
    termijn_einde: date | None = None
    pip_uiterlijk: date | None = None
    participatieverklaring_uiterlijk: date | None = None
    aow_datum: date | None = None
    recht_op_lening: bool | None = None
    betaler: str | None = None
    taalniveau: str | None = None
    ontheffing_mogelijk: bool | None = None
    ontbreekt_voor_ontheffing: tuple[str, ...] | None = None
    te_laat: tuple[str, ...] = ()  # what is overdue on the peildatum, in Dutch
    niet_berekend: tuple[str, ...] = ()  # calculators left out, and why


def lees_invoer(gegevens: Mapping[str, object]) -> OverzichtInvoer:
    f = formulier(gegevens, VELDEN)
    waarden = lees_velden(f, VELDEN)
    f.klaar()
    return OverzichtInvoer(**waarden)  # type: ignore[arg-type]
