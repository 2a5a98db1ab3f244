"""The vocabulary of the calculators' forms: fields, results, and the choices they share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from calc import keuzes, parameters

FieldKind = Literal["date", "bool", "int", "decimal", "choice"]
#: For which law a field matters: "" both; the form shows a field of one law only when the date
#: field that decides the law (Calculator.wet_veld) points to it.
Wet = Literal["", "wi2013", "wi2021"]
OutputKind = Literal["date", "money", "bool", "days", "count", "words", "list", "year", "years"]


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: FieldKind
    required: bool = False
    default: bool = False  # for checkboxes: checked when the page opens
    choices: tuple[tuple[str, str], ...] = ()  # (value, Dutch label) for kind "choice"
    width: int = 10  # visible characters of a text field
    wet: Wet = ""  # only under this law (see Wet)


@dataclass(frozen=True)
class Output:
    key: str
    label: str
    kind: OutputKind
    words: dict[str, str] = field(default_factory=dict)  # code -> Dutch, for kind "words"
    wet: Wet = ""  # shown only in an answer under this law (see Wet)


@dataclass(frozen=True)
class Calculator:
    name: str
    title: str
    fields: tuple[Field, ...]
    outputs: tuple[Output, ...]
    rows: bool = False  # several years as rows (financiering): the API takes `jaren`
    ics: bool = False  # "Zet in agenda"
    csv: bool = False  # "Download als CSV"
    wet_veld: str = "start_inburgeringsplicht"  # the date field that decides the law
    wet_na_jaren: int = 0  # ... that many years after it (jongeren: the 18th birthday)


# The choices several calculators share, with their labels: calc.keuzes (the rules read the codes).
LEERROUTES = keuzes.LEERROUTES
DOELGROEPEN = keuzes.DOELGROEPEN
DOELGROEPEN_2021 = keuzes.DOELGROEPEN_2021


def vaste_waarde(naam: str) -> int | float | str | bool:
    """The value of parameter `naam` where a label names it: the one value it has on every date.
    A new, different value fails the build rather than leave a label that no longer holds."""
    waarden = {w.waarde for w in parameters.parameter(naam).waarden if w.waarde is not None}
    if len(waarden) != 1:
        waarden_tekst = ", ".join(sorted(map(str, waarden)))
        raise ValueError(f"a label names '{naam}', which has the values {waarden_tekst}")
    return waarden.pop()
