"""Rekenhulp `termijnen`: its fields, how they are read, and its result (spec sections 1, 7)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from calc.velden import (
    DATUM_KENNISGEVING,
    DATUM_PIP,
    DOELGROEP_2021,
    GEBOORTEDATUM,
    LEERROUTE,
    PEILDATUM,
    START_INBURGERINGSPLICHT,
    VESTIGING_GEMEENTE,
    Veld,
    formulier,
    lees_velden,
)

VELDEN = (
    replace(START_INBURGERINGSPLICHT, verplicht=True),
    VESTIGING_GEMEENTE,
    DATUM_KENNISGEVING,
    replace(
        DATUM_PIP, label="Datum van het (eerste) persoonlijk plan inburgering en participatie (PIP)"
    ),
    replace(LEERROUTE, wet="wi2021"),
    Veld(
        "inschrijving_nieuwe_gemeente",
        "datum",
        "Datum van inschrijving in een nieuwe gemeente (na verhuizing)",
        "de datum van inschrijving na verhuizing",
        wet="wi2021",
    ),
    Veld(
        "start_bijstand",
        "datum",
        "Datum waarop het recht op bijstand ontstond (asielstatushouder)",
        "de datum waarop het recht op bijstand ontstond",
        wet="wi2021",
    ),
    Veld(
        "alfabetisering",
        "vlag",
        "Volgt een alfabetiseringstraject",
        "alfabetiseringstraject",
        wet="wi2013",
        leeg=False,
    ),
    Veld("examendatum", "datum", "Datum van een examen", "de examendatum", wet="wi2013"),
    Veld(
        "start_cursuscontract",
        "datum",
        "Start van het contract met de taalschool",
        "de startdatum van het cursuscontract",
        wet="wi2013",
    ),
    GEBOORTEDATUM,
    Veld(
        "datum_boetebeschikking",
        "datum",
        "Datum van de boetebeschikking van DUO (als er een is)",
        "de datum van de boetebeschikking",
    ),
    DOELGROEP_2021,
    PEILDATUM,
)
#: The status on the peildatum.
STATUSSEN = ("lopend", "verlopen", "geen_inburgeringsplicht")


@dataclass(frozen=True)
class TermijnenInvoer:
    start_inburgeringsplicht: date
    vestiging_gemeente: date | None = None
    alfabetisering: bool = False
    examendatum: date | None = None
    start_cursuscontract: date | None = None
    peildatum: date | None = None  # None: today
    geboortedatum: date | None = None
    doelgroep: str | None = None
    datum_kennisgeving: date | None = None  # Wet inburgering 2021: DUO's letter
    datum_pip: date | None = None  # Wet inburgering 2021: dagtekening of the first PIP
    leerroute: str | None = None  # Wet inburgering 2021
    datum_boetebeschikking: date | None = None  # dagtekening of DUO's boetebeschikking
    inschrijving_nieuwe_gemeente: date | None = None  # Wet inburgering 2021: after moving
    start_bijstand: date | None = None  # Wet inburgering 2021: the right to bijstand arose


@dataclass(frozen=True)
class TermijnenUitkomst:
    peildatum: date
    termijn_einde: date | None = None
    termijn_einde_max: date | None = None
    participatieverklaring_verplicht: bool | None = None
    participatieverklaring_uiterlijk: date | None = None
    examenuitslag_uiterlijk: date | None = None
    cursuscontract_ontbindbaar_vanaf: date | None = None
    dagen_resterend: int | None = None
    status: str | None = None
    aow_datum: date | None = None
    pip_uiterlijk: date | None = None
    termijn_start: date | None = None
    aanvraag_verlenging_vanaf: date | None = None
    map_uiterlijk: date | None = None
    nieuwe_termijn_einde: date | None = None  # after a fine: the new term's latest last day
    pip_dagen_te_laat: int | None = None  # Wet inburgering 2021: PIP after pip_uiterlijk
    leerroute_wijzigen_uiterlijk: date | None = None  # Wet inburgering 2021
    nieuw_pip_uiterlijk: date | None = None  # Wet inburgering 2021: after moving
    ontzorgen_einde: date | None = None  # Wet inburgering 2021: Participatiewet art. 56a


def lees_invoer(gegevens: Mapping[str, object]) -> TermijnenInvoer:
    f = formulier(gegevens, VELDEN)
    waarden = lees_velden(f, VELDEN)
    f.klaar()
    return TermijnenInvoer(**waarden)  # type: ignore[arg-type]
