"""The registry of calculators: the bridge reads this, and nothing else.

Each calculator is a package: ``invoer`` (its fields, how they are read, its result), one rules
module per regime (``wi2013``, ``wi2021``) with its explanation, and a face (``__init__``) that
names the date that decides the law and lists the rules per regime. Adding a calculator is one
line here; adding a regime is one line in each calculator's face.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from calc.regime import Berekening
from calc.rekenhulpen import examenroute, financiering, jongeren, lening, ontheffing, termijnen

Bereken = Callable[[Mapping[str, object]], Berekening[Any]]

REKENHULPEN: dict[str, Bereken] = {
    "termijnen": termijnen.bereken,
    "lening": lening.bereken,
    "financiering": financiering.bereken,
    "ontheffing": ontheffing.bereken,
    "examenroute": examenroute.bereken,
    "jongeren": jongeren.bereken,
}
