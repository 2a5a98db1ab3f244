"""Rekenhulp `lening`: when the aanspraak op een lening exists and ends, and when repayment
starts (both laws; review 2026-12, finding 1).

- The aanspraak exists during the term, the extended term and the new term of a
  boetebeschikking (Besluit inburgering art. 4.2 lid 1; Besluit inburgering 2021 art. 6.3 lid 1).
- It no longer exists six years after the (extended) term without meeting the obligation, or
  once the person is no longer inburgeringsplichtig, e.g. from the day the AOW age is reached
  (Wet inburgering art. 16 lid 2 b, c; Wet inburgering 2021 art. 20 lid 2).
- The repayment period starts six months after meeting the obligation or after the aanspraak
  lapsed under those articles (Wet inburgering art. 17 lid 1; Wet inburgering 2021 art. 21 lid 3),
  on the first day of the following month (Besluit inburgering art. 4.6 lid 2; Besluit
  inburgering 2021 art. 6.7 lid 2).

Every term ends at the end of its last day (`calc.datums.laatste_dag`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from calc import parameters as p
from calc.aow import aow_datum
from calc.datums import laatste_dag, maanden_later
from calc.rekenhulpen.lening.invoer import LeningInvoer
from calc.rekenhulpen.termijnen import wi2013 as termijnen_wi2013
from calc.rekenhulpen.termijnen import wi2021 as termijnen_wi2021

EEN_DAG = timedelta(days=1)


#: Per law: the field the term is counted from, and the rule for its last day.
TERMIJN: dict[str, tuple[str, Callable[[date], date]]] = {
    "wi2013": ("start_inburgeringsplicht", termijnen_wi2013.termijn_einde),
    "wi2021": ("datum_pip", termijnen_wi2021.termijn_einde),
}


def termijn_einde(invoer: LeningInvoer, regime: str) -> date | None:
    """The last day of the (extended) inburgeringstermijn: the one DUO extended to, else the
    law's own (Wet inburgering art. 7b; Wet inburgering 2021 art. 11, from the PIP). None when
    the date it needs is empty."""
    if invoer.termijn_verlengd_tot is not None:
        return invoer.termijn_verlengd_tot
    veld, einde = TERMIJN[regime]
    begin = getattr(invoer, veld)
    return None if begin is None else einde(begin)


def einde_na_termijn(einde: date) -> date:
    """The last day of the six years after the (extended) term (art. 16 lid 2 b; Wet
    inburgering 2021 art. 20 lid 2 a): they begin the day after the term's last day."""
    jaren = p.getal("aanspraak_lening_na_termijn", einde)
    return laatste_dag(einde + EEN_DAG, jaren=jaren)


def aow_bereikt_op(invoer: LeningInvoer) -> date | None:
    """The day the AOW age is reached (no longer inburgeringsplichtig); None without a birth
    date or when that year's age is not known."""
    if invoer.geboortedatum is None:
        return None
    try:
        return aow_datum(invoer.geboortedatum)
    except p.GeenWaarde:
        return None


def aanspraak_tot(invoer: LeningInvoer, einde: date | None) -> date | None:
    """The last day on which the aanspraak can exist: six years after the (extended) term, the
    day before the AOW age, or the day the obligation was met, whichever comes first."""
    kandidaten = [einde_na_termijn(einde)] if einde is not None else []
    aow = aow_bereikt_op(invoer)
    if aow is not None:
        kandidaten.append(aow - EEN_DAG)
    if invoer.datum_voldaan is not None:
        kandidaten.append(invoer.datum_voldaan)
    return min(kandidaten) if kandidaten else None


def binnen_een_termijn(invoer: LeningInvoer, einde: date, peildatum: date) -> bool:
    """Is the peildatum within the (extended) term or the new term of a boetebeschikking
    (Besluit inburgering art. 4.2 lid 1; Besluit inburgering 2021 art. 6.3 lid 1)? A Wet
    inburgering 2021 term starts the day after the PIP."""
    if invoer.datum_pip is not None and peildatum <= invoer.datum_pip:
        return False
    nieuw = invoer.nieuwe_termijn_tot
    return peildatum <= einde or (nieuw is not None and peildatum <= nieuw)


def moment_terugbetaling(invoer: LeningInvoer, tot: date | None) -> date | None:
    """The moment of Wet inburgering art. 17 lid 1 (Wet inburgering 2021 art. 21 lid 3): the day
    the obligation was met, or the day the aanspraak lapsed (the day after its last day)."""
    if invoer.datum_voldaan is not None and (tot is None or invoer.datum_voldaan <= tot):
        return invoer.datum_voldaan
    return None if tot is None else tot + EEN_DAG


def terugbetaling_vanaf(moment: date) -> date:
    """The first day of the month after the moment six months (the aanloopfase) after
    `moment` (Besluit inburgering art. 4.6 lid 2 and 3; Besluit inburgering 2021 art. 6.7)."""
    na_aanloop = maanden_later(moment, p.getal("aanloop_terugbetaling", moment))
    return date(na_aanloop.year + na_aanloop.month // 12, na_aanloop.month % 12 + 1, 1)


def gedeeltelijke_kwijtschelding_mogelijk(voldaan: date, einde: date, peildatum: date) -> bool:
    """Met after the (extended) term, within the months after it for which DUO grants partial
    forgiveness (Stcrt. 2021, 49155; inburgeren.nl), as known on the peildatum."""
    try:
        maanden = p.getal("termijn_gedeeltelijke_kwijtschelding", peildatum)
    except p.GeenWaarde:
        return False
    if voldaan <= einde:
        return False
    return voldaan <= laatste_dag(einde + EEN_DAG, maanden=maanden)
