"""Steps and result of the rekenhulp `lening` under the Wet inburgering 2021 (spec section 7),
from the rules in `wi2021`.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import Uitleg
from calc.regime import stap_wet
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.lening import terugbetaling_wi2013, uitleg_aanspraak, uitleg_wi2013
from calc.rekenhulpen.lening.invoer import LeningInvoer, LeningUitkomst
from calc.rekenhulpen.lening.wi2021 import (
    MET_ASIELVERGUNNING,
    betaler,
    is_inburgeringsplichtig,
    recht_op_lening,
    vergoedbaar,
)
from calc.wetten import INBURGEREN_BETALEN, artikel


def bereken(invoer: LeningInvoer, data: Data, uitleg: Uitleg) -> LeningUitkomst:
    datum = data.wet
    stap_wet("wi2021", datum, uitleg)
    uitleg_wi2013.leeftijd_stappen(invoer, data, artikel("Wet inburgering 2021", "3"), uitleg)
    wie = betaler(invoer.doelgroep)
    recht = recht_op_lening(invoer, datum, data.peildatum)
    if not invoer.inburgeringsplichtig:
        uitleg.stap(
            "Alleen een inburgeringsplichtige kan bij DUO lenen.",
            artikel("Wet inburgering 2021", "20"),
        )
    if invoer.tijdelijk_vrijgesteld_mbo:
        uitleg.stap(
            "Wie een opleiding volgt die leidt tot een vrijstellend diploma, is vrijgesteld van "
            "de inburgeringsplicht en leent dus niet bij DUO.",
            artikel("Wet inburgering 2021", "4"),
        )
    if not is_inburgeringsplichtig(invoer, datum, data.peildatum):
        uitleg.stap(
            "Zonder inburgeringsplicht is er (nog) geen leerroute: de gemeente biedt en betaalt "
            "die alleen een inburgeringsplichtige asielstatushouder, en alleen een "
            "inburgeringsplichtige kan bij DUO lenen.",
            artikel("Wet inburgering 2021", "16", "1"),
        )
        return LeningUitkomst(recht_op_lening=False)
    if wie == "gemeente":
        _gemeente(invoer, datum, uitleg)
        return LeningUitkomst(recht_op_lening=False, betaler=wie)
    aanspraak = uitleg_aanspraak.stappen(invoer, data, "wi2021", uitleg) if recht else None
    recht = recht and (aanspraak is None or aanspraak.op_peildatum is not False)
    _lening(invoer, data, recht, uitleg)
    vanaf = None
    if aanspraak is not None:
        vanaf = uitleg_aanspraak.terugbetaling(invoer, "wi2021", aanspraak, data.peildatum, uitleg)
    return LeningUitkomst(
        recht_op_lening=recht,
        terugbetaling="terugbetalen_in_maandtermijnen" if aanspraak is not None else None,
        vergoedbaar=vergoedbaar(),
        maximum_lening=p.getal("maximum_lening", datum),
        betaler=wie,
        termijn_einde=None if aanspraak is None else aanspraak.termijn_einde,
        aanspraak_lening_tot=None if aanspraak is None else aanspraak.tot,
        terugbetaling_vanaf=vanaf,
    )


def _gemeente(invoer: LeningInvoer, datum: date, uitleg: Uitleg) -> None:
    uitleg.stap(
        "Asielstatushouders, ook gezinsleden die met een reguliere vergunning bij een houder van "
        "een asielvergunning verblijven, lenen niet bij DUO: de regels over de lening gelden "
        "niet voor hen.",
        artikel("Wet inburgering 2021", "19"),
    )
    pogingen = p.waarde("examenpogingen_gemeente", datum)
    uitleg.stap(
        "De gemeente biedt hun een cursus of opleiding aan voor de leerroute uit het PIP en "
        f"betaalt die, en betaalt per examen de eerste {pogingen.waarde} pogingen (niet als het "
        "examen op een lager niveau is dan het PIP vraagt).",
        artikel("Wet inburgering 2021", "16"),
    )
    uitleg.stap(
        f"Zo staat het ook op inburgeren.nl: de gemeente betaalt de eerste {pogingen.tekst} per "
        "examen; lenen bij DUO kan niet.",
        INBURGEREN_BETALEN,
    )
    if invoer.doelgroep in MET_ASIELVERGUNNING:
        ontzorgen = p.waarde("ontzorgen", datum)
        uitleg.stap(
            "Heeft een asielvergunninghouder recht op bijstand, dan betaalt de gemeente de eerste "
            f"{ontzorgen.tekst} huur, energie, water en de zorgverzekering uit de bijstand "
            "(ontzorgen).",
            ontzorgen.bron,
        )
    uitleg.stap(
        "Conclusie: geen DUO-lening; de gemeente betaalt.", artikel("Wet inburgering 2021", "16")
    )


def _lening(invoer: LeningInvoer, data: Data, recht: bool, uitleg: Uitleg) -> None:
    datum = data.wet
    maximum = p.waarde("maximum_lening", datum)
    uitleg.stap(
        "Gezinsmigranten en overige migranten betalen hun inburgering zelf en kunnen daarvoor "
        f"bij DUO lenen: ten hoogste {maximum.tekst}, voor een cursus bij een instelling met "
        "keurmerk, het taalschakeltraject, alfabetiseringsonderwijs (als het PIP dat vraagt) en "
        "het examen.",
        maximum.bron,
    )
    uitleg.stap(
        "DUO bepaalt de hoogte van de lening naar het toetsingsinkomen van de "
        "inburgeringsplichtige en een eventuele partner"
        + (
            "; met voldoende inkomen kan die lager zijn, of nul."
            if invoer.voldoende_inkomen
            else "."
        ),
        maximum.bron,
    )
    uitleg.stap(
        "Wie nog een lening onder de Wet inburgering 2013 heeft die niet helemaal is "
        "terugbetaald of kwijtgescholden, krijgt geen nieuwe lening.",
        maximum.bron,
    )
    aanloop = p.waarde("aanloop_terugbetaling", datum)
    uitleg.stap(
        f"Terugbetalen begint {aanloop.tekst} na het voldoen aan de inburgeringsplicht of na het "
        "vervallen van de aanspraak op een lening; in die tijd loopt wel rente.",
        aanloop.bron,
    )
    terugbetaling_wi2013.maandtermijnen(data, uitleg, "wi2021")
    uitleg.stap(
        "Conclusie: " + ("recht op een DUO-lening." if recht else "geen recht op een DUO-lening."),
        artikel("Wet inburgering 2021", "20"),
    )
