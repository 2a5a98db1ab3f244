"""Steps of the rekenhulp `lening` on repaying the DUO loan under the Wet inburgering 2013.

Repayment is in equal monthly terms over at most ten years; a lower amount by draagkracht only
on request (Besluit inburgering art. 4.6, 4.7, 4.9). Factsheet §2.2 and footnote 8 name
forgiveness for an asylum status when the obligation is met in time; the Besluit completes it
(art. 4.13 lid 3 with art. 4.1a lid 3), and partial forgiveness exists since the Regeling of
3 December 2021 (Stcrt. 2021, 49155; the percentages as DUO applies them). What the courts said
since 2025 is said in the step itself, by the peildatum (`calc.uitspraken`).
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import VOETNOOT_8, Uitleg
from calc.datums import datum_nl
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.lening.aanspraak import gedeeltelijke_kwijtschelding_mogelijk
from calc.rekenhulpen.lening.invoer import LeningInvoer
from calc.rekenhulpen.lening.wi2013 import KWIJTSCHELDING
from calc.uitspraken import stap_na_uitspraken, waarschuw_boete_en_lening
from calc.wetten import STCRT_2021_49155, artikel

#: Per law: the Besluit, its article on equal monthly terms and the one on a request.
MAANDTERMIJNEN = {
    "wi2013": ("Besluit inburgering", "4.7", "4.9"),
    "wi2021": ("Besluit inburgering 2021", "6.8", "6.10"),
}


def maandtermijnen(data: Data, uitleg: Uitleg, wet: str = "wi2013") -> None:
    """Equal monthly terms over at most ten years; draagkracht only on request (Besluit
    inburgering art. 4.7 lid 2, 4.9; Besluit inburgering 2021 art. 6.8 lid 2, 6.10)."""
    jaren = p.waarde("terugbetalingstermijn", data.wet)
    besluit, gelijk, verzoek = MAANDTERMIJNEN[wet]
    uitleg.stap(
        "De lening wordt met rente terugbetaald in maandelijkse termijnen van een gelijk bedrag, "
        f"in ten hoogste {jaren.tekst}.",
        artikel(besluit, gelijk, "2"),
    )
    uitleg.stap(
        "Alleen wie dat maandbedrag niet kan betalen, kan DUO vragen de draagkracht vast te "
        "stellen; dan kan het maandbedrag lager worden.",
        artikel(besluit, verzoek),
    )


def stappen(invoer: LeningInvoer, data: Data, einde: date | None, uitleg: Uitleg) -> None:
    """How the loan is repaid or forgiven for this doelgroep."""
    datum = data.wet
    if invoer.doelgroep not in KWIJTSCHELDING:
        maandtermijnen(data, uitleg)
        uitleg.stap(
            "Kwijtschelding van rechtswege geldt alleen voor houders van een asielvergunning en "
            "gezinsleden die met een reguliere vergunning bij een houder van een asielvergunning "
            "verblijven; deze doelgroep hoort daar niet bij.",
            artikel("Besluit inburgering", "4.13", "3"),
        )
        return
    termijn = p.waarde("inburgeringstermijn", datum).tekst
    uitleg.stap(
        "Met een asielstatus wordt de lening kwijtgescholden als de inburgeringsplicht op tijd "
        f"is voldaan: binnen {termijn} of met een niet verwijtbare verlenging.",
        VOETNOOT_8,
    )
    uitleg.stap(
        "Het Besluit inburgering vult dat aan. Volledige kwijtschelding krijgt wie een "
        "asielvergunning heeft, en ook een gezinslid dat met een reguliere vergunning bij een "
        "houder van een asielvergunning verblijft, als binnen de (verlengde) termijn: het examen "
        "is gehaald (en, wie dat moet, het participatieverklaringstraject is afgerond); of een "
        "vrijstelling geldt; of ontheffing is verleend; of na naturalisatie met vrijstelling van "
        "de naturalisatietoets. DUO scheldt dan zelf kwijt, zonder aanvraag.",
        artikel("Besluit inburgering", "4.13", "3"),
    )
    _voldaan(invoer, einde, data.peildatum, uitleg)
    _gedeeltelijk(data.peildatum, uitleg)
    maandtermijnen(data, uitleg)
    nu = stap_na_uitspraken(data.peildatum, invoer.doelgroep)
    if nu is not None:
        uitleg.stap(nu.tekst, nu.bron)
    waarschuw_boete_en_lening(data.peildatum, invoer.doelgroep, uitleg)


def _voldaan(invoer: LeningInvoer, einde: date | None, peildatum: date, uitleg: Uitleg) -> None:
    voldaan = invoer.datum_voldaan
    if voldaan is None or einde is None:
        return
    if voldaan <= einde:
        uitleg.stap(
            f"Aan de inburgeringsplicht is voldaan op {datum_nl(voldaan)}, binnen de termijn "
            f"(tot en met {datum_nl(einde)}): de lening wordt volledig kwijtgescholden.",
            artikel("Besluit inburgering", "4.13", "4"),
        )
    elif gedeeltelijke_kwijtschelding_mogelijk(voldaan, einde, peildatum):
        maanden = p.waarde("termijn_gedeeltelijke_kwijtschelding", peildatum)
        uitleg.stap(
            f"Aan de inburgeringsplicht is voldaan op {datum_nl(voldaan)}, na de termijn (tot en "
            f"met {datum_nl(einde)}) maar binnen {maanden.tekst} daarna: DUO kan een deel van de "
            "lening kwijtschelden (zie hieronder).",
            maanden.bron,
        )


def _gedeeltelijk(peildatum: date, uitleg: Uitleg) -> None:
    try:
        maanden = p.waarde("termijn_gedeeltelijke_kwijtschelding", peildatum)
        tabel = p.waarde("gedeeltelijke_kwijtschelding", peildatum)
    except p.GeenWaarde:
        return
    uitleg.stap(
        "Sinds de regeling van 3 december 2021 kan DUO ook een deel kwijtschelden als de "
        f"inburgeringsplicht binnen {maanden.tekst} na de termijn alsnog is voldaan "
        "(gedeeltelijke kwijtschelding).",
        STCRT_2021_49155,
    )
    uitleg.stap(
        f"DUO kent de gedeeltelijke kwijtschelding zelf toe, zo: {tabel.tekst}.", tabel.bron
    )
