"""Steps of the rekenhulp `termijnen` under the Wet inburgering 2021 on what runs beside the
term: maatschappelijke begeleiding (art. 13), ontzorgen in the bijstand (Participatiewet art.
56a) and the deadline to change the leerroute (Besluit inburgering 2021 art. 5.4).
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import Uitleg
from calc.datums import datum_nl
from calc.rekenhulpen.termijnen.invoer import TermijnenInvoer
from calc.rekenhulpen.termijnen.wi2021 import leerroute_wijzigen_uiterlijk, ontzorgen_einde
from calc.wetten import artikel


def maatschappelijke_begeleiding(invoer: TermijnenInvoer, uitleg: Uitleg) -> None:
    if invoer.doelgroep not in (None, "asielstatushouder"):
        return
    wanneer = (
        f": vanaf {datum_nl(invoer.vestiging_gemeente)}"
        if invoer.vestiging_gemeente is not None
        else ""
    )
    uitleg.stap(
        "Voor een asielstatushouder begint de maatschappelijke begeleiding op de dag van "
        f"inschrijving in de BRP van de gemeente{wanneer}.",
        artikel("Wet inburgering 2021", "13"),
    )


def ontzorgen(invoer: TermijnenInvoer, uitleg: Uitleg) -> date | None:
    """The last day of ontzorgen: six months from the day the right to bijstand arose, for an
    asylum status holder under the Wet inburgering 2021 (Participatiewet art. 56a)."""
    if invoer.doelgroep not in (None, "asielstatushouder"):
        return None
    bijstand = invoer.start_bijstand
    maanden = p.waarde("ontzorgen", bijstand or invoer.start_inburgeringsplicht)
    if bijstand is None:
        uitleg.stap(
            "Krijgt een asielstatushouder bijstand, dan betaalt het college de eerste "
            f"{maanden.tekst} huur, energie, water en de zorgverzekering uit die bijstand "
            "(ontzorgen). Vul de datum in waarop het recht op bijstand ontstond om het einde te "
            "zien.",
            maanden.bron,
        )
        uitleg.onbekend("ontzorgen_einde", "start_bijstand")
        return None
    einde = ontzorgen_einde(bijstand)
    uitleg.stap(
        f"Het recht op bijstand ontstond op {datum_nl(bijstand)}. Het college betaalt daaruit "
        f"{maanden.tekst} lang huur, energie, water en de zorgverzekering (ontzorgen): tot en met "
        f"{datum_nl(einde)}.",
        maanden.bron,
        noemt="ontzorgen_einde",
    )
    return einde


def leerroute_wijzigen(invoer: TermijnenInvoer, begin: date, uitleg: Uitleg) -> date:
    """The college can set the leerroute anew up to 1.5 years into the term (art. 5.4 lid 1);
    from the onderwijsroute to the B1-route at any time."""
    uiterlijk = leerroute_wijzigen_uiterlijk(begin)
    termijn = p.waarde("leerroute_wijzigen", begin)
    tekst = (
        f"Het college kan de leerroute opnieuw vaststellen tot {termijn.tekst} na de start van "
        f"de termijn: uiterlijk op {datum_nl(uiterlijk)}."
    )
    if invoer.leerroute in (None, "onderwijs"):
        tekst += (
            " De onderwijsroute kan gedurende het hele traject worden gewijzigd in de B1-route."
        )
    uitleg.stap(
        tekst + " In bijzondere gevallen mag het college van die termijn afwijken.",
        termijn.bron,
        noemt="leerroute_wijzigen_uiterlijk",
    )
    return uiterlijk
