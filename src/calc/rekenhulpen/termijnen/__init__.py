"""Rekenhulp `termijnen`: the deadlines of one inburgeringsplichtige (spec sections 1 and 7).

The start of the inburgeringsplicht decides the law; the peildatum (default today) the status.
"""

from __future__ import annotations

from calc.bronnen import FACTSHEET_1_2, Uitleg
from calc.datums import datum_nl
from calc.rekenhulpen.basis import Data, Rekenhulp, beschrijving, peildatum
from calc.rekenhulpen.termijnen import uitleg_wi2013, uitleg_wi2021
from calc.rekenhulpen.termijnen.invoer import (
    STATUSSEN,
    VELDEN,
    TermijnenInvoer,
    TermijnenUitkomst,
    lees_invoer,
)


def data(invoer: TermijnenInvoer, uitleg: Uitleg) -> Data:
    """The start of the obligation decides the law; the peildatum the status."""
    peil = peildatum(invoer.peildatum)
    start = invoer.start_inburgeringsplicht
    if start > peil.peildatum:
        uitleg.waarschuw(
            f"De startdatum ({datum_nl(start)}) ligt na de peildatum "
            f"({datum_nl(peil.peildatum)}). Controleer de datums.",
            FACTSHEET_1_2,
        )
    return Data(start, peil.peildatum, peil.peildatum_gegeven)


REKENHULP = Rekenhulp(
    velden=VELDEN,
    lees_invoer=lees_invoer,
    data=data,
    regels={"wi2013": uitleg_wi2013.bereken, "wi2021": uitleg_wi2021.bereken},
    leeg=lambda invoer, data: TermijnenUitkomst(peildatum=data.peildatum),
    onderwerp="deze termijnen",
)
bereken = REKENHULP.bereken

BESCHRIJVING = beschrijving(
    REKENHULP,
    TermijnenUitkomst,
    voorbeelden=(
        {"start_inburgeringsplicht": "2016-03-01", "alfabetisering": True},
        {"start_inburgeringsplicht": "2022-03-01"},
    ),
)

__all__ = [
    "BESCHRIJVING",
    "REKENHULP",
    "STATUSSEN",
    "VELDEN",
    "TermijnenInvoer",
    "TermijnenUitkomst",
    "bereken",
]
