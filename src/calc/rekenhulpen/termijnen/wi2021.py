"""Rekenhulp `termijnen` under the Wet inburgering 2021: one function per rule (spec section 7).

The PIP deadline (Besluit inburgering 2021 art. 5.3) follows the text in force on the day the
deadline starts to run: in 2022 from the BRP registration, from 2023 from DUO's kennisgeving (or
a later registration in the housing municipality). The term of three years starts the day after
the dagtekening of the first PIP (Wet inburgering 2021 art. 11). Terms come from ``parameters/``.
The explanation steps and the assembled result are in `uitleg_wi2021`.
"""

from __future__ import annotations

from datetime import date, timedelta

from calc import parameters as p
from calc.datums import laatste_dag, maanden_voor_einde, weken_later


def pip_aanvang(start: date, vestiging: date | None, kennisgeving: date | None) -> date | None:
    """The day the PIP deadline starts to run, by the text in force on that day; None when the
    dates needed are not given. A registration or kennisgeving before the obligation counts from
    its start (the warning is in the explanation)."""
    if vestiging is not None:
        ingeschreven = max(vestiging, start)
        if _aanvang_regel(ingeschreven) == "inschrijving":
            return ingeschreven
    if kennisgeving is None:
        return None
    dag = max(d for d in (kennisgeving, vestiging, start) if d is not None)
    return dag if _aanvang_regel(dag) == "kennisgeving" else None


def _aanvang_regel(dag: date) -> str | None:
    try:
        return p.keuze("pip_termijn_aanvang", dag)
    except p.GeenWaarde:
        return None


def pip_uiterlijk(aanvang: date) -> date:
    """The college sets the PIP at the latest 10 weeks after the day the deadline starts."""
    return weken_later(aanvang, p.getal("pip_termijn", aanvang))


def termijn_start(datum_pip: date) -> date:
    """The term starts on the day after the dagtekening of the first PIP; a revised PIP does not
    move it (Wet inburgering 2021 art. 11 lid 2 and 3)."""
    return datum_pip + timedelta(days=1)


def termijn_einde(datum_pip: date) -> date:
    """The last day of the term of three years (art. 11 lid 1) that begins the day after the PIP:
    start + 3 years - 1 day, so the PIP's own date three years later (PIP 14 March 2023, last
    day 14 March 2026)."""
    begin = termijn_start(datum_pip)
    return laatste_dag(begin, jaren=p.getal("inburgeringstermijn", begin))


def aanvraag_verlenging_vanaf(einde: date) -> date:
    """An extension can be requested no earlier than six months before the term ends (Besluit
    inburgering 2021 art. 4.5): the term ends at the end of `einde`, so six months before the
    day after it."""
    return maanden_voor_einde(einde, p.getal("aanvraag_verlenging", einde))


def map_uiterlijk(einde: date, leerroute: str | None) -> date | None:
    """The module Arbeidsmarkt en Participatie is done within the term (art. 6, 11, 24), except
    in the onderwijsroute (art. 8 lid 3)."""
    return None if leerroute == "onderwijs" else einde


def verlengd_na_inspanningen(einde: date) -> date:
    """The last day after the extension for aanzienlijke inspanningen (Besluit art. 4.4: 6
    months), which begins the day after the term's last day `einde`."""
    maanden = p.getal("verlenging_aanzienlijke_inspanningen", einde)
    return laatste_dag(einde + timedelta(days=1), maanden=maanden)


def nieuwe_termijn_einde(boetebeschikking: date) -> date:
    """The latest last day of the new term that DUO sets in a boetebeschikking (Wet inburgering
    2021 art. 24 and 25: "een nieuwe termijn van ten hoogste twee jaar"), counted from the day
    after its dagtekening (as a term after a decision does, Awb art. 6:8)."""
    begin = boetebeschikking + timedelta(days=1)
    return laatste_dag(begin, jaren=p.getal("nieuwe_termijn_na_boete", boetebeschikking))


def leerroute_wijzigen_uiterlijk(termijn_start: date) -> date:
    """The last day on which the college can set the leerroute anew: "maximaal anderhalf jaar
    vanaf de aanvang van de termijn" (Besluit inburgering 2021 art. 5.4 lid 1)."""
    maanden = p.getal("leerroute_wijzigen", termijn_start)
    return laatste_dag(termijn_start, maanden=maanden)


def nieuw_pip_uiterlijk(inschrijving: date) -> date:
    """After moving, the new municipality sets the PIP "binnen uiterlijk 10 weken na de datum
    van inschrijving" there (Besluit inburgering 2021 art. 5.3 lid 3; lid 2 in 2022)."""
    return weken_later(inschrijving, p.getal("pip_termijn_verhuizing", inschrijving))


def ontzorgen_einde(start_bijstand: date) -> date:
    """The last day of the six months of ontzorgen, "gerekend vanaf de dag waarop het recht op
    bijstand ontstaat" (Participatiewet art. 56a lid 2)."""
    return laatste_dag(start_bijstand, maanden=p.getal("ontzorgen", start_bijstand))


def horizon(einde: date) -> date:
    """The last day an answer speaks of: the end of the longest new term after a fine that
    follows the term (art. 24, 25), so that the AOW age is checked up to it (art. 3 lid 1)."""
    jaren = p.getal("nieuwe_termijn_na_boete", einde)
    return laatste_dag(einde + timedelta(days=1), jaren=jaren)
