"""Rekenhulp `ontheffing` under the Wet inburgering 2021: one function per rule (spec section 7).

The 2021 law has no ontheffing for aantoonbaar geleverde inspanning: ontheffing is medical (art.
5 lid 1; Besluit art. 2.7) or, very exceptionally, for special circumstances (art. 5 lid 2;
Besluit art. 2.8). Its counterpart of effort is afschalen: after 600 hours of NT2 the college can
let the language exams be taken at A2 (art. 17 lid 3; Besluit art. 5.5). 'Al voldoende
ingeburgerd' is a vrijstelling (art. 4 lid 1 e; Besluit art. 2.3). The explanation steps and the
assembled result are in `uitleg_wi2021`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.rekenhulpen.ontheffing.invoer import OntheffingInvoer
from calc.rekenhulpen.ontheffing.wi2013 import ontbreekt_ingeburgerd

#: The language condition of the vrijstelling (Besluit inburgering 2021 art. 2.3 c).
TAAL_B1 = "Nederlands spreken en verstaan op niveau B1 (vastgesteld in een gesprek)"


def afschalen_a2_mogelijk(invoer: OntheffingInvoer, datum: date) -> bool | None:
    """600 course hours of NT2 (B1-route; the college also weighs the effort) (Besluit 5.5);
    None when the hours are not filled in. Afschalen is no ground for ontheffing."""
    if invoer.uren_cursus is None:
        return None
    return invoer.uren_cursus >= p.getal("uren_afschalen_a2", datum)


def ontbreekt_vrijstelling(invoer: OntheffingInvoer, datum: date) -> tuple[str, ...]:
    """What is still missing for the vrijstelling 'al voldoende ingeburgerd' (Besluit 2.3)."""
    return ontbreekt_ingeburgerd(invoer, datum, TAAL_B1)


def medische_ontheffing(invoer: OntheffingInvoer) -> bool:
    """Permanently unable through a psychological or physical impediment or an intellectual
    disability (art. 5 lid 1), not within five years (Besluit art. 2.7); DUO decides."""
    return invoer.medische_beperking
