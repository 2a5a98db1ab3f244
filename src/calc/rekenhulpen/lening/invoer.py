"""Rekenhulp `lening`: its fields, how they are read, and its result (spec sections 2 and 7)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calc.invoer import DOELGROEPEN, EERSTE_GEBOORTEJAAR, EERSTE_JAAR, Formulier

VELDEN = (
    "doelgroep",
    "leeftijd",
    "inburgeringsplichtig",
    "tijdelijk_vrijgesteld_mbo",
    "voldoende_inkomen",
    "start_inburgeringsplicht",
    "datum_pip",
    "termijn_verlengd_tot",
    "nieuwe_termijn_tot",
    "datum_voldaan",
    "geboortedatum",
    "peildatum",
)
#: A guard against typos in the age field (not a legal rule).
HOOGSTE_LEEFTIJD = 130
#: How the answer names each date field when it is needed and empty ("onbekend: vul ... in").
DATUMVELDEN = {
    "start_inburgeringsplicht": "de startdatum van de inburgeringsplicht",
    "datum_pip": "de datum van het PIP",
    "termijn_verlengd_tot": "de laatste dag van de verlengde termijn",
    "nieuwe_termijn_tot": "de laatste dag van de nieuwe termijn uit de boetebeschikking",
    "datum_voldaan": "de datum waarop aan de inburgeringsplicht is voldaan",
    "geboortedatum": "de geboortedatum",
    "peildatum": "de peildatum",
}


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
    f = Formulier(gegevens, VELDEN)
    doelgroep = f.keuze("doelgroep", "de doelgroep", DOELGROEPEN)
    leeftijd = f.getal("leeftijd", "de leeftijd", HOOGSTE_LEEFTIJD, verplicht=True)
    plichtig = f.vlag("inburgeringsplichtig", "inburgeringsplichtig", True)
    vrijgesteld = f.vlag("tijdelijk_vrijgesteld_mbo", "tijdelijk vrijgesteld (mbo)", False)
    inkomen = f.vlag("voldoende_inkomen", "voldoende inkomen", False)
    datums = {
        veld: f.datum(
            veld, label, eerste_jaar=EERSTE_GEBOORTEJAAR if veld == "geboortedatum" else EERSTE_JAAR
        )
        for veld, label in DATUMVELDEN.items()
    }
    f.klaar()
    assert doelgroep is not None and leeftijd is not None
    return LeningInvoer(doelgroep, leeftijd, plichtig, vrijgesteld, inkomen, **datums)
