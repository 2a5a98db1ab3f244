"""Rekenhulp `lening`: its fields, how they are read, and its result (spec section 2)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calc.invoer import Formulier

VELDEN = (
    "doelgroep",
    "leeftijd",
    "inburgeringsplichtig",
    "tijdelijk_vrijgesteld_mbo",
    "voldoende_inkomen",
    "start_inburgeringsplicht",
    "peildatum",
)
DOELGROEPEN = (
    "asielstatushouder",
    "gezinslid_asiel",
    "gezinslid_regulier",
    "gezinsmigrant",
    "overig",
)
#: A guard against typos in the age field (not a legal rule).
HOOGSTE_LEEFTIJD = 130


@dataclass(frozen=True)
class LeningInvoer:
    doelgroep: str
    leeftijd: int
    inburgeringsplichtig: bool = True
    tijdelijk_vrijgesteld_mbo: bool = False
    voldoende_inkomen: bool = False
    start_inburgeringsplicht: date | None = None
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


def lees_invoer(gegevens: Mapping[str, object]) -> LeningInvoer:
    f = Formulier(gegevens, VELDEN)
    doelgroep = f.keuze("doelgroep", "de doelgroep", DOELGROEPEN)
    leeftijd = f.getal("leeftijd", "de leeftijd", HOOGSTE_LEEFTIJD, verplicht=True)
    plichtig = f.vlag("inburgeringsplichtig", "inburgeringsplichtig", True)
    vrijgesteld = f.vlag("tijdelijk_vrijgesteld_mbo", "tijdelijk vrijgesteld (mbo)", False)
    inkomen = f.vlag("voldoende_inkomen", "voldoende inkomen", False)
    start = f.datum("start_inburgeringsplicht", "de startdatum van de inburgeringsplicht")
    peildatum = f.datum("peildatum", "de peildatum")
    f.klaar()
    assert doelgroep is not None and leeftijd is not None
    return LeningInvoer(doelgroep, leeftijd, plichtig, vrijgesteld, inkomen, start, peildatum)
