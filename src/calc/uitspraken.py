"""What courts and government have said since the factsheet about fines and loans of asylum
status holders: every answer that shows a fine or a repayment carries it, by its peildatum.

The statements and their dates live in ``parameters/uitspraken_boete_lening_asiel.toml``: the
Court of Justice of the EU (4 February 2025, C-158/23, Keren), the Raad van State (9 July 2025
and 18 February 2026). They are looked up on the peildatum of the answer (the day it is given),
not on the start of the obligation: a 2016 case answered today carries them.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import Uitleg

#: Holders of an asylum permit: the judgments are about them.
MET_ASIELVERGUNNING = ("asielstatushouder", "gezinslid_asiel")
#: Not concerned: they have no asylum permit and are no family member of someone who has one.
NIET_BETROKKEN = ("gezinsmigrant", "overig")

INLEIDING = {
    None: (
        "Voor asielstatushouders (niet voor gezinsmigranten) geldt de boete of de terugbetaling "
        "niet zonder meer."
    ),
    "asielstatushouder": "Voor deze asielstatushouder geldt de boete of de terugbetaling niet "
    "zonder meer.",
    "gezinslid_asiel": "Voor dit gezinslid met een asielvergunning geldt de boete of de "
    "terugbetaling niet zonder meer.",
    "gezinslid_regulier": "De uitspraken hieronder gaan over houders van een asielvergunning. "
    "Of ze ook gelden voor een gezinslid met een reguliere vergunning, is niet beslist.",
}
SLOT = {
    "wi2013": " Vraag DUO hoe dit in dit geval uitpakt.",
    "wi2021": " Die uitspraken gaan over de Wet inburgering 2013; wat ze betekenen voor de boetes "
    "van de Wet inburgering 2021 is nog niet beslist. Vraag DUO of de gemeente hoe dit in dit "
    "geval uitpakt.",
}


def uitspraken(peildatum: date) -> tuple[p.Waarde, ...]:
    """The statements made on or before `peildatum` (none before 4 February 2025)."""
    alle = p.tot_en_met("uitspraken_boete_lening_asiel", peildatum)
    return tuple(w for w in alle if w.waarde != "factsheet")


def waarschuw_boete_en_lening(
    peildatum: date, doelgroep: str | None, uitleg: Uitleg, regime: str = "wi2013"
) -> bool:
    """Add the statements to an answer that shows a fine or a repayment; True if any were added.

    `doelgroep` None means: not known (the warning then says whom it concerns).
    """
    gezegd = uitspraken(peildatum)
    if not gezegd or doelgroep in NIET_BETROKKEN:
        return False
    inleiding = INLEIDING.get(doelgroep, INLEIDING[None])
    for index, uitspraak in enumerate(gezegd):
        assert uitspraak.tekst is not None
        tekst = uitspraak.tekst
        if index == 0:
            tekst = f"{inleiding} {tekst}"
        if index == len(gezegd) - 1:
            tekst += SLOT[regime]
        uitleg.waarschuw(tekst, uitspraak.bron)
    return True
