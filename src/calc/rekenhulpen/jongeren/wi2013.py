"""Rekenhulp `jongeren` under the Wet inburgering 2013: one function per rule (spec section 6).

Rules from vraag 17, 18, 19 and 29 of the factsheet. The age, the MBO level and the ISK term
come from ``parameters/``. The rekenhulp assumes that the obligation would start on the 18th
birthday: that date decides which law applies, and the values are looked up on it. The
explanation steps and the assembled result are in `uitleg_wi2013`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.datums import laatste_dag, verjaardag
from calc.regime import datum_binnen_factsheet
from calc.rekenhulpen.jongeren.invoer import JongerenInvoer


def achttiende_verjaardag(geboortedatum: date) -> date:
    """The day the person turns 18, from which a status holder is inburgeringsplichtig (vraag
    19); born on 29 February: 1 March in a year without it (an assumption, stated: no official
    source was found)."""
    leeftijd = p.getal("leeftijd_inburgeringsplicht", datum_binnen_factsheet())
    return verjaardag(geboortedatum, leeftijd)


def aansluitend(inschrijving_mbo: date, achttiende: date) -> bool:
    """'Aansluitend' at the leer- and kwalificatieplicht: begun or enrolled in an MBO course on
    or before the 18th birthday (vraag 18)."""
    return inschrijving_mbo <= achttiende


def vrijstellende_opleiding(opleiding: str, mbo_niveau: int | None, achttiende: date) -> bool:
    """MBO 2 or higher exempts; MBO 1 (entree) does not (vraag 17, 18). Vmbo, havo, vwo, hbo
    and wo in Dutch exempt too (Besluit inburgering art. 2.3 lid 1 b)."""
    if opleiding != "mbo":
        return True
    return mbo_niveau is not None and mbo_niveau >= p.getal("mbo_niveau_vrijstelling", achttiende)


def tijdelijk_vrijgesteld(invoer: JongerenInvoer, achttiende: date) -> bool:
    """Temporarily exempt: straight after the leer- and kwalificatieplicht following an exempting
    course, MBO 2 or higher (vraag 17, 18)."""
    if invoer.inschrijving_mbo is None:
        return False
    return vrijstellende_opleiding(invoer.opleiding, invoer.mbo_niveau, achttiende) and aansluitend(
        invoer.inschrijving_mbo, achttiende
    )


def inburgeringsplichtig(invoer: JongerenInvoer, achttiende: date, peildatum: date) -> bool:
    """Inburgeringsplichtig on `peildatum`: 18 or older (vraag 19) and not temporarily exempt
    (vraag 18)."""
    return peildatum >= achttiende and not tijdelijk_vrijgesteld(invoer, achttiende)


def isk_einde(start_isk: date, achttiende: date) -> date:
    """Young people under 18 have 2 years of ISK, also when they turn 18 during them (vraag 17;
    vraag 29: 'maximaal 2 jaar'): the last day of those 2 years, the start day counted."""
    return laatste_dag(start_isk, jaren=p.getal("isk_duur", achttiende))
