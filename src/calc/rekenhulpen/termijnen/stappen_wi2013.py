"""Steps of the rekenhulp `termijnen` under the Wet inburgering 2013 on the parts of the
obligation (participatieverklaring, exam result, course contract) and on the consequences of an
exceeded term (fines, the loan, and what the courts said since 2025, by the peildatum).
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import DATUMREGELS, FACTSHEET_1_2, FACTSHEET_1_4, Uitleg, vraag
from calc.datums import datum_nl
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.termijnen.invoer import TermijnenInvoer
from calc.rekenhulpen.termijnen.stand import nieuwe_termijn_tekst
from calc.rekenhulpen.termijnen.wi2013 import (
    cursuscontract_ontbindbaar_vanaf,
    examenuitslag_uiterlijk,
    participatieverklaring_uiterlijk,
)
from calc.uitspraken import stap_na_uitspraken, waarschuw_boete_en_lening
from calc.wetten import STB_2017_285, artikel

#: Said of the fine when the 2025 judgements concern the answer (the step after it says what).
VOOR_ASIEL = " (voor asielstatushouders sinds 2025 niet zonder meer: zie hieronder)"


def participatieverklaring(invoer: TermijnenInvoer, verplicht: bool, uitleg: Uitleg) -> date | None:
    start = invoer.start_inburgeringsplicht
    sinds = datum_nl(p.ingang("participatieverklaring_verplicht", True))
    if not verplicht:
        uitleg.stap(
            f"De inburgeringsplicht begon vóór {sinds}: het participatieverklaringstraject is "
            "dan geen verplicht onderdeel van de inburgering.",
            STB_2017_285,
        )
        return None
    uitleg.stap(
        f"De inburgeringsplicht begon op of na {sinds}: het participatieverklaringstraject is "
        "een verplicht onderdeel van de inburgering. (De factsheet verwachtte dit 'medio 2017'; "
        "de datum komt uit de wet.)",
        p.bron("participatieverklaring_verplicht", start),
    )
    vestiging = invoer.vestiging_gemeente
    if vestiging is None:
        uitleg.stap(
            "Vul de datum van vestiging in de gemeente in om te zien wanneer het traject "
            "uiterlijk afgerond moet zijn.",
            FACTSHEET_1_4,
        )
        uitleg.onbekend("participatieverklaring_uiterlijk", "vestiging_gemeente")
        return None
    uiterlijk = participatieverklaring_uiterlijk(vestiging, start)
    uitleg.stap(
        "Het traject moet in het eerste jaar na vestiging in de gemeente afgerond zijn: "
        f"uiterlijk op {datum_nl(uiterlijk)}.",
        p.bron("termijn_participatieverklaring", start),
        noemt="participatieverklaring_uiterlijk",
    )
    if vestiging < start:
        uitleg.stap(
            f"De vestiging ({datum_nl(vestiging)}) ligt vóór de start van de "
            "inburgeringsplicht. Het jaar begint pas als iemand inburgeringsplichtig is én in "
            "de gemeente is ingeschreven (bij een asielvergunning: de gemeente van huisvesting), "
            f"dus op {datum_nl(start)}.",
            artikel("Wet inburgering", "7a"),
        )
    return uiterlijk


def examen(invoer: TermijnenInvoer, uitleg: Uitleg) -> date | None:
    start, examendatum = invoer.start_inburgeringsplicht, invoer.examendatum
    if examendatum is None:
        return None
    if examendatum < start:
        uitleg.waarschuw(
            f"De examendatum ({datum_nl(examendatum)}) ligt vóór de start van de "
            f"inburgeringsplicht ({datum_nl(start)}). Controleer de datums.",
            FACTSHEET_1_2,
        )
    uitslag = examenuitslag_uiterlijk(examendatum, start)
    termijn = p.waarde("examenuitslag_termijn", start)
    uitleg.stap(
        f"DUO verstuurt de uitslag binnen {termijn.tekst} ({(uitslag - examendatum).days} dagen) "
        f"na het examen: uiterlijk op {datum_nl(uitslag)}. (Zo staat het in de factsheet van "
        "2016.)",
        termijn.bron,
        noemt="examenuitslag_uiterlijk",
    )
    return uitslag


def cursuscontract(invoer: TermijnenInvoer, uitleg: Uitleg) -> date | None:
    start, contract = invoer.start_inburgeringsplicht, invoer.start_cursuscontract
    if contract is None:
        return None
    vanaf = cursuscontract_ontbindbaar_vanaf(contract, start)
    termijn = p.waarde("cursuscontract_ontbinding", start)
    uitleg.stap(
        "Een taalaanbieder met het keurmerk van Blik op Werk moet het mogelijk maken het "
        f"cursuscontract na {termijn.tekst} te ontbinden: vanaf {datum_nl(vanaf)}. Bij verhuizing "
        "naar een andere gemeente, of bij werk waarvoor avondlessen nodig zijn die de aanbieder "
        "niet biedt, kan het eerder. (Zo staat het in de factsheet van 2016.)",
        termijn.bron,
        noemt="cursuscontract_ontbindbaar_vanaf",
    )
    if vanaf.day != contract.day:
        uitleg.stap(
            "Een termijn in maanden eindigt op dezelfde dag van de maand, of op de laatste dag "
            "als die maand korter is.",
            DATUMREGELS,
        )
    return vanaf


def gevolgen(
    invoer: TermijnenInvoer,
    data: Data,
    pv_verplicht: bool,
    nieuw_einde: date | None,
    aow: date | None,
    uitleg: Uitleg,
) -> None:
    """Fines and the loan after an exceeded term, what follows a boetebeschikking, and what the
    courts said since."""
    start = invoer.start_inburgeringsplicht
    boete = p.waarde("boete_maximaal", start)
    nu = stap_na_uitspraken(data.peildatum, invoer.doelgroep)
    uitleg.stap(
        "Wordt de termijn verwijtbaar overschreden omdat de inburgeringsplichtige zich "
        f"onvoldoende heeft ingespannen, dan volgt volgens de wet een boete van maximaal "
        f"{boete.tekst}{VOOR_ASIEL if nu is not None else ''}.",
        boete.bron,
    )
    nieuw = p.waarde("nieuwe_termijn_na_boete", start)
    uitleg.stap(
        f"Bij de boete stelt DUO een nieuwe termijn van ten hoogste {nieuw.tekst} om het examen "
        "alsnog te halen; wie ook die termijn overschrijdt, kan opnieuw een boete krijgen.",
        nieuw.bron,
    )
    if invoer.datum_boetebeschikking is not None and nieuw_einde is not None:
        tekst = nieuwe_termijn_tekst(
            invoer.datum_boetebeschikking, nieuw_einde, str(nieuw.tekst), aow
        )
        uitleg.stap(tekst, nieuw.bron, noemt="nieuwe_termijn_einde")
    if pv_verplicht:
        pv = p.waarde("boete_participatieverklaring", start)
        uitleg.stap(
            "Wie het participatieverklaringstraject niet op tijd afrondt, kan een boete krijgen "
            f"van maximaal {pv.tekst}, en kan daarna niet meer bij DUO lenen.",
            pv.bron,
        )
    if nu is not None:
        uitleg.stap(nu.tekst, nu.bron)
    elif invoer.doelgroep in (None, "asielstatushouder"):
        uitleg.stap(
            "Een asielstatushouder met een DUO-lening hoeft die niet terug te betalen als de "
            "inburgeringsplicht op tijd is voldaan. Bij een verwijtbare overschrijding geldt die "
            "kwijtschelding niet en moet de lening worden terugbetaald.",
            vraag(19),
        )
    waarschuw_boete_en_lening(data.peildatum, invoer.doelgroep, uitleg)
