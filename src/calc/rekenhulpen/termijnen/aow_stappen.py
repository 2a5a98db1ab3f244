"""Steps of the rekenhulp `termijnen` on the AOW age, under either law: who has reached it is
not inburgeringsplichtig (Wet inburgering art. 5 lid 1 a; Wet inburgering 2021 art. 3 lid 1).
The age counts on every date the answer gives: the term, a new term after a fine, the status on
the peildatum.
"""

from __future__ import annotations

from datetime import date, timedelta

from calc import parameters as p
from calc.aow import einde_door_aow
from calc.bronnen import Bron, Uitleg
from calc.datums import datum_nl
from calc.rekenhulpen.termijnen.invoer import TermijnenInvoer


def aow_stappen(
    invoer: TermijnenInvoer, einde: date | None, tot: date, wet: Bron, uitleg: Uitleg
) -> date | None:
    """The day the AOW age is reached, when it falls on or before `tot` (the last date the
    answer speaks of: the end of the term or a new term, or the peildatum if later); `einde` is
    the end of the (extended) term, None while it is not known."""
    try:
        aow = einde_door_aow(invoer.geboortedatum, tot)
    except p.GeenWaarde as fout:
        uitleg.waarschuw(
            f"De AOW-leeftijd voor {fout.datum.year} staat nog niet in de bronnen van deze site. "
            "Wie de AOW-leeftijd bereikt, is niet meer inburgeringsplichtig; de rekenhulp kan "
            f"niet nagaan of dat vóór {datum_nl(tot)} gebeurt.",
            wet,
        )
        return None
    if aow is None:
        return None
    if aow <= invoer.start_inburgeringsplicht:
        uitleg.stap(
            f"Deze persoon bereikte op {datum_nl(aow)} de AOW-leeftijd, op of vóór de start van de "
            "inburgeringsplicht. Wie de AOW-leeftijd heeft bereikt, is niet "
            "inburgeringsplichtig: er loopt geen termijn.",
            wet,
            noemt="aow_datum",
        )
    elif einde is None or aow <= einde:
        uitleg.stap(
            f"Deze persoon bereikt op {datum_nl(aow)} de AOW-leeftijd. Wie de AOW-leeftijd heeft "
            "bereikt, is niet meer inburgeringsplichtig: de plicht eindigt op die dag (de laatste "
            f"dag met inburgeringsplicht is {datum_nl(aow - timedelta(days=1))}).",
            wet,
            noemt="aow_datum",
        )
    else:
        uitleg.stap(
            f"Deze persoon bereikt op {datum_nl(aow)} de AOW-leeftijd, na het einde van de "
            "termijn. Vanaf die dag is er geen inburgeringsplicht meer: ook geen boete en geen "
            "nieuwe termijn meer.",
            wet,
            noemt="aow_datum",
        )
    uitleg.stap(
        "De AOW-leeftijd hangt af van het jaar waarin iemand die bereikt.",
        p.bron("aow_leeftijd", date(aow.year, 1, 1)),
    )
    return aow
