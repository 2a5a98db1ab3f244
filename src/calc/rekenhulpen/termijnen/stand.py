"""The status on the peildatum, under either law: how many days are left of the obligation's
running term (the term, or the new term after a fine), and whether the AOW age ended it; and
the sentence on the new term after a boetebeschikking, the same under either law.
"""

from __future__ import annotations

from datetime import date, timedelta

from calc.bronnen import Bron, Uitleg
from calc.datums import dagen_tussen, datum_nl
from calc.rekenhulpen.basis import Data, op_peildatum


def stand(
    data: Data,
    einde: date,
    nieuw: date | None,
    aow: date | None,
    bronnen: tuple[Bron, Bron],
    uitleg: Uitleg,
) -> tuple[str, int | None]:
    """(status, days left) on the peildatum. `einde` is the last day of the (extended) term,
    `nieuw` that of a new term after a fine, `aow` the day the AOW age is reached; `bronnen` the
    sources of the term and of the AOW rule."""
    peil_tekst, (termijn, wet) = op_peildatum(data), bronnen
    if aow is not None and aow <= data.peildatum:
        uitleg.stap(
            f"{peil_tekst} is de AOW-leeftijd bereikt (op {datum_nl(aow)}): er is geen "
            "inburgeringsplicht meer, dus ook geen boete of nieuwe termijn meer.",
            wet,
        )
        return "geen_inburgeringsplicht", None
    laatste, wat = (nieuw, "de nieuwe termijn") if nieuw is not None else (einde, "de termijn")
    datum = datum_nl(laatste)
    if aow is not None and aow - timedelta(days=1) < laatste:
        laatste, wat = aow - timedelta(days=1), "de inburgeringsplicht"
        datum = f"{datum_nl(laatste)}; de dag erna is de AOW-leeftijd bereikt"
    dagen = dagen_tussen(data.peildatum, laatste)
    if dagen > 0:
        tekst = f"{peil_tekst} is het nog {_dagen(dagen)} tot en met de laatste dag van {wat}"
    elif dagen == 0:
        tekst = f"{peil_tekst} is de laatste dag van {wat}"
    else:
        tekst = f"{peil_tekst} is {wat} {_dagen(-dagen)} geleden verstreken"
    uitleg.stap(f"{tekst} ({datum}).", termijn)
    return ("lopend" if dagen >= 0 else "verlopen"), dagen


def _dagen(aantal: int) -> str:
    return "1 dag" if aantal == 1 else f"{aantal} dagen"


def nieuwe_termijn_tekst(beschikking: date, einde: date, duur: str | None, aow: date | None) -> str:
    """The step on the new term after a boetebeschikking (under either law); `duur` is the
    parameter's text of its longest length (nieuwe_termijn_na_boete)."""
    if not duur:
        raise ValueError("nieuwe_termijn_na_boete has no text")
    tekst = (
        f"De boetebeschikking is gedagtekend op {datum_nl(beschikking)}. De nieuwe termijn "
        f"begint de dag erna en duurt ten hoogste {duur}: de laatste dag is uiterlijk "
        f"{datum_nl(einde)}. De beschikking noemt de termijn zelf; die is leidend. (Dat de "
        "termijn de dag na de dagtekening begint, is een aanname van de rekenhulp, zoals bij "
        "een bezwaartermijn.)"
    )
    if aow is not None and aow <= einde:
        tekst += (
            f" Op {datum_nl(aow)} bereikt deze persoon de AOW-leeftijd: dan eindigt de "
            "inburgeringsplicht, en daarmee ook de nieuwe termijn."
        )
    return tekst
