"""Rekenhulp `lening` under the Wet inburgering 2021: one function per rule (spec section 7).

Asylum status holders, including family members with a regular permit to stay with an
asylum-permit holder (Wet inburgering 2021 art. 13 lid 1), get no DUO loan: the municipality
offers and pays their leerroute (art. 16; chapter 6 does not apply to them, art. 19).
Gezinsmigranten and overige migranten can borrow (art. 20; Besluit art. 6.2). The explanation
steps and the assembled result are in `uitleg_wi2021`.
"""

from __future__ import annotations

from datetime import date

from calc.rekenhulpen.lening.invoer import LeningInvoer
from calc.rekenhulpen.lening.wi2013 import aow_leeftijd_bereikt, meerderjarig

#: The asylum status holders of art. 13 lid 1: the municipality pays.
ASIELSTATUSHOUDERS = ("asielstatushouder", "gezinslid_asiel", "gezinslid_regulier")
#: Holders of an asylum permit themselves: ontzorgen (Participatiewet art. 56a) is for them.
MET_ASIELVERGUNNING = ("asielstatushouder", "gezinslid_asiel")


def is_inburgeringsplichtig(invoer: LeningInvoer, datum: date, peildatum: date) -> bool:
    """18 or older (the kwalificatieplicht exempts until then, art. 4 lid 1 c), below the AOW age
    (art. 3 lid 1), with the obligation, and not exempt while following an education towards an
    exempting diploma (art. 4 lid 1 d)."""
    return (
        meerderjarig(invoer, datum)
        and aow_leeftijd_bereikt(invoer, peildatum) is not True
        and invoer.inburgeringsplichtig
        and not invoer.tijdelijk_vrijgesteld_mbo
    )


def betaler(doelgroep: str) -> str:
    """Who pays the leerroute: the municipality for asylum status holders (art. 16), the
    inburgeraar for the others (who can borrow from DUO)."""
    return "gemeente" if doelgroep in ASIELSTATUSHOUDERS else "inburgeraar"


def recht_op_lening(invoer: LeningInvoer, datum: date, peildatum: date) -> bool:
    """Only gezinsmigranten and overige migranten who are inburgeringsplichtig (art. 19, 20)."""
    return betaler(invoer.doelgroep) == "inburgeraar" and is_inburgeringsplichtig(
        invoer, datum, peildatum
    )


def vergoedbaar() -> tuple[str, ...]:
    """What the loan pays for (Besluit inburgering 2021 art. 6.2 lid 1)."""
    return (
        "cursus bij een cursusinstelling met een keurmerk",
        "taalschakeltraject (onderwijsroute)",
        "alfabetiseringsonderwijs, als het PIP dat vraagt",
        "inburgeringsexamen",
    )
