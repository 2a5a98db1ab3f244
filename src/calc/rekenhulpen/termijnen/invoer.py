"""Rekenhulp `termijnen`: its fields, how they are read, and its result (spec section 1)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calc.invoer import Formulier

VELDEN = (
    "start_inburgeringsplicht",
    "vestiging_gemeente",
    "alfabetisering",
    "examendatum",
    "start_cursuscontract",
    "peildatum",
)


@dataclass(frozen=True)
class TermijnenInvoer:
    start_inburgeringsplicht: date
    vestiging_gemeente: date | None = None
    alfabetisering: bool = False
    examendatum: date | None = None
    start_cursuscontract: date | None = None
    peildatum: date | None = None  # None: today


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


def lees_invoer(gegevens: Mapping[str, object]) -> TermijnenInvoer:
    f = Formulier(gegevens, VELDEN)
    start = f.datum("start_inburgeringsplicht", "de startdatum van de inburgeringsplicht", True)
    vestiging = f.datum("vestiging_gemeente", "de datum van vestiging in de gemeente")
    alfabetisering = f.vlag("alfabetisering", "alfabetiseringstraject", False)
    examendatum = f.datum("examendatum", "de examendatum")
    contract = f.datum("start_cursuscontract", "de startdatum van het cursuscontract")
    peildatum = f.datum("peildatum", "de peildatum")
    f.klaar()
    assert start is not None
    return TermijnenInvoer(start, vestiging, alfabetisering, examendatum, contract, peildatum)
