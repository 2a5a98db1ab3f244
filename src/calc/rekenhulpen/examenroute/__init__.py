"""Rekenhulp `examenroute`: which exam, at which level, with which parts (spec sections 5, 7).

The start of the inburgeringsplicht decides the law.
"""

from __future__ import annotations

from calc.bronnen import Uitleg
from calc.rekenhulpen.basis import Data, Rekenhulp, beschrijving, peildatum
from calc.rekenhulpen.examenroute import uitleg_wi2013, uitleg_wi2021
from calc.rekenhulpen.examenroute.invoer import (
    VELDEN,
    ExamenrouteInvoer,
    ExamenrouteUitkomst,
    lees_invoer,
)


def data(invoer: ExamenrouteInvoer, uitleg: Uitleg) -> Data:
    return Data(invoer.start_inburgeringsplicht, peildatum(None).peildatum)


REKENHULP = Rekenhulp(
    velden=VELDEN,
    lees_invoer=lees_invoer,
    data=data,
    regels={"wi2013": uitleg_wi2013.bereken, "wi2021": uitleg_wi2021.bereken},
    leeg=lambda invoer, data: ExamenrouteUitkomst(),
    onderwerp="de examenroute",
)
bereken = REKENHULP.bereken

BESCHRIJVING = beschrijving(
    REKENHULP,
    ExamenrouteUitkomst,
    voorbeelden=(
        {"opleidingsniveau": "laag", "start_inburgeringsplicht": "2016-03-01"},
        {"opleidingsniveau": "midden", "start_inburgeringsplicht": "2022-01-02", "leerroute": "b1"},
    ),
)

__all__ = [
    "BESCHRIJVING",
    "REKENHULP",
    "VELDEN",
    "ExamenrouteInvoer",
    "ExamenrouteUitkomst",
    "bereken",
]
