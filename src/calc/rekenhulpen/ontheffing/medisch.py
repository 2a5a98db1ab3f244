"""The costs of the medical examination for an ontheffing (both laws), on the peildatum.

The examination by a doctor of Argonaut is paid in advance: € 240,79 in the Regeling inburgering
as read about 2017 (art. 2.4d); DUO now says, for the Wet inburgering 2013 and 2021 alike:
"Hebt u een ontheffing gekregen? Dan betaalt DUO u € 225,- terug" (inburgeren.nl, 'Ziekte of
handicap'). The amount and the refund are dated parameters, looked up on the peildatum: the day
the examination is asked for, not the start of the obligation.
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import Uitleg
from calc.datums import datum_nl

KOSTEN = "kosten_medisch_onderzoek"
TERUGBETALING = "terugbetaling_medisch_onderzoek"


def kosten_medisch_onderzoek(peildatum: date) -> int:
    """The costs in cents on `peildatum` (raises `GeenWaarde` before 2013)."""
    return p.getal(KOSTEN, peildatum)


def terugbetaling_bij_ontheffing(peildatum: date) -> bool:
    """True when DUO refunds the costs once the ontheffing is granted (from 2022 as assumed; the
    2017 text of the Regeling has no refund)."""
    try:
        return p.vlag(TERUGBETALING, peildatum)
    except p.VoorBegin:
        return False


def stap_kosten(peildatum: date, uitleg: Uitleg) -> None:
    """The step that says what the examination costs and when it is refunded."""
    try:
        kosten = p.waarde(KOSTEN, peildatum)
    except p.GeenWaarde:
        return
    if not terugbetaling_bij_ontheffing(peildatum):
        uitleg.stap(
            f"Het medisch onderzoek voor het advies kost {kosten.tekst}, vooraf te betalen door "
            "de inburgeringsplichtige.",
            kosten.bron,
        )
        return
    terug = p.waarde(TERUGBETALING, peildatum)
    uitleg.stap(
        f"Het medisch onderzoek kost {kosten.tekst}: de inburgeringsplichtige betaalt eerst de "
        f"rekening van DUO. Krijgt hij de ontheffing, dan betaalt DUO de {kosten.tekst} terug.",
        terug.bron,
    )
    uitleg.waarschuw(
        f"Sinds wanneer het bedrag {kosten.tekst} is en DUO het terugbetaalt, staat niet op "
        f"inburgeren.nl; de rekenhulp neemt {datum_nl(terug.vanaf)} aan. Daarvoor gold "
        f"{p.parameter(KOSTEN).waarden[0].tekst}, vooraf te betalen.",
        terug.bron,
    )
