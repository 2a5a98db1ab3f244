"""Rekenhulp `lening`: may this person borrow from DUO for inburgering? (spec sections 2, 7).

The start of the inburgeringsplicht decides the law (without it the answer assumes the Wet
inburgering 2013 and says so); the peildatum (default today) is the day on which the age is
given, and decides what the courts had said by then.
"""

from __future__ import annotations

from calc.bronnen import Uitleg
from calc.regime import bron_regime, datum_binnen_factsheet
from calc.rekenhulpen.basis import Data, Rekenhulp, peildatum
from calc.rekenhulpen.lening import uitleg_wi2013, uitleg_wi2021
from calc.rekenhulpen.lening.invoer import VELDEN, LeningInvoer, LeningUitkomst, lees_invoer


def data(invoer: LeningInvoer, uitleg: Uitleg) -> Data:
    """The start of the obligation decides the law; without it, Wi2013 is assumed (a warning)."""
    peil = peildatum(invoer.peildatum)
    if invoer.start_inburgeringsplicht is not None:
        return Data(invoer.start_inburgeringsplicht, peil.peildatum, peil.peildatum_gegeven)
    datum = datum_binnen_factsheet()
    uitleg.waarschuw(
        "Er is geen startdatum van de inburgeringsplicht ingevuld. De rekenhulp gaat uit van "
        "de Wet inburgering 2013, waar de factsheet over gaat.",
        bron_regime("wi2013", datum),
    )
    return Data(datum, peil.peildatum, peil.peildatum_gegeven)


REKENHULP = Rekenhulp(
    velden=VELDEN,
    lees_invoer=lees_invoer,
    data=data,
    regels={"wi2013": uitleg_wi2013.bereken, "wi2021": uitleg_wi2021.bereken},
    leeg=lambda invoer, data: LeningUitkomst(),
    onderwerp="de DUO-lening",
)
bereken = REKENHULP.bereken

__all__ = ["REKENHULP", "VELDEN", "LeningInvoer", "LeningUitkomst", "bereken"]
