"""Steps and result of the rekenhulp `termijnen` under the Wet inburgering 2021 (spec section 7),
from the rules in `wi2021`: the PIP deadline, the term, the PVT and the MAP, the extensions and
the status. The consequences (fines) are in `gevolgen_wi2021`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import DATUMREGELS, Uitleg
from calc.datums import datum_nl
from calc.regime import stap_wet
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.termijnen import (
    gevolgen_wi2021,
    pip_wi2021,
    verlenging_wi2021,
    vervolg_wi2021,
)
from calc.rekenhulpen.termijnen.aow_stappen import aow_stappen
from calc.rekenhulpen.termijnen.invoer import TermijnenInvoer, TermijnenUitkomst
from calc.rekenhulpen.termijnen.stand import stand
from calc.rekenhulpen.termijnen.wi2021 import (
    horizon,
    map_uiterlijk,
    nieuwe_termijn_einde,
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
    pip_wi2021.datums_controleren(invoer, uitleg)
    vervolg_wi2021.maatschappelijke_begeleiding(invoer, uitleg)
    pip = pip_wi2021.pip(invoer, data, uitleg)
    te_laat = pip_wi2021.pip_te_laat(invoer, pip, uitleg)
    nieuw_pip = pip_wi2021.nieuw_pip(invoer, uitleg)
    ontzorgd = vervolg_wi2021.ontzorgen(invoer, uitleg)
    if invoer.datum_pip is None:
        aow = aow_stappen(invoer, None, max(start, peil), WET_ART_3, uitleg)
        if aow is not None:  # reached by the start or the peildatum: no obligation (any more)
            if aow <= peil:
                stand(data, peil, None, aow, (WET_ART_11, WET_ART_3), uitleg)
            geen = "geen_inburgeringsplicht"
            return TermijnenUitkomst(peil, status=geen, aow_datum=aow, pip_uiterlijk=pip)
        uitleg.stap(
            "De inburgeringstermijn begint pas na het PIP. Vul de datum van het (eerste) PIP in "
            "om de termijn te berekenen.",
            WET_ART_11,
        )
        for uitkomst in ONBEKEND_ZONDER_PIP:
            uitleg.onbekend(uitkomst, "datum_pip")
        uitleg.onbekend("leerroute_wijzigen_uiterlijk", "datum_pip")
        return TermijnenUitkomst(
            peil,
            participatieverklaring_verplicht=True,
            pip_uiterlijk=pip,
            nieuw_pip_uiterlijk=nieuw_pip,
            ontzorgen_einde=ontzorgd,
        )
    begin, einde = termijn_start(invoer.datum_pip), termijn_einde(invoer.datum_pip)
    boete = invoer.datum_boetebeschikking
    nieuw = nieuwe_termijn_einde(boete) if boete is not None else None
    tot = max(horizon(einde), nieuw or einde, peil)
    aow = aow_stappen(invoer, einde, tot, WET_ART_3, uitleg)
    if aow is not None and aow <= start:
        return TermijnenUitkomst(peil, status="geen_inburgeringsplicht", aow_datum=aow)
    _termijn(invoer, begin, einde, uitleg)
    map_einde = _onderdelen(invoer, einde, uitleg)
    wijzigen = vervolg_wi2021.leerroute_wijzigen(invoer, begin, uitleg)
    vanaf = verlenging_wi2021.stappen(invoer, einde, uitleg)
    status, dagen = stand(data, einde, nieuw, aow, (WET_ART_11, WET_ART_3), uitleg)
    if dagen is not None:
        gevolgen_wi2021.stappen(invoer, data, nieuw, aow, uitleg)
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
        leerroute_wijzigen_uiterlijk=wijzigen,
        nieuw_pip_uiterlijk=nieuw_pip,
        ontzorgen_einde=ontzorgd,
    )


def _termijn(invoer: TermijnenInvoer, begin: date, einde: date, uitleg: Uitleg) -> None:
    assert invoer.datum_pip is not None
    term = p.waarde("inburgeringstermijn", begin)
    uitleg.stap(
        f"De inburgeringstermijn van {term.tekst} begint op de dag na de dagtekening van het "
        f"eerste PIP ({datum_nl(invoer.datum_pip)}): op {datum_nl(begin)}. De termijn eindigt op "
        f"{datum_nl(einde)}. Een gewijzigd of opnieuw vastgesteld PIP verschuift de start niet.",
        term.bron,
        noemt=("termijn_start", "termijn_einde", "termijn_einde_max"),
    )
    uitleg.stap(
        f"De dag na het PIP telt mee, dus de laatste dag is de datum van het PIP, {term.tekst} "
        "later. "
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
        noemt="participatieverklaring_uiterlijk",
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
            noemt="map_uiterlijk",
        )
    return map_einde
