"""The choices that several calculators ask, once, with their Dutch labels: the rules read the
codes, the forms (calculators/forms/) show the labels.

Two lists of doelgroepen, because the laws draw the lines differently: whom a loan, its
forgiveness and the 2025 judgements concern under the Wet inburgering 2013 (Factsheet §2.2;
Besluit inburgering art. 4.13 lid 3), and the three groups of the Wet inburgering 2021 (asiel-
statushouders with their family members, gezinsmigranten, others).
"""

from __future__ import annotations

Keuzes = tuple[tuple[str, str], ...]  # (code, Dutch label)

DOELGROEPEN: Keuzes = (
    ("asielstatushouder", "Statushouder met een asielvergunning"),
    ("gezinslid_asiel", "Nagereisd gezinslid met een asielvergunning"),
    ("gezinslid_regulier", "Gezinslid van een statushouder met een reguliere vergunning"),
    ("gezinsmigrant", "Gezinsmigrant"),
    ("overig", "Andere inburgeringsplichtige"),
)
DOELGROEPEN_2021: Keuzes = (
    ("asielstatushouder", "Asielstatushouder (of gezinslid van een asielstatushouder)"),
    ("gezinsmigrant", "Gezinsmigrant"),
    ("overig", "Andere inburgeringsplichtige"),
)
#: The leerroutes of the Wet inburgering 2021 (art. 7, 8, 9), which the college sets in the PIP.
LEERROUTES: Keuzes = (
    ("b1", "B1-route"),
    ("onderwijs", "Onderwijsroute"),
    ("z", "Zelfredzaamheidsroute (Z-route)"),
)

#: The levels of education that decide the advised exam (factsheet vraag 14 and bijlage 3).
OPLEIDINGSNIVEAUS: Keuzes = (
    ("analfabeet", "Analfabeet"),
    ("laag", "Laag opgeleid"),
    ("midden", "Middelbaar opgeleid"),
    ("hoog", "Hoger opgeleid"),
)


def codes(keuzes: Keuzes) -> tuple[str, ...]:
    """The codes of a list of choices, in its order."""
    return tuple(code for code, _ in keuzes)
