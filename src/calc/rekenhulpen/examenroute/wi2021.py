"""Rekenhulp `examenroute` under the Wet inburgering 2021: the leerroutes (spec section 7).

The college sets the leerroute in the PIP after the brede intake (art. 15): the B1-route (the
inburgeringsexamen at B1, art. 7), the onderwijsroute (the taalschakeltraject, art. 8) or the
zelfredzaamheidsroute (art. 9; Besluit art. 3.14). The participatieverklaringstraject belongs to
every route; the module Arbeidsmarkt en Participatie (MAP) to all but the onderwijsroute (art.
6, 8 lid 3). The explanation steps and the assembled result are in `uitleg_wi2021`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p

#: The parts of the inburgeringsexamen of the B1-route (Besluit inburgering 2021 art. 3.3, 3.4).
TAALDELEN_B1 = ("lezen", "luisteren", "schrijven", "spreken")
KNM = "Kennis van de Nederlandse Maatschappij (KNM)"
PVT = "participatieverklaringstraject (PVT)"
MAP = "module Arbeidsmarkt en Participatie (MAP)"
TAALNIVEAU = "B1"


def taalniveau(leerroute: str) -> str | None:
    """The language level that is the route's norm: B1 in the B1-route (art. 7). None in the
    onderwijsroute, whose norm is the taalschakeltraject (art. 8; B1 and KNM count only when it
    is not achieved, lid 4), and in the zelfredzaamheidsroute, whose norm is 800 hours and an
    eindgesprek (Besluit art. 3.14 lid 2, 3; A2 exams only by choice, lid 7)."""
    return TAALNIVEAU if leerroute == "b1" else None


def map_verplicht(leerroute: str) -> bool:
    """The MAP is part of the obligation, except in the onderwijsroute (art. 6, 8 lid 3)."""
    return leerroute != "onderwijs"


def onderdelen(leerroute: str) -> tuple[str, ...]:
    """What the person completes in the route, with the PVT and (not in the onderwijsroute) MAP."""
    if leerroute == "b1":
        delen: tuple[str, ...] = (*(f"{d} (B1)" for d in TAALDELEN_B1), KNM)
    elif leerroute == "onderwijs":
        delen = ("taalschakeltraject",)
    else:
        delen = ("cursus Nederlands als tweede taal en KNM", "eindgesprek met het college")
    return (*delen, PVT, *((MAP,) if map_verplicht(leerroute) else ()))


def uren_cursus_z(datum: date) -> int:
    """The Z-route: 800 course hours of NT2 and KNM (Besluit inburgering 2021 art. 3.14)."""
    return p.getal("uren_z_route_cursus", datum)


def uren_participatie_z(doelgroep: str | None, datum: date) -> int | None:
    """Asylum status holders also spend 800 hours on participation activities; gezinsmigranten
    and overige migranten none (art. 3.14 lid 2 and 3). None when the group is not given."""
    if doelgroep is None:
        return None
    if doelgroep == "asielstatushouder":
        return p.getal("uren_z_route_participatie", datum)
    return 0


def resterend(norm: int | None, gevolgd: int | None) -> int | None:
    """Hours still to do towards a norm (0 when met); None without the norm or the hours."""
    if norm is None or gevolgd is None:
        return None
    return max(norm - gevolgd, 0)
