"""Rekenhulp `lening`: may this person borrow from DUO for inburgering? (spec sections 2, 7).

The start of the inburgeringsplicht decides the law (without it the answer assumes the Wet
inburgering 2013 and says so); the peildatum (default today) is the day on which the age is
given, and decides what the courts had said by then.
"""

from __future__ import annotations

from calc.bronnen import Uitleg
from calc.rekenhulpen.basis import Data, Rekenhulp, beschrijving, start_of_wi2013
from calc.rekenhulpen.lening import uitleg_wi2013, uitleg_wi2021
from calc.rekenhulpen.lening.invoer import VELDEN, LeningInvoer, LeningUitkomst, lees_invoer


def data(invoer: LeningInvoer, uitleg: Uitleg) -> Data:
    return start_of_wi2013(
        invoer.start_inburgeringsplicht,
        invoer.peildatum,
        uitleg,
        "gaat uit van de Wet inburgering 2013, waar de factsheet over gaat.",
    )


REKENHULP = Rekenhulp(
    velden=VELDEN,
    lees_invoer=lees_invoer,
    data=data,
    regels={"wi2013": uitleg_wi2013.bereken, "wi2021": uitleg_wi2021.bereken},
    leeg=lambda invoer, data: LeningUitkomst(),
    onderwerp="de DUO-lening",
)
bereken = REKENHULP.bereken

BESCHRIJVING = beschrijving(
    REKENHULP,
    LeningUitkomst,
    voorbeelden=(
        {"doelgroep": "asielstatushouder", "leeftijd": 30},
        {"doelgroep": "gezinsmigrant", "leeftijd": 25, "start_inburgeringsplicht": "2022-03-01"},
    ),
)

__all__ = ["BESCHRIJVING", "REKENHULP", "VELDEN", "LeningInvoer", "LeningUitkomst", "bereken"]
