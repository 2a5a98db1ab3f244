"""Rekenhulp `overzicht`: one person, every calculator that applies, one timeline (issue 20).

The start of the inburgeringsplicht decides the law, as in Termijnen; the peildatum (default
today) decides what is past and what is due next. The calculators answer as on their own pages.
"""

from __future__ import annotations

from calc.bronnen import Uitleg
from calc.datums import datum_nl
from calc.regime import regime_op, wet
from calc.rekenhulpen.basis import Data, Rekenhulp, beschrijving, peildatum
from calc.rekenhulpen.overzicht.invoer import (
    VELDEN,
    OverzichtInvoer,
    OverzichtUitkomst,
    lees_invoer,
)
from calc.rekenhulpen.overzicht.samenstelling import samenstellen


def data(invoer: OverzichtInvoer, uitleg: Uitleg) -> Data:
    """The start of the obligation decides the law (said first); the peildatum what is due."""
    peil = peildatum(invoer.peildatum)
    start = invoer.start_inburgeringsplicht
    geldt = wet(regime_op(start))
    uitleg.stap(
        f"De inburgeringsplicht begon op {datum_nl(start)}: de {geldt.naam} geldt. Elke "
        "rekenhulp hieronder rekent met die wet, zoals op haar eigen pagina.",
        geldt.bron,
    )
    return Data(start, peil.peildatum, peil.peildatum_gegeven)


REKENHULP = Rekenhulp(
    velden=VELDEN,
    lees_invoer=lees_invoer,
    data=data,
    regels={"wi2013": samenstellen, "wi2021": samenstellen},
    leeg=lambda invoer, data: OverzichtUitkomst(peildatum=data.peildatum),
    onderwerp="dit overzicht",
)
bereken = REKENHULP.bereken

BESCHRIJVING = beschrijving(
    REKENHULP,
    OverzichtUitkomst,
    voorbeelden=(
        {
            "doelgroep": "asielstatushouder",
            "start_inburgeringsplicht": "2016-03-01",
            "geboortedatum": "1990-05-17",
            "opleidingsniveau": "laag",
            "peildatum": "2017-01-01",
        },
        {
            "doelgroep": "gezinslid_regulier",
            "start_inburgeringsplicht": "2023-03-01",
            "datum_kennisgeving": "2023-03-15",
            "datum_pip": "2023-06-01",
            "leerroute": "b1",
            "geboortedatum": "1990-05-17",
            "peildatum": "2024-01-01",
        },
    ),
)

__all__ = ["BESCHRIJVING", "REKENHULP", "VELDEN", "OverzichtInvoer", "OverzichtUitkomst", "bereken"]
