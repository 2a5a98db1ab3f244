"""Steps and result of the rekenhulp `termijnen` under the Wet inburgering 2021 (spec section 7),
from the rules in `wi2021`: the PIP deadline, the term, the PVT and the MAP, the extensions and
the status. The consequences (fines) are in `gevolgen_wi2021`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import DATUMREGELS, Uitleg
from calc.datums import dagen_tussen, datum_nl
from calc.regime import stap_wet
from calc.rekenhulpen.basis import Data, op_peildatum
from calc.rekenhulpen.termijnen import gevolgen_wi2021, verlenging_wi2021
from calc.rekenhulpen.termijnen.aow_stappen import aow_stappen
from calc.rekenhulpen.termijnen.invoer import TermijnenInvoer, TermijnenUitkomst
from calc.rekenhulpen.termijnen.stand import stand
from calc.rekenhulpen.termijnen.wi2021 import (
    map_uiterlijk,
    nieuwe_termijn_einde,
    pip_aanvang,
    pip_uiterlijk,
    termijn_einde,
    termijn_start,
)
from calc.wetten import artikel

WET_ART_3 = artikel("Wet inburgering 2021", "3")
WET_ART_11 = artikel("Wet inburgering 2021", "11")
#: The results that wait for the date of the PIP.
ONBEKEND_ZONDER_PIP = (
    "termijn_start",
    "termijn_einde",
    "participatieverklaring_uiterlijk",
    "map_uiterlijk",
    "aanvraag_verlenging_vanaf",
    "dagen_resterend",
    "status",
)


def bereken(invoer: TermijnenInvoer, data: Data, uitleg: Uitleg) -> TermijnenUitkomst:
    start, peil = invoer.start_inburgeringsplicht, data.peildatum
    stap_wet("wi2021", start, uitleg)
    _datums_controleren(invoer, uitleg)
    _maatschappelijke_begeleiding(invoer, uitleg)
    pip = _pip(invoer, data, uitleg)
    te_laat = pip_te_laat(invoer, pip, uitleg)
    if invoer.datum_pip is None:
        aow = aow_stappen(invoer, None, max(start, peil), WET_ART_3, uitleg)
        if aow is not None and aow <= max(start, peil):
            status = stand(data, peil, None, aow, (WET_ART_11, WET_ART_3), uitleg)[0]
            return TermijnenUitkomst(peil, status=status, aow_datum=aow, pip_uiterlijk=pip)
        uitleg.stap(
            "De inburgeringstermijn begint pas na het PIP. Vul de datum van het (eerste) PIP in "
            "om de termijn te berekenen.",
            WET_ART_11,
        )
        for uitkomst in ONBEKEND_ZONDER_PIP:
            uitleg.onbekend(uitkomst, "datum_pip")
        return TermijnenUitkomst(peil, participatieverklaring_verplicht=True, pip_uiterlijk=pip)
    begin, einde = termijn_start(invoer.datum_pip), termijn_einde(invoer.datum_pip)
    boete = invoer.datum_boetebeschikking
    nieuw = nieuwe_termijn_einde(boete) if boete is not None else None
    aow = aow_stappen(invoer, einde, max(einde, nieuw or einde, peil), WET_ART_3, uitleg)
    if aow is not None and aow <= start:
        return TermijnenUitkomst(peil, status="geen_inburgeringsplicht", aow_datum=aow)
    _termijn(invoer, begin, einde, uitleg)
    map_einde = _onderdelen(invoer, einde, uitleg)
    vanaf = verlenging_wi2021.stappen(invoer, einde, uitleg)
    status, dagen = stand(data, einde, nieuw, aow, (WET_ART_11, WET_ART_3), uitleg)
    if dagen is not None:
        gevolgen_wi2021.stappen(invoer, data, nieuw, uitleg)
    return TermijnenUitkomst(
        peildatum=peil,
        termijn_einde=einde,
        termijn_einde_max=einde,
        participatieverklaring_verplicht=True,
        participatieverklaring_uiterlijk=einde,
        dagen_resterend=dagen,
        status=status,
        aow_datum=aow,
        pip_uiterlijk=pip,
        termijn_start=begin,
        aanvraag_verlenging_vanaf=vanaf,
        map_uiterlijk=map_einde,
        nieuwe_termijn_einde=nieuw if dagen is not None else None,
        pip_dagen_te_laat=te_laat,
    )


def pip_te_laat(invoer: TermijnenInvoer, uiterlijk: date | None, uitleg: Uitleg) -> int | None:
    """How many days after its deadline the college set the PIP: 0 on time, None unknown."""
    if invoer.datum_pip is None:
        uitleg.onbekend("pip_dagen_te_laat", "datum_pip")
        return None
    if uiterlijk is None:
        uitleg.onbekend("pip_dagen_te_laat", "vestiging_gemeente", "datum_kennisgeving")
        return None
    if invoer.datum_pip <= uiterlijk:
        return 0
    dagen = dagen_tussen(uiterlijk, invoer.datum_pip)
    uitleg.waarschuw(
        f"Het PIP is {dagen} {'dag' if dagen == 1 else 'dagen'} na de uiterste datum "
        f"({datum_nl(uiterlijk)}) vastgesteld. Het college heeft de termijn van het besluit niet "
        "gehaald. De inburgeringstermijn begint toch pas op de dag na het PIP, dus die schuift "
        "mee; de inburgeringsplichtige krijgt daardoor niet minder tijd.",
        p.bron("pip_termijn", uiterlijk),
    )
    return dagen


def _datums_controleren(invoer: TermijnenInvoer, uitleg: Uitleg) -> None:
    """Implausible but possible orders of the dates: warnings, never errors."""
    start, kennisgeving, pip = (
        invoer.start_inburgeringsplicht,
        invoer.datum_kennisgeving,
        invoer.datum_pip,
    )
    bron = artikel("Wet inburgering 2021", "11")
    if pip is not None and kennisgeving is not None and pip < kennisgeving:
        uitleg.waarschuw(
            f"Het PIP ({datum_nl(pip)}) is gedateerd vóór de kennisgeving van DUO "
            f"({datum_nl(kennisgeving)}). Controleer de datums; de rekenhulp rekent met de "
            "ingevulde datum van het PIP.",
            bron,
        )
    if kennisgeving is not None and kennisgeving < start:
        uitleg.waarschuw(
            f"De kennisgeving ({datum_nl(kennisgeving)}) ligt vóór de start van de "
            f"inburgeringsplicht ({datum_nl(start)}). Controleer de datums; de rekenhulp telt "
            "vanaf de start.",
            bron,
        )
    if pip is not None and pip < start:
        uitleg.waarschuw(
            f"Het PIP ({datum_nl(pip)}) is gedateerd vóór de start van de inburgeringsplicht "
            f"({datum_nl(start)}). Controleer de datums.",
            bron,
        )


def _maatschappelijke_begeleiding(invoer: TermijnenInvoer, uitleg: Uitleg) -> None:
    if invoer.doelgroep not in (None, "asielstatushouder"):
        return
    wanneer = (
        f": vanaf {datum_nl(invoer.vestiging_gemeente)}"
        if invoer.vestiging_gemeente is not None
        else ""
    )
    uitleg.stap(
        "Voor een asielstatushouder begint de maatschappelijke begeleiding op de dag van "
        f"inschrijving in de BRP van de gemeente{wanneer}.",
        artikel("Wet inburgering 2021", "13"),
    )


def _pip(invoer: TermijnenInvoer, data: Data, uitleg: Uitleg) -> date | None:
    aanvang = pip_aanvang(
        invoer.start_inburgeringsplicht, invoer.vestiging_gemeente, invoer.datum_kennisgeving
    )
    if aanvang is None:
        uitleg.stap(
            "Het college stelt het persoonlijk plan inburgering en participatie (PIP) binnen 10 "
            "weken vast: in 2022 na de inschrijving in de BRP, vanaf 2023 na de kennisgeving van "
            "DUO (of na een latere inschrijving in de gemeente van huisvesting). Vul die datums "
            "in om de uiterste datum te zien.",
            p.bron("pip_termijn", p.ingang("pip_termijn_aanvang", "kennisgeving")),
        )
        uitleg.onbekend("pip_uiterlijk", "vestiging_gemeente", "datum_kennisgeving")
        return None
    regel = p.waarde("pip_termijn_aanvang", aanvang)
    weken = p.waarde("pip_termijn", aanvang)
    uiterlijk = pip_uiterlijk(aanvang)
    uitleg.stap(
        f"De termijn voor het PIP liep vanaf {datum_nl(aanvang)}: volgens de tekst die toen gold, "
        f"telt {regel.tekst}. Het college stelt het PIP vast binnen {weken.tekst}: uiterlijk op "
        f"{datum_nl(uiterlijk)}.",
        weken.bron,
    )
    if invoer.vestiging_gemeente is None and regel.waarde == "kennisgeving":
        uitleg.stap(
            "Er is geen datum van inschrijving ingevuld: de rekenhulp gaat ervan uit dat de "
            "inburgeringsplichtige bij de kennisgeving al in de gemeente van huisvesting stond "
            "ingeschreven. Was de inschrijving later, vul die dan in.",
            weken.bron,
        )
    if invoer.datum_pip is None and data.peildatum > uiterlijk:
        uitleg.stap(
            f"{op_peildatum(data)} is die uiterste datum voorbij: het college had het PIP dan al "
            "moeten vaststellen.",
            weken.bron,
        )
    return uiterlijk


def _termijn(invoer: TermijnenInvoer, begin: date, einde: date, uitleg: Uitleg) -> None:
    assert invoer.datum_pip is not None
    term = p.waarde("inburgeringstermijn", begin)
    uitleg.stap(
        f"De inburgeringstermijn van {term.tekst} begint op de dag na de dagtekening van het "
        f"eerste PIP ({datum_nl(invoer.datum_pip)}): op {datum_nl(begin)}. De termijn eindigt op "
        f"{datum_nl(einde)}. Een gewijzigd of opnieuw vastgesteld PIP verschuift de start niet.",
        term.bron,
    )
    uitleg.stap(
        "De dag na het PIP telt mee, dus de laatste dag is de datum van het PIP, 3 jaar later. "
        "Zo telt DUO een termijn ook onder de Wet inburgering 2013 ('vanaf 2 december 2013 "
        "inburgeringsplichtig [...] vóór 1 december 2016'); een brief van DUO over een termijn "
        "van de Wet inburgering 2021 is niet gevonden. De datum in de brief van DUO is leidend.",
        DATUMREGELS,
    )


def _onderdelen(invoer: TermijnenInvoer, einde: date, uitleg: Uitleg) -> date | None:
    uren = p.waarde("uren_participatieverklaringstraject", einde)
    uitleg.stap(
        f"Het participatieverklaringstraject (ten minste {uren.tekst}) wordt binnen de termijn "
        f"afgerond: uiterlijk op {datum_nl(einde)}.",
        uren.bron,
    )
    map_einde = map_uiterlijk(einde, invoer.leerroute)
    if map_einde is None:
        uitleg.stap(
            "In de onderwijsroute geldt de module Arbeidsmarkt en Participatie (MAP) niet.",
            artikel("Wet inburgering 2021", "8"),
        )
    else:
        uitleg.stap(
            "Ook de module Arbeidsmarkt en Participatie (MAP) wordt binnen de termijn afgerond: "
            f"uiterlijk op {datum_nl(map_einde)}. (In de onderwijsroute geldt de MAP niet.)",
            artikel("Wet inburgering 2021", "6"),
        )
    return map_einde
