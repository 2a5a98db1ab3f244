"""The overview of one person: every calculator that applies, run with that person's fields.

Each calculator answers as it does on its own page (the same rules, the same law, the same
sources); this module only hands each the fields it asks, and puts their dates on one line in
time. A date's source is the source of the step in which its calculator states it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from calc.bronnen import Bron, Uitleg
from calc.datums import datum_nl
from calc.invoer import Invoerfouten
from calc.regime import Berekening
from calc.rekenhulpen import examenroute, jongeren, lening, ontheffing, termijnen
from calc.rekenhulpen.basis import Data
from calc.rekenhulpen.lening.wi2021 import ASIELSTATUSHOUDERS
from calc.rekenhulpen.overzicht.invoer import Gebeurtenis, OverzichtInvoer, OverzichtUitkomst

#: Per calculator, the dates of its answer that belong on a person's timeline, with their words
#: (as the calculator's own page names them).
DATUMS: dict[str, tuple[tuple[str, str], ...]] = {
    "termijnen": (
        ("pip_uiterlijk", "PIP uiterlijk vastgesteld door het college"),
        ("nieuw_pip_uiterlijk", "Nieuw PIP na verhuizing uiterlijk"),
        ("termijn_start", "Start van de inburgeringstermijn"),
        ("participatieverklaring_uiterlijk", "Participatieverklaring uiterlijk"),
        ("examenuitslag_uiterlijk", "Examenuitslag van DUO uiterlijk"),
        ("cursuscontract_ontbindbaar_vanaf", "Contract met de taalschool te ontbinden vanaf"),
        ("map_uiterlijk", "Module Arbeidsmarkt en Participatie uiterlijk"),
        ("leerroute_wijzigen_uiterlijk", "Leerroute opnieuw vaststellen kan tot en met"),
        ("aanvraag_verlenging_vanaf", "Verlenging aanvragen kan vanaf"),
        ("ontzorgen_einde", "Ontzorgen in de bijstand tot en met"),
        ("termijn_einde", "Einde van de inburgeringstermijn"),
        ("termijn_einde_max", "Uiterste einde van de inburgeringstermijn"),
        ("nieuwe_termijn_einde", "Nieuwe termijn na de boete: laatste dag uiterlijk"),
        ("aow_datum", "AOW-leeftijd bereikt (einde van de inburgeringsplicht)"),
    ),
    "lening": (
        ("aanspraak_lening_tot", "Aanspraak op een DUO-lening uiterlijk tot en met"),
        ("terugbetaling_vanaf", "Terugbetalen van de DUO-lening begint"),
    ),
    "jongeren": (("achttiende_verjaardag", "18e verjaardag"),),
}
#: A date left off the timeline when it is the same as another: the latest end, when no
#: extension makes it later than the end.
ZELFDE = {"termijn_einde_max": "termijn_einde"}
NAMEN = {
    "termijnen": "Termijnen",
    "lening": "DUO-lening",
    "jongeren": "Jongeren",
    "examenroute": "Examen",
    "ontheffing": "Ontheffing",
}


@dataclass(frozen=True)
class Datum:
    """A date of a calculator's answer, with the source of the step that states it."""

    datum: date
    wat: str
    rekenhulp: str
    sleutel: str
    bron: Bron


def groep_2021(doelgroep: str) -> str:
    """The group of the Wet inburgering 2021 (art. 13 lid 1: asylum status holders include family
    members with an asylum permit and those with a regular permit to stay with one)."""
    return "asielstatushouder" if doelgroep in ASIELSTATUSHOUDERS else doelgroep


def leeftijd(geboren: date, op: date) -> int:
    return op.year - geboren.year - ((op.month, op.day) < (geboren.month, geboren.day))


def _iso(waarden: Mapping[str, object]) -> dict[str, object]:
    return {
        k: v.isoformat() if isinstance(v, date) else v for k, v in waarden.items() if v is not None
    }


def invoer_per_rekenhulp(invoer: OverzichtInvoer, peil: date) -> dict[str, dict[str, object] | str]:
    """What each calculator is asked, or why it is left out (a Dutch sentence)."""
    basis = {"start_inburgeringsplicht": invoer.start_inburgeringsplicht, "peildatum": peil}
    uit: dict[str, dict[str, object] | str] = {
        "termijnen": _iso(
            {
                **basis,
                "vestiging_gemeente": invoer.vestiging_gemeente,
                "datum_kennisgeving": invoer.datum_kennisgeving,
                "datum_pip": invoer.datum_pip,
                "leerroute": invoer.leerroute,
                "geboortedatum": invoer.geboortedatum,
                "doelgroep": groep_2021(invoer.doelgroep),
            }
        ),
        "ontheffing": _iso({**basis, "doelgroep": invoer.doelgroep}),
    }
    geboren = invoer.geboortedatum
    if geboren is None:
        uit["lening"] = "DUO-lening: vul de geboortedatum in (de leeftijd telt)."
        uit["jongeren"] = "Jongeren: vul de geboortedatum in."
    else:
        uit["lening"] = _iso(
            {
                **basis,
                "doelgroep": invoer.doelgroep,
                "leeftijd": leeftijd(geboren, peil),
                "datum_pip": invoer.datum_pip,
                "geboortedatum": geboren,
            }
        )
        if leeftijd(geboren, invoer.start_inburgeringsplicht) < 18:
            uit["jongeren"] = _iso({"geboortedatum": geboren, "peildatum": peil})
        else:
            uit["jongeren"] = "Jongeren: niet van toepassing (18 of ouder bij de start)."
    if invoer.opleidingsniveau is None:
        uit["examenroute"] = "Examen: vul het opleidingsniveau in."
    else:
        uit["examenroute"] = _iso(
            {
                "opleidingsniveau": invoer.opleidingsniveau,
                "start_inburgeringsplicht": invoer.start_inburgeringsplicht,
                "leerroute": invoer.leerroute,
                "doelgroep": groep_2021(invoer.doelgroep),
            }
        )
    return uit


