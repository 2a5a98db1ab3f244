"""What every calculator shares: read the inputs, take the two dates, apply the law's rules.

An answer has two dates (`Data`): the date that decides which law applies (the date the law
itself uses for the rule: mostly the start of the inburgeringsplicht) and the peildatum, the day
on which the answer is given (default today), which decides what courts and government had said
by then. A calculator is a `Rekenhulp`: how to read its fields, how to find its two dates, and
one set of rules per regime. The bridge only reads the registry in `calc.rekenhulpen`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from calc.bronnen import Uitleg
from calc.datums import datum_nl
from calc.regime import (
    Berekening,
    Regime,
    buiten_factsheet,
    datum_binnen_factsheet,
    regime_op,
    standaard,
)
from calc.velden import Veld, namen

I = TypeVar("I")  # noqa: E741 - the input type, as in the rest of the package
U = TypeVar("U")


@dataclass(frozen=True)
class Data:
    """The two dates of one answer."""

    wet: date  # decides which law applies
    peildatum: date  # the day the answer is given on
    peildatum_gegeven: bool = False  # False: today


def peildatum(gegeven: date | None) -> Data:
    """`Data` with only a peildatum (the law's date is filled in by the calculator)."""
    vandaag = date.today()
    return Data(gegeven or vandaag, gegeven or vandaag, gegeven is not None)


def start_of_wi2013(start: date | None, gegeven: date | None, uitleg: Uitleg, gevolg: str) -> Data:
    """The start of the obligation decides the law; without it, the Wet inburgering 2013 is
    assumed and the answer says so (`gevolg`: what the calculator then uses)."""
    peil = peildatum(gegeven)
    if start is not None:
        return Data(start, peil.peildatum, peil.peildatum_gegeven)
    datum = datum_binnen_factsheet()
    uitleg.waarschuw(
        f"Er is geen startdatum van de inburgeringsplicht ingevuld. De rekenhulp {gevolg}",
        standaard().bron,
    )
    return Data(datum, peil.peildatum, peil.peildatum_gegeven)


def op_peildatum(data: Data) -> str:
    """'Op de peildatum 1 maart 2026 (vandaag)': how an answer names its peildatum."""
    vandaag = "" if data.peildatum_gegeven else " (vandaag)"
    return f"Op de peildatum {datum_nl(data.peildatum)}{vandaag}"


Regels = Callable[[I, Data, Uitleg], U]


@dataclass(frozen=True)
class Rekenhulp(Generic[I, U]):
    """One calculator: its fields, its two dates and its rules per regime."""

    velden: tuple[Veld, ...]
    lees_invoer: Callable[[Mapping[str, object]], I]
    data: Callable[[I, Uitleg], Data]
    regels: Mapping[Regime, Regels[I, U]]
    leeg: Callable[[I, Data], U]  # the result when no regime's rules apply
    onderwerp: str | Callable[[I], str]  # what it computes, said when no rules apply

    def bereken(self, gegevens: Mapping[str, object]) -> Berekening[U]:
        invoer = self.lees_invoer(gegevens)
        uitleg = Uitleg()
        data = self.data(invoer, uitleg)
        regime = regime_op(data.wet)
        return Berekening(regime, self.pas_toe(regime, invoer, data, uitleg), uitleg)

    def pas_toe(self, regime: Regime, invoer: I, data: Data, uitleg: Uitleg) -> U:
        """The rules of `regime`, or the plain statement that none apply."""
        regels = self.regels.get(regime)
        if regels is None:
            onderwerp = self.onderwerp(invoer) if callable(self.onderwerp) else self.onderwerp
            buiten_factsheet(regime, onderwerp, uitleg)
            return self.leeg(invoer, data)
        return regels(invoer, data, uitleg)


@dataclass(frozen=True)
class Beschrijving:
    """What the bridge, the build's warm-up and the tests know of one calculator (its face
    defines it; calc.rekenhulpen lists them all)."""

    bereken: Callable[[Mapping[str, object]], Berekening[Any]]
    velden: tuple[str, ...]  # the inputs `calc.run` takes
    velden_formulier: tuple[Veld, ...]  # the fields of its form (of one row, with rows)
    uitkomsten: tuple[type, ...]  # the dataclasses whose fields are the keys of `result`
    regels: Rekenhulp[Any, Any]  # its rules per law
    #: Inputs that give an answer: at least one per law with rules (the snapshot's warm-up runs
    #: them all, and the tests use them as valid inputs); the first is under the factsheet's law.
    voorbeelden: tuple[Mapping[str, object], ...]


def beschrijving(
    rekenhulp: Rekenhulp[Any, Any],
    uitkomst: type,
    voorbeelden: tuple[Mapping[str, object], ...],
) -> Beschrijving:
    """The description of a calculator that is one `Rekenhulp`: its form asks its inputs."""
    return Beschrijving(
        rekenhulp.bereken,
        namen(rekenhulp.velden),
        rekenhulp.velden,
        (uitkomst,),
        rekenhulp,
        voorbeelden,
    )
