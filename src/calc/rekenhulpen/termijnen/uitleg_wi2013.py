"""Steps and result of the rekenhulp `termijnen` under the Wet inburgering 2013 (spec
section 1), from the rules in `wi2013`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import (
    BIJLAGE_3_ROL_DUO,
    DATUMREGELS,
    FACTSHEET_1_2,
    FACTSHEET_1_4,
    Uitleg,
    vraag,
)
from calc.datums import dagen_tussen, datum_nl
from calc.regime import Regime, bron_regime
from calc.rekenhulpen.basis import Data, op_peildatum
from calc.rekenhulpen.termijnen.invoer import TermijnenInvoer, TermijnenUitkomst
from calc.rekenhulpen.termijnen.wi2013 import (
    cursuscontract_ontbindbaar_vanaf,
    examenuitslag_uiterlijk,
    participatieverklaring_uiterlijk,
    participatieverklaring_verplicht,
    termijn_einde,
    termijn_einde_max,
)
from calc.wetten import STB_2017_285


def bereken(invoer: TermijnenInvoer, data: Data, uitleg: Uitleg) -> TermijnenUitkomst:
    start, peil = invoer.start_inburgeringsplicht, data.peildatum
    regime: Regime = "wi2013"
    uitleg.stap(
        f"De inburgeringsplicht begon op {datum_nl(start)}. Daarom gelden de regels van de Wet "
        "inburgering 2013, waar de factsheet over gaat.",
        bron_regime(regime, start),
    )
    einde = termijn_einde(start)
    term = p.waarde("inburgeringstermijn", start)
    uitleg.stap(
        f"Het examen moet binnen {term.tekst} na de start gehaald zijn: uiterlijk op "
        f"{datum_nl(einde)}.",
        term.bron,
    )
    if start.month == 2 and start.day == 29 and einde.day != start.day:
        uitleg.stap(
            "Een termijn in jaren eindigt op dezelfde kalenderdag; 29 februari wordt 28 februari "
            "in een jaar zonder 29 februari.",
            DATUMREGELS,
        )
    einde_max = termijn_einde_max(start, invoer.alfabetisering)
    verlenging = p.waarde("verlenging_alfabetisering", start)
    if invoer.alfabetisering:
        uitleg.stap(
            f"Voor een alfabetiseringstraject kan de termijn met maximaal {verlenging.tekst} "
            f"worden verlengd: uiterlijk tot {datum_nl(einde_max)}.",
            verlenging.bron,
        )
        uitleg.waarschuw(
            f"De rekenhulp gaat uit van de volledige verlenging van {verlenging.tekst}. DUO "
            "beslist of en hoe lang de termijn wordt verlengd.",
            BIJLAGE_3_ROL_DUO,
        )
    else:
        uitleg.stap(
            "Zonder alfabetiseringstraject is de uiterste termijn gelijk aan de gewone termijn.",
            verlenging.bron,
        )
    uitleg.stap(
        "Verlenging is ook mogelijk bij aangetoonde inspanningen of als de overschrijding niet "
        "verwijtbaar is. De factsheet noemt daarvoor geen duur, dus de rekenhulp rekent er niet "
        "mee.",
        FACTSHEET_1_2,
    )
    pv_verplicht = participatieverklaring_verplicht(start)
    pv_uiterlijk = _participatieverklaring(invoer, pv_verplicht, uitleg)
    uitslag = _examen(invoer, uitleg)
    ontbindbaar = _cursuscontract(invoer, uitleg)
    dagen = dagen_tussen(peil, einde_max)
    status = "lopend" if dagen >= 0 else "verlopen"
    peil_tekst = op_peildatum(data)
    if dagen >= 0:
        tekst = f"{peil_tekst} is het nog {_dagen(dagen)} tot het einde van de termijn"
    else:
        tekst = f"{peil_tekst} is de termijn {_dagen(-dagen)} geleden verstreken"
    uitleg.stap(f"{tekst} ({datum_nl(einde_max)}).", FACTSHEET_1_2)
    boete = p.waarde("boete_maximaal", start)
    uitleg.stap(
        "Wordt de termijn verwijtbaar overschreden omdat de inburgeringsplichtige zich "
        f"onvoldoende heeft ingespannen, dan volgt een boete van maximaal {boete.tekst}.",
        boete.bron,
    )
    uitleg.stap(
        "Bij een verwijtbare overschrijding moet ook de DUO-lening worden terugbetaald.",
        vraag(19),
    )
    return TermijnenUitkomst(
        peil, einde, einde_max, pv_verplicht, pv_uiterlijk, uitslag, ontbindbaar, dagen, status
    )


def _participatieverklaring(
    invoer: TermijnenInvoer, verplicht: bool, uitleg: Uitleg
) -> date | None:
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
    if invoer.vestiging_gemeente is None:
        uitleg.stap(
            "Vul de datum van vestiging in de gemeente in om te zien wanneer het traject "
            "uiterlijk afgerond moet zijn.",
            FACTSHEET_1_4,
        )
        return None
    uiterlijk = participatieverklaring_uiterlijk(invoer.vestiging_gemeente, start)
    uitleg.stap(
        "Het traject moet in het eerste jaar na vestiging in de gemeente afgerond zijn: "
        f"uiterlijk op {datum_nl(uiterlijk)}.",
        p.bron("termijn_participatieverklaring", start),
    )
    return uiterlijk


def _examen(invoer: TermijnenInvoer, uitleg: Uitleg) -> date | None:
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
        f"na het examen: uiterlijk op {datum_nl(uitslag)}.",
        termijn.bron,
    )
    return uitslag


def _cursuscontract(invoer: TermijnenInvoer, uitleg: Uitleg) -> date | None:
    start, contract = invoer.start_inburgeringsplicht, invoer.start_cursuscontract
    if contract is None:
        return None
    vanaf = cursuscontract_ontbindbaar_vanaf(contract, start)
    termijn = p.waarde("cursuscontract_ontbinding", start)
    uitleg.stap(
        "Een taalaanbieder met het keurmerk van Blik op Werk moet het mogelijk maken het "
        f"cursuscontract na {termijn.tekst} te ontbinden: vanaf {datum_nl(vanaf)}. Bij verhuizing "
        "naar een andere gemeente, of bij werk waarvoor avondlessen nodig zijn die de aanbieder "
        "niet biedt, kan het eerder.",
        termijn.bron,
    )
    if vanaf.day != contract.day:
        uitleg.stap(
            "Een termijn in maanden eindigt op dezelfde dag van de maand, of op de laatste dag "
            "als die maand korter is.",
            DATUMREGELS,
        )
    return vanaf


def _dagen(aantal: int) -> str:
    return "1 dag" if aantal == 1 else f"{aantal} dagen"
