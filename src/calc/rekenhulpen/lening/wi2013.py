"""Rekenhulp `lening` under the Wet inburgering 2013: one function per rule (spec section 2).

Rules from Factsheet §2.2 with footnotes 7 and 8, and questions 13, 16, 17, 18 and 19; the
maximum loan from the Besluit inburgering [extern]. Amounts and terms come from ``parameters/``.
The explanation steps and the assembled result are in `uitleg_wi2013`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.rekenhulpen.lening.invoer import LeningInvoer

#: Status holders and their family members (§2.2): they borrow whatever their income.
STATUSHOUDERS_EN_GEZINSLEDEN = ("asielstatushouder", "gezinslid_asiel", "gezinslid_regulier")
#: With an asylum status the loan is forgiven when the obligation is met in time (§2.2).
MET_ASIELSTATUS = ("asielstatushouder", "gezinslid_asiel")


def is_inburgeringsplichtig(invoer: LeningInvoer, datum: date) -> bool:
    """Only an inburgeringsplichtige of 18 or older can borrow (vraag 19); a temporary MBO
    exemption means no obligation for now (vraag 17, 18)."""
    meerderjarig = invoer.leeftijd >= p.getal("leeftijd_inburgeringsplicht", datum)
    return meerderjarig and invoer.inburgeringsplichtig and not invoer.tijdelijk_vrijgesteld_mbo


def recht_op_lening(invoer: LeningInvoer, datum: date) -> bool:
    """Status holders and family members can borrow; others only without sufficient income
    (Factsheet §2.2)."""
    if not is_inburgeringsplichtig(invoer, datum):
        return False
    return invoer.doelgroep in STATUSHOUDERS_EN_GEZINSLEDEN or not invoer.voldoende_inkomen


def terugbetaling(doelgroep: str) -> str:
    """Forgiven for an asylum status when met in time (§2.2, footnote 8); otherwise repaid
    according to capacity (§2.2; for gezinslid_regulier and overig an assumption)."""
    if doelgroep in MET_ASIELSTATUS:
        return "kwijtschelding_bij_tijdig_voldoen"
    return "terugbetalen_naar_draagkracht"


def vergoedbaar(doelgroep: str, datum: date) -> tuple[str, ...]:
    """What the loan pays for (§2.2, footnote 7; §2.1 for the gezinsmigrant)."""
    posten: tuple[str, ...] = (
        "inburgeringscursus bij een taalaanbieder met het keurmerk van Blik op Werk",
        "examenkosten",
        "lesmateriaal",
    )
    kosten = kosten_participatieverklaring(datum)
    if doelgroep == "gezinsmigrant" and kosten is not None:
        posten += (f"participatieverklaringstraject ({kosten.tekst})",)
    return posten


def niet_vergoedbaar() -> tuple[str, ...]:
    """Not a laptop, not travel costs (footnote 7, vraag 13)."""
    return ("laptop", "reiskosten")


def kosten_participatieverklaring(datum: date) -> p.Waarde | None:
    """The cost of the participatieverklaringstraject, or None before the traject existed."""
    try:
        return p.waarde("participatieverklaring_gezinsmigranten", datum)
    except p.GeenWaarde:
        return None
