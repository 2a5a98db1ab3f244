"""One description per input field, from which everything about that field is derived.

A calculator lists its fields once, as `Veld`s, in its ``invoer`` module. From that list come:
the names `calc.run` accepts, how each value is read and checked (`lees_velden`, with the Dutch
noun phrase `wat` in every message), the form (calculators/forms derives its fields, labels and
choices from it), and the test lists (they iterate calc.rekenhulpen.REGISTER).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Literal

from calc import keuzes
from calc.invoer import EERSTE_GEBOORTEJAAR, EERSTE_JAAR, Formulier

Soort = Literal["datum", "vlag", "getal", "decimaal", "keuze"]

__all__ = ["EERSTE_GEBOORTEJAAR", "EERSTE_JAAR", "Soort", "Veld", "lees_velden", "namen"]


@dataclass(frozen=True)
class Veld:
    """One input field: its name in the JSON contract, its kind and how the form asks it."""

    naam: str
    soort: Soort
    label: str  # the form's label
    wat: str  # the noun phrase in a message: "Vul {wat} in."
    verplicht: bool = False
    #: (code, Dutch label): the choices of a "keuze"; for a "getal", the form's choices
    keuzes: tuple[tuple[str, str], ...] = ()
    wet: str = ""  # the law it belongs to (a code of calc/regimes.toml); "" every law
    leeg: object = None  # the value when not given (a checkbox: whether it starts ticked)
    minimum: int = 0  # getal
    maximum: int = 0  # getal, decimaal
    eerste_jaar: int = EERSTE_JAAR  # datum: the earliest plausible year
    breedte: int = 10  # visible characters of the form's text field

    def __post_init__(self) -> None:
        if self.soort == "keuze" and not self.keuzes:
            raise ValueError(f"{self.naam}: a field of soort 'keuze' needs its choices")
        if self.keuzes and self.soort not in ("keuze", "getal"):
            raise ValueError(f"{self.naam}: only a choice or a number has choices")
        if self.soort in ("getal", "decimaal") and self.maximum <= self.minimum:
            raise ValueError(f"{self.naam}: a number needs a maximum above its minimum")
        if self.soort == "vlag" and not isinstance(self.leeg, bool):
            raise ValueError(f"{self.naam}: a checkbox starts ticked or not (leeg=True/False)")

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.keuzes)


def namen(velden: Iterable[Veld]) -> tuple[str, ...]:
    return tuple(veld.naam for veld in velden)


def lees(f: Formulier, veld: Veld) -> object:
    """The typed value of one field, or its `leeg` value; a wrong value is an error on `f`."""
    waarde: object
    if veld.soort == "datum":
        waarde = f.datum(veld.naam, veld.wat, veld.verplicht, veld.eerste_jaar)
    elif veld.soort == "vlag":
        waarde = f.vlag(veld.naam, veld.wat, bool(veld.leeg))
    elif veld.soort == "getal":
        waarde = f.getal(veld.naam, veld.wat, veld.maximum, veld.verplicht, veld.minimum)
    elif veld.soort == "decimaal":
        waarde = f.decimaal(veld.naam, veld.wat, veld.maximum)
    else:
        waarde = f.keuze(veld.naam, veld.wat, veld.codes, veld.verplicht)
    return veld.leeg if waarde is None else waarde


def lees_velden(f: Formulier, velden: Iterable[Veld]) -> dict[str, object]:
    """Every field's value by name. A field that already has an error on `f` (a calculator's
    own check, made first) is not read again: one message per field."""
    fout = {fout.veld for fout in f.fouten}
    return {
        veld.naam: veld.leeg if f.voorvoegsel + veld.naam in fout else lees(f, veld)
        for veld in velden
    }


def formulier(
    gegevens: Mapping[str, object], velden: Iterable[Veld], voorvoegsel: str = ""
) -> Formulier:
    """A `Formulier` that knows exactly these fields (any other key is an error)."""
    return Formulier(gegevens, namen(velden), voorvoegsel)


# --- Fields that several calculators ask, said the same way everywhere ---------------------------

START_INBURGERINGSPLICHT = Veld(
    "start_inburgeringsplicht",
    "datum",
    "Start van de inburgeringsplicht",
    "de startdatum van de inburgeringsplicht",
)
PEILDATUM = Veld("peildatum", "datum", "Peildatum", "de peildatum")
GEBOORTEDATUM = Veld(
    "geboortedatum", "datum", "Geboortedatum", "de geboortedatum", eerste_jaar=EERSTE_GEBOORTEJAAR
)
DOELGROEP = Veld("doelgroep", "keuze", "Doelgroep", "de doelgroep", keuzes=keuzes.DOELGROEPEN)
DOELGROEP_2021 = replace(DOELGROEP, keuzes=keuzes.DOELGROEPEN_2021)
LEERROUTE = Veld(
    "leerroute", "keuze", "Leerroute in het PIP", "de leerroute", keuzes=keuzes.LEERROUTES
)
VESTIGING_GEMEENTE = Veld(
    "vestiging_gemeente",
    "datum",
    "Datum van vestiging in de gemeente",
    "de datum van vestiging in de gemeente",
)
DATUM_KENNISGEVING = Veld(
    "datum_kennisgeving",
    "datum",
    "Datum van de kennisgeving van DUO",
    "de datum van de kennisgeving van DUO",
    wet="wi2021",
)
OPLEIDINGSNIVEAU = Veld(
    "opleidingsniveau",
    "keuze",
    "Opleidingsniveau",
    "het opleidingsniveau",
    keuzes=keuzes.OPLEIDINGSNIVEAUS,
)
DATUM_PIP = Veld(
    "datum_pip",
    "datum",
    "Datum van het PIP (de termijn begint de dag erna)",
    "de datum van het PIP",
    wet="wi2021",
)
