"""Rekenhulp `lening`: its fields, how they are read, and its result (spec sections 2 and 7)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from calc.parameters import vaste_waarde
from calc.velden import (
    DATUM_PIP,
    DOELGROEP,
    GEBOORTEDATUM,
    PEILDATUM,
    START_INBURGERINGSPLICHT,
    Veld,
    formulier,
    lees_velden,
)

#: A guard against typos in the age field (not a legal rule).
HOOGSTE_LEEFTIJD = 130

VELDEN = (
    replace(DOELGROEP, verplicht=True),
    Veld(
        "leeftijd",
        "getal",
        "Leeftijd in jaren (op de peildatum)",
        "de leeftijd",
        verplicht=True,
        maximum=HOOGSTE_LEEFTIJD,
        breedte=3,
    ),
    Veld(
        "inburgeringsplichtig",
        "vlag",
        "Is inburgeringsplichtig (kennisgeving van DUO)",
        "inburgeringsplichtig",
        leeg=True,
    ),
    Veld(
        "tijdelijk_vrijgesteld_mbo",
        "vlag",
        "Volgt direct na de leer- en kwalificatieplicht een mbo-opleiding op niveau "
        f"{vaste_waarde('mbo_niveau_vrijstelling')} of hoger",
        "tijdelijk vrijgesteld (mbo)",
        leeg=False,
    ),
    Veld(
        "voldoende_inkomen",
        "vlag",
        "Heeft genoeg inkomen om de cursus zelf te betalen",
        "voldoende inkomen",
        leeg=False,
    ),
    START_INBURGERINGSPLICHT,
    DATUM_PIP,
    Veld(
        "termijn_verlengd_tot",
        "datum",
        "Verlengde termijn loopt tot en met (als DUO verlengde)",
        "de laatste dag van de verlengde termijn",
    ),
    Veld(
        "nieuwe_termijn_tot",
        "datum",
        "Nieuwe termijn uit de boetebeschikking loopt tot en met",
        "de laatste dag van de nieuwe termijn uit de boetebeschikking",
    ),
    Veld(
        "datum_voldaan",
        "datum",
        "Datum waarop aan de inburgeringsplicht is voldaan",
        "de datum waarop aan de inburgeringsplicht is voldaan",
    ),
    GEBOORTEDATUM,
    PEILDATUM,
)


@dataclass(frozen=True)
class LeningInvoer:
    doelgroep: str
    leeftijd: int
    inburgeringsplichtig: bool = True
    tijdelijk_vrijgesteld_mbo: bool = False
    voldoende_inkomen: bool = False
    start_inburgeringsplicht: date | None = None
    datum_pip: date | None = None  # Wet inburgering 2021: the term starts the day after
    termijn_verlengd_tot: date | None = None  # last day of a term DUO extended
    nieuwe_termijn_tot: date | None = None  # last day of the new term of a boetebeschikking
    datum_voldaan: date | None = None  # the day the obligation was met
    geboortedatum: date | None = None  # for the day the AOW age is reached
    peildatum: date | None = None  # None: today; the day on which `leeftijd` is the age


@dataclass(frozen=True)
class LeningUitkomst:
    recht_op_lening: bool | None = None
    terugbetaling: str | None = None
    vergoedbaar: tuple[str, ...] | None = None
    niet_vergoedbaar: tuple[str, ...] | None = None
    max_facturering_per_kwartaal: int | None = None
    maximum_lening: int | None = None
    betaler: str | None = None  # Wet inburgering 2021: "gemeente" or "inburgeraar"
    termijn_einde: date | None = None  # last day of the (extended) term
    aanspraak_lening_tot: date | None = None  # last day the loan right can exist
    terugbetaling_vanaf: date | None = None  # first day of the repayment period


def lees_invoer(gegevens: Mapping[str, object]) -> LeningInvoer:
    f = formulier(gegevens, VELDEN)
    waarden = lees_velden(f, VELDEN)
    f.klaar()
    return LeningInvoer(**waarden)  # type: ignore[arg-type]
