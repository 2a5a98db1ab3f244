"""Steps of the rekenhulp `termijnen` under the Wet inburgering 2021 on the persoonlijk plan
inburgering en participatie (PIP): its deadline (Besluit inburgering 2021 art. 5.3, by the text in
force on the day the deadline starts to run), a PIP set late, a new PIP after moving to another
municipality, and the order of the dates typed.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import Uitleg
from calc.datums import dagen_tussen, datum_nl
from calc.rekenhulpen.basis import Data, op_peildatum
from calc.rekenhulpen.termijnen.invoer import TermijnenInvoer
from calc.rekenhulpen.termijnen.wi2021 import nieuw_pip_uiterlijk, pip_aanvang, pip_uiterlijk
from calc.wetten import STB_2022_489, artikel


def pip(invoer: TermijnenInvoer, data: Data, uitleg: Uitleg) -> date | None:
    aanvang = pip_aanvang(
        invoer.start_inburgeringsplicht, invoer.vestiging_gemeente, invoer.datum_kennisgeving
    )
    if aanvang is None:
        uitleg.stap(
            "Het college stelt het persoonlijk plan inburgering en participatie (PIP) binnen 10 "
            "weken vast: in 2022 na de inschrijving in de BRP, vanaf 2023 na de kennisgeving van "
            "DUO (of na een latere inschrijving in de gemeente van huisvesting). Vul die datums "
            "in om de uiterste datum te zien.",
            p.bron("pip_termijn", p.ingang("pip_termijn_aanvang", "kennisgeving")),
        )
        uitleg.onbekend("pip_uiterlijk", "vestiging_gemeente", "datum_kennisgeving")
        return None
    regel = p.waarde("pip_termijn_aanvang", aanvang)
    weken = p.waarde("pip_termijn", aanvang)
    uiterlijk = pip_uiterlijk(aanvang)
    uitleg.stap(
        f"De termijn voor het PIP liep vanaf {datum_nl(aanvang)}: volgens de tekst die toen gold, "
        f"telt {regel.tekst}. Het college stelt het PIP vast binnen {weken.tekst}: uiterlijk op "
        f"{datum_nl(uiterlijk)}.",
        weken.bron,
        noemt="pip_uiterlijk",
    )
    nieuwe_tekst = p.ingang("pip_termijn_aanvang", "kennisgeving")
    if aanvang < nieuwe_tekst <= uiterlijk:
        uitleg.waarschuw(
            f"De termijn voor het PIP begon vóór {datum_nl(nieuwe_tekst)} en liep daarna door, "
            "toen het besluit op dit punt veranderde. Het overgangsrecht van die wijziging is "
            "voor deze site niet gelezen: de rekenhulp neemt aan dat de tekst geldt die gold op "
            "de dag waarop de termijn begon. Controleer dit bij de gemeente of DUO.",
            STB_2022_489,
        )
    if invoer.vestiging_gemeente is None and regel.waarde == "kennisgeving":
        uitleg.stap(
            "Er is geen datum van inschrijving ingevuld: de rekenhulp gaat ervan uit dat de "
            "inburgeringsplichtige bij de kennisgeving al in de gemeente van huisvesting stond "
            "ingeschreven. Was de inschrijving later, vul die dan in.",
            weken.bron,
        )
    if invoer.datum_pip is None and data.peildatum > uiterlijk:
        uitleg.stap(
            f"{op_peildatum(data)} is die uiterste datum voorbij: het college had het PIP dan al "
            "moeten vaststellen.",
            weken.bron,
        )
    return uiterlijk


def pip_te_laat(invoer: TermijnenInvoer, uiterlijk: date | None, uitleg: Uitleg) -> int | None:
    """How many days after its deadline the college set the PIP: 0 on time, None unknown."""
    if invoer.datum_pip is None:
        uitleg.onbekend("pip_dagen_te_laat", "datum_pip")
        return None
    if uiterlijk is None:
        uitleg.onbekend("pip_dagen_te_laat", "vestiging_gemeente", "datum_kennisgeving")
        return None
    if invoer.datum_pip <= uiterlijk:
        return 0
    dagen = dagen_tussen(uiterlijk, invoer.datum_pip)
    uitleg.waarschuw(
        f"Het PIP is {dagen} {'dag' if dagen == 1 else 'dagen'} na de uiterste datum "
        f"({datum_nl(uiterlijk)}) vastgesteld. Het college heeft de termijn van het besluit niet "
        "gehaald. De inburgeringstermijn begint toch pas op de dag na het PIP, dus die schuift "
        "mee; de inburgeringsplichtige krijgt daardoor niet minder tijd.",
        p.bron("pip_termijn", uiterlijk),
    )
    return dagen


def nieuw_pip(invoer: TermijnenInvoer, uitleg: Uitleg) -> date | None:
    """After moving: the college of the new municipality sets the PIP anew (art. 5.3 lid 3)."""
    verhuisd = invoer.inschrijving_nieuwe_gemeente
    if verhuisd is None:
        return None
    uiterlijk = nieuw_pip_uiterlijk(verhuisd)
    weken = p.waarde("pip_termijn_verhuizing", verhuisd)
    uitleg.stap(
        f"Na de verhuizing (inschrijving in de nieuwe gemeente op {datum_nl(verhuisd)}) stelt het "
        f"college van die gemeente het PIP opnieuw vast, binnen {weken.tekst}: uiterlijk op "
        f"{datum_nl(uiterlijk)}. De inburgeringstermijn blijft lopen vanaf het eerste PIP.",
        weken.bron,
        noemt="nieuw_pip_uiterlijk",
    )
    return uiterlijk


def datums_controleren(invoer: TermijnenInvoer, uitleg: Uitleg) -> None:
    """Implausible but possible orders of the dates: warnings, never errors."""
    start, kennisgeving, pip = (
        invoer.start_inburgeringsplicht,
        invoer.datum_kennisgeving,
        invoer.datum_pip,
    )
    bron = artikel("Wet inburgering 2021", "11")
    if pip is not None and kennisgeving is not None and pip < kennisgeving:
        uitleg.waarschuw(
            f"Het PIP ({datum_nl(pip)}) is gedateerd vóór de kennisgeving van DUO "
            f"({datum_nl(kennisgeving)}). Controleer de datums; de rekenhulp rekent met de "
            "ingevulde datum van het PIP.",
            bron,
        )
    if kennisgeving is not None and kennisgeving < start:
        uitleg.waarschuw(
            f"De kennisgeving ({datum_nl(kennisgeving)}) ligt vóór de start van de "
            f"inburgeringsplicht ({datum_nl(start)}). Controleer de datums; de rekenhulp telt "
            "vanaf de start.",
            bron,
        )
    if pip is not None and pip < start:
        uitleg.waarschuw(
            f"Het PIP ({datum_nl(pip)}) is gedateerd vóór de start van de inburgeringsplicht "
            f"({datum_nl(start)}). Controleer de datums.",
            bron,
        )
