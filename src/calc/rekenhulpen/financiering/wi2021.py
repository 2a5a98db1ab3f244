"""Rekenhulp `financiering` under the Wet inburgering 2021: one function per rule (spec 7).

The specifieke uitkering for the inburgeringsvoorzieningen (art. 40) follows the formula of
Besluit inburgering 2021 art. 10.1, whose parts changed: "U = BGO + BA" in the versions from
2022-01-01 to 2025-09-01, "U = BGO + BA + ABO" from the version of 2025-11-20. A separate
specifieke uitkering for the onderwijsroute (art. 42a) covered 2022 to 2025. Both are dated
parameters, looked up on 1 January of the year: the year picks the formula, no chain of years
here. The explanation steps and the assembled result are in `uitleg_wi2021`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p

FORMULE = "specifieke_uitkering_formule"
ONDERWIJSROUTE = "uitkering_onderwijsroute"


def formule_specifieke_uitkering(jaar: int) -> str:
    """The formula of art. 10.1 lid 1 in force on 1 January of `jaar`: "U = BGO + BA" (2022 to
    2025), "U = BGO + BA + ABO" (from the text of 20 November 2025). Raises `GeenWaarde` before
    2022."""
    return p.keuze(FORMULE, date(jaar, 1, 1))


def delen_specifieke_uitkering(jaar: int) -> tuple[str, ...]:
    """The parts of the uitkering in `jaar`, as the formula names them: ("BGO", "BA"), with "ABO"
    from the text of 20 November 2025."""
    rechts = formule_specifieke_uitkering(jaar).split("=", 1)[1]
    return tuple(deel.strip() for deel in rechts.split("+"))


def formule_wijzigt_in(jaar: int) -> date | None:
    """The date within `jaar` (after its 1 January) on which the formula changes, if it does."""
    for w in p.parameter(FORMULE).waarden:
        if date(jaar, 1, 1) < w.vanaf <= date(jaar, 12, 31):
            return w.vanaf
    return None


def aparte_uitkering_onderwijsroute(jaar: int) -> str:
    """Whether a separate specifieke uitkering for the onderwijsroute (art. 42a) exists for
    `jaar`: "ja" for 2022 to 2025 (Divosa: "voor 2022 t/m 2025 [...] via de (separate) SPUK
    onderwijsroute"); "onbekend" from 2026, for which no source of this site says it."""
    try:
        return "ja" if p.vlag(ONDERWIJSROUTE, date(jaar, 1, 1)) else "nee"
    except p.NaEinde:
        return "onbekend"
