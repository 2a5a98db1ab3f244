"""Steps of the rekenhulp `termijnen` on extending the term under the Wet inburgering 2021:
aanzienlijke inspanningen (six months), niet verwijtbaar (each time; its length is set by the
Regeling), interruptions, and when the request can be made (Wet art. 12; Besluit art. 4.2-4.5).
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import Uitleg
from calc.datums import datum_nl
from calc.rekenhulpen.termijnen.invoer import TermijnenInvoer
from calc.rekenhulpen.termijnen.wi2021 import aanvraag_verlenging_vanaf, verlengd_na_inspanningen
from calc.wetten import artikel, wettekst


def stappen(invoer: TermijnenInvoer, einde: date, uitleg: Uitleg) -> date:
    """The extension steps; returns the first day on which an extension can be requested."""
    zes = p.waarde("verlenging_aanzienlijke_inspanningen", einde)
    if invoer.leerroute in ("onderwijs", "z"):
        uitleg.stap(
            f"De verlenging met {zes.tekst} na aanzienlijke inspanningen is er alleen voor wie de "
            "B1-route volgt; in deze leerroute geldt ze niet.",
            zes.bron,
        )
    else:
        voorwaarde = "Alleen in de B1-route: " if invoer.leerroute is None else ""
        uitleg.stap(
            f"{voorwaarde}na aanzienlijke inspanningen verlengt DUO de termijn met {zes.tekst}: "
            f"tot {datum_nl(verlengd_na_inspanningen(einde))}. Daarvoor volgt de "
            "inburgeringsplichtige de B1-route met examens op ten minste A2, volgde alle lessen, "
            "haalde ten minste twee van de vier taalexamens en KNM, en rondde het "
            "participatieverklaringstraject en de MAP af. De rekenhulp rekent daar niet mee: DUO "
            "beslist.",
            zes.bron,
        )
        if invoer.doelgroep in ("gezinsmigrant", "overig"):
            uren = p.waarde("uren_aanzienlijke_inspanningen_migranten", einde)
            uitleg.stap(
                "Voor gezinsmigranten en overige migranten geldt in plaats van 'alle lessen' dat "
                f"zij ten minste {uren.tekst} taalles of KNM volgden.",
                uren.bron,
            )
    uitleg.stap(
        "Valt het niet op tijd halen de inburgeringsplichtige niet te verwijten, dan verlengt "
        "DUO de termijn, zo vaak als nodig. Hoe lang, regelt de Regeling inburgering 2021; die "
        "duur staat niet in de bronnen van deze site, dus de rekenhulp rekent er niet mee.",
        artikel("Wet inburgering 2021", "12"),
    )
    uitleg.stap(
        "Sinds 2023 telt ook het volgen van een niet-vrijstellende opleiding (zoals de "
        "entreeopleiding, praktijkonderwijs of voortgezet speciaal onderwijs) als niet te "
        "verwijten.",
        artikel("Besluit inburgering 2021", "4.3"),
    )
    uitleg.stap(
        "Wie tijdelijk geen ingezetene was of hier tijdelijk verbleef, krijgt er de duur van die "
        f"onderbreking bij (ten hoogste {p.waarde('onderbreking_termijn', einde).tekst}).",
        p.bron("onderbreking_termijn", einde),
    )
    vanaf = aanvraag_verlenging_vanaf(einde)
    maanden = p.waarde("aanvraag_verlenging", einde)
    beslissen = p.waarde("beslistermijn_verlenging", einde)
    uitleg.stap(
        f"Verlenging aanvragen kan vanaf {maanden.tekst} vóór het einde van de termijn: vanaf "
        f"{datum_nl(vanaf)}. DUO beslist binnen {beslissen.tekst}.",
        maanden.bron,
        noemt="aanvraag_verlenging_vanaf",
    )
    uitleg.stap(
        "De voorwaarden en bedragen die de Regeling inburgering 2021 vaststelt, staan in die "
        "regeling.",
        wettekst("Regeling inburgering 2021"),
    )
    return vanaf
