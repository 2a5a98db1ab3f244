"""Steps and result of the rekenhulp `termijnen` under the Wet inburgering 2013 (spec section 1),
from the rules in `wi2013`: the term, its extensions, the AOW age and the status. The steps on
the parts of the obligation and the consequences are in `stappen_wi2013`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import BIJLAGE_3_ROL_DUO, DATUMREGELS, FACTSHEET_1_2, Uitleg
from calc.datums import dagen_tussen, datum_nl
from calc.regime import stap_wet
from calc.rekenhulpen.basis import Data, op_peildatum
from calc.rekenhulpen.termijnen import stappen_wi2013
from calc.rekenhulpen.termijnen.aow_stappen import aow_stappen
from calc.rekenhulpen.termijnen.invoer import TermijnenInvoer, TermijnenUitkomst
from calc.rekenhulpen.termijnen.wi2013 import (
    participatieverklaring_verplicht,
    termijn_einde,
    termijn_einde_max,
)
from calc.wetten import artikel


def bereken(invoer: TermijnenInvoer, data: Data, uitleg: Uitleg) -> TermijnenUitkomst:
    start, peil = invoer.start_inburgeringsplicht, data.peildatum
    stap_wet("wi2013", start, uitleg)
    einde = termijn_einde(start)
    einde_max = termijn_einde_max(start, invoer.alfabetisering)
    aow = aow_stappen(invoer, einde_max, artikel("Wet inburgering", "5"), uitleg)
    if aow is not None and aow <= start:
        return TermijnenUitkomst(peil, status="geen_inburgeringsplicht", aow_datum=aow)
    _termijn(invoer, einde, einde_max, uitleg)
    pv_verplicht = participatieverklaring_verplicht(start)
    pv_uiterlijk = stappen_wi2013.participatieverklaring(invoer, pv_verplicht, uitleg)
    uitslag = stappen_wi2013.examen(invoer, uitleg)
    ontbindbaar = stappen_wi2013.cursuscontract(invoer, uitleg)
    laatste_dag = min(einde_max, aow) if aow is not None else einde_max
    tot_einde = dagen_tussen(peil, laatste_dag)
    status = _status(data, einde_max, tot_einde, aow, uitleg)
    dagen = None if status == "geen_inburgeringsplicht" else tot_einde
    if dagen is not None:
        stappen_wi2013.gevolgen(invoer, data, pv_verplicht, uitleg)
    return TermijnenUitkomst(
        peil,
        einde,
        einde_max,
        pv_verplicht,
        pv_uiterlijk,
        uitslag,
        ontbindbaar,
        dagen,
        status,
        aow,
    )


def _termijn(invoer: TermijnenInvoer, einde: date, einde_max: date, uitleg: Uitleg) -> None:
    start = invoer.start_inburgeringsplicht
    term = p.waarde("inburgeringstermijn", start)
    uitleg.stap(
        f"Het examen moet binnen {term.tekst} na de start gehaald zijn: uiterlijk op "
        f"{datum_nl(einde)}.",
        term.bron,
    )
    uitleg.stap(
        "De rekenhulp laat een termijn in jaren eindigen op dezelfde kalenderdag. Of de laatste "
        "dag die dag is of de dag ervoor, zeggen de wet en de factsheet niet: de datum in de "
        "brief van DUO is leidend.",
        DATUMREGELS,
    )
    if start.month == 2 and start.day == 29 and einde.day != start.day:
        uitleg.stap(
            "Een termijn in jaren eindigt op dezelfde kalenderdag; 29 februari wordt 28 februari "
            "in een jaar zonder 29 februari.",
            DATUMREGELS,
        )
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
    uren = p.waarde("uren_verlenging_inspanning", start)
    pogingen = p.waarde("pogingen_verlenging_inspanning", start)
    jaren = p.waarde("verlenging_inspanning", start)
    uitleg.stap(
        f"Verlenging kan ook na aangetoonde inspanning: wie ten minste {uren.tekst} "
        f"inburgeringscursus volgde en ten minste {pogingen.tekst} alle niet behaalde onderdelen "
        f"deed, kan ten hoogste {jaren.tekst} verlenging krijgen. De rekenhulp rekent daar niet "
        "mee: DUO beslist erover.",
        jaren.bron,
    )
    uitleg.stap(
        "Is de overschrijding niet verwijtbaar, dan verlengt DUO de termijn ook; hoe lang, staat "
        "in het besluit van DUO. Ook daar rekent de rekenhulp niet mee.",
        artikel("Besluit inburgering", "2.12"),
    )


def _status(data: Data, einde_max: date, dagen: int, aow: date | None, uitleg: Uitleg) -> str:
    peil_tekst = op_peildatum(data)
    if aow is not None and aow <= data.peildatum:
        uitleg.stap(
            f"{peil_tekst} is de AOW-leeftijd bereikt: er is geen inburgeringsplicht meer.",
            artikel("Wet inburgering", "5"),
        )
        return "geen_inburgeringsplicht"
    einde = "het einde van de termijn"
    if aow is not None:
        einde_max, einde = aow, "de AOW-leeftijd, waarop de inburgeringsplicht eindigt"
    if dagen > 0:
        tekst = f"{peil_tekst} is het nog {_dagen(dagen)} tot {einde}"
    elif dagen == 0:
        tekst = f"{peil_tekst} is de laatste dag van de termijn"
    else:
        tekst = f"{peil_tekst} is de termijn {_dagen(-dagen)} geleden verstreken"
    uitleg.stap(f"{tekst} ({datum_nl(einde_max)}).", FACTSHEET_1_2)
    return "lopend" if dagen >= 0 else "verlopen"


def _dagen(aantal: int) -> str:
    return "1 dag" if aantal == 1 else f"{aantal} dagen"
