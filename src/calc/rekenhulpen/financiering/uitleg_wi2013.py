"""Steps and result of the rekenhulp `financiering` under the Wet inburgering 2013 (spec
section 3), from the rules in `wi2013`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import FACTSHEET_2_1, FACTSHEET_2_1_EXTRA, Uitleg
from calc.datums import MAAL, bedrag_nl, datum_nl
from calc.regime import Regime
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.financiering.invoer import FinancieringJaar, JaarUitkomst
from calc.rekenhulpen.financiering.wi2013 import (
    betaling,
    betaling_wijzigt_in,
    bijdrage_maatschappelijke_begeleiding,
    eigen_bijdrage_participatieverklaring,
    eigen_bijdrage_vanaf_in,
    extra_middelen_per_statushouder,
)
from calc.wetten import VNG_MAATSCHAPPELIJKE_BEGELEIDING


def bereken_jaar(rij: FinancieringJaar, data: Data, uitleg: Uitleg) -> JaarUitkomst:
    """The funding of one year, with its steps and warnings."""
    jaar = rij.jaar
    regime: Regime = "wi2013"
    mb_per_persoon = bijdrage_maatschappelijke_begeleiding(jaar)
    mb = mb_per_persoon * rij.aantal_inburgeringsplichtig
    uitleg.stap(
        f"{jaar}: maatschappelijke begeleiding {bedrag_nl(mb_per_persoon)} per "
        f"inburgeringsplichtige statushouder {MAAL} {rij.aantal_inburgeringsplichtig} = "
        f"{bedrag_nl(mb)}. " + BETALING[betaling(jaar)],
        p.bron("betaling_maatschappelijke_begeleiding", date(jaar, 1, 1)),
    )
    _bijzonderheden(jaar, mb_per_persoon, uitleg)
    try:
        extra_per_persoon = extra_middelen_per_statushouder(jaar)
    except p.GeenWaarde:
        extra_per_persoon = 0
        uitleg.stap(
            f"{jaar}: de factsheet noemt extra middelen alleen voor {_extra_jaren()}; voor {jaar} "
            "rekent de rekenhulp geen extra middelen.",
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


BETALING = {
    "coa": "Het COA betaalt uit nadat de gemeente de brief van het COA heeft ondertekend en "
    "teruggestuurd.",
    "decentralisatie_uitkering": "Sinds de gewijzigde Wet inburgering ontvangt de gemeente de "
    "bijdrage via een decentralisatie-uitkering in het gemeentefonds, niet meer via het COA.",
}


def _bijzonderheden(jaar: int, per_persoon: int, uitleg: Uitleg) -> None:
    """What the factsheet's amount needs in one year: a condition, a change, a confirmation."""
    verhoging = p.parameter("maatschappelijke_begeleiding").waarden
    nieuw = next(w for w in verhoging if w.waarde == per_persoon)
    if nieuw.vanaf.year == jaar and nieuw is not verhoging[0]:
        oud = verhoging[verhoging.index(nieuw) - 1].waarde
        assert isinstance(oud, int)
        uitleg.stap(
            f"{jaar}: het verschil met het oude bedrag ({bedrag_nl(per_persoon - oud)}) kreeg "
            "een gemeente pas als zij bij het COA een plan van aanpak voor het "
            "participatieverklaringstraject had ingediend, met terugwerkende kracht tot "
            f"1 januari {jaar}.",
            VNG_MAATSCHAPPELIJKE_BEGELEIDING,
        )
    wijziging = betaling_wijzigt_in(jaar)
    if wijziging is not None:
        uitleg.waarschuw(
            f"Op {datum_nl(wijziging)} ging de gewijzigde Wet inburgering in: daarvoor betaalde "
            "het COA uit na de brief, daarna loopt de bijdrage via een decentralisatie-uitkering "
            f"in het gemeentefonds. Voor {jaar} kan de bijdrage dus deels via het COA en deels "
            "via het gemeentefonds zijn betaald. De rekenhulp rekent het bedrag voor het hele "
            "jaar.",
            p.bron("betaling_maatschappelijke_begeleiding", wijziging),
        )
    if betaling(jaar) == "decentralisatie_uitkering" and wijziging is None:
        uitleg.stap(
            f"{jaar}: ook na 2017 konden gemeenten rekenen op {bedrag_nl(per_persoon)} per "
            "inburgeringsplichtige statushouder; sinds de wetswijziging telt het voor "
            "inburgeringsplichtigen van 18 jaar tot de AOW-leeftijd. De bedragen staan in de "
            "circulaires van het gemeentefonds.",
            VNG_MAATSCHAPPELIJKE_BEGELEIDING,
        )


def _eigen_bijdrage(rij: FinancieringJaar, uitleg: Uitleg) -> int:
    if not rij.aantal_gezinsmigranten:
        return 0
    try:
        per_persoon = eigen_bijdrage_participatieverklaring(rij.jaar)
    except p.VoorBegin:
        uitleg.stap(
            f"{rij.jaar}: gezinsmigranten betalen het participatieverklaringstraject zelf na de "
            f"wetswijziging van {datum_nl(_pv_vanaf())}; voor {rij.jaar} is er geen eigen "
            "bijdrage van gezinsmigranten.",
            FACTSHEET_2_1,
        )
        return 0
    totaal = per_persoon * rij.aantal_gezinsmigranten
    uitleg.stap(
        f"{rij.jaar}: gezinsmigranten betalen het participatieverklaringstraject zelf: "
        f"{bedrag_nl(per_persoon)} {MAAL} {rij.aantal_gezinsmigranten} = {bedrag_nl(totaal)}. "
        "Dat is geen inkomen van de gemeente.",
        p.bron("participatieverklaring_gezinsmigranten", date(rij.jaar, 12, 31)),
    )
    vanaf = eigen_bijdrage_vanaf_in(rij.jaar)
    if vanaf is not None:
        uitleg.waarschuw(
            f"De eigen bijdrage geldt na de wetswijziging van {datum_nl(vanaf)}. De rekenhulp "
            f"telt voor {rij.jaar} alle ingevulde gezinsmigranten: vul voor {rij.jaar} alleen "
            f"wie op of na {datum_nl(vanaf)} inburgeringsplichtig werd.",
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


def _pv_vanaf() -> date:
    return p.parameter("participatieverklaring_gezinsmigranten").waarden[0].vanaf
