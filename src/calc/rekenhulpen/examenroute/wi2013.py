"""Rekenhulp `examenroute` under the Wet inburgering 2013: one function per rule (spec 5).

Rules from vraag 14, 17, 19 and 22, bijlage 2 and bijlage 3 of the factsheet; the
participatieverklaring from 1 October 2017 [extern: Stb. 2017, 285]. Key dates and terms come
from ``parameters/``, looked up on the start date of the obligation: the law in force then
decides. The explanation steps and the assembled result are in `uitleg_wi2013`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p

INBURGERINGSEXAMEN = "inburgeringsexamen"
STAATSEXAMEN_I = "staatsexamen_nt2_i"
STAATSEXAMEN_II = "staatsexamen_nt2_ii"
#: The exam advised per level of education (bijlage 3: the inburgeringsexamen is meant for the
#: low-educated; vraag 14: programma I for the middle, programma II for the higher educated).
EXAMEN_PER_OPLEIDINGSNIVEAU = {
    "analfabeet": INBURGERINGSEXAMEN,
    "laag": INBURGERINGSEXAMEN,
    "midden": STAATSEXAMEN_I,
    "hoog": STAATSEXAMEN_II,
}
#: The CEFR level of each exam (vraag 19: inburgeringsexamen A2; vraag 14, bijlage 3).
TAALNIVEAU_PER_EXAMEN = {INBURGERINGSEXAMEN: "A2", STAATSEXAMEN_I: "B1", STAATSEXAMEN_II: "B2"}
EXAMENNAMEN = {
    INBURGERINGSEXAMEN: "het inburgeringsexamen",
    STAATSEXAMEN_I: "het staatsexamen NT2 programma I",
    STAATSEXAMEN_II: "het staatsexamen NT2 programma II",
}
#: The language parts, in the order of each source (bijlage 3).
TAALDELEN_INBURGERINGSEXAMEN = ("spreken", "lezen", "luisteren", "schrijven")
TAALDELEN_STAATSEXAMEN = ("lezen", "luisteren", "spreken", "schrijven")
KNM = "Kennis van de Nederlandse Maatschappij (KNM)"
ONA = "Oriëntatie op de Nederlandse Arbeidsmarkt (ONA)"


def examen(opleidingsniveau: str) -> str:
    """Low-educated and analfabeten: the inburgeringsexamen (bijlage 3, 'Toelichting inhoud');
    middle: staatsexamen NT2 programma I; higher: programma II (vraag 14)."""
    return EXAMEN_PER_OPLEIDINGSNIVEAU[opleidingsniveau]


def taalniveau(examen: str) -> str:
    """Inburgeringsexamen A2 (vraag 19); staatsexamen NT2 I B1 and II B2 (vraag 14)."""
    return TAALNIVEAU_PER_EXAMEN[examen]


def onderdelen(examen: str, start: date) -> tuple[str, ...]:
    """The inburgeringsexamen: spreken, lezen, luisteren, schrijven and KNM, and ONA for an
    obligation from 1 January 2015; the Staatsexamen: lezen, luisteren, spreken, schrijven, plus
    KNM and ONA from 1 January 2015 — before that the Staatsexamen NT2 alone (bijlage 3)."""
    if examen == INBURGERINGSEXAMEN:
        ona = (ONA,) if p.vlag("examenonderdeel_ona", start) else ()
        return (*TAALDELEN_INBURGERINGSEXAMEN, KNM, *ona)
    extra = (KNM, ONA) if p.vlag("examenonderdelen_knm_ona", start) else ()
    return (*TAALDELEN_STAATSEXAMEN, *extra)


def participatieverklaring(start: date) -> bool:
    """Part of the inburgering for an obligation from 1 October 2017 [extern: Stb. 2017, 285]
    (bijlage 3, 'Toelichting inhoud'; §1.4)."""
    return p.vlag("participatieverklaring_verplicht", start)


def diplomawaardering_gratis(start: date) -> bool:
    """A free diploma evaluation at the IDW for an obligation from 1 January 2015 (vraag 22)."""
    return p.vlag("diplomawaardering_gratis", start)


def verlenging_alfabetisering_jaren(opleidingsniveau: str, start: date) -> int:
    """Analfabeten can get the term extended by at most 2 years for alfabetisering (§1.2)."""
    if opleidingsniveau != "analfabeet":
        return 0
    return p.getal("verlenging_alfabetisering", start)