REKENHULPEN: dict[str, Callable[[Mapping[str, object]], Berekening[Any]]] = {
    "termijnen": termijnen.bereken,
    "lening": lening.bereken,
    "jongeren": jongeren.bereken,
    "examenroute": examenroute.bereken,
    "ontheffing": ontheffing.bereken,
}


def samenstellen(invoer: OverzichtInvoer, data: Data, uitleg: Uitleg) -> OverzichtUitkomst:
    """Run every calculator that applies; their dates in order, each with its source."""
    antwoorden: dict[str, Any] = {}
    niet: list[str] = []
    datums: list[Datum] = []
    for naam, gegevens in invoer_per_rekenhulp(invoer, data.peildatum).items():
        if isinstance(gegevens, str):
            niet.append(gegevens)
            continue
        try:
            berekening = REKENHULPEN[naam](gegevens)
        except Invoerfouten as fouten:
            berichten = "; ".join(f.bericht for f in fouten.fouten)
            niet.append(f"{NAMEN[naam]}: {berichten}")
            continue
        antwoorden[naam] = berekening.uitkomst
        sub = berekening.uitleg
        for waarschuwing in sub.waarschuwingen:
            if waarschuwing not in uitleg.waarschuwingen:
                uitleg.waarschuwingen.append(waarschuwing)
        for sleutel, wat in DATUMS.get(naam, ()):
            datum = getattr(berekening.uitkomst, sleutel, None)
            if datum is None or (
                sleutel in ZELFDE and datum == getattr(berekening.uitkomst, ZELFDE[sleutel])
            ):
                continue  # the latest end is the end itself: one line
            index = sub.genoemd.get(sleutel)
            bron = (
                sub.stappen[index].bron
                if index is not None
                else Bron(f"Rekenhulp {NAMEN[naam]}", f"rekenhulpen/{naam}/")
            )
            datums.append(Datum(datum, wat, NAMEN[naam], f"{naam}.{sleutel}", bron))
    datums.sort(key=lambda d: d.datum)
    for d in datums:  # each date's step names it: the .ics cites that step's source
        uitleg.stap(f"{datum_nl(d.datum)}: {d.wat} ({d.rekenhulp}).", d.bron, noemt=d.sleutel)
    komend = [d for d in datums if d.datum >= data.peildatum]
    volgende = komend[0] if komend else None
    t, le, ex, on = (
        antwoorden.get(n) for n in ("termijnen", "lening", "examenroute", "ontheffing")
    )
    pip = getattr(t, "pip_uiterlijk", None)
    te_laat = achterstand(invoer, pip, getattr(t, "pip_dagen_te_laat", None), data.peildatum)
    return OverzichtUitkomst(
        peildatum=data.peildatum,
        volgende=volgende.wat if volgende else None,
        volgende_datum=volgende.datum if volgende else None,
        dagen_tot_volgende=(volgende.datum - data.peildatum).days if volgende else None,
        gebeurtenissen=tuple(
            Gebeurtenis(d.datum, d.wat, d.rekenhulp, d.sleutel, d.datum < data.peildatum)
            for d in datums
        ),
        termijn_einde=getattr(t, "termijn_einde", None),
        pip_uiterlijk=getattr(t, "pip_uiterlijk", None),
        participatieverklaring_uiterlijk=getattr(t, "participatieverklaring_uiterlijk", None),
        aow_datum=getattr(t, "aow_datum", None),
        recht_op_lening=getattr(le, "recht_op_lening", None),
        betaler=getattr(le, "betaler", None),
        taalniveau=getattr(ex, "taalniveau", None),
        ontheffing_mogelijk=getattr(on, "ontheffing_mogelijk", None),
        ontbreekt_voor_ontheffing=getattr(on, "ontbreekt", None),
        te_laat=te_laat,
        niet_berekend=tuple(niet),
    )


def achterstand(
    invoer: OverzichtInvoer, pip_uiterlijk: date | None, dagen_te_laat: int | None, peil: date
) -> tuple[str, ...]:
    """What is overdue on the peildatum (Wet inburgering 2021: the PIP and its deadline, as
    Termijnen computes it): a PIP set after the deadline, or none yet while it has passed."""
    if dagen_te_laat:
        return (f"PIP {dagen_te_laat} dagen na de uiterste datum vastgesteld",)
    if pip_uiterlijk is not None and invoer.datum_pip is None and pip_uiterlijk < peil:
        return (f"Nog geen PIP, en de uiterste datum ({datum_nl(pip_uiterlijk)}) is voorbij",)
    return ()
