"""Rekenhulp `ontheffing`: its fields, how they are read, and its result (spec sections 4, 7)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from calc.invoer import DOELGROEPEN, Formulier

VELDEN = (
    "uren_cursus",
    "min_pogingen",
    "analfabeet",
    "uren_alfabetisering",
    "haalbaarheidstoets",
    "jaren_gewerkt",
    "jaren_woonachtig",
    "spreekt_nederlands",
    "medische_beperking",
    "start_inburgeringsplicht",
    "peildatum",
    "doelgroep",
)
#: The outcome of DUO's haalbaarheidstoets on the route for analfabeten: only an outcome that
#: shows the exam is out of reach counts (Regeling inburgering art. 2.4b b).
TOETSUITKOMSTEN = ("niet_gemaakt", "examen_haalbaar", "examen_niet_haalbaar")
#: Guards against typos (not legal rules).
HOOGSTE_UREN = 100_000
HOOGSTE_POGINGEN = 1_000
HOOGSTE_JAREN = 150


@dataclass(frozen=True)
class OntheffingInvoer:
    uren_cursus: int | None = None  # None: not filled in (a medical case needs no hours)
    min_pogingen: int = 0
    analfabeet: bool = False
    uren_alfabetisering: int = 0
    haalbaarheidstoets: str = "niet_gemaakt"
    jaren_gewerkt: Decimal = Decimal(0)
    jaren_woonachtig: Decimal = Decimal(0)
    spreekt_nederlands: bool = False
    medische_beperking: bool = False
    start_inburgeringsplicht: date | None = None
    peildatum: date | None = None  # None: today
    doelgroep: str | None = None  # None: not given


@dataclass(frozen=True)
class OntheffingUitkomst:
    aantoonbare_inspanning: bool | None  # None: the hours are not filled in
    voldoende_ingeburgerd: bool
    medische_route: bool
    ontheffing_mogelijk: bool
    ontbreekt: tuple[str, ...]
    boete_maximaal: int | None
    aanvraag_inspanning_vanaf: date | None = None
    aanvraag_inspanning_mogelijk: bool | None = None
    afschalen_a2_mogelijk: bool | None = None  # Wet inburgering 2021
    vrijstelling_mogelijk: bool | None = None  # Wet inburgering 2021


def lees_invoer(gegevens: Mapping[str, object]) -> OntheffingInvoer:
    f = Formulier(gegevens, VELDEN)
    uren = f.getal("uren_cursus", "het aantal uren cursus", HOOGSTE_UREN)
    pogingen = f.getal("min_pogingen", "het aantal pogingen", HOOGSTE_POGINGEN)
    analfabeet = f.vlag("analfabeet", "analfabeet", False)
    alfa = f.getal("uren_alfabetisering", "het aantal uren alfabetiseringscursus", HOOGSTE_UREN)
    toets = _toets(f, gegevens.get("haalbaarheidstoets"))
    gewerkt = f.decimaal(
        "jaren_gewerkt", "de jaren betaald werk of vrijwilligerswerk", HOOGSTE_JAREN
    )
    gewoond = f.decimaal(
        "jaren_woonachtig", "de jaren onafgebroken ingeschreven in Nederland", HOOGSTE_JAREN
    )
    spreekt = f.vlag("spreekt_nederlands", "spreekt goed Nederlands", False)
    medisch = f.vlag("medische_beperking", "medische beperking", False)
    start = f.datum("start_inburgeringsplicht", "de startdatum van de inburgeringsplicht")
    peildatum = f.datum("peildatum", "de peildatum")
    doelgroep = f.keuze("doelgroep", "de doelgroep", DOELGROEPEN, False)
    if alfa is not None and alfa > (uren or 0):
        f.fout(
            "uren_alfabetisering",
            "Het aantal uren alfabetiseringscursus kan niet groter zijn dan het totale aantal "
            "uren cursus.",
        )
    f.klaar()
    return OntheffingInvoer(
        uren,
        pogingen or 0,
        analfabeet,
        alfa or 0,
        toets or "niet_gemaakt",
        gewerkt if gewerkt is not None else Decimal(0),
        gewoond if gewoond is not None else Decimal(0),
        spreekt,
        medisch,
        start,
        peildatum,
        doelgroep,
    )


def _toets(f: Formulier, ruw: object) -> str | None:
    """The outcome of the toets; 'yes' alone (as the field once was) is not an outcome."""
    if isinstance(ruw, bool) or (isinstance(ruw, str) and ruw.strip().lower() in {"on", "true"}):
        f.fout(
            "haalbaarheidstoets",
            "Kies de uitkomst van de haalbaarheidstoets: niet gemaakt, examen haalbaar of examen "
            "niet haalbaar. Alleen de toets maken is niet genoeg; de uitkomst telt.",
        )
        return None
    return f.keuze("haalbaarheidstoets", "de haalbaarheidstoets", TOETSUITKOMSTEN, False)
