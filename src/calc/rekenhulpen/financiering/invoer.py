"""Rekenhulp `financiering`: its fields, how they are read, and its result (spec section 3)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calc import parameters as p
from calc.invoer import EERSTE_JAAR, LAATSTE_JAAR, Formulier, Fout, Invoerfouten
from calc.regime import Regime, regime_op, wet
from calc.velden import Veld, lees_velden, namen

#: Guards against typos (not legal rules): the largest count and number of year rows.
HOOGSTE_AANTAL = 1_000_000
MEESTE_JAREN = 50


def _aantal(naam: str, label: str, wat: str, verplicht: bool) -> Veld:
    """A count of people; one that may be left empty counts as 0."""
    leeg = None if verplicht else 0
    return Veld(naam, "getal", label, wat, verplicht, maximum=HOOGSTE_AANTAL, leeg=leeg, breedte=6)


#: The fields of one year (a row of the form).
VELDEN_JAAR = (
    Veld(
        "jaar",
        "getal",
        "Jaar",
        "het jaar",
        verplicht=True,
        minimum=EERSTE_JAAR,
        maximum=LAATSTE_JAAR,
        breedte=4,
    ),
    _aantal(
        "aantal_gehuisvest",
        "Gehuisveste statushouders",
        "het aantal gehuisveste statushouders",
        True,
    ),
    _aantal(
        "aantal_inburgeringsplichtig",
        "Van wie inburgeringsplichtig",
        "het aantal inburgeringsplichtigen",
        True,
    ),
    _aantal(
        "aantal_gezinsmigranten",
        "Gezinsmigranten in het participatieverklaringstraject",
        "het aantal gezinsmigranten",
        False,
    ),
)
#: The inputs `calc.run` takes: one year's fields, or a list of them as `jaren`.
VELDEN = (*namen(VELDEN_JAAR), "jaren")


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
    formule_specifieke_uitkering: str | None = None  # Wet inburgering 2021: Besluit art. 10.1
    aparte_uitkering_onderwijsroute: str | None = None  # Wet inburgering 2021: "ja", "onbekend"


@dataclass(frozen=True)
class JarenUitkomst:
    jaren: tuple[JaarUitkomst, ...]
    maatschappelijke_begeleiding: int
    extra_middelen: int
    totaal: int
    eigen_bijdrage_gezinsmigranten: int


def _lees_jaar(gegevens: Mapping[str, object], voorvoegsel: str = "") -> FinancieringJaar:
    f = Formulier(gegevens, namen(VELDEN_JAAR) if voorvoegsel else VELDEN, voorvoegsel)
    jaar = FinancieringJaar(**lees_velden(f, VELDEN_JAAR))  # type: ignore[arg-type]
    gehuisvest, plichtig = jaar.aantal_gehuisvest, jaar.aantal_inburgeringsplichtig
    if gehuisvest is not None and plichtig is not None and plichtig > gehuisvest:
        f.fout(
            "aantal_inburgeringsplichtig",
            "Het aantal inburgeringsplichtigen kan niet groter zijn dan het aantal gehuisveste "
            "statushouders.",
        )
    f.klaar()
    if not wet(regime_op(date(jaar.jaar, 1, 1))).regels:
        raise Invoerfouten([Fout(voorvoegsel + "jaar", _voor_begin(jaar.jaar))])
    return jaar


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
