"""Rekenhulp `ontheffing`: its fields, how they are read, and its result (spec sections 4, 7)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from calc.invoer import Formulier
from calc.velden import DOELGROEP, PEILDATUM, START_INBURGERINGSPLICHT, Veld, formulier, lees_velden

#: Guards against typos (not legal rules).
HOOGSTE_UREN = 100_000
HOOGSTE_POGINGEN = 1_000
HOOGSTE_JAREN = 150

VELDEN = (
    START_INBURGERINGSPLICHT,
    DOELGROEP,
    Veld(
        "uren_cursus",
        "getal",
        "Gevolgde uren cursus bij een taalschool met keurmerk",
        "het aantal uren cursus",
        maximum=HOOGSTE_UREN,
        breedte=6,
    ),
    Veld(
        "min_pogingen",
        "getal",
        "Minste aantal pogingen bij een nog niet gehaald examenonderdeel",
        "het aantal pogingen",
        wet="wi2013",
        maximum=HOOGSTE_POGINGEN,
        leeg=0,
        breedte=3,
    ),
    Veld(
        "analfabeet",
        "vlag",
        "Volgt de route voor analfabeten",
        "analfabeet",
        wet="wi2013",
        leeg=False,
    ),
    Veld(
        "uren_alfabetisering",
        "getal",
        "Waarvan uren alfabetiseringscursus",
        "het aantal uren alfabetiseringscursus",
        wet="wi2013",
        maximum=HOOGSTE_UREN,
        leeg=0,
        breedte=6,
    ),
    # The outcome of DUO's haalbaarheidstoets on the route for analfabeten: only an outcome that
    # shows the exam is out of reach counts (Regeling inburgering art. 2.4b b).
    Veld(
        "haalbaarheidstoets",
        "keuze",
        "Uitkomst van de haalbaarheidstoets van DUO",
        "de haalbaarheidstoets",
        keuzes=(
            ("niet_gemaakt", "Nog niet gemaakt"),
            ("examen_haalbaar", "Gemaakt: het examen is haalbaar"),
            ("examen_niet_haalbaar", "Gemaakt: het examen is niet haalbaar"),
        ),
        wet="wi2013",
        leeg="niet_gemaakt",
    ),
    Veld(
        "jaren_gewerkt",
        "decimaal",
        "Jaren betaald werk of vrijwilligerswerk in Nederland",
        "de jaren betaald werk of vrijwilligerswerk",
        maximum=HOOGSTE_JAREN,
        leeg=Decimal(0),
        breedte=5,
    ),
    Veld(
        "jaren_woonachtig",
        "decimaal",
        "Jaren onafgebroken ingeschreven in een Nederlandse gemeente",
        "de jaren onafgebroken ingeschreven in Nederland",
        maximum=HOOGSTE_JAREN,
        leeg=Decimal(0),
        breedte=5,
    ),
    Veld(
        "spreekt_nederlands",
        "vlag",
        "Spreekt goed Nederlands",
        "spreekt goed Nederlands",
        leeg=False,
    ),
    Veld(
        "medische_beperking",
        "vlag",
        "Een ziekte of handicap staat het examen in de weg",
        "medische beperking",
        leeg=False,
    ),
    PEILDATUM,
)
TOETSUITKOMSTEN = VELDEN[6].codes


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
    f = formulier(gegevens, VELDEN)
    _toets(f, gegevens.get("haalbaarheidstoets"))
    invoer = OntheffingInvoer(**lees_velden(f, VELDEN))  # type: ignore[arg-type]
    if invoer.uren_alfabetisering > (invoer.uren_cursus or 0):
        f.fout(
            "uren_alfabetisering",
            "Het aantal uren alfabetiseringscursus kan niet groter zijn dan het totale aantal "
            "uren cursus.",
        )
    f.klaar()
    return invoer


def _toets(f: Formulier, ruw: object) -> None:
    """'Yes' alone (as the field once was) is not an outcome of the toets: say what is."""
    if isinstance(ruw, bool) or (isinstance(ruw, str) and ruw.strip().lower() in {"on", "true"}):
        f.fout(
            "haalbaarheidstoets",
            "Kies de uitkomst van de haalbaarheidstoets: niet gemaakt, examen haalbaar of examen "
            "niet haalbaar. Alleen de toets maken is niet genoeg; de uitkomst telt.",
        )
