"""Rekenhulp `financiering` under the Wet inburgering 2013: one function per rule (spec 3).

Maatschappelijke begeleiding per inburgeringsplichtige statushouder (§1.3, §2.1), extra middelen
per housed status holder in 2016 and 2017 (§2.1), and the € 150 that gezinsmigranten pay
themselves (§2.1). Amounts per year come from ``parameters/``, looked up on 1 January. The
explanation steps and the assembled result are in `uitleg_wi2013`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p


def bijdrage_maatschappelijke_begeleiding(jaar: int) -> int:
    """€ 1.000 per inburgeringsplichtige statushouder, € 2.370 from 1 January 2016 (§1.3,
    §2.1). Raises `GeenWaarde` before 2013 and from 2022."""
    return p.getal("maatschappelijke_begeleiding", date(jaar, 1, 1))


def extra_middelen_per_statushouder(jaar: int) -> int:
    """€ 4.430 per housed status holder in 2016 and 2017 only (§2.1); raises `GeenWaarde`
    for other years."""
    return p.getal("extra_middelen", date(jaar, 1, 1))


def eigen_bijdrage_participatieverklaring(jaar: int) -> int:
    """A gezinsmigrant pays € 150 for the participatieverklaringstraject after the law change
    of 1 October 2017 (§2.1): looked up on the last day of the year, so that 2017 counts (only
    for those whose obligation started from 1 October). Raises `GeenWaarde` before 2017."""
    return p.getal("participatieverklaring_gezinsmigranten", date(jaar, 12, 31))


def eigen_bijdrage_vanaf_in(jaar: int) -> date | None:
    """The date within `jaar` from which the € 150 applies, when it starts during that year."""
    vanaf = p.waarde("participatieverklaring_gezinsmigranten", date(jaar, 12, 31)).vanaf
    return vanaf if vanaf > date(jaar, 1, 1) else None


def betaling(jaar: int) -> str:
    """How the contribution is paid in `jaar` (on its 1 January): through the COA after its
    letter, or from the law change of 1 October 2017 through a decentralisatie-uitkering in the
    gemeentefonds (§2.1)."""
    return p.keuze("betaling_maatschappelijke_begeleiding", date(jaar, 1, 1))


def betaling_wijzigt_in(jaar: int) -> date | None:
    """The date within `jaar` on which the way of payment changes, if it does."""
    for w in p.parameter("betaling_maatschappelijke_begeleiding").waarden:
        if date(jaar, 1, 1) < w.vanaf <= date(jaar, 12, 31) and w.waarde is not None:
            return w.vanaf
    return None
