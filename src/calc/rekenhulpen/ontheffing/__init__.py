"""Rekenhulp `ontheffing`: which grounds for exemption are met, and what is missing (spec 4, 7)."""

from __future__ import annotations

from calc.bronnen import Uitleg
from calc.regime import bron_regime, datum_binnen_factsheet
from calc.rekenhulpen.basis import Data, Rekenhulp, peildatum
from calc.rekenhulpen.ontheffing import uitleg_wi2013
from calc.rekenhulpen.ontheffing.invoer import (
    VELDEN,
    OntheffingInvoer,
    OntheffingUitkomst,
    lees_invoer,
)


def data(invoer: OntheffingInvoer, uitleg: Uitleg) -> Data:
    datum = datum_binnen_factsheet()
    uitleg.waarschuw(
        "De rekenhulp gebruikt de gronden voor ontheffing van de Wet inburgering 2013, waar de "
        "factsheet over gaat (inburgeringsplicht begonnen van 1 januari 2013 tot en met "
        "31 december 2021). Onder de Wet inburgering 2021 gelden andere regels.",
        bron_regime("wi2013", datum),
    )
    return Data(datum, peildatum(None).peildatum)


REKENHULP = Rekenhulp(
    velden=VELDEN,
    lees_invoer=lees_invoer,
    data=data,
    regels={"wi2013": uitleg_wi2013.bereken},
    leeg=lambda invoer, data: OntheffingUitkomst(False, False, False, False, (), 0),
    onderwerp="de gronden voor ontheffing",
)
bereken = REKENHULP.bereken

__all__ = ["REKENHULP", "VELDEN", "OntheffingInvoer", "OntheffingUitkomst", "bereken"]
