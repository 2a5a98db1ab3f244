"""Steps and result of the rekenhulp `financiering` under the Wet inburgering 2013 (spec
section 3), from the rules in `wi2013`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import FACTSHEET_1_4, FACTSHEET_2_1, FACTSHEET_2_1_EXTRA, Uitleg
from calc.datums import MAAL, bedrag_nl
from calc.regime import Regime
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.financiering.invoer import FinancieringJaar, JaarUitkomst
from calc.rekenhulpen.financiering.wi2013 import (
    bijdrage_maatschappelijke_begeleiding,
    eigen_bijdrage_participatieverklaring,
    extra_middelen_per_statushouder,
)


def bereken_jaar(rij: FinancieringJaar, data: Data, uitleg: Uitleg) -> JaarUitkomst:
    """The funding of one year, with its steps and warnings."""
    jaar = rij.jaar
    regime: Regime = "wi2013"
    mb_per_persoon = bijdrage_maatschappelijke_begeleiding(jaar)
    mb = mb_per_persoon * rij.aantal_inburgeringsplichtig
    uitleg.stap(
        f"{jaar}: maatschappelijke begeleiding {bedrag_nl(mb_per_persoon)} per "
        f"inburgeringsplichtige statushouder {MAAL} {rij.aantal_inburgeringsplichtig} = "
        f"{bedrag_nl(mb)}. "
        "Het COA betaalt uit nadat de gemeente de brief van het COA heeft ondertekend en "
        "teruggestuurd.",
        p.bron("maatschappelijke_begeleiding", date(jaar, 1, 1)),
    )
    try:
        extra_per_persoon = extra_middelen_per_statushouder(jaar)
    except p.VoorBegin:
        extra_per_persoon = 0
        uitleg.stap(
            f"{jaar}: de factsheet noemt extra middelen alleen voor {_extra_jaren()}; voor {jaar} "
            "rekent de rekenhulp geen extra middelen.",
            FACTSHEET_2_1_EXTRA,
        )
    except p.NaEinde:
        extra_per_persoon = 0
        uitleg.waarschuw(
            f"De bedragen in de factsheet zijn van {_extra_jaren()}. Voor {jaar} rekent de "
            f"rekenhulp met {bedrag_nl(mb_per_persoon)} maatschappelijke begeleiding en zonder "
            "extra middelen; controleer de bedragen in de circulaires van het gemeentefonds.",
            FACTSHEET_2_1_EXTRA,
        )
    extra = extra_per_persoon * rij.aantal_gehuisvest
    if extra_per_persoon:
        uitleg.stap(
            f"{jaar}: extra middelen {bedrag_nl(extra_per_persoon)} per gehuisveste statushouder "
            f"{MAAL} {rij.aantal_gehuisvest} = {bedrag_nl(extra)}. Dit wordt achteraf toegekend op "
            "basis van de gerealiseerde aantallen, in het ritme van de gemeentefondscirculaires.",
            p.bron("extra_middelen", date(jaar, 1, 1)),
        )
    eigen = _eigen_bijdrage(rij, uitleg)
    return JaarUitkomst(
        jaar, regime, mb_per_persoon, mb, extra_per_persoon, extra, mb + extra, eigen
    )


def _eigen_bijdrage(rij: FinancieringJaar, uitleg: Uitleg) -> int:
    if not rij.aantal_gezinsmigranten:
        return 0
    try:
        per_persoon = eigen_bijdrage_participatieverklaring(rij.jaar)
    except p.VoorBegin:
        uitleg.stap(
            f"{rij.jaar}: gemeenten bieden het participatieverklaringstraject aan vanaf "
            f"{_pv_vanaf()}; "
            f"voor {rij.jaar} is er geen eigen bijdrage van gezinsmigranten.",
            FACTSHEET_1_4,
        )
        return 0
    totaal = per_persoon * rij.aantal_gezinsmigranten
    uitleg.stap(
        f"{rij.jaar}: gezinsmigranten betalen het participatieverklaringstraject zelf: "
        f"{bedrag_nl(per_persoon)} {MAAL} {rij.aantal_gezinsmigranten} = {bedrag_nl(totaal)}. "
        "Dat is geen inkomen van de gemeente.",
        p.bron("participatieverklaring_gezinsmigranten", date(rij.jaar, 1, 1)),
    )
    uitleg.waarschuw(
        "De factsheet noemt de eigen bijdrage van gezinsmigranten zonder jaartal. De rekenhulp "
        f"rekent ermee vanaf {_pv_vanaf()}, het jaar waarin gemeenten het traject gingen "
        "aanbieden.",
        FACTSHEET_2_1,
    )
    return totaal


def slot(blokken: tuple[JaarUitkomst, ...], uitleg: Uitleg) -> None:
    """The steps and warnings that hold for every Wi2013 year of the answer."""
    if not any(b.regime == "wi2013" for b in blokken):
        return
    uitleg.stap(
        "Uit de bijdrage voor maatschappelijke begeleiding betaalt de gemeente ook het "
        "participatieverklaringstraject van statushouders en hun gezinsleden.",
        FACTSHEET_2_1,
    )
    uitleg.waarschuw(
        "De rekenhulp rekent het bedrag van het jaar van huisvesting. De factsheet zegt niet "
        "of de datum van de verblijfsstatus of van de huisvesting het bedrag bepaalt.",
        FACTSHEET_2_1,
    )


def _extra_jaren() -> str:
    """'2016 en 2017': the years with extra middelen, from the parameter file."""
    waarden = p.parameter("extra_middelen").waarden
    jaren = range(waarden[0].vanaf.year, waarden[-1].vanaf.year)
    return " en ".join([", ".join(str(j) for j in jaren[:-1]), str(jaren[-1])]).lstrip(" en")


def _pv_vanaf() -> int:
    return p.parameter("participatieverklaring_gezinsmigranten").waarden[0].vanaf.year
