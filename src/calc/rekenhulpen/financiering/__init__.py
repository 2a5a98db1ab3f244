"""Rekenhulp `financiering`: what a municipality receives per year (spec sections 3 and 7).

Each year is its own answer: the year (its 1 January) decides the law. The answer over several
years adds up the blocks.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from calc.bronnen import Uitleg
from calc.regime import Berekening, Regime, regime_op, wet
from calc.rekenhulpen.basis import Beschrijving, Data, Rekenhulp
from calc.rekenhulpen.financiering import uitleg_wi2013, uitleg_wi2021
from calc.rekenhulpen.financiering.invoer import (
    VELDEN,
    VELDEN_JAAR,
    FinancieringInvoer,
    FinancieringJaar,
    JaarUitkomst,
    JarenUitkomst,
    lees_invoer,
)
from calc.wetten import wettekst


def _jaar_data(rij: FinancieringJaar, uitleg: Uitleg) -> Data:
    """A year's amounts are looked up on its 1 January."""
    return Data(date(rij.jaar, 1, 1), date.today())


def _leeg(rij: FinancieringJaar, data: Data) -> JaarUitkomst:
    return JaarUitkomst(rij.jaar, regime_op(data.wet))


#: One year: its rules per regime.
JAAR = Rekenhulp(
    velden=VELDEN_JAAR,
    lees_invoer=lambda gegevens: lees_invoer(gegevens).jaren[0],
    data=_jaar_data,
    regels={"wi2013": uitleg_wi2013.bereken_jaar, "wi2021": uitleg_wi2021.bereken_jaar},
    leeg=_leeg,
    onderwerp=lambda rij: f"de financiering voor {rij.jaar}",
)


def bereken(gegevens: Mapping[str, object]) -> Berekening[JaarUitkomst | JarenUitkomst]:
    invoer: FinancieringInvoer = lees_invoer(gegevens)
    uitleg = Uitleg()
    blokken: list[JaarUitkomst] = []
    for rij in invoer.jaren:
        data = JAAR.data(rij, uitleg)
        blokken.append(JAAR.pas_toe(regime_op(data.wet), rij, data, uitleg))
    uitleg_wi2013.slot(tuple(blokken), uitleg)
    factsheet = {b.regime for b in blokken if wet(b.regime).factsheet}
    if invoer.per_jaar and factsheet and {b.regime for b in blokken} - factsheet:
        uitleg.waarschuw(
            "Het totaal telt alleen de jaren met bedragen uit de factsheet (Wet inburgering "
            "2013). Voor jaren onder de Wet inburgering 2021 geeft de rekenhulp geen bedrag.",
            wettekst("Regeling inburgering 2021"),
        )
    uitleg.waarschuwingen = list(dict.fromkeys(uitleg.waarschuwingen))
    # The answer's law: the factsheet's when a year falls under it, else the first year's.
    regime: Regime = min(factsheet) if factsheet else blokken[0].regime
    if not invoer.per_jaar:
        return Berekening(regime, blokken[0], uitleg)
    uitkomst = JarenUitkomst(
        tuple(blokken),
        sum(b.maatschappelijke_begeleiding or 0 for b in blokken),
        sum(b.extra_middelen or 0 for b in blokken),
        sum(b.totaal or 0 for b in blokken),
        sum(b.eigen_bijdrage_gezinsmigranten or 0 for b in blokken),
    )
    return Berekening(regime, uitkomst, uitleg)


BESCHRIJVING = Beschrijving(
    bereken=bereken,
    velden=VELDEN,
    velden_formulier=VELDEN_JAAR,
    uitkomsten=(JaarUitkomst, JarenUitkomst),
    regels=JAAR,
    voorbeelden=(
        {"jaar": 2016, "aantal_gehuisvest": 3, "aantal_inburgeringsplichtig": 2},
        {
            "jaren": [
                {"jaar": 2016, "aantal_gehuisvest": 10, "aantal_inburgeringsplichtig": 8},
                {"jaar": 2022, "aantal_gehuisvest": 4, "aantal_inburgeringsplichtig": 4},
            ]
        },
    ),
)

__all__ = [
    "BESCHRIJVING",
    "JAAR",
    "VELDEN",
    "VELDEN_JAAR",
    "JaarUitkomst",
    "JarenUitkomst",
    "bereken",
]
