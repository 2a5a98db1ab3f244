"""Rekenhulp `jongeren` under the Wet inburgering 2021: one function per rule (spec section 7).

Exempt are whoever is leerplichtig or kwalificatieplichtig (until 18 or a startkwalificatie),
whoever was so for at least eight years, and whoever follows an education that leads to a
designated diploma (Wet inburgering 2021 art. 4 lid 1 a, c, d) — without the 2013 condition that
it follows straight after the kwalificatieplicht. The list of designated diplomas is in the
Regeling inburgering 2021 (not in the sources of this site): the rekenhulp assumes the 2013 list
(mbo from level 2, vmbo, havo, vwo, hbo, wo) and says so. The entreeopleiding is designated as
not exempting (Regeling art. 4.2, Stcrt. 2022, 33825). Steps are in `uitleg_wi2021`.
"""

from __future__ import annotations

from datetime import date

from calc.regime import datum_binnen_factsheet
from calc.rekenhulpen.jongeren.invoer import JongerenInvoer
from calc.rekenhulpen.jongeren.wi2013 import vrijstellende_opleiding

#: The MBO level of the entreeopleiding: a niet-vrijstellende opleiding.
ENTREE = 1
#: The assumed list of exempting educations is the Wet inburgering 2013's, looked up on its last
#: day (stated in the answer).
LIJST_2013 = datum_binnen_factsheet()


def volgt_vrijstellende_opleiding(invoer: JongerenInvoer, achttien: date, peildatum: date) -> bool:
    """Enrolled, on or before the peildatum, in an education towards a designated diploma (art. 4
    lid 1 d); the 2013 list is assumed. No condition that it follows straight on."""
    if invoer.inschrijving_mbo is None or invoer.inschrijving_mbo > peildatum:
        return False
    return vrijstellende_opleiding(invoer.opleiding, invoer.mbo_niveau, LIJST_2013)


def volgt_entree(invoer: JongerenInvoer) -> bool:
    """The entreeopleiding (MBO 1) does not exempt; following it is not culpable for the term."""
    return invoer.opleiding == "mbo" and invoer.mbo_niveau == ENTREE


def inburgeringsplichtig(invoer: JongerenInvoer, achttien: date, peildatum: date) -> bool:
    """On the peildatum: 18 or older (the kwalificatieplicht has ended) and not exempt."""
    return peildatum >= achttien and not volgt_vrijstellende_opleiding(invoer, achttien, peildatum)
