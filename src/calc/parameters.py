"""Amounts, terms and key dates: loading the dated parameter files and looking values up.

Each file in ``parameters/`` holds one legal amount, term or key date. Its values are keyed by the
date they take effect (``vanaf``); an end is an explicit entry with ``geen_waarde = true``. Every
entry has a source. A lookup before the first date or from an end raises `GeenWaarde` (never a
silent default, never the latest value); the calculators turn it into a plain Dutch answer.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from calc.bronnen import Bron

Scalar = int | bool | str

#: The unit of a parameter and the Python type of its values.
EENHEDEN: dict[str, type] = {
    "EUR": int,
    "eurocent": int,  # an amount with cents, in whole cents: 24079 is € 240,79
    "jaar": int,
    "maanden": int,
    "weken": int,
    "uur": int,
    "keer": int,
    "mbo-niveau": int,
    "ja/nee": bool,
    "regime": str,
    "keuze": str,
}
_SLEUTELS = {"beschrijving", "eenheid", "waarden"}
_WAARDE_SLEUTELS = {"vanaf", "waarde", "geen_waarde", "tekst", "tekst_vanaf", "citaat", "bron"}
_SITE_HREF = re.compile(r"^[a-z0-9-]+(/[a-z0-9-]+)*/(#[a-z0-9:-]+)?$")
_EXTERNE_HREF = re.compile(r"^https://[^\s]+$")


class ParameterFout(Exception):
    """A parameter file is malformed or a name is unknown: a bug in the data, never user input."""


class GeenWaarde(LookupError):
    """No value on this date: before the first date (`VoorBegin`) or from an end (`NaEinde`)."""

    def __init__(self, naam: str, datum: date, bron: Bron | None) -> None:
        super().__init__(f"parameter {naam!r} has no value on {datum.isoformat()}")
        self.naam = naam
        self.datum = datum
        self.bron = bron


class VoorBegin(GeenWaarde):
    """The date lies before the parameter's first value."""


class NaEinde(GeenWaarde):
    """The date lies on or after an explicit end ("no value from this date")."""


@dataclass(frozen=True)
class Waarde:
    """One dated entry. `waarde` is None for an end."""

    vanaf: date
    waarde: Scalar | None
    bron: Bron
    tekst: str | None = None
    tekst_vanaf: str | None = None
    citaat: str | None = None  # the words of the legal source that state the value


@dataclass(frozen=True)
class Parameter:
    naam: str
    beschrijving: str
    eenheid: str
    waarden: tuple[Waarde, ...]

    def op(self, datum: date) -> Waarde:
        """The entry in force on `datum`; raises `VoorBegin` or `NaEinde`."""
        geldend = [w for w in self.waarden if w.vanaf <= datum]
        if not geldend:
            raise VoorBegin(self.naam, datum, None)
        laatste = geldend[-1]
        if laatste.waarde is None:
            raise NaEinde(self.naam, datum, laatste.bron)
        return laatste


def _fout(naam: str, tekst: str) -> ParameterFout:
    return ParameterFout(f"parameters/{naam}.toml: {tekst}")


def _lees_bron(naam: str, ruw: object) -> Bron:
    if not isinstance(ruw, dict) or set(ruw) != {"label", "href"}:
        raise _fout(naam, "bron must be a table with exactly label and href")
    label, href = ruw["label"], ruw["href"]
    if not isinstance(label, str) or not label.strip() or not isinstance(href, str):
        raise _fout(naam, "bron label and href must be non-empty strings")
    if not (_SITE_HREF.match(href) or _EXTERNE_HREF.match(href)):
        raise _fout(naam, f"bron href {href!r} is neither a site directory URL nor https")
    return Bron(label, href)


def _lees_waarde(naam: str, eenheid: str, ruw: object) -> Waarde:
    if not isinstance(ruw, dict):
        raise _fout(naam, "every [[waarden]] entry must be a table")
    onbekend = set(ruw) - _WAARDE_SLEUTELS
    if onbekend:
        raise _fout(naam, f"unknown keys {sorted(onbekend)}")
    vanaf = ruw.get("vanaf")
    if type(vanaf) is not date:
        raise _fout(naam, "vanaf must be a date (YYYY-MM-DD)")
    for sleutel in ("tekst", "tekst_vanaf", "citaat"):
        if sleutel in ruw and not isinstance(ruw[sleutel], str):
            raise _fout(naam, f"{sleutel} must be a string")
    bron = _lees_bron(naam, ruw.get("bron"))
    if ruw.get("geen_waarde") is True:
        if "waarde" in ruw:
            raise _fout(naam, f"{vanaf}: an end (geen_waarde) has no waarde")
        return Waarde(
            vanaf, None, bron, ruw.get("tekst"), ruw.get("tekst_vanaf"), ruw.get("citaat")
        )
    if "geen_waarde" in ruw:
        raise _fout(naam, f"{vanaf}: geen_waarde may only be true")
    waarde = ruw.get("waarde")
    if type(waarde) is not EENHEDEN[eenheid]:
        raise _fout(naam, f"{vanaf}: waarde must be of type {EENHEDEN[eenheid].__name__}")
    assert isinstance(waarde, int | str)  # bool is an int
    return Waarde(vanaf, waarde, bron, ruw.get("tekst"), ruw.get("tekst_vanaf"), ruw.get("citaat"))


