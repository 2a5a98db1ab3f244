"""Rekenhulp `jongeren`: young status holders, the MBO and the ISK (spec sections 6 and 7).

The rekenhulp assumes that the obligation would start on the 18th birthday: that date decides
which law applies. The peildatum (default today) decides the status.
"""

from __future__ import annotations

from calc import parameters as p
from calc.bronnen import DATUMREGELS, Uitleg, vraag
from calc.datums import datum_nl, verjaardag
from calc.regime import ingang, regime_op, standaard, wet
from calc.rekenhulpen.basis import Data, Rekenhulp, beschrijving, peildatum
from calc.rekenhulpen.jongeren import uitleg_wi2013, uitleg_wi2021
from calc.rekenhulpen.jongeren.invoer import (
    OPLEIDINGEN,
    VELDEN,
    JongerenInvoer,
    JongerenUitkomst,
    lees_invoer,
)
from calc.rekenhulpen.jongeren.wi2013 import achttiende_verjaardag
from calc.wetten import artikel


def data(invoer: JongerenInvoer, uitleg: Uitleg) -> Data:
    """The 18th birthday decides the law (an assumption, stated); the peildatum the status."""
    geboren = invoer.geboortedatum
    peil = peildatum(invoer.peildatum)
    achttien = achttiende_verjaardag(geboren)
    uitleg.stap(
        f"Geboren op {datum_nl(geboren)}: 18 jaar op {datum_nl(achttien)}.",
        p.bron("leeftijd_inburgeringsplicht", ingang(standaard().code)),
    )
    if geboren.month == 2 and geboren.day == 29:
        uitleg.waarschuw(
            "Geboren op 29 februari: in een jaar zonder 29 februari neemt de rekenhulp 1 maart "
            "als 18e verjaardag, de dag na 28 februari, zoals meestal wordt aangenomen. Dat is "
            "een aanname van de rekenhulp: de factsheet, de wetten die deze site gebruikt en de "
            "SVB regelen het niet, en soms wordt 28 februari genoemd. Gaat het om een "
            "inschrijving op 28 februari of 1 maart, vraag het dan na bij DUO.",
            DATUMREGELS,
        )
    for veld, datum in (
        ("de peildatum", peil.peildatum),
        ("de inschrijving bij de opleiding", invoer.inschrijving_mbo),
        ("de start van de ISK", invoer.start_isk),
    ):
        if datum is not None and datum < geboren:
            uitleg.waarschuw(
                f"De datum van {veld} ({datum_nl(datum)}) ligt vóór de geboortedatum. "
                "Controleer de datums.",
                vraag(18),
            )
    uitleg.waarschuw(
        "De rekenhulp neemt aan dat de inburgeringsplicht op de 18e verjaardag zou beginnen; "
        "die datum bepaalt welke wet geldt.",
        wet(regime_op(achttien)).bron,
    )
    minimum = p.waarde(
        "minimumleeftijd_inburgeringsplicht", max(achttien, ingang(standaard().code))
    )
    assert isinstance(minimum.waarde, int)
    if verjaardag(geboren, minimum.waarde) <= peil.peildatum < achttien:
        uitleg.waarschuw(
            f"De wet legt de ondergrens bij {minimum.tekst}: wie 16 of 17 is en niet (meer) "
            "leerplichtig of kwalificatieplichtig is, kan al inburgeringsplichtig zijn. Geen "
            "kwalificatieplicht heeft bijvoorbeeld wie een diploma praktijkonderwijs heeft of "
            "voortgezet speciaal onderwijs volgde in het uitstroomprofiel arbeidsmarkt of "
            "dagbesteding. De rekenhulp rekent met 18 jaar; kijk bij zo iemand naar de "
            "kennisgeving van DUO.",
            artikel("Leerplichtwet 1969", "4a", "2"),
        )
    return Data(achttien, peil.peildatum, peil.peildatum_gegeven)


REKENHULP = Rekenhulp(
    velden=VELDEN,
    lees_invoer=lees_invoer,
    data=data,
    regels={"wi2013": uitleg_wi2013.bereken, "wi2021": uitleg_wi2021.bereken},
    leeg=lambda invoer, data: JongerenUitkomst(data.peildatum, data.wet),
    onderwerp="de vrijstelling, de inburgeringsplicht en de ISK",
)
bereken = REKENHULP.bereken

BESCHRIJVING = beschrijving(
    REKENHULP,
    JongerenUitkomst,
    voorbeelden=(
        {
            "geboortedatum": "2000-06-15",
            "inschrijving_mbo": "2018-06-14",
            "mbo_niveau": 2,
            "peildatum": "2019-01-01",
        },
        {"geboortedatum": "2004-01-01", "peildatum": "2022-06-01"},
    ),
)

__all__ = [
    "BESCHRIJVING",
    "OPLEIDINGEN",
    "REKENHULP",
    "VELDEN",
    "JongerenInvoer",
    "JongerenUitkomst",
    "bereken",
]
