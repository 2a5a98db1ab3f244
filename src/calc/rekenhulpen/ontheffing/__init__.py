"""Rekenhulp `ontheffing`: which grounds for exemption are met, and what is missing (spec 4, 7).

The start of the inburgeringsplicht decides the law (without it the answer assumes the Wet
inburgering 2013 and says so); the peildatum (default today) decides whether the request can
be made yet, and what the courts had said by then.
"""

from __future__ import annotations

from calc.bronnen import Uitleg
from calc.rekenhulpen.basis import Data, Rekenhulp, beschrijving, start_of_wi2013
from calc.rekenhulpen.ontheffing import uitleg_wi2013, uitleg_wi2021
from calc.rekenhulpen.ontheffing.invoer import (
    TOETSUITKOMSTEN,
    VELDEN,
    OntheffingInvoer,
    OntheffingUitkomst,
    lees_invoer,
)


def data(invoer: OntheffingInvoer, uitleg: Uitleg) -> Data:
    return start_of_wi2013(
        invoer.start_inburgeringsplicht,
        invoer.peildatum,
        uitleg,
        "gebruikt de gronden voor ontheffing van de Wet inburgering 2013, waar de factsheet over "
        "gaat (inburgeringsplicht begonnen van 1 januari 2013 tot en met 31 december 2021). Onder "
        "de Wet inburgering 2021 gelden andere regels.",
    )


def _leeg(invoer: OntheffingInvoer, data: Data) -> OntheffingUitkomst:
    return OntheffingUitkomst(False, False, False, False, (), None)


REKENHULP = Rekenhulp(
    velden=VELDEN,
    lees_invoer=lees_invoer,
    data=data,
    regels={"wi2013": uitleg_wi2013.bereken, "wi2021": uitleg_wi2021.bereken},
    leeg=_leeg,
    onderwerp="de gronden voor ontheffing",
)
bereken = REKENHULP.bereken

BESCHRIJVING = beschrijving(
    REKENHULP,
    OntheffingUitkomst,
    voorbeelden=(
        {"uren_cursus": 600, "min_pogingen": 4},
        {"uren_cursus": 0, "start_inburgeringsplicht": "2022-03-01"},
    ),
)

__all__ = [
    "BESCHRIJVING",
    "REKENHULP",
    "TOETSUITKOMSTEN",
    "VELDEN",
    "OntheffingInvoer",
    "OntheffingUitkomst",
    "bereken",
]
