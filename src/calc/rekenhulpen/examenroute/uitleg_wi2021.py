"""Steps and result of the rekenhulp `examenroute` under the Wet inburgering 2021 (spec
section 7), from the rules in `wi2021`. Without a leerroute the answer explains all three.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import Uitleg
from calc.regime import stap_wet
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.examenroute.invoer import ExamenrouteInvoer, ExamenrouteUitkomst
from calc.rekenhulpen.examenroute.wi2021 import (
    TAALNIVEAU,
    map_verplicht,
    onderdelen,
    resterend,
    taalniveau,
    uren_cursus_z,
    uren_participatie_z,
)
from calc.taalniveaus import taalniveau as beschrijving
from calc.wetten import artikel

NAMEN = {"b1": "de B1-route", "onderwijs": "de onderwijsroute", "z": "de zelfredzaamheidsroute"}


def bereken(invoer: ExamenrouteInvoer, data: Data, uitleg: Uitleg) -> ExamenrouteUitkomst:
    start, route = invoer.start_inburgeringsplicht, invoer.leerroute
    stap_wet("wi2021", start, uitleg)
    uitleg.stap(
        "Het college bepaalt de leerroute in het persoonlijk plan inburgering en participatie "
        "(PIP), na de brede intake: niet alleen het opleidingsniveau telt, ook de "
        "leerbaarheidstoets, werkervaring en persoonlijke omstandigheden.",
        artikel("Wet inburgering 2021", "15"),
    )
    for naam in (route,) if route else tuple(NAMEN):
        ROUTES[naam](invoer, start, uitleg)
    uitleg.stap(
        "Elke route omvat het participatieverklaringstraject; de module Arbeidsmarkt en "
        "Participatie (MAP) hoort bij de B1-route en de zelfredzaamheidsroute, niet bij de "
        "onderwijsroute.",
        artikel("Wet inburgering 2021", "6"),
    )
    uitleg.stap(
        "Het college kan de leerroute in de eerste periode van de termijn nog wijzigen; van de "
        "onderwijsroute naar de B1-route kan altijd.",
        artikel("Besluit inburgering 2021", "5.4"),
    )
    if route is None:
        uitleg.stap(
            "Kies een leerroute om de onderdelen van die route te zien.",
            artikel("Wet inburgering 2021", "15"),
        )
        uitleg.onbekend("taalniveau", "leerroute")
        return ExamenrouteUitkomst(participatieverklaring=True)
    z = route == "z"
    cursus = uren_cursus_z(start) if z else None
    participatie = uren_participatie_z(invoer.doelgroep, start) if z else None
    nog_cursus = resterend(cursus, invoer.uren_cursus)
    nog_participatie = resterend(participatie, invoer.uren_participatie)
    if nog_cursus is not None:
        uitleg.stap(
            f"Gevolgd: {invoer.uren_cursus} uur cursus; "
            + (f"nog {nog_cursus} uur te gaan." if nog_cursus else "aan de urennorm is voldaan."),
            p.bron("uren_z_route_cursus", start),
        )
    if nog_participatie is not None:
        uitleg.stap(
            f"Gevolgd: {invoer.uren_participatie} uur participatie; "
            + (
                f"nog {nog_participatie} uur te gaan."
                if nog_participatie
                else "aan de urennorm is voldaan."
            ),
            p.bron("uren_z_route_participatie", start),
        )
    return ExamenrouteUitkomst(
        examen="inburgeringsexamen" if route == "b1" else None,
        taalniveau=taalniveau(route),
        onderdelen=onderdelen(route),
        participatieverklaring=True,
        leerroute=route,
        map_verplicht=map_verplicht(route),
        uren_cursus_z=cursus,
        uren_participatie_z=participatie,
        uren_cursus_z_resterend=nog_cursus,
        uren_participatie_z_resterend=nog_participatie,
    )


def _b1(invoer: ExamenrouteInvoer, start: date, uitleg: Uitleg) -> None:
    uitleg.stap(
        f"B1-route: de norm is taalniveau {TAALNIVEAU}. Het inburgeringsexamen toetst lezen, "
        f"luisteren, schrijven en spreken op ten minste niveau {TAALNIVEAU}, met het examen "
        "Kennis van de Nederlandse Maatschappij (KNM).",
        artikel("Wet inburgering 2021", "7"),
    )
    tekst = beschrijving(TAALNIVEAU)
    uitleg.stap(f"Taalniveau {TAALNIVEAU} betekent volgens bijlage 2: '{tekst.tekst}'", tekst.bron)
    uren = p.waarde("uren_afschalen_a2", start)
    uitleg.stap(
        f"Na {uren.tekst} NT2-les en voldoende inspanning kan het college bepalen dat taalexamens "
        "op A2 worden afgenomen (alleen in de B1-route; het aantal examenpogingen telt daarbij "
        "niet).",
        uren.bron,
    )


def _onderwijs(invoer: ExamenrouteInvoer, start: date, uitleg: Uitleg) -> None:
    uitleg.stap(
        "Onderwijsroute: de norm is het taalschakeltraject, niet een taalniveau. Het is voor "
        "wie een opleiding in het mbo, hbo of wo wil volgen en daar volgens het college een "
        "grote kans op een diploma heeft. De wet noemt geen leeftijdsgrens.",
        artikel("Wet inburgering 2021", "8"),
    )
    uitleg.stap(
        f"Alleen wie de onderwijsroute niet haalt, voldoet met de examenonderdelen op niveau "
        f"{TAALNIVEAU} (lezen, luisteren, schrijven en spreken) en KNM.",
        artikel("Wet inburgering 2021", "8", "4"),
    )


def _z(invoer: ExamenrouteInvoer, start: date, uitleg: Uitleg) -> None:
    cursus = p.waarde("uren_z_route_cursus", start)
    participatie = p.waarde("uren_z_route_participatie", start)
    wie = {
        "asielstatushouder": "Deze asielstatushouder besteedt daarnaast",
        None: "Een asielstatushouder besteedt daarnaast",
    }.get(invoer.doelgroep)
    tekst = (
        f"Zelfredzaamheidsroute: {cursus.tekst} cursus (NT2, waaronder eventueel alfabetisering, "
        "en KNM) en een eindgesprek met het college."
    )
    if wie:
        tekst += (
            f" {wie} {participatie.tekst} aan activiteiten voor zelfredzaamheid, activering en "
            "participatie (de uren van de MAP en het participatieverklaringstraject tellen "
            "daarvoor mee); gezinsmigranten en overige migranten niet."
        )
    else:
        tekst += " Voor gezinsmigranten en overige migranten geldt geen urennorm voor participatie."
    uitleg.stap(tekst, cursus.bron)
    uitleg.stap(
        "De zelfredzaamheidsroute heeft geen taalniveau als norm en geen verplicht taalexamen: de "
        "norm is de uren en het eindgesprek. Wil de inburgeringsplichtige examens op niveau A2 "
        "(of KNM) afleggen en acht het college hem daartoe in staat, dan legt het college dat "
        "vast in het PIP.",
        artikel("Besluit inburgering 2021", "3.14", "7"),
    )


ROUTES = {"b1": _b1, "onderwijs": _onderwijs, "z": _z}
