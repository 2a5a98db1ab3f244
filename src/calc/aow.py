"""The pensioengerechtigde leeftijd (AOW-leeftijd): who has reached it is not inburgeringsplichtig.

Wet inburgering art. 5 lid 1 a and Wet inburgering 2021 art. 3 lid 1 refer to the age of
Algemene Ouderdomswet art. 7a lid 1, which is fixed per calendar year: someone reaches it on
the first day on which his age is at least the age of that day's year, and keeps it (ages of
later years no longer apply to him). From that day on he is not inburgeringsplichtig: the last
day of the obligation is the day before. An age of years and months is reached on the same day
of the month; born on the 29th, 30th or 31st of a month that the target month lacks, on the 1st
of the next month (`calc.datums.verjaardag`). The ages per year are in
``parameters/aow_leeftijd.toml``; a year beyond the known ones is a loud `GeenWaarde`, never a
guess.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.datums import verjaardag


def aow_leeftijd_maanden(jaar: int) -> int:
    """The AOW age in months for someone who reaches it in `jaar`."""
    return p.getal("aow_leeftijd", date(jaar, 1, 1))


def aow_leeftijd_tekst(jaar: int) -> str:
    """'66 jaar en 4 maanden': the AOW age of `jaar`, as the source writes it."""
    tekst = p.waarde("aow_leeftijd", date(jaar, 1, 1)).tekst
    assert tekst is not None
    return tekst


def laagste_aow_leeftijd() -> int:
    """The lowest AOW age in whole years in the table: below it nobody has reached it."""
    return min(int(w.waarde) for w in p.parameter("aow_leeftijd").waarden if w.waarde) // 12


def aow_datum(geboortedatum: date) -> date:
    """The day on which someone born on `geboortedatum` reaches the AOW age (AOW art. 7a).

    Raises `GeenWaarde` when that day lies in a year whose AOW age is not yet known.
    """
    jaar = geboortedatum.year + 60
    while True:
        kandidaat = verjaardag(geboortedatum, 0, aow_leeftijd_maanden(jaar))
        if kandidaat.year <= jaar:
            return max(kandidaat, date(jaar, 1, 1))
        jaar += 1


def aow_bereikt_op_leeftijd(leeftijd: int, datum: date) -> bool | None:
    """Has someone of `leeftijd` whole years on `datum` reached the AOW age?

    True or False when the age in years settles it; None when it depends on the birth date
    (the AOW age of the year has months on top of `leeftijd` years).
    """
    if leeftijd * 12 >= aow_leeftijd_maanden(datum.year):
        return True
    if leeftijd * 12 + 11 < aow_leeftijd_maanden(datum.year - 1):
        return False
    return None


def einde_door_aow(geboortedatum: date | None, tot: date) -> date | None:
    """The day the AOW age is reached, from which on someone is not inburgeringsplichtig (Wet
    inburgering art. 5 lid 1 a; Wet inburgering 2021 art. 3 lid 1), when it comes on or before
    `tot` (the last date the answer speaks of); None otherwise or without a birth date. Raises
    `GeenWaarde` when that day may fall in a year whose AOW age is not known."""
    if geboortedatum is None or verjaardag(geboortedatum, laagste_aow_leeftijd()) > tot:
        return None
    datum = aow_datum(geboortedatum)
    return datum if datum <= tot else None
