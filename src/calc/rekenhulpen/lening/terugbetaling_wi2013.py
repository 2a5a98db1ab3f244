"""Steps of the rekenhulp `lening` on repaying the DUO loan under the Wet inburgering 2013.

Factsheet §2.2 and footnote 8 name forgiveness for an asylum status when the obligation is met
in time. The Besluit inburgering completes it: the same holds for family members with a regular
permit to stay with an asylum-permit holder, and after a vrijstelling, an ontheffing or a
naturalisation (art. 4.13 lid 3 with art. 4.1a lid 3); partial forgiveness exists since the
Regeling of 3 December 2021. What the courts said since 2025 follows by the peildatum.
"""

from __future__ import annotations

from calc import parameters as p
from calc.bronnen import VOETNOOT_8, Uitleg
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.lening.wi2013 import KWIJTSCHELDING
from calc.uitspraken import waarschuw_boete_en_lening
from calc.wetten import INBURGEREN_KWIJTSCHELDING, STCRT_2021_49155, artikel


def stappen(doelgroep: str, data: Data, uitleg: Uitleg) -> None:
    """How the loan is repaid or forgiven for `doelgroep`."""
    datum = data.wet
    if doelgroep not in KWIJTSCHELDING:
        jaren = p.waarde("terugbetalingstermijn", datum)
        wie = "Gezinsmigranten" if doelgroep == "gezinsmigrant" else "Andere inburgeringsplichtigen"
        uitleg.stap(
            f"{wie} betalen de lening naar draagkracht met rente terug binnen {jaren.tekst}.",
            jaren.bron,
        )
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
    uitleg.stap(
        "Sinds de regeling van 3 december 2021 kan DUO ook een deel kwijtschelden als de "
        "inburgeringsplicht kort na de termijn alsnog is voldaan (gedeeltelijke kwijtschelding).",
        STCRT_2021_49155,
    )
    uitleg.stap(
        "DUO kent de gedeeltelijke kwijtschelding zelf toe; de voorwaarden en percentages staan "
        "op inburgeren.nl.",
        INBURGEREN_KWIJTSCHELDING,
    )
    waarschuw_boete_en_lening(data.peildatum, doelgroep, uitleg)
