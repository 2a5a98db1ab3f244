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
from calc.rekenhulpen import (
    examenroute,
    financiering,
    jongeren,
    lening,
    ontheffing,
    overzicht,  # after the six: it runs them
    termijnen,
)
from calc.rekenhulpen.basis import Beschrijving

Bereken = Callable[[Mapping[str, object]], Berekening[Any]]

#: Every calculator, by the name `calc.run` takes: the one list the bridge, the snapshot's
#: warm-up (src/sitebuild/snapshot.mjs), the forms' check and the tests read.
REGISTER: dict[str, Beschrijving] = {
    "termijnen": termijnen.BESCHRIJVING,
    "lening": lening.BESCHRIJVING,
    "financiering": financiering.BESCHRIJVING,
    "ontheffing": ontheffing.BESCHRIJVING,
    "examenroute": examenroute.BESCHRIJVING,
    "jongeren": jongeren.BESCHRIJVING,
    "overzicht": overzicht.BESCHRIJVING,
}
REKENHULPEN: dict[str, Bereken] = {naam: b.bereken for naam, b in REGISTER.items()}
