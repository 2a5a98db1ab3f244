"""Rekenhulp `jongeren`: its fields, how they are read, and its result (spec section 6)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from calc.invoer import Formulier
from calc.velden import GEBOORTEDATUM, PEILDATUM, Veld, formulier, lees_velden

#: The MBO levels 1 (entree) to 4.
HOOGSTE_MBO_NIVEAU = 4

VELDEN = (
    replace(GEBOORTEDATUM, verplicht=True),
    # The kind of education the young person enrolled in (Besluit inburgering art. 2.3 lid 1 b).
    Veld(
        "opleiding",
        "keuze",
        "Soort opleiding",
        "de soort opleiding",
        keuzes=(("mbo", "Mbo"), ("vmbo_havo_vwo", "Vmbo, havo of vwo"), ("hbo_wo", "Hbo of wo")),
        leeg="mbo",
    ),
    Veld(
        "inschrijving_mbo",
        "datum",
        "Datum van inschrijving bij de opleiding",
        "de datum van inschrijving bij de opleiding",
    ),
    Veld(
        "mbo_niveau",
        "getal",
        "Niveau van de mbo-opleiding",
        "het mbo-niveau",
        minimum=1,
        maximum=HOOGSTE_MBO_NIVEAU,
        keuzes=(
            ("1", "Niveau 1 (entree)"),
            ("2", "Niveau 2"),
            ("3", "Niveau 3"),
            ("4", "Niveau 4"),
        ),
    ),
    Veld(
        "start_isk",
        "datum",
        "Start in de Internationale Schakelklas (ISK)",
        "de startdatum van de ISK",
    ),
    PEILDATUM,
)
OPLEIDINGEN = VELDEN[1].codes


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
    f = formulier(gegevens, VELDEN)
    invoer = JongerenInvoer(**lees_velden(f, VELDEN))  # type: ignore[arg-type]
    inschrijving, niveau = invoer.inschrijving_mbo, invoer.mbo_niveau
    mbo = invoer.opleiding == "mbo"
    if niveau is not None and inschrijving is None and "inschrijving_mbo" not in _fout(f):
        f.fout("inschrijving_mbo", "Vul bij een mbo-niveau ook de datum van inschrijving in.")
    if mbo and inschrijving is not None and niveau is None and "mbo_niveau" not in _fout(f):
        f.fout("mbo_niveau", "Vul bij een inschrijving in het mbo ook het niveau (1 tot 4) in.")
    if not mbo and niveau is not None and "mbo_niveau" not in _fout(f):
        f.fout("mbo_niveau", "Een mbo-niveau hoort alleen bij een mbo-opleiding; laat het leeg.")
    f.klaar()
    return invoer


def _fout(f: Formulier) -> set[str]:
    return {fout.veld for fout in f.fouten}
