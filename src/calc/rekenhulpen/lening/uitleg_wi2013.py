"""Steps and result of the rekenhulp `lening` under the Wet inburgering 2013 (spec section 2),
from the rules in `wi2013`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import (
    FACTSHEET_2_1,
    FACTSHEET_2_2,
    VOETNOOT_7,
    VOETNOOT_8,
    Uitleg,
    vraag,
)
from calc.datums import bedrag_nl
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.lening.invoer import LeningInvoer, LeningUitkomst
from calc.rekenhulpen.lening.wi2013 import (
    MET_ASIELSTATUS,
    STATUSHOUDERS_EN_GEZINSLEDEN,
    kosten_participatieverklaring,
    niet_vergoedbaar,
    recht_op_lening,
    terugbetaling,
    vergoedbaar,
)
from calc.wetten import artikel


def bereken(invoer: LeningInvoer, data: Data, uitleg: Uitleg) -> LeningUitkomst:
    datum = data.wet
    recht = recht_op_lening(invoer, datum)
    _redenen(invoer, datum, recht, uitleg)
    terug = terugbetaling(invoer.doelgroep) if recht else None
    if terug is not None:
        _terugbetaling(invoer.doelgroep, datum, uitleg)
    uitkomst = LeningUitkomst(
        recht,
        terug,
        vergoedbaar(invoer.doelgroep, datum),
        niet_vergoedbaar(),
        p.getal("max_facturering_per_kwartaal", datum),
        p.getal("maximum_lening", datum),
    )
    _kosten(invoer.doelgroep, datum, uitleg)
    return uitkomst


def _redenen(invoer: LeningInvoer, datum: date, recht: bool, uitleg: Uitleg) -> None:
    leeftijd = p.waarde("leeftijd_inburgeringsplicht", datum)
    if invoer.leeftijd < p.getal("leeftijd_inburgeringsplicht", datum):
        uitleg.stap(
            f"Alleen een statushouder van {leeftijd.tekst} is inburgeringsplichtig. Met "
            f"{invoer.leeftijd} jaar is er (nog) geen inburgeringsplicht en dus geen DUO-lening.",
            leeftijd.bron,
        )
    if not invoer.inburgeringsplichtig:
        uitleg.stap("Alleen een inburgeringsplichtige kan bij DUO lenen.", FACTSHEET_2_2)
    if invoer.tijdelijk_vrijgesteld_mbo:
        uitleg.stap(
            "Wie aansluitend aan de leer- of kwalificatieplicht een opleiding op MBO 2 of hoger "
            "volgt, is tijdelijk vrijgesteld van de inburgeringsplicht en krijgt geen DUO-lening.",
            vraag(17),
        )
        uitleg.stap(
            "Wordt het diploma niet gehaald, dan vervalt de vrijstelling: de persoon wordt "
            "alsnog inburgeringsplichtig en kan dan wel lenen.",
            vraag(18),
        )
    if invoer.doelgroep in STATUSHOUDERS_EN_GEZINSLEDEN:
        uitleg.stap(
            "Statushouders en hun gezinsleden kunnen bij DUO lenen voor de inburgeringscursus en "
            "het examen, ongeacht hun inkomen.",
            FACTSHEET_2_2,
        )
    elif invoer.voldoende_inkomen:
        uitleg.stap(
            "Andere inburgeringsplichtigen kunnen alleen lenen als ze niet genoeg inkomen hebben "
            "om het inburgeringstraject te betalen; met voldoende inkomen dus niet.",
            FACTSHEET_2_2,
        )
    else:
        uitleg.stap(
            "Andere inburgeringsplichtigen kunnen lenen als ze niet genoeg inkomen hebben om het "
            "inburgeringstraject te betalen.",
            FACTSHEET_2_2,
        )
    uitleg.stap(
        "Conclusie: " + ("recht op een DUO-lening." if recht else "geen recht op een DUO-lening."),
        FACTSHEET_2_2,
    )


def _terugbetaling(doelgroep: str, datum: date, uitleg: Uitleg) -> None:
    if doelgroep in MET_ASIELSTATUS:
        termijn = p.waarde("inburgeringstermijn", datum).tekst
        uitleg.stap(
            "Met een asielstatus wordt de lening kwijtgescholden als de inburgeringsplicht op tijd "
            f"is voldaan: binnen {termijn} of met een niet verwijtbare verlenging.",
            VOETNOOT_8,
        )
        return
    jaren = p.waarde("terugbetalingstermijn", datum)
    uitleg.stap(
        f"Gezinsmigranten betalen de lening naar draagkracht met rente terug binnen {jaren.tekst}.",
        jaren.bron,
    )
    if doelgroep != "gezinsmigrant":
        uitleg.waarschuw(
            "De factsheet noemt kwijtschelding alleen voor wie een asielstatus heeft. De "
            "rekenhulp gaat er daarom van uit dat deze doelgroep de lening terugbetaalt.",
            FACTSHEET_2_2,
        )


def _kosten(doelgroep: str, datum: date, uitleg: Uitleg) -> None:
    uitleg.stap(
        "Uit de lening kunnen cursussen bij een taalaanbieder met het keurmerk van Blik op Werk, "
        "de examenkosten en lesmateriaal worden betaald; een laptop en reiskosten niet.",
        VOETNOOT_7,
    )
    uaf = p.waarde("uaf_reiskosten_per_maand", datum)
    uitleg.stap(
        "Reiskosten kunnen niet uit de lening. De gemeente kan ze naar eigen keuze vergoeden uit "
        f"de bijzondere bijstand; het UAF vergoedt voor wie het begeleidt maximaal {uaf.tekst} "
        "per maand.",
        uaf.bron,
    )
    kwartaal = p.waarde("max_facturering_per_kwartaal", datum)
    uitleg.stap(
        f"Een taalaanbieder factureert per kwartaal maximaal {kwartaal.tekst}. Is het examen "
        "gehaald, dan mag het hele resterende bedrag in één keer worden gefactureerd.",
        kwartaal.bron,
    )
    maximum = p.waarde("maximum_lening", datum)
    uitleg.stap(
        f"De lening is maximaal {bedrag_nl(p.getal('maximum_lening', datum))}.", maximum.bron
    )
    if doelgroep not in STATUSHOUDERS_EN_GEZINSLEDEN:
        uitleg.stap(
            "Voor deze doelgroep stelt DUO het maximum lager vast naar hun financiële middelen.",
            artikel("Regeling inburgering", "4.1"),
        )
    kosten = kosten_participatieverklaring(datum)
    if doelgroep == "gezinsmigrant" and kosten is not None:
        uitleg.stap(
            f"Gezinsmigranten betalen het participatieverklaringstraject ({kosten.tekst}) zelf, "
            "eventueel met de lening van DUO.",
            FACTSHEET_2_1,
        )
