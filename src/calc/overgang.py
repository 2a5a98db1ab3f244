"""The transition from the Wet inburgering 2013 to 2021 for young people with a temporary
exemption for an exempting education (Wi2013 art. 5 lid 1 e).

Since the Wet van 19 oktober 2022 (Stb. 2022, 487), such an exemption counts as an exemption
under the Wet inburgering 2021 (its art. 54 lid 3). When it ends without the diploma, the
obligation then arises under the 2021 law, which has no DUO loan for asylum status holders. The
date from which this holds is in ``parameters/vrijstelling_onderwijs_overgang.toml``; it is looked
up on the peildatum of the answer.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import Uitleg, vraag
from calc.datums import datum_nl
from calc.wetten import STB_2022_487


def vrijstelling_telt_onder_wi2021(peildatum: date) -> bool:
    """Does a Wi2013 exemption for an exempting education count under the 2021 law? (Not on a
    peildatum before the 2013 regime: the change came later.)"""
    try:
        return p.vlag("vrijstelling_onderwijs_overgang", peildatum)
    except p.VoorBegin:
        return False


def einde_tijdelijke_vrijstelling(peildatum: date, uitleg: Uitleg) -> None:
    """What happens when the temporary exemption ends without the diploma, as of `peildatum`."""
    if not vrijstelling_telt_onder_wi2021(peildatum):
        uitleg.stap(
            "Wordt het diploma niet gehaald, dan vervalt de vrijstelling: de persoon wordt "
            "alsnog inburgeringsplichtig en kan dan wel bij DUO lenen.",
            vraag(18),
        )
        return
    sinds = datum_nl(p.ingang("vrijstelling_onderwijs_overgang", True))
    uitleg.stap(
        f"Sinds {sinds} telt deze tijdelijke vrijstelling als vrijstelling onder de Wet "
        "inburgering 2021. Vervalt ze omdat het diploma niet wordt gehaald, dan ontstaat de "
        "inburgeringsplicht onder de Wet inburgering 2021: een asielstatushouder (of een "
        "gezinslid van een asielstatushouder) leent dan niet bij DUO; de gemeente regelt en "
        "betaalt de inburgering.",
        p.bron("vrijstelling_onderwijs_overgang", peildatum),
    )
    uitleg.waarschuw(
        "Zo leest de rekenhulp het overgangsrecht van de wet van 19 oktober 2022. De factsheet "
        "(2016) zegt nog dat de jongere dan bij DUO kan lenen. Hoe DUO dit in een bepaald geval "
        "toepast, is niet in een bron bevestigd: vraag het na bij DUO.",
        STB_2022_487,
    )
