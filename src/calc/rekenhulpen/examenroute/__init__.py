"""Rekenhulp `examenroute`: which exam, at which level, with which parts (spec sections 5, 7).

The start of the inburgeringsplicht decides the law.
"""

from __future__ import annotations

from calc.bronnen import WIJZIGINGEN_WI2021, Uitleg
from calc.regime import buiten_factsheet
from calc.rekenhulpen.basis import Data, Rekenhulp, peildatum
from calc.rekenhulpen.examenroute import uitleg_wi2013
from calc.rekenhulpen.examenroute.invoer import (
    OPLEIDINGSNIVEAUS,
    VELDEN,
    ExamenrouteInvoer,
    ExamenrouteUitkomst,
    lees_invoer,
)


def data(invoer: ExamenrouteInvoer, uitleg: Uitleg) -> Data:
    return Data(invoer.start_inburgeringsplicht, peildatum(None).peildatum)


def _wi2021(invoer: ExamenrouteInvoer, data: Data, uitleg: Uitleg) -> ExamenrouteUitkomst:
    uitleg.waarschuw(
        "Onder de Wet inburgering 2021 is de norm taalniveau B1, met verschillende leerroutes.",
        WIJZIGINGEN_WI2021,
    )
    buiten_factsheet("wi2021", "de examenroute", uitleg)
    return ExamenrouteUitkomst()


REKENHULP = Rekenhulp(
    velden=VELDEN,
    lees_invoer=lees_invoer,
    data=data,
    regels={"wi2013": uitleg_wi2013.bereken, "wi2021": _wi2021},
    leeg=lambda invoer, data: ExamenrouteUitkomst(),
    onderwerp="de examenroute",
)
bereken = REKENHULP.bereken

__all__ = [
    "OPLEIDINGSNIVEAUS",
    "REKENHULP",
    "VELDEN",
    "ExamenrouteInvoer",
    "ExamenrouteUitkomst",
    "bereken",
]
