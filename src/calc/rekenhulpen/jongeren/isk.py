"""Steps of the rekenhulp `jongeren` on the Internationale Schakelklas (ISK): education policy
as the factsheet describes it (vraag 17, 29), not a rule of either Wet inburgering.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import Uitleg, vraag
from calc.datums import datum_nl
from calc.rekenhulpen.jongeren.invoer import JongerenInvoer
from calc.rekenhulpen.jongeren.wi2013 import isk_einde


def isk_stappen(invoer: JongerenInvoer, achttien: date, uitleg: Uitleg) -> date | None:
    """Two years of ISK for young people under 18 (vraag 17, 29): education policy, the same
    under both laws."""
    start = invoer.start_isk
    if start is None:
        return None
    einde = isk_einde(start, achttien)
    duur = p.waarde("isk_duur", achttien)
    uitleg.stap(
        f"Jongeren onder de 18 hebben recht op {duur.tekst} onderwijs in een Internationale "
        f"Schakelklas (ISK), ook als ze in die tijd 18 worden: van {datum_nl(start)} tot en met "
        f"{datum_nl(einde)} (de startdag telt mee).",
        duur.bron,
    )
    if start >= achttien:
        uitleg.waarschuw(
            f"De ISK begint op of na de 18e verjaardag ({datum_nl(achttien)}). Het recht op "
            f"{duur.tekst} ISK geldt voor jongeren onder de 18.",
            duur.bron,
        )
    if achttien <= einde:
        uitleg.stap(
            "De jongere is 18 of wordt 18 tijdens de ISK. Bijstand is mogelijk voor een "
            "18-jarige in de ISK: de gemeente kan beargumenteren dat de ISK voldoende invulling "
            "geeft aan de arbeidsverplichtingen uit de Participatiewet. Na de ISK volgt "
            "idealiter het MBO met studiefinanciering; de mogelijkheid van bijstand vervalt dan.",
            vraag(29),
        )
    return einde
