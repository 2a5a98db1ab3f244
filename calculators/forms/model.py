"""The vocabulary of the calculators' forms: fields, results, and the choices they share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from calc import keuzes
from calc.parameters import vaste_waarde
from calc.rekenhulpen import REGISTER
from calc.velden import Soort, Veld

FieldKind = Literal["date", "bool", "int", "decimal", "choice"]
#: For which law a field matters: "" both; the form shows a field of one law only when the date
#: field that decides the law (Calculator.wet_veld) points to it.
Wet = Literal["", "wi2013", "wi2021"]
#: "timeline": a list of dated events, drawn on a line with a table of the same dates
#: (calculators/js/timeline.mjs).
OutputKind = Literal[
    "date", "money", "bool", "days", "count", "words", "list", "year", "years", "timeline"
]


@dataclass(frozen=True)
class Field:
    """A form field, as the template renders it: derived from the calculator's `Veld` (its one
    description, in src/calc), never written here."""

    name: str
    label: str
    kind: FieldKind
    required: bool = False
    default: bool = False  # for checkboxes: checked when the page opens
    choices: tuple[tuple[str, str], ...] = ()  # (value, Dutch label) for kind "choice"
    width: int = 10  # visible characters of a text field
    wet: str = ""  # only under this law (see Wet)

    @classmethod
    def van(cls, veld: Veld) -> Field:
        kind: FieldKind = "choice" if veld.keuzes else SOORTEN[veld.soort]
        default = veld.leeg if veld.soort == "vlag" else False
        return cls(
            veld.naam,
            veld.label,
            kind,
            veld.verplicht,
            bool(default),
            veld.keuzes,
            veld.breedte,
            veld.wet,
        )


#: How the form asks each kind of field (a number with choices is a choice).
SOORTEN: dict[Soort, FieldKind] = {
    "datum": "date",
    "vlag": "bool",
    "getal": "int",
    "decimaal": "decimal",
    "keuze": "choice",
}


def form_fields(naam: str) -> tuple[Field, ...]:
    """The form fields of calculator `naam`, from its description in calc.rekenhulpen."""
    return tuple(Field.van(veld) for veld in REGISTER[naam].velden_formulier)


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


def outputs_of(calculator: Calculator, *keys: str) -> tuple[Output, ...]:
    """The results `keys` of `calculator`, with its labels and words, in the order asked."""
    by_key = {output.key: output for output in calculator.outputs}
    return tuple(by_key[key] for key in keys)


# The choices several calculators share, with their labels: calc.keuzes (the rules read the codes).
LEERROUTES = keuzes.LEERROUTES
DOELGROEPEN = keuzes.DOELGROEPEN
DOELGROEPEN_2021 = keuzes.DOELGROEPEN_2021


__all__ = ["DOELGROEPEN", "DOELGROEPEN_2021", "LEERROUTES", "vaste_waarde"]
