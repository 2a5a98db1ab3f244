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
from calc.rekenhulpen.termijnen.wi2021 import (
    map_uiterlijk,
    pip_aanvang,
    pip_uiterlijk,
    termijn_einde,
    termijn_start,
)
from calc.wetten import artikel


def bereken(invoer: TermijnenInvoer, data: Data, uitleg: Uitleg) -> TermijnenUitkomst:
    start, peil = invoer.start_inburgeringsplicht, data.peildatum
    stap_wet("wi2021", start, uitleg)
    _datums_controleren(invoer, uitleg)
    _maatschappelijke_begeleiding(invoer, uitleg)
    pip = _pip(invoer, data, uitleg)
    if invoer.datum_pip is None:
        aow = aow_stappen(invoer, start, artikel("Wet inburgering 2021", "3"), uitleg)
        if aow is not None:
            return TermijnenUitkomst(peil, status="geen_inburgeringsplicht", aow_datum=aow)
        uitleg.stap(
            "De inburgeringstermijn begint pas na het PIP. Vul de datum van het (eerste) PIP in "
            "om de termijn te berekenen.",
            artikel("Wet inburgering 2021", "11"),
        )
        return TermijnenUitkomst(peil, participatieverklaring_verplicht=True, pip_uiterlijk=pip)
    begin, einde = termijn_start(invoer.datum_pip), termijn_einde(invoer.datum_pip)
    aow = aow_stappen(invoer, einde, artikel("Wet inburgering 2021", "3"), uitleg)
    if aow is not None and aow <= start:
        return TermijnenUitkomst(peil, status="geen_inburgeringsplicht", aow_datum=aow)
    _termijn(invoer, begin, einde, uitleg)
    map_einde = _onderdelen(invoer, einde, uitleg)
    vanaf = verlenging_wi2021.stappen(invoer, einde, uitleg)
    laatste_dag = min(einde, aow) if aow is not None else einde
    tot_einde = dagen_tussen(peil, laatste_dag)
    status = _status(data, laatste_dag, tot_einde, aow, uitleg)
    dagen = None if status == "geen_inburgeringsplicht" else tot_einde
    if dagen is not None:
        gevolgen_wi2021.stappen(invoer, data, uitleg)
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
    )


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
        "De rekenhulp laat een termijn in jaren eindigen op dezelfde kalenderdag. Of de laatste "
        "dag die dag is of de dag ervoor, zeggen de wet en het besluit niet: de datum in de brief "
        "van DUO is leidend.",
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


def _status(data: Data, einde: date, dagen: int, aow: date | None, uitleg: Uitleg) -> str:
    peil_tekst = op_peildatum(data)
    wet = artikel("Wet inburgering 2021", "3")
    if aow is not None and aow <= data.peildatum:
        uitleg.stap(
            f"{peil_tekst} is de AOW-leeftijd bereikt: er is geen inburgeringsplicht meer.", wet
        )
        return "geen_inburgeringsplicht"
    naar = "de AOW-leeftijd, waarop de inburgeringsplicht eindigt" if aow else "het einde"
    if dagen > 0:
        tekst = f"{peil_tekst} is het nog {dagen} {'dag' if dagen == 1 else 'dagen'} tot {naar}"
    elif dagen == 0:
        tekst = f"{peil_tekst} is de laatste dag van de termijn"
    else:
        verstreken = -dagen
        tekst = f"{peil_tekst} is de termijn {verstreken} {'dag' if verstreken == 1 else 'dagen'}"
        tekst += " geleden verstreken"
    uitleg.stap(f"{tekst} ({datum_nl(einde)}).", artikel("Wet inburgering 2021", "11"))
    return "lopend" if dagen >= 0 else "verlopen"
