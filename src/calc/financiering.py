"""Rekenhulp `financiering`: what a municipality receives per year (spec section 3).

Maatschappelijke begeleiding per inburgeringsplichtige statushouder (§1.3, §2.1), extra middelen
per housed status holder in 2016 and 2017 (§2.1), and the € 150 that gezinsmigranten pay
themselves (§2.1). Amounts per year come from ``parameters/``, looked up on 1 January.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calc import parameters as p
from calc.bronnen import FACTSHEET_1_4, FACTSHEET_2_1, FACTSHEET_2_1_EXTRA, Uitleg
from calc.datums import MAAL, bedrag_nl
from calc.invoer import LAATSTE_JAAR, Formulier, Fout, Invoerfouten
from calc.regime import Berekening, Regime, buiten_factsheet, regime_op

VELDEN_JAAR = (
    "jaar",
    "aantal_gehuisvest",
    "aantal_inburgeringsplichtig",
    "aantal_gezinsmigranten",
)
VELDEN = (*VELDEN_JAAR, "jaren")
#: Guards against typos (not legal rules): the largest count and number of year rows.
HOOGSTE_AANTAL = 1_000_000
MEESTE_JAREN = 50


@dataclass(frozen=True)
class FinancieringJaar:
    jaar: int
    aantal_gehuisvest: int
    aantal_inburgeringsplichtig: int
    aantal_gezinsmigranten: int = 0


@dataclass(frozen=True)
class FinancieringInvoer:
    jaren: tuple[FinancieringJaar, ...]
    per_jaar: bool = False  # True when given as a list `jaren`


@dataclass(frozen=True)
class JaarUitkomst:
    jaar: int
    regime: Regime
    maatschappelijke_begeleiding_per_persoon: int | None = None
    maatschappelijke_begeleiding: int | None = None
    extra_middelen_per_persoon: int | None = None
    extra_middelen: int | None = None
    totaal: int | None = None
    eigen_bijdrage_gezinsmigranten: int | None = None


@dataclass(frozen=True)
class JarenUitkomst:
    jaren: tuple[JaarUitkomst, ...]
    maatschappelijke_begeleiding: int
    extra_middelen: int
    totaal: int
    eigen_bijdrage_gezinsmigranten: int


def _lees_jaar(gegevens: Mapping[str, object], voorvoegsel: str = "") -> FinancieringJaar:
    f = Formulier(gegevens, VELDEN_JAAR if voorvoegsel else VELDEN, voorvoegsel)
    jaar = f.getal("jaar", "het jaar", LAATSTE_JAAR, verplicht=True, minimum=1990)
    gehuisvest = f.getal(
        "aantal_gehuisvest", "het aantal gehuisveste statushouders", HOOGSTE_AANTAL, True
    )
    plichtig = f.getal(
        "aantal_inburgeringsplichtig", "het aantal inburgeringsplichtigen", HOOGSTE_AANTAL, True
    )
    gezinsmigranten = f.getal(
        "aantal_gezinsmigranten", "het aantal gezinsmigranten", HOOGSTE_AANTAL
    )
    if gehuisvest is not None and plichtig is not None and plichtig > gehuisvest:
        f.fout(
            "aantal_inburgeringsplichtig",
            "Het aantal inburgeringsplichtigen kan niet groter zijn dan het aantal gehuisveste "
            "statushouders.",
        )
    f.klaar()
    assert jaar is not None and gehuisvest is not None and plichtig is not None
    if regime_op(date(jaar, 1, 1)) == "wi2007":
        raise Invoerfouten([Fout(voorvoegsel + "jaar", _voor_begin(jaar))])
    return FinancieringJaar(jaar, gehuisvest, plichtig, gezinsmigranten or 0)


def _voor_begin(jaar: int) -> str:
    sinds = p.parameter("maatschappelijke_begeleiding").waarden[0].vanaf
    return (
        f"De factsheet geeft geen bedrag voor {jaar}. De bijdrage voor maatschappelijke "
        f"begeleiding bestaat sinds {sinds.year}; kies {sinds.year} of later."
    )


def lees_invoer(gegevens: Mapping[str, object]) -> FinancieringInvoer:
    if "jaren" not in gegevens or gegevens["jaren"] == "":
        return FinancieringInvoer((_lees_jaar(gegevens),))
    anders = [
        Fout(v, "Geef óf één jaar óf een lijst 'jaren', niet allebei.")
        for v in gegevens
        if v != "jaren"
    ]
    lijst = gegevens["jaren"]
    if not isinstance(lijst, list) or not 1 <= len(lijst) <= MEESTE_JAREN:
        anders.append(Fout("jaren", f"Geef bij 'jaren' een lijst van 1 tot {MEESTE_JAREN} jaren."))
        raise Invoerfouten(anders)
    fouten, jaren = anders, []
    for index, rij in enumerate(lijst):
        voorvoegsel = f"jaren[{index}]."
        if not isinstance(rij, dict) or not all(isinstance(k, str) for k in rij):
            fouten.append(Fout(f"jaren[{index}]", "Elk jaar moet een object met velden zijn."))
            continue
        try:
            jaren.append(_lees_jaar(rij, voorvoegsel))
        except Invoerfouten as fout:
            fouten.extend(fout.fouten)
    gezien: set[int] = set()
    for index, jaar in enumerate(jaren):
        if jaar.jaar in gezien:
            fouten.append(Fout(f"jaren[{index}].jaar", f"Het jaar {jaar.jaar} staat er al in."))
        gezien.add(jaar.jaar)
    if fouten:
        raise Invoerfouten(fouten)
    return FinancieringInvoer(tuple(jaren), per_jaar=True)


def bijdrage_maatschappelijke_begeleiding(jaar: int) -> int:
    """€ 1.000 per inburgeringsplichtige statushouder, € 2.370 from 1 January 2016 (§1.3,
    §2.1). Raises `GeenWaarde` before 2013 and from 2022."""
    return p.getal("maatschappelijke_begeleiding", date(jaar, 1, 1))


def extra_middelen_per_statushouder(jaar: int) -> int:
    """€ 4.430 per housed status holder in 2016 and 2017 only (§2.1); raises `GeenWaarde`
    for other years."""
    return p.getal("extra_middelen", date(jaar, 1, 1))


def eigen_bijdrage_participatieverklaring(jaar: int) -> int:
    """A gezinsmigrant pays € 150 for the participatieverklaringstraject (§2.1); raises
    `GeenWaarde` before the traject existed (2016, §1.4)."""
    return p.getal("participatieverklaring_gezinsmigranten", date(jaar, 1, 1))


def bereken_jaar(rij: FinancieringJaar, uitleg: Uitleg) -> JaarUitkomst:
    """The funding of one year, with its steps and warnings."""
    jaar = rij.jaar
    regime = regime_op(date(jaar, 1, 1))
    if regime != "wi2013":
        buiten_factsheet(regime, f"de financiering voor {jaar}", uitleg)
        return JaarUitkomst(jaar, regime)
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


def bereken(invoer: FinancieringInvoer) -> Berekening[JaarUitkomst | JarenUitkomst]:
    uitleg = Uitleg()
    blokken = tuple(bereken_jaar(rij, uitleg) for rij in invoer.jaren)
    wi2013 = [b for b in blokken if b.regime == "wi2013"]
    if wi2013:
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
    uitleg.waarschuwingen = list(dict.fromkeys(uitleg.waarschuwingen))
    regime: Regime = "wi2013" if wi2013 else blokken[0].regime
    if not invoer.per_jaar:
        return Berekening(regime, blokken[0], uitleg)
    uitkomst = JarenUitkomst(
        blokken,
        sum(b.maatschappelijke_begeleiding or 0 for b in blokken),
        sum(b.extra_middelen or 0 for b in blokken),
        sum(b.totaal or 0 for b in blokken),
        sum(b.eigen_bijdrage_gezinsmigranten or 0 for b in blokken),
    )
    return Berekening(regime, uitkomst, uitleg)


def _extra_jaren() -> str:
    """'2016 en 2017': the years with extra middelen, from the parameter file."""
    waarden = p.parameter("extra_middelen").waarden
    jaren = range(waarden[0].vanaf.year, waarden[-1].vanaf.year)
    return " en ".join([", ".join(str(j) for j in jaren[:-1]), str(jaren[-1])]).lstrip(" en")


def _pv_vanaf() -> int:
    return p.parameter("participatieverklaring_gezinsmigranten").waarden[0].vanaf.year
