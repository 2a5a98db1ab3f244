"""The overview of one person says what each calculator says on its own page (issue 20).

For any person, the overview's dates, loan and exam answers equal the answers of Termijnen, the
DUO-lening, Jongeren and Examenroute for the same person, typed as a reader types them on each
calculator's own page: the doelgroep in that page's list, the age on the peildatum.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import calc
from calc.keuzes import DOELGROEPEN, LEERROUTES, codes

DAGEN = st.integers(0, 365 * 14).map(lambda n: date(2013, 1, 1) + timedelta(days=n))
#: The page Termijnen and Examenroute ask the groups of the Wet inburgering 2021: a family member
#: of an asylum status holder, with either permit, is an asylum status holder there (art. 13).
GROEP_OP_DE_PAGINA = {
    "asielstatushouder": "asielstatushouder",
    "gezinslid_asiel": "asielstatushouder",
    "gezinslid_regulier": "asielstatushouder",
    "gezinsmigrant": "gezinsmigrant",
    "overig": "overig",
}


def _jaren(geboren: date, op: date) -> int:
    jaren = op.year - geboren.year
    return jaren - 1 if (op.month, op.day) < (geboren.month, geboren.day) else jaren


@st.composite
def personen(draw: st.DrawFn) -> dict[str, Any]:
    start = draw(DAGEN)
    persoon: dict[str, Any] = {
        "doelgroep": draw(st.sampled_from(codes(DOELGROEPEN))),
        "start_inburgeringsplicht": start.isoformat(),
        "peildatum": (start + timedelta(days=draw(st.integers(0, 365 * 6)))).isoformat(),
        "geboortedatum": (
            start - timedelta(days=draw(st.integers(365 * 16, 365 * 70)))
        ).isoformat(),
    }
    if start.year >= 2022:
        pip = start + timedelta(days=draw(st.integers(1, 200)))
        persoon["datum_pip"] = pip.isoformat()
        persoon["leerroute"] = draw(st.sampled_from(codes(LEERROUTES)))
    return persoon


@settings(
    max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(personen())
def test_the_overview_says_what_each_calculator_says(persoon: dict[str, Any]) -> None:
    overzicht = calc.run("overzicht", persoon)
    assert overzicht["ok"], overzicht
    result = overzicht["result"]
    groep = GROEP_OP_DE_PAGINA[persoon["doelgroep"]]
    termijnen_invoer = {k: v for k, v in persoon.items() if k != "doelgroep"} | {"doelgroep": groep}
    termijnen = calc.run("termijnen", termijnen_invoer)
    assert termijnen["regime"] == overzicht["regime"]
    for key in ("termijn_einde", "pip_uiterlijk", "aow_datum", "participatieverklaring_uiterlijk"):
        assert result[key] == termijnen["result"].get(key), key
    geboren = date.fromisoformat(persoon["geboortedatum"])
    peil = date.fromisoformat(persoon["peildatum"])
    lening = calc.run(
        "lening",
        {
            "doelgroep": persoon["doelgroep"],
            "leeftijd": _jaren(geboren, peil),
            "start_inburgeringsplicht": persoon["start_inburgeringsplicht"],
            "geboortedatum": persoon["geboortedatum"],
            "peildatum": persoon["peildatum"],
            **({"datum_pip": persoon["datum_pip"]} if "datum_pip" in persoon else {}),
        },
    )
    assert result["recht_op_lening"] == lening["result"]["recht_op_lening"]
    assert result["betaler"] == lening["result"].get("betaler")
    # Every date of the two on the timeline, in order, and what is due next.
    # Where both name an end of the term, it is the same day.
    einden = {lening["result"]["termijn_einde"], termijnen["result"]["termijn_einde"]} - {None}
    assert len(einden) <= 1, einden
    # Every date of the two on the timeline, in order, and what is due next.
    verwacht = [
        v
        for bron, sleutels in (
            (termijnen["result"], {"termijn_einde", "pip_uiterlijk", "aow_datum"}),
            (lening["result"], {"aanspraak_lening_tot", "terugbetaling_vanaf"}),
        )
        for k, v in bron.items()
        if k in sleutels and v
    ]
    op_de_lijn = [g["datum"] for g in result["gebeurtenissen"]]
    assert op_de_lijn == sorted(op_de_lijn)
    for iso in verwacht:
        assert iso in op_de_lijn, (iso, result["gebeurtenissen"])
    for g in result["gebeurtenissen"]:
        assert g["voorbij"] == (date.fromisoformat(g["datum"]) < peil)
    datums = [date.fromisoformat(iso) for iso in verwacht if date.fromisoformat(iso) >= peil]
    if result["volgende_datum"] is not None:
        volgende = date.fromisoformat(result["volgende_datum"])
        assert volgende >= peil and all(volgende <= d for d in datums)
        assert result["dagen_tot_volgende"] == (volgende - peil).days
