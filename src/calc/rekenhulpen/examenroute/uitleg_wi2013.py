"""Steps and result of the rekenhulp `examenroute` under the Wet inburgering 2013 (spec
section 5), from the rules in `wi2013`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import (
    BIJLAGE_3_INHOUD,
    BIJLAGE_3_ONDERDELEN,
    BIJLAGE_3_ROL_DUO,
    Uitleg,
    vraag,
)
from calc.datums import datum_nl
from calc.regime import Regime, stap_wet
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.examenroute.invoer import ExamenrouteInvoer, ExamenrouteUitkomst
from calc.rekenhulpen.examenroute.wi2013 import (
    EXAMENNAMEN,
    INBURGERINGSEXAMEN,
    KNM,
    ONA,
    STAATSEXAMEN_I,
    diplomawaardering_gratis,
    examen,
    onderdelen,
    participatieverklaring,
    taalniveau,
    verlenging_alfabetisering_jaren,
)
from calc.taalniveaus import taalniveau as beschrijving
from calc.wetten import INBURGEREN_WERKT, STB_2017_285, artikel


def bereken(invoer: ExamenrouteInvoer, data: Data, uitleg: Uitleg) -> ExamenrouteUitkomst:
    start, niveau = invoer.start_inburgeringsplicht, invoer.opleidingsniveau
    regime: Regime = "wi2013"
    stap_wet(regime, start, uitleg)
    soort = examen(niveau)
    code = taalniveau(soort)
    _advies(niveau, soort, code, start, uitleg)
    tekst = beschrijving(code)
    uitleg.stap(f"Taalniveau {code} betekent volgens bijlage 2: '{tekst.tekst}'", tekst.bron)
    delen = onderdelen(soort, start)
    _onderdelen(soort, start, delen, uitleg)
    pv = participatieverklaring(start)
    _participatieverklaring(start, pv, uitleg)
    idw = diplomawaardering_gratis(start)
    sinds = datum_nl(p.ingang("diplomawaardering_gratis", True))
    uitleg.stap(
        f"Wie op of na {sinds} inburgeringsplichtig werd, kan via het IDW een gratis "
        "diplomawaardering of inschatting van het onderwijsniveau (ION) aanvragen: "
        + ("dat geldt hier." if idw else "dat geldt hier niet."),
        vraag(22),
    )
    verlenging = verlenging_alfabetisering_jaren(niveau, start)
    if verlenging:
        jaren = p.waarde("verlenging_alfabetisering", start)
        uitleg.stap(
            f"Voor een alfabetiseringstraject kan DUO de termijn met maximaal {jaren.tekst} "
            "verlengen.",
            jaren.bron,
        )
    _ona_werk(delen, uitleg)
    _mbo(start, uitleg)
    return ExamenrouteUitkomst(soort, code, delen, pv, idw, verlenging)


def _advies(niveau: str, soort: str, code: str, start: date, uitleg: Uitleg) -> None:
    naam = EXAMENNAMEN[soort]
    if soort == INBURGERINGSEXAMEN:
        wie = "analfabeten" if niveau == "analfabeet" else "laag opgeleiden"
        uitleg.stap(
            f"Het inburgeringsexamen is bestemd voor laag opgeleiden. Advies voor {wie}: "
            f"{naam}, op niveau {code}.",
            BIJLAGE_3_INHOUD,
        )
        return
    wie = "midden opgeleiden" if niveau == "midden" else "hoger opgeleiden"
    uitleg.stap(
        f"Voor de Nederlandse vaardigheden (lezen, luisteren, spreken en schrijven) wordt {wie} "
        f"aangeraden {naam} te volgen (niveau {code}).",
        vraag(14),
    )
    ander = [f"{EXAMENNAMEN[e]} ({taalniveau(e)}, {_extra(e, start)})" for e in ALTERNATIEVEN]
    uitleg.waarschuw(
        "Dit is een advies. Aan de inburgeringsplicht wordt ook voldaan met "
        + " of met ".join(ander)
        + ".",
        vraag(19),
    )


#: The exams that also meet the obligation for the middle and higher educated (vraag 19).
ALTERNATIEVEN = (INBURGERINGSEXAMEN, STAATSEXAMEN_I)


def _extra(soort: str, start: date) -> str:
    """'met KNM en ONA', 'met KNM' or 'zonder KNM en ONA': what the exam adds for this start."""
    delen = onderdelen(soort, start)
    extra = [kort for deel, kort in ((KNM, "KNM"), (ONA, "ONA")) if deel in delen]
    return "met " + " en ".join(extra) if extra else "zonder KNM en ONA"


def _onderdelen(soort: str, start: date, delen: tuple[str, ...], uitleg: Uitleg) -> None:
    sinds = p.ingang("examenonderdelen_knm_ona", True)
    bron = p.bron("examenonderdeel_ona", start)
    lijst = ", ".join(delen[:-1]) + " en " + delen[-1]
    if soort == INBURGERINGSEXAMEN:
        zonder = "" if ONA in delen else f" Wie vóór {datum_nl(sinds)} begon, doet geen ONA."
        uitleg.stap(f"De examenonderdelen zijn {lijst}.{zonder}", bron)
    elif KNM not in delen:
        uitleg.stap(
            f"Wie vóór {datum_nl(sinds)} inburgeringsplichtig werd en het Staatsexamen doet, "
            f"hoeft alleen het Staatsexamen NT2 te doen: {lijst}.",
            BIJLAGE_3_ONDERDELEN,
        )
    else:
        uitleg.stap(
            f"Wie op of na {datum_nl(sinds)} inburgeringsplichtig werd, doet naast het "
            f"Staatsexamen NT2 ook KNM en ONA: {lijst}. Na slagen volgen een "
            "inburgeringsdiploma en het diploma NT2.",
            BIJLAGE_3_ONDERDELEN,
        )
    if start == sinds:
        uitleg.waarschuw(
            "Bijlage 3 spreekt van 'tussen 01-01-2013 en 01-01-2015' en 'na 01-01-2015'. De "
            f"rekenhulp rekent {datum_nl(sinds)} zelf bij de nieuwe regels, zoals vraag 22 "
            "('op of na 1 januari 2015').",
            BIJLAGE_3_ONDERDELEN,
        )
    if ONA in delen:
        uitleg.stap(
            "DUO neemt de examens af. Spreken, luisteren, lezen, schrijven en KNM kunnen op 1 "
            "dag; voor het examengesprek ONA is een aparte afspraak nodig.",
            BIJLAGE_3_ROL_DUO,
        )
    else:
        uitleg.stap(
            f"Wie vóór {datum_nl(sinds)} inburgeringsplichtig werd, is vrijgesteld van het "
            "onderdeel oriëntatie op de Nederlandse arbeidsmarkt (ONA): geen ONA, ook niet naast "
            "een ander examen.",
            artikel("Besluit inburgering", "2.10", "2"),
        )


def _participatieverklaring(start: date, verplicht: bool, uitleg: Uitleg) -> None:
    sinds = datum_nl(p.ingang("participatieverklaring_verplicht", True))
    if verplicht:
        uitleg.stap(
            f"De inburgeringsplicht begon op of na {sinds}: het participatieverklaringstraject "
            "is een verplicht onderdeel van de inburgering.",
            p.bron("participatieverklaring_verplicht", start),
        )
    else:
        uitleg.stap(
            f"De inburgeringsplicht begon vóór {sinds}: het participatieverklaringstraject is "
            "geen verplicht onderdeel.",
            STB_2017_285,
        )


def _mbo(start: date, uitleg: Uitleg) -> None:
    mbo = p.waarde("mbo_niveau_vrijstelling", start)
    uitleg.stap(
        f"Ook met een diploma op {mbo.tekst} niveau of hoger wordt aan de inburgeringsplicht "
        "voldaan. Een MBO 1-opleiding (entree) is niet genoeg: dan moet het inburgeringsexamen "
        "gehaald worden.",
        mbo.bron,
    )
    uitleg.stap(
        f"Wie het diploma op {mbo.tekst} niveau of hoger haalt, is voor altijd vrijgesteld van de "
        "inburgeringsplicht. Het volgen van een MBO-opleiding is geen grond om de termijn van "
        "drie jaar te verlengen.",
        vraag(19),
    )
    uitleg.stap(
        "Niet alleen het mbo: ook een diploma van het wo, hbo, vwo, havo, mavo of vmbo, na "
        "onderwijs in het Nederlands, stelt vrij van de inburgeringsplicht.",
        artikel("Besluit inburgering", "2.3"),
    )


def _ona_werk(delen: tuple[str, ...], uitleg: Uitleg) -> None:
    if ONA in delen:
        uitleg.stap(
            "Wie in Nederland werkt, kan vrijstelling krijgen van het onderdeel ONA; de "
            "voorwaarden (hoe lang en hoeveel uur gewerkt) staan op inburgeren.nl.",
            INBURGEREN_WERKT,
        )
