"""Date arithmetic and Dutch formatting, with the conventions the calculators state on the page.

- "X years after D" is the same calendar day X years later; 29 February becomes 28 February in a
  year without it.
- "X weeks" is 7 * X days (8 weeks = 56 days).
- "X months after D" is the same day X months later, clipped to the last day of that month.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

MAAL = "\N{MULTIPLICATION SIGN}"
MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def jaren_later(datum: date, jaren: int) -> date:
    """The same calendar day `jaren` years later; 29 February → 28 February if needed."""
    jaar = datum.year + jaren
    dag = min(datum.day, calendar.monthrange(jaar, datum.month)[1])
    return date(jaar, datum.month, dag)


def maanden_later(datum: date, maanden: int) -> date:
    """The same day `maanden` months later, clipped to the last day of that month."""
    index = datum.month - 1 + maanden
    jaar, maand = datum.year + index // 12, index % 12 + 1
    dag = min(datum.day, calendar.monthrange(jaar, maand)[1])
    return date(jaar, maand, dag)


def weken_later(datum: date, weken: int) -> date:
    """`weken` * 7 days later."""
    return datum + timedelta(weeks=weken)


def dagen_tussen(van: date, tot: date) -> int:
    """Days from `van` to `tot`; negative when `tot` lies before `van`."""
    return (tot - van).days


def datum_nl(datum: date) -> str:
    """A date as Dutch text: "1 maart 2019"."""
    return f"{datum.day} {MAANDEN[datum.month - 1]} {datum.year}"


def bedrag_nl(euro: int) -> str:
    """Whole euros as Dutch text: "€ 2.370"."""
    teken = "-" if euro < 0 else ""
    return f"{teken}€ {abs(euro):,}".replace(",", ".")


def centen_nl(centen: int) -> str:
    """An amount in cents as Dutch text: 24079 → "€ 240,79"."""
    euro, cent = divmod(centen, 100)
    return f"{bedrag_nl(euro)},{cent:02d}"


def jaren_nl(aantal: int) -> str:
    return f"{aantal} jaar"
