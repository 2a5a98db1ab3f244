"""Steps and result of the rekenhulp `termijnen` under the Wet inburgering 2013 (spec section 1),
from the rules in `wi2013`: the term, its extensions, the AOW age and the status. The steps on
the parts of the obligation and the consequences are in `stappen_wi2013`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import BIJLAGE_3_ROL_DUO, DATUMREGELS, FACTSHEET_1_2, Uitleg
from calc.datums import datum_nl
from calc.regime import stap_wet
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.termijnen import stappen_wi2013
from calc.rekenhulpen.termijnen.aow_stappen import aow_stappen
from calc.rekenhulpen.termijnen.invoer import TermijnenInvoer, TermijnenUitkomst
from calc.rekenhulpen.termijnen.stand import stand
from calc.rekenhulpen.termijnen.wi2013 import (
    horizon,
    nieuwe_termijn_einde,
    participatieverklaring_verplicht,
    termijn_einde,
    termijn_einde_max,
)
from calc.wetten import artikel, staatscourant

WET_ART_5 = artikel("Wet inburgering", "5")
BELEIDSREGEL_GEEN_VERWIJT = staatscourant(
    2019, 65727, "Beleidsregel verlenging inburgeringstermijnen bij geen verwijt, art. 5"
)


def bereken(invoer: TermijnenInvoer, data: Data, uitleg: Uitleg) -> TermijnenUitkomst:
    start, peil = invoer.start_inburgeringsplicht, data.peildatum
    stap_wet("wi2013", start, uitleg)
    einde = termijn_einde(start)
    einde_max = termijn_einde_max(start, invoer.alfabetisering)
    boete = invoer.datum_boetebeschikking
    nieuw = nieuwe_termijn_einde(boete, start) if boete is not None else None
    tot = max(horizon(einde_max, start), nieuw or einde_max, peil)
    aow = aow_stappen(invoer, einde_max, tot, WET_ART_5, uitleg)
    if aow is not None and aow <= start:
        return TermijnenUitkomst(peil, status="geen_inburgeringsplicht", aow_datum=aow)
    _termijn(invoer, einde, einde_max, uitleg)
    pv_verplicht = participatieverklaring_verplicht(start)
    pv_uiterlijk = stappen_wi2013.participatieverklaring(invoer, pv_verplicht, uitleg)
    uitslag = stappen_wi2013.examen(invoer, uitleg)
    ontbindbaar = stappen_wi2013.cursuscontract(invoer, uitleg)
    status, dagen = stand(data, einde_max, nieuw, aow, (FACTSHEET_1_2, WET_ART_5), uitleg)
    if dagen is not None:
        stappen_wi2013.gevolgen(invoer, data, pv_verplicht, nieuw, aow, uitleg)
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
        nieuwe_termijn_einde=nieuw if dagen is not None else None,
    )


def _termijn(invoer: TermijnenInvoer, einde: date, einde_max: date, uitleg: Uitleg) -> None:
    start = invoer.start_inburgeringsplicht
    term = p.waarde("inburgeringstermijn", start)
    uitleg.stap(
        f"Het examen moet binnen {term.tekst} na de start gehaald zijn: uiterlijk op "
        f"{datum_nl(einde)}.",
        term.bron,
        noemt=("termijn_einde", "termijn_einde_max"),  # the extension's step may say it later
    )
    uitleg.stap(
        "De termijn begint op de dag dat iemand inburgeringsplichtig wordt, en die dag telt mee: "
        f"de laatste dag is de dag vóór dezelfde datum {term.tekst} later. Zo telt DUO ook; in "
        "zijn brieven staat bijvoorbeeld 'vanaf 2 december 2013 inburgeringsplichtig [...] vóór "
        "1 december 2016' (ECLI:NL:RBLIM:2019:6788). De datum in de brief van DUO is leidend.",
        artikel("Wet inburgering", "7b", "2"),
    )
    if start.month == 2 and start.day == 29:
        uitleg.stap(
            "Begint de termijn op 29 februari, dan is de laatste dag 28 februari: de dag vóór "
            "1 maart, de datum die in een jaar zonder 29 februari op 28 februari volgt.",
            DATUMREGELS,
        )
    verlenging = p.waarde("verlenging_alfabetisering", start)
    if invoer.alfabetisering:
        uitleg.stap(
            f"Voor een alfabetiseringstraject kan de termijn met maximaal {verlenging.tekst} "
            f"worden verlengd: uiterlijk tot {datum_nl(einde_max)}.",
            verlenging.bron,
            noemt="termijn_einde_max",
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
        artikel("Wet inburgering", "7b", "3"),
    )
    uitleg.stap(
        "Hoe iemand om die verlenging vraagt en wanneer DUO beslist, regelt het besluit.",
        artikel("Besluit inburgering", "2.12"),
    )
    uitleg.stap(
        "DUO verlengde de termijn ook uit zichzelf, bijvoorbeeld na een verblijf van langer dan "
        "acht weken in het asielzoekerscentrum na de start, of als de kennisgeving meer dan vier "
        "weken na de start kwam (zo staat het in brieven van DUO, ECLI:NL:RBROT:2021:3939). De "
        "rekenhulp kent die verlengingen niet: de datum in de laatste brief van DUO is leidend.",
        BELEIDSREGEL_GEEN_VERWIJT,
    )
