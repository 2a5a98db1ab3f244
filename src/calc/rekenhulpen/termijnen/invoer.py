"""Rekenhulp `termijnen`: its fields, how they are read, and its result (spec sections 1, 7)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calc import keuzes
from calc.invoer import EERSTE_GEBOORTEJAAR, Formulier

VELDEN = (
    "start_inburgeringsplicht",
    "vestiging_gemeente",
    "alfabetisering",
    "examendatum",
    "start_cursuscontract",
    "peildatum",
    "geboortedatum",
    "doelgroep",
    "datum_kennisgeving",
    "datum_pip",
    "leerroute",
    "datum_boetebeschikking",
    "inschrijving_nieuwe_gemeente",
    "start_bijstand",
)
#: Whom the fines and the loan concern differently since 2025: the 2021 groups (calc.keuzes).
DOELGROEPEN = keuzes.codes(keuzes.DOELGROEPEN_2021)
LEERROUTES = keuzes.codes(keuzes.LEERROUTES)
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
    f = Formulier(gegevens, VELDEN)
    start = f.datum("start_inburgeringsplicht", "de startdatum van de inburgeringsplicht", True)
    vestiging = f.datum("vestiging_gemeente", "de datum van vestiging in de gemeente")
    alfabetisering = f.vlag("alfabetisering", "alfabetiseringstraject", False)
    examendatum = f.datum("examendatum", "de examendatum")
    contract = f.datum("start_cursuscontract", "de startdatum van het cursuscontract")
    peildatum = f.datum("peildatum", "de peildatum")
    geboren = f.datum("geboortedatum", "de geboortedatum", eerste_jaar=EERSTE_GEBOORTEJAAR)
    doelgroep = f.keuze("doelgroep", "de doelgroep", DOELGROEPEN, verplicht=False)
    kennisgeving = f.datum("datum_kennisgeving", "de datum van de kennisgeving van DUO")
    pip = f.datum("datum_pip", "de datum van het PIP")
    leerroute = f.keuze("leerroute", "de leerroute", LEERROUTES, verplicht=False)
    boete = f.datum("datum_boetebeschikking", "de datum van de boetebeschikking")
    verhuisd = f.datum("inschrijving_nieuwe_gemeente", "de datum van inschrijving na verhuizing")
    bijstand = f.datum("start_bijstand", "de datum waarop het recht op bijstand ontstond")
    f.klaar()
    assert start is not None
    return TermijnenInvoer(
        start,
        vestiging,
        alfabetisering,
        examendatum,
        contract,
        peildatum,
        geboren,
        doelgroep,
        kennisgeving,
        pip,
        leerroute,
        boete,
        verhuisd,
        bijstand,
    )
