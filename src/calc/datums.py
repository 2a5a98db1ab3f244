"""Date arithmetic and Dutch formatting, with the conventions the calculators state on the page.

- A term of N years or months that begins on day S (S itself counts) ends at the end of
  S + N - 1 day, the way DUO counts (its letters: "vanaf 2 december 2013 inburgeringsplichtig
  [...] vóór 1 december 2016", ECLI:NL:RBLIM:2019:6788): `laatste_dag`. S + N is the same day N
  later; a day that month lacks (29 February, 31 April) is taken as the first day of the next
  month, so a term from 29 February 2016 ends on 28 February 2019 and one from 31 August for six
  months on the last day of February.
- An age is reached on the birthday; born on 29 February, in a year without it, on 1 March:
  `verjaardag` (the reading of the SVB for the AOW age, stated on the page).
- "X weeks after D" is D + 7 * X days (10 weeks after 1 March = 10 May).
- "X months after D" as a moment (not a term) is the same day X months later, clipped to the
  last day of that month (`maanden_later`).
"""

from __future__ import annotations

import calendar
import re
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


def _zelfde_dag_later(datum: date, maanden: int) -> date:
    """The same day `maanden` months later; a day that month lacks → the 1st of the next."""
    index = datum.month - 1 + maanden
    jaar, maand = datum.year + index // 12, index % 12 + 1
    if datum.day <= calendar.monthrange(jaar, maand)[1]:
        return date(jaar, maand, datum.day)
    return date(jaar + maand // 12, maand % 12 + 1, 1)


def laatste_dag(begin: date, *, jaren: int = 0, maanden: int = 0) -> date:
    """The last day of a term of `jaren` years and `maanden` months that begins on `begin`
    (`begin` itself counts): the day before the same day that much later. Start 5 March 2016,
    3 years: 4 March 2019; start 29 February 2016, 3 years: 28 February 2019."""
    return _zelfde_dag_later(begin, 12 * jaren + maanden) - timedelta(days=1)


def maanden_voor_einde(laatste: date, maanden: int) -> date:
    """The day `maanden` months before a term whose last day is `laatste` runs out: the term
    ends at the end of `laatste`, so counted back from the day after it (last day 28 February
    2019, six months: 1 September 2018)."""
    return maanden_later(laatste + timedelta(days=1), -maanden)


def verjaardag(geboortedatum: date, leeftijd: int, maanden: int = 0) -> date:
    """The day someone born on `geboortedatum` reaches `leeftijd` years and `maanden` months;
    born on 29 February (or the 31st), in a month without that day: the 1st of the next month."""
    return _zelfde_dag_later(geboortedatum, 12 * leeftijd + maanden)


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


# Typed dates, as people type them: the same reading as the forms' (calculators/js/fields.mjs
# `normaliseDate`; tests/test_caseload.py holds both to one table). ISO, Dutch order with -, /
# or ., and a Dutch month name or its abbreviation, to ISO by their shape; a day that does not
# exist stays a date-shaped text that the field's reading rejects with a Dutch message.
#: The abbreviations people type for a month, beside its name in MAANDEN.
AFKORTINGEN = (
    ("jan",), ("feb", "febr"), ("mrt", "mar"), ("apr",), (), ("jun",), ("jul",), ("aug",),
    ("sep", "sept"), ("okt", "oct"), ("nov",), ("dec",),
)  # fmt: skip
_MAAND = {
    naam: nummer
    for nummer, namen in enumerate(zip(MAANDEN, AFKORTINGEN, strict=True), start=1)
    for naam in (namen[0], *namen[1])
}
_NL = re.compile(r"^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})$", re.ASCII)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", re.ASCII)
_WOORD = re.compile(r"^(\d{1,2})[\s-]*([a-z]+)\.?[\s-]*(\d{4})$", re.IGNORECASE | re.ASCII)


def datum_iso(tekst: str) -> str:
    """`tekst` as an ISO date when it has a date's shape; else the text as it was typed."""
    waarde = tekst.strip()
    if m := _NL.match(waarde):
        return f"{m[4]}-{int(m[3]):02d}-{int(m[1]):02d}"
    if m := _ISO.match(waarde):
        return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
    if (m := _WOORD.match(waarde)) and m[2].lower() in _MAAND:
        return f"{m[3]}-{_MAAND[m[2].lower()]:02d}-{int(m[1]):02d}"
    return waarde