def lees_parameter(naam: str, inhoud: str) -> Parameter:
    """Parse and check one parameter file; raises `ParameterFout` on any defect."""
    try:
        ruw = tomllib.loads(inhoud)
    except tomllib.TOMLDecodeError as fout:
        raise _fout(naam, str(fout)) from fout
    if set(ruw) != _SLEUTELS:
        raise _fout(naam, f"top-level keys must be exactly {sorted(_SLEUTELS)}")
    eenheid, beschrijving, lijst = ruw["eenheid"], ruw["beschrijving"], ruw["waarden"]
    if eenheid not in EENHEDEN or not isinstance(beschrijving, str) or not beschrijving:
        raise _fout(naam, "eenheid must be known and beschrijving non-empty")
    if not isinstance(lijst, list) or not lijst:
        raise _fout(naam, "waarden must be a non-empty list")
    waarden = tuple(_lees_waarde(naam, eenheid, w) for w in lijst)
    data = [w.vanaf for w in waarden]
    if data != sorted(set(data)):
        raise _fout(naam, "vanaf dates must be sorted and unique")
    if waarden[0].waarde is None:
        raise _fout(naam, "the first entry cannot be an end")
    return Parameter(naam, beschrijving, eenheid, waarden)


@cache
def alle_parameters() -> dict[str, Parameter]:
    """Every parameter shipped in the package, by name (the file name without .toml)."""
    map_ = resources.files("calc").joinpath("parameters")
    uitkomst: dict[str, Parameter] = {}
    for bestand in sorted(map_.iterdir(), key=lambda b: b.name):
        if bestand.name.endswith(".toml"):
            naam = bestand.name.removesuffix(".toml")
            uitkomst[naam] = lees_parameter(naam, bestand.read_text(encoding="utf-8"))
    return uitkomst


def parameter(naam: str) -> Parameter:
    try:
        return alle_parameters()[naam]
    except KeyError:
        raise ParameterFout(f"unknown parameter {naam!r}") from None


def waarde(naam: str, datum: date) -> Waarde:
    """The entry of parameter `naam` in force on `datum` (raises `GeenWaarde`)."""
    return parameter(naam).op(datum)


def getal(naam: str, datum: date) -> int:
    """A whole number (euros, years, weeks, months, hours) in force on `datum`."""
    w = waarde(naam, datum).waarde
    if type(w) is not int:
        raise ParameterFout(f"parameter {naam!r} is not a number")
    return w


def vlag(naam: str, datum: date) -> bool:
    """A yes/no value in force on `datum`."""
    w = waarde(naam, datum).waarde
    if type(w) is not bool:
        raise ParameterFout(f"parameter {naam!r} is not a yes/no value")
    return w


def keuze(naam: str, datum: date) -> str:
    """A text value (such as a regime) in force on `datum`."""
    w = waarde(naam, datum).waarde
    if type(w) is not str:
        raise ParameterFout(f"parameter {naam!r} is not a text value")
    return w


def bron(naam: str, datum: date) -> Bron:
    """The source of the value in force on `datum`."""
    return waarde(naam, datum).bron


def ingang(naam: str, met_waarde: Scalar) -> date:
    """The first date on which parameter `naam` has the value `met_waarde` (a key date)."""
    for w in parameter(naam).waarden:
        if w.waarde == met_waarde and type(w.waarde) is type(met_waarde):
            return w.vanaf
    raise ParameterFout(f"parameter {naam!r} never has the value {met_waarde!r}")


def tot_en_met(naam: str, datum: date) -> tuple[Waarde, ...]:
    """Every entry of parameter `naam` that took effect on or before `datum`, in order."""
    return tuple(w for w in parameter(naam).waarden if w.vanaf <= datum)


def einde(naam: str) -> date | None:
    """The date from which parameter `naam` has no value any more (its last end), if any."""
    laatste = parameter(naam).waarden[-1]
    return laatste.vanaf if laatste.waarde is None else None


def vaste_waarde(naam: str) -> Scalar:
    """The value of parameter `naam` where a label names it: the one value it has on every date.
    A new, different value fails loudly rather than leave a label that no longer holds."""
    waarden = {w.waarde for w in parameter(naam).waarden if w.waarde is not None}
    if len(waarden) != 1:
        waarden_tekst = ", ".join(sorted(map(str, waarden)))
        raise ParameterFout(f"a label names '{naam}', which has the values {waarden_tekst}")
    return waarden.pop()
