"""Rekenhulp `termijnen` under the Wet inburgering 2013: one function per rule (spec section 1).

Terms (3 years, 2 years extension, 1 year, 8 weeks, 6 months) come from ``parameters/``, looked
up on the start date of the obligation: the law in force then decides. A term "vangt aan op het
moment dat de vreemdeling inburgeringsplichtig wordt" (Wet inburgering art. 7b lid 2) and ends at
the end of start + N - 1 day (`calc.datums.laatste_dag`), as DUO's letters count. The explanation
steps and the assembled result are in `uitleg_wi2013`.
"""

from __future__ import annotations

from datetime import date, timedelta

from calc import parameters as p
from calc.datums import laatste_dag, maanden_later, weken_later


def termijn_einde(start: date) -> date:
    """The last day of the term of 3 years from the start (Factsheet §1.2, bijlage 3; Wet
    inburgering art. 7b lid 1 and 2): start 5 March 2016, last day 4 March 2019."""
    return laatste_dag(start, jaren=p.getal("inburgeringstermijn", start))


def termijn_einde_max(start: date, alfabetisering: bool) -> date:
    """With an alfabetiseringstraject DUO can extend the term by at most 2 years (§1.2)."""
    if not alfabetisering:
        return termijn_einde(start)
    jaren = p.getal("inburgeringstermijn", start) + p.getal("verlenging_alfabetisering", start)
    return laatste_dag(start, jaren=jaren)


def participatieverklaring_verplicht(start: date) -> bool:
    """Compulsory for obligations from 1 October 2017 [extern: Stb. 2017, 285] (§1.4)."""
    return p.vlag("participatieverklaring_verplicht", start)


def participatieverklaring_uiterlijk(vestiging: date, start: date) -> date:
    """Completed in the first year after settling in the municipality (§1.4). The year starts
    when the person is both inburgeringsplichtig and registered in the BRP of the municipality
    (Wet inburgering art. 7a lid 2): a registration before the start counts from the start."""
    begin = max(vestiging, start)
    return laatste_dag(begin, jaren=p.getal("termijn_participatieverklaring", start))


def examenuitslag_uiterlijk(examendatum: date, start: date) -> date:
    """DUO sends the result within 8 weeks of the exam (bijlage 3, 'Toelichting rol DUO')."""
    return weken_later(examendatum, p.getal("examenuitslag_termijn", start))


def cursuscontract_ontbindbaar_vanaf(start_contract: date, start: date) -> date:
    """A keurmerk provider must allow dissolving the contract after 6 months (vraag 8, 10)."""
    return maanden_later(start_contract, p.getal("cursuscontract_ontbinding", start))


def nieuwe_termijn_einde(boetebeschikking: date, start: date) -> date:
    """The latest last day of the new term that DUO sets in the boetebeschikking: at most 2
    years "na het bekendmaken van de boetebeschikking" (Wet inburgering art. 32). It runs from
    the day after the dagtekening (as a term after a decision does, Awb art. 6:8), so its last
    day is the same date two years later; the beschikking states the term itself."""
    jaren = p.getal("nieuwe_termijn_na_boete", start)
    return laatste_dag(boetebeschikking + timedelta(days=1), jaren=jaren)


def horizon(einde_max: date, start: date) -> date:
    """The last day an answer speaks of: the end of the longest new term after a fine that
    follows the term (art. 32), so that the AOW age is checked up to it (art. 5 lid 1 a)."""
    return laatste_dag(
        einde_max + timedelta(days=1), jaren=p.getal("nieuwe_termijn_na_boete", start)
    )
