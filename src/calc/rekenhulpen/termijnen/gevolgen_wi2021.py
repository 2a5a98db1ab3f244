"""Steps of the rekenhulp `termijnen` on the fines of the Wet inburgering 2021: by the college
(brede intake, PIP) and by DUO (PVT or MAP, the leerroute), each with a new term, and what the
courts said since 2025 (by the peildatum).
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import Uitleg
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.termijnen.invoer import TermijnenInvoer
from calc.rekenhulpen.termijnen.stand import nieuwe_termijn_tekst
from calc.uitspraken import stap_na_uitspraken, waarschuw_boete_en_lening
from calc.wetten import artikel, wettekst


def stappen(
    invoer: TermijnenInvoer,
    data: Data,
    nieuw_einde: date | None,
    aow: date | None,
    uitleg: Uitleg,
) -> None:
    datum = invoer.datum_pip or invoer.start_inburgeringsplicht
    intake = p.waarde("boete_brede_intake", datum)
    pip, pip_max = p.waarde("boete_pip", datum), p.waarde("boete_pip_maximaal", datum)
    totaal = p.waarde("boetes_college_per_termijn", datum)
    uitleg.stap(
        f"Het college kan een boete opleggen: {intake.tekst} wie niet verschijnt of onvoldoende "
        f"meewerkt aan de brede intake, en {pip.tekst} wie niet meewerkt aan het PIP; bij "
        f"herhaling binnen twaalf maanden verdubbelt die boete, tot ten hoogste {pip_max.tekst}. "
        f"Samen zijn deze boetes in de termijn ten hoogste {totaal.tekst}.",
        totaal.bron,
    )
    pvt = p.waarde("boete_participatieverklaring", datum)
    nieuw = p.waarde("nieuwe_termijn_na_boete", datum)
    uitleg.stap(
        "DUO legt een boete op van "
        f"{pvt.tekst} als het participatieverklaringstraject of de MAP niet binnen de termijn "
        f"is afgerond, met een nieuwe termijn van ten hoogste {nieuw.tekst}; daarna volgt zo "
        "nodig elke twee jaar een nieuwe boete.",
        pvt.bron,
    )
    leerroute = p.waarde("boete_maximaal", datum)
    uitleg.stap(
        "Is de leerroute niet binnen de termijn behaald, dan legt DUO een boete op van ten "
        f"hoogste {leerroute.tekst}, ook met een nieuwe termijn van ten hoogste {nieuw.tekst}. "
        "De hoogte hangt af van de gevolgde uren, de examenpogingen en de behaalde examens.",
        leerroute.bron,
    )
    if invoer.datum_boetebeschikking is not None and nieuw_einde is not None:
        tekst = nieuwe_termijn_tekst(
            invoer.datum_boetebeschikking, nieuw_einde, str(nieuw.tekst), aow
        )
        uitleg.stap(tekst, nieuw.bron, noemt="nieuwe_termijn_einde")
    uitleg.stap(
        "De tabel met die boetebedragen staat in de Regeling inburgering 2021; die staat niet in "
        "de bronnen van deze site.",
        wettekst("Regeling inburgering 2021"),
    )
    uitleg.stap(
        "Geen boete als de verblijfsvergunning niet wordt verlengd of wordt ingetrokken, en "
        "geen boete als voor hetzelfde gedrag de bijstand al is verlaagd.",
        artikel("Wet inburgering 2021", "25"),
    )
    nu = stap_na_uitspraken(data.peildatum, invoer.doelgroep, regime="wi2021")
    if nu is not None:
        uitleg.stap(nu.tekst, nu.bron)
    waarschuw_boete_en_lening(data.peildatum, invoer.doelgroep, uitleg, regime="wi2021")
