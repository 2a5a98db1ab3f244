"""Which law applies: Wi2007, Wi2013 (the factsheet) or Wi2021, by the date the law itself uses.

The key dates live in ``parameters/regime.toml``: Wi2013 from 1 January 2013 (Factsheet §1.1),
Wi2021 from 1 January 2022 [extern: Stb. 2021, 38]. Before the first date the Wet inburgering
(2007) applied, which the factsheet does not cover.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Generic, Literal, TypeVar

from calc import parameters
from calc.bronnen import WIJZIGINGEN_VOOR_WIE, Bron, Uitleg
from calc.datums import datum_nl

Regime = Literal["wi2007", "wi2013", "wi2021"]
U = TypeVar("U", covariant=True)


@dataclass(frozen=True)
class Berekening(Generic[U]):
    """The outcome of a calculator: the regime, the typed result and the explanation."""

    regime: Regime
    uitkomst: U
    uitleg: Uitleg


def regime_op(start_inburgeringsplicht: date) -> Regime:
    """The regime for an obligation that started on `start_inburgeringsplicht` (spec, "regime")."""
    try:
        naam = parameters.keuze("regime", start_inburgeringsplicht)
    except parameters.VoorBegin:
        return "wi2007"
    if naam == "wi2013":
        return "wi2013"
    if naam == "wi2021":
        return "wi2021"
    raise parameters.ParameterFout(f"unknown regime {naam!r}")


def bron_regime(regime: Regime, datum: date) -> Bron:
    """The source that decides the regime (the Wi2013 or Wi2021 key date)."""
    if regime == "wi2007":
        return WIJZIGINGEN_VOOR_WIE
    return parameters.bron("regime", datum)


def stap_wet(regime: Regime, start: date, uitleg: Uitleg) -> None:
    """The step that says which law applies to an obligation that started on `start`."""
    if regime == "wi2021":
        uitleg.stap(
            f"De inburgeringsplicht begon op {datum_nl(start)}, op of na "
            f"{datum_nl(parameters.ingang('regime', 'wi2021'))}: daarom gelden de regels van de "
            "Wet inburgering 2021. De factsheet gaat daar niet over; de rekenhulp volgt de wet "
            "en het besluit zelf.",
            bron_regime(regime, start),
        )
    else:
        uitleg.stap(
            f"De inburgeringsplicht begon op {datum_nl(start)}. Daarom gelden de regels van de "
            "Wet inburgering 2013, waar de factsheet over gaat.",
            bron_regime(regime, start),
        )


def buiten_factsheet(regime: Regime, onderwerp: str, uitleg: Uitleg) -> None:
    """Say plainly that no rules apply: an obligation before the Wet inburgering 2013 (the Wet
    inburgering as it stood from 2007), which neither the factsheet nor the rekenhulp covers."""
    wi2013 = datum_nl(parameters.ingang("regime", "wi2013"))
    uitleg.waarschuw(
        f"Wie vóór {wi2013} inburgeringsplichtig werd, valt onder de Wet inburgering zoals die "
        f"vanaf 2007 gold. De factsheet gaat daar niet over, dus de rekenhulp berekent "
        f"{onderwerp} niet. Kijk op de pagina 'Wat is er veranderd sinds 2016'.",
        WIJZIGINGEN_VOOR_WIE,
    )


def datum_binnen_factsheet() -> date:
    """A date on which every Wi2013 value is in force: the last day before Wi2021.

    Used when a calculator has no start date of its own (the factsheet's regime is assumed, with a
    warning).
    """
    return date.fromordinal(parameters.ingang("regime", "wi2021").toordinal() - 1)
