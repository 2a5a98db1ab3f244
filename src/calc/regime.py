"""Which law applies, from one list of laws: ``regimes.toml`` (what each law is) and the dated
parameter ``parameters/regime.toml`` (when each law starts, with its source).

Wi2013 from 1 January 2013 (Factsheet §1.1), Wi2021 from 1 January 2022 [extern: Stb. 2021, 38].
The first law in the list (the Wet inburgering as it stood from 2007) covers every earlier date;
the calculators compute nothing for it and say so. No code here names a law: a new one is a
table in ``regimes.toml``, a date in ``parameters/regime.toml`` and its rules per calculator.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Generic, TypeVar

from calc import parameters
from calc.bronnen import Bron, Uitleg
from calc.datums import datum_nl

#: A law's code from regimes.toml ("wi2013"): the key of the rules per calculator.
Regime = str
U = TypeVar("U", covariant=True)

_SLEUTELS = {"code", "naam", "factsheet", "regels", "standaard", "uitleg"}


@dataclass(frozen=True)
class Berekening(Generic[U]):
    """The outcome of a calculator: the regime, the typed result and the explanation."""

    regime: Regime
    uitkomst: U
    uitleg: Uitleg


@dataclass(frozen=True)
class Wet:
    """One law the calculators know."""

    code: Regime
    naam: str
    vanaf: date | None  # None: the first law, which covers every earlier date too
    tot_en_met: date | None  # None: the newest law
    factsheet: bool
    regels: bool
    standaard: bool
    uitleg: str
    bron: Bron  # the source of its start date (of the first law: where the site explains it)

    @property
    def periode(self) -> str:
        """'begonnen van 1 januari 2013 tot en met 31 december 2021', as a form says it."""
        if self.vanaf is None and self.tot_en_met is not None:
            return f"begonnen vóór {datum_nl(self.tot_en_met + timedelta(days=1))}"
        if self.vanaf is not None and self.tot_en_met is None:
            return f"begonnen op of na {datum_nl(self.vanaf)}"
        if self.vanaf is not None and self.tot_en_met is not None:
            return f"begonnen van {datum_nl(self.vanaf)} tot en met {datum_nl(self.tot_en_met)}"
        return "op elke datum"

    @property
    def label(self) -> str:
        """The law with its period and what the site does with it (a form's 'Welke wet')."""
        return f"{self.naam} (inburgeringsplicht {self.periode}). {self.uitleg}"


class OnbekendeWet(parameters.ParameterFout):
    """A code that is not in regimes.toml, or a law without rules where rules are needed."""


def _lees(tekst: str) -> tuple[Wet, ...]:
    ruw = tomllib.loads(tekst).get("wet")
    if not isinstance(ruw, list) or not ruw:
        raise OnbekendeWet("regimes.toml: [[wet]] tables are missing")
    data = parameters.parameter("regime")
    starts = {str(w.waarde): (w.vanaf, w.bron) for w in data.waarden if w.waarde is not None}
    wetten: list[Wet] = []
    for index, tabel in enumerate(ruw):
        if set(tabel) - {"bron"} != _SLEUTELS:
            raise OnbekendeWet(f"regimes.toml: law {index + 1} needs exactly {sorted(_SLEUTELS)}")
        code = tabel["code"]
        if index == 0:
            if code in starts or "bron" not in tabel:
                raise OnbekendeWet(f"regimes.toml: the first law ({code}) has a bron, no start")
            vanaf, bron = None, Bron(tabel["bron"]["label"], tabel["bron"]["href"])
        elif code not in starts or "bron" in tabel:
            raise OnbekendeWet(f"regimes.toml: {code} needs a start in parameters/regime.toml")
        else:
            vanaf, bron = starts[code]
        wetten.append(
            Wet(code, tabel["naam"], vanaf, None, bool(tabel["factsheet"]), bool(tabel["regels"]),
                bool(tabel["standaard"]), tabel["uitleg"], bron)
        )  # fmt: skip
    if [w.code for w in wetten[1:]] != list(starts):
        raise OnbekendeWet("regimes.toml and parameters/regime.toml name other laws or orders")
    if sum(w.standaard for w in wetten) != 1:
        raise OnbekendeWet("regimes.toml: exactly one law is the standaard")
    # Each law ends the day before the next one starts; the newest has no end.
    eindes = [volgende.vanaf - timedelta(days=1) for volgende in wetten[1:] if volgende.vanaf]
    return (*(replace(w, tot_en_met=e) for w, e in zip(wetten, eindes, strict=False)), wetten[-1])


@cache
def wetten() -> tuple[Wet, ...]:
    """Every law the calculators know, oldest first."""
    return _lees(resources.files("calc").joinpath("regimes.toml").read_text(encoding="utf-8"))


def wet(code: Regime) -> Wet:
    """The law `code`; an unknown code is an error, never another law."""
    for w in wetten():
        if w.code == code:
            return w
    raise OnbekendeWet(f"unknown regime {code!r} (known: {', '.join(w.code for w in wetten())})")


def standaard() -> Wet:
    """The law assumed when a calculator has no date of its own (the factsheet's)."""
    return next(w for w in wetten() if w.standaard)


def regime_op(datum: date) -> Regime:
    """The law for an obligation that started on `datum` (or the date a calculator uses)."""
    geldend = [w for w in wetten() if w.vanaf is None or w.vanaf <= datum]
    return geldend[-1].code


def ingang(code: Regime) -> date:
    """The first day of law `code` (the first law has none: an error)."""
    vanaf = wet(code).vanaf
    if vanaf is None:
        raise OnbekendeWet(f"{code} is the first law: it has no start date")
    return vanaf


def stap_wet(regime: Regime, start: date, uitleg: Uitleg) -> None:
    """The step that says which law applies to an obligation that started on `start`."""
    w = wet(regime)
    if w.factsheet:
        tekst = (
            f"De inburgeringsplicht begon op {datum_nl(start)}. Daarom gelden de regels van de "
            f"{w.naam}, waar de factsheet over gaat."
        )
    else:
        na = f", op of na {datum_nl(w.vanaf)}" if w.vanaf is not None else ""
        tekst = (
            f"De inburgeringsplicht begon op {datum_nl(start)}{na}: daarom gelden de regels van "
            f"de {w.naam}. De factsheet gaat daar niet over; de rekenhulp volgt de wet en het "
            "besluit zelf."
        )
    uitleg.stap(tekst, w.bron)


def buiten_factsheet(regime: Regime, onderwerp: str, uitleg: Uitleg) -> None:
    """Say plainly that no rules apply: a law the calculators have no rules for. A law that
    should have rules (regels = true) but has none here is an error, not this answer."""
    w = wet(regime)
    if w.regels:
        raise OnbekendeWet(f"the rules of {w.naam} ({regime}) for {onderwerp} are missing")
    wanneer = w.periode.removeprefix("begonnen ")
    tekst = f"Wie {wanneer} inburgeringsplichtig werd, valt onder de {w.naam}."
    uitleg.waarschuw(
        f"{tekst} De factsheet gaat daar niet over, dus de rekenhulp berekent {onderwerp} niet. "
        "Kijk op de pagina 'Wat is er veranderd sinds 2016'.",
        w.bron,
    )


def datum_binnen_factsheet() -> date:
    """A date on which every value of the assumed law is in force: its last day (the day before
    the next law), or its first when it is the newest.

    Used when a calculator has no start date of its own (that law is assumed, with a warning).
    """
    w = standaard()
    dag = w.tot_en_met or w.vanaf
    assert dag is not None  # a list of one law without dates is refused by _lees
    return dag
