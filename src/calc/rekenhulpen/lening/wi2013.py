"""Rekenhulp `lening` under the Wet inburgering 2013: one function per rule (spec section 2).

Rules from Factsheet §2.2 with footnotes 7 and 8, and questions 13, 16, 17, 18 and 19, completed
where the factsheet is silent or outdated with the Besluit inburgering (art. 4.1a, 4.13) and the
Wet inburgering (art. 5: the ages). Amounts and terms come from ``parameters/``, looked up on
the start of the obligation; the AOW age on the peildatum, the day on which `leeftijd` is the
age. The explanation steps and the assembled result are in `uitleg_wi2013`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.aow import aow_bereikt_op_leeftijd
from calc.rekenhulpen.lening.invoer import LeningInvoer

#: Status holders and their family members (§2.2): they borrow whatever their income.
STATUSHOUDERS_EN_GEZINSLEDEN = ("asielstatushouder", "gezinslid_asiel", "gezinslid_regulier")
#: Holders of an asylum permit and family members with a regular permit to stay with one: the
#: income test does not apply and the loan is forgiven (Besluit inburgering art. 4.1a lid 3,
#: art. 4.13 lid 3; §2.2 and footnote 8 name the asylum status only).
KWIJTSCHELDING = ("asielstatushouder", "gezinslid_asiel", "gezinslid_regulier")


def meerderjarig(invoer: LeningInvoer, datum: date) -> bool:
    """18 or older (vraag 19). The law's own floor is 16 (Wet inburgering art. 5 lid 1 a), but
    whoever is kwalificatieplichtig, which lasts until 18, is not inburgeringsplichtig (lid 1 d)."""
    return invoer.leeftijd >= p.getal("leeftijd_inburgeringsplicht", datum)


def aow_leeftijd_bereikt(invoer: LeningInvoer, peildatum: date) -> bool | None:
    """Has the person reached the AOW age on the peildatum (Wet inburgering art. 5 lid 1 a)?
    None when the age in whole years does not settle it, or the year's AOW age is not known."""
    try:
        return aow_bereikt_op_leeftijd(invoer.leeftijd, peildatum)
    except p.GeenWaarde:
        return None


def is_inburgeringsplichtig(invoer: LeningInvoer, datum: date, peildatum: date) -> bool:
    """Only an inburgeringsplichtige can borrow: 18 or older, below the AOW age (an unsettled
    AOW age counts as not reached), with the obligation, and not temporarily exempt through an
    MBO course (vraag 17, 18)."""
    return (
        meerderjarig(invoer, datum)
        and aow_leeftijd_bereikt(invoer, peildatum) is not True
        and invoer.inburgeringsplichtig
        and not invoer.tijdelijk_vrijgesteld_mbo
    )


def recht_op_lening(invoer: LeningInvoer, datum: date, peildatum: date) -> bool:
    """Status holders and family members can borrow; others only without sufficient income
    (Factsheet §2.2)."""
    if not is_inburgeringsplichtig(invoer, datum, peildatum):
        return False
    return invoer.doelgroep in STATUSHOUDERS_EN_GEZINSLEDEN or not invoer.voldoende_inkomen


def kon_lenen(invoer: LeningInvoer, datum: date) -> bool:
    """Could borrow as an inburgeringsplichtige, leaving aside the AOW age on the peildatum:
    whose loan right ends, and whose repayment starts, by the dates of `aanspraak`."""
    return (
        meerderjarig(invoer, datum)
        and invoer.inburgeringsplichtig
        and not invoer.tijdelijk_vrijgesteld_mbo
        and (invoer.doelgroep in STATUSHOUDERS_EN_GEZINSLEDEN or not invoer.voldoende_inkomen)
    )


def terugbetaling(doelgroep: str) -> str:
    """Forgiven for the asylum group when the obligation is met in time, or after a
    vrijstelling or ontheffing (Besluit inburgering art. 4.13 lid 3, footnote 8); the others
    repay in equal monthly terms, by draagkracht only on request (Besluit inburgering art. 4.7
    lid 2, art. 4.9; §2.2 says "naar draagkracht")."""
    if doelgroep in KWIJTSCHELDING:
        return "kwijtschelding_bij_tijdig_voldoen"
    return "terugbetalen_in_maandtermijnen"


def vergoedbaar() -> tuple[str, ...]:
    """What the loan pays for (§2.2, footnote 7). Not the participatieverklaringstraject: the
    loan covers a course, the exam and an alfabetiseringscursus (Besluit inburgering art. 4.1a
    lid 1)."""
    return (
        "inburgeringscursus bij een taalaanbieder met het keurmerk van Blik op Werk",
        "examenkosten",
        "lesmateriaal",
    )


def niet_vergoedbaar() -> tuple[str, ...]:
    """Not a laptop, not travel costs (footnote 7, vraag 13)."""
    return ("laptop", "reiskosten")


def kosten_participatieverklaring(datum: date) -> p.Waarde | None:
    """What a gezinsmigrant pays for the participatieverklaringstraject, from the law change of
    1 October 2017 (§2.1); None for an obligation that started before it."""
    try:
        return p.waarde("participatieverklaring_gezinsmigranten", datum)
    except p.GeenWaarde:
        return None
