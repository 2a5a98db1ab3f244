"""Steps and result of the rekenhulp `lening` under the Wet inburgering 2013 (spec section 2),
from the rules in `wi2013`. The steps on repayment are in `terugbetaling_wi2013`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.aow import aow_leeftijd_tekst, laagste_aow_leeftijd
from calc.bronnen import FACTSHEET_2_1, FACTSHEET_2_2, VOETNOOT_7, Bron, Uitleg, vraag
from calc.datums import bedrag_nl
from calc.overgang import einde_tijdelijke_vrijstelling
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.lening import terugbetaling_wi2013, uitleg_aanspraak
from calc.rekenhulpen.lening.invoer import LeningInvoer, LeningUitkomst
from calc.rekenhulpen.lening.wi2013 import (
    KWIJTSCHELDING,
    STATUSHOUDERS_EN_GEZINSLEDEN,
    aow_leeftijd_bereikt,
    kon_lenen,
    kosten_participatieverklaring,
    meerderjarig,
    niet_vergoedbaar,
    recht_op_lening,
    terugbetaling,
    vergoedbaar,
)
from calc.wetten import artikel


def bereken(invoer: LeningInvoer, data: Data, uitleg: Uitleg) -> LeningUitkomst:
    datum = data.wet
    basis = recht_op_lening(invoer, datum, data.peildatum)
    leeftijd_stappen(invoer, data, artikel("Wet inburgering", "5"), uitleg)
    kon = kon_lenen(invoer, datum)
    aow = aow_leeftijd_bereikt(invoer, data.peildatum) is True
    aanspraak = uitleg_aanspraak.stappen(invoer, data, "wi2013", uitleg, aow) if kon else None
    recht = basis and (aanspraak is None or aanspraak.op_peildatum is not False)
    _redenen(invoer, data, recht, uitleg)
    terug = terugbetaling(invoer.doelgroep) if kon else None
    vanaf = None
    if aanspraak is not None:
        terugbetaling_wi2013.stappen(invoer, data, aanspraak.termijn_einde, uitleg)
        vanaf = _vanaf(invoer, aanspraak, data, uitleg)
    _kosten(invoer.doelgroep, datum, uitleg)
    return LeningUitkomst(
        recht,
        terug,
        vergoedbaar(),
        niet_vergoedbaar(),
        p.getal("max_facturering_per_kwartaal", datum),
        p.getal("maximum_lening", datum),
        termijn_einde=None if aanspraak is None else aanspraak.termijn_einde,
        aanspraak_lening_tot=None if aanspraak is None else aanspraak.tot,
        terugbetaling_vanaf=vanaf,
    )


def _vanaf(
    invoer: LeningInvoer, aanspraak: uitleg_aanspraak.Aanspraak, data: Data, uitleg: Uitleg
) -> date | None:
    """The start of repayment; none when the loan is forgiven (met within the term)."""
    einde, voldaan = aanspraak.termijn_einde, invoer.datum_voldaan
    kwijt = invoer.doelgroep in KWIJTSCHELDING
    if kwijt and voldaan is not None and einde is not None and voldaan <= einde:
        return None
    return uitleg_aanspraak.terugbetaling(invoer, "wi2013", aanspraak, data.peildatum, uitleg)


def leeftijd_stappen(invoer: LeningInvoer, data: Data, wet: Bron, uitleg: Uitleg) -> None:
    """The age limits: 18 (with the law's own 16) and the AOW age on the peildatum (both laws)."""
    datum, peil = data.wet, data.peildatum
    if not meerderjarig(invoer, datum):
        leeftijd = p.waarde("leeftijd_inburgeringsplicht", datum)
        uitleg.stap(
            f"Alleen een statushouder van {leeftijd.tekst} is inburgeringsplichtig. Met "
            f"{invoer.leeftijd} jaar is er (nog) geen inburgeringsplicht en dus geen DUO-lening.",
            leeftijd.bron,
        )
        minimum = p.waarde("minimumleeftijd_inburgeringsplicht", datum)
        uitleg.stap(
            f"De wet zelf noemt {minimum.tekst}, maar wie leerplichtig of kwalificatieplichtig is, "
            "is niet inburgeringsplichtig; de kwalificatieplicht loopt tot 18 jaar.",
            minimum.bron,
        )
    if invoer.leeftijd < laagste_aow_leeftijd():
        return
    bereikt = aow_leeftijd_bereikt(invoer, peil)
    try:
        aow = f"{aow_leeftijd_tekst(peil.year)} in {peil.year}"
    except p.GeenWaarde:
        uitleg.waarschuw(
            f"De AOW-leeftijd voor {peil.year} staat nog niet in de bronnen van deze site. Wie "
            "de AOW-leeftijd heeft bereikt, is niet inburgeringsplichtig; de rekenhulp kan dat "
            "hier niet nagaan en gaat ervan uit dat die leeftijd nog niet bereikt is.",
            wet,
        )
        return
    if bereikt:
        uitleg.stap(
            f"Wie de AOW-leeftijd heeft bereikt ({aow}), is niet inburgeringsplichtig en kan "
            "dus niet bij DUO lenen.",
            wet,
        )
    elif bereikt is None:
        uitleg.waarschuw(
            f"Met {invoer.leeftijd} jaar kan de AOW-leeftijd ({aow}) al bereikt zijn; dat hangt "
            "af van de geboortedatum. Wie die leeftijd heeft bereikt, is niet "
            "inburgeringsplichtig. De rekenhulp gaat ervan uit dat ze nog niet bereikt is.",
            p.bron("aow_leeftijd", date(peil.year, 1, 1)),
        )


def _redenen(invoer: LeningInvoer, data: Data, recht: bool, uitleg: Uitleg) -> None:
    if not invoer.inburgeringsplichtig:
        uitleg.stap("Alleen een inburgeringsplichtige kan bij DUO lenen.", FACTSHEET_2_2)
    if invoer.tijdelijk_vrijgesteld_mbo:
        uitleg.stap(
            "Wie aansluitend aan de leer- of kwalificatieplicht een opleiding op MBO 2 of hoger "
            "volgt, is tijdelijk vrijgesteld van de inburgeringsplicht en krijgt geen DUO-lening.",
            vraag(17),
        )
        einde_tijdelijke_vrijstelling(data.peildatum, uitleg)
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
            "Voor deze doelgroep stelt DUO het bedrag van de lening lager vast naar het inkomen "
            "(de draagkracht).",
            artikel("Regeling inburgering", "4.1"),
        )
    kosten = kosten_participatieverklaring(datum)
    if doelgroep == "gezinsmigrant" and kosten is not None:
        uitleg.stap(
            f"Gezinsmigranten betalen het participatieverklaringstraject ({kosten.tekst}) zelf.",
            FACTSHEET_2_1,
        )
        uitleg.stap(
            "Niet uit de DUO-lening: die is er voor een cursus naar het examen, het examen en een "
            "alfabetiseringscursus.",
            artikel("Besluit inburgering", "4.1a", "1"),
        )
