"""Rekenhulp `jongeren`: young status holders, the MBO and the ISK (spec section 6).

Rules from vraag 17, 18, 19 and 29 of the factsheet. The age, the MBO level and the ISK term
come from ``parameters/``. The rekenhulp assumes that the obligation would start on the 18th
birthday: that date decides which law applies, and the values are looked up on it.

This module holds the inputs, the results and one function per rule; the explanation steps and
the assembled result are in `jongeren_berekening`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calc import parameters as p
from calc.datums import jaren_later
from calc.invoer import Formulier
from calc.regime import datum_binnen_factsheet

VELDEN = ("geboortedatum", "inschrijving_mbo", "mbo_niveau", "start_isk", "peildatum")
#: The MBO levels 1 (entree) to 4.
HOOGSTE_MBO_NIVEAU = 4


@dataclass(frozen=True)
class JongerenInvoer:
    geboortedatum: date
    inschrijving_mbo: date | None = None
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
    inschrijving = f.datum("inschrijving_mbo", "de datum van inschrijving in het mbo")
    niveau = f.getal("mbo_niveau", "het mbo-niveau", HOOGSTE_MBO_NIVEAU, minimum=1)
    isk = f.datum("start_isk", "de startdatum van de ISK")
    peildatum = f.datum("peildatum", "de peildatum")
    if niveau is not None and inschrijving is None and "inschrijving_mbo" not in _fout(f):
        f.fout("inschrijving_mbo", "Vul bij een mbo-niveau ook de datum van inschrijving in.")
    if inschrijving is not None and niveau is None and "mbo_niveau" not in _fout(f):
        f.fout("mbo_niveau", "Vul bij een inschrijving in het mbo ook het niveau (1 tot 4) in.")
    f.klaar()
    assert geboren is not None
    return JongerenInvoer(geboren, inschrijving, niveau, isk, peildatum)


def _fout(f: Formulier) -> set[str]:
    return {fout.veld for fout in f.fouten}


def achttiende_verjaardag(geboortedatum: date) -> date:
    """The day the person turns 18, from which a status holder is inburgeringsplichtig (vraag
    19); born on 29 February: 28 February, as every term in years (the date rules)."""
    leeftijd = p.getal("leeftijd_inburgeringsplicht", datum_binnen_factsheet())
    return jaren_later(geboortedatum, leeftijd)


def aansluitend(inschrijving_mbo: date, achttiende: date) -> bool:
    """'Aansluitend' at the leer- and kwalificatieplicht: begun or enrolled in an MBO course on
    or before the 18th birthday (vraag 18)."""
    return inschrijving_mbo <= achttiende


def vrijstellende_opleiding(mbo_niveau: int, achttiende: date) -> bool:
    """MBO 2 or higher exempts; MBO 1 (entree) does not (vraag 17, 18)."""
    return mbo_niveau >= p.getal("mbo_niveau_vrijstelling", achttiende)


def tijdelijk_vrijgesteld(invoer: JongerenInvoer, achttiende: date) -> bool:
    """Temporarily exempt: straight after the leer- and kwalificatieplicht following an exempting
    course, MBO 2 or higher (vraag 17, 18)."""
    if invoer.inschrijving_mbo is None or invoer.mbo_niveau is None:
        return False
    return vrijstellende_opleiding(invoer.mbo_niveau, achttiende) and aansluitend(
        invoer.inschrijving_mbo, achttiende
    )


def inburgeringsplichtig(invoer: JongerenInvoer, achttiende: date, peildatum: date) -> bool:
    """Inburgeringsplichtig on `peildatum`: 18 or older (vraag 19) and not temporarily exempt
    (vraag 18)."""
    return peildatum >= achttiende and not tijdelijk_vrijgesteld(invoer, achttiende)


def isk_einde(start_isk: date, achttiende: date) -> date:
    """Young people under 18 have 2 years of ISK, also when they turn 18 during them (vraag 17;
    vraag 29: 'maximaal 2 jaar')."""
    return jaren_later(start_isk, p.getal("isk_duur", achttiende))
