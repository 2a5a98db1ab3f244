"""Rekenhulp `jongeren`: its fields, how they are read, and its result (spec section 6)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calc.invoer import Formulier

VELDEN = (
    "geboortedatum",
    "opleiding",
    "inschrijving_mbo",
    "mbo_niveau",
    "start_isk",
    "peildatum",
)
#: The kind of education the young person enrolled in (Besluit inburgering art. 2.3 lid 1 b).
OPLEIDINGEN = ("mbo", "vmbo_havo_vwo", "hbo_wo")
#: The MBO levels 1 (entree) to 4.
HOOGSTE_MBO_NIVEAU = 4


@dataclass(frozen=True)
class JongerenInvoer:
    geboortedatum: date
    opleiding: str = "mbo"
    inschrijving_mbo: date | None = None  # the enrolment in the education, whatever its kind
    mbo_niveau: int | None = None
    start_isk: date | None = None
    peildatum: date | None = None  # None: today


@dataclass(frozen=True)
class JongerenUitkomst:
    peildatum: date
    achttiende_verjaardag: date
    tijdelijk_vrijgesteld: bool | None = None
    inburgeringsplichtig: bool | None = None
    isk_einde: date | None = None


def lees_invoer(gegevens: Mapping[str, object]) -> JongerenInvoer:
    f = Formulier(gegevens, VELDEN)
    geboren = f.datum("geboortedatum", "de geboortedatum", True)
    opleiding = f.keuze("opleiding", "de soort opleiding", OPLEIDINGEN, verplicht=False)
    inschrijving = f.datum("inschrijving_mbo", "de datum van inschrijving bij de opleiding")
    niveau = f.getal("mbo_niveau", "het mbo-niveau", HOOGSTE_MBO_NIVEAU, minimum=1)
    isk = f.datum("start_isk", "de startdatum van de ISK")
    peildatum = f.datum("peildatum", "de peildatum")
    mbo = opleiding in (None, "mbo")
    if niveau is not None and inschrijving is None and "inschrijving_mbo" not in _fout(f):
        f.fout("inschrijving_mbo", "Vul bij een mbo-niveau ook de datum van inschrijving in.")
    if mbo and inschrijving is not None and niveau is None and "mbo_niveau" not in _fout(f):
        f.fout("mbo_niveau", "Vul bij een inschrijving in het mbo ook het niveau (1 tot 4) in.")
    if not mbo and niveau is not None and "mbo_niveau" not in _fout(f):
        f.fout("mbo_niveau", "Een mbo-niveau hoort alleen bij een mbo-opleiding; laat het leeg.")
    f.klaar()
    assert geboren is not None
    return JongerenInvoer(geboren, opleiding or "mbo", inschrijving, niveau, isk, peildatum)


def _fout(f: Formulier) -> set[str]:
    return {fout.veld for fout in f.fouten}
