"""Steps of the rekenhulp `lening` on the aanspraak op een lening and the start of repayment,
for both laws, from the rules in `aanspraak` (review 2026-12, finding 1)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calc import parameters as p
from calc.bronnen import Bron, Uitleg
from calc.datums import datum_nl
from calc.rekenhulpen.basis import Data, op_peildatum
from calc.rekenhulpen.lening import aanspraak as a
from calc.rekenhulpen.lening.invoer import LeningInvoer
from calc.wetten import artikel

#: Per law: the article of the term, of the aanspraak (law, Besluit) and of the repayment start.
ARTIKELEN = {
    "wi2013": (
        artikel("Wet inburgering", "7b"),
        artikel("Wet inburgering", "16", "2"),
        artikel("Besluit inburgering", "4.2", "1"),
        artikel("Besluit inburgering", "4.6", "2"),
    ),
    "wi2021": (
        artikel("Wet inburgering 2021", "11"),
        artikel("Wet inburgering 2021", "20", "2"),
        artikel("Besluit inburgering 2021", "6.3", "1"),
        artikel("Besluit inburgering 2021", "6.7", "2"),
    ),
}
#: Per law: the field the term is counted from, as the answer names it when it is empty.
TERMIJN_VELD = {
    "wi2013": ("start_inburgeringsplicht", "startdatum"),
    "wi2021": ("datum_pip", "de datum van het PIP"),
}


@dataclass(frozen=True)
class Aanspraak:
    """The dates of the aanspraak, and whether it exists on the peildatum (None: no date)."""

    termijn_einde: date | None
    tot: date | None
    op_peildatum: bool | None
    moment: date | None  # Wet inburgering art. 17 lid 1 / Wet inburgering 2021 art. 21 lid 3
    ontbreekt: tuple[str, ...] = ("datum_voldaan",)  # the empty fields the moment needs


def stappen(
    invoer: LeningInvoer, data: Data, regime: str, uitleg: Uitleg, aow_bereikt: bool = False
) -> Aanspraak:
    """`aow_bereikt`: the age shows the AOW age reached on the peildatum; without a birth date
    the day the aanspraak ended is then unknown."""
    termijn, wet, besluit, _ = ARTIKELEN[regime]
    einde = a.termijn_einde(invoer, regime)
    veld, veld_naam = TERMIJN_VELD[regime]
    if einde is None:
        for uitkomst in ("termijn_einde", "aanspraak_lening_tot"):
            uitleg.onbekend(uitkomst, veld)
        uitleg.stap(
            "De aanspraak op een lening bestaat alleen tijdens de inburgeringstermijn, een "
            "verlengde termijn en de nieuwe termijn uit een boetebeschikking. Zonder "
            + veld_naam
            + " kan de rekenhulp die termijn niet bepalen.",
            besluit,
        )
    else:
        verlengd = " (verlengd)" if invoer.termijn_verlengd_tot is not None else ""
        uitleg.stap(
            f"De inburgeringstermijn{verlengd} loopt tot en met {datum_nl(einde)}. De aanspraak "
            "op een lening bestaat tijdens die termijn en tijdens de nieuwe termijn uit een "
            "boetebeschikking; daartussen niet.",
            besluit,
        )
    tot = a.aanspraak_tot(invoer, einde)
    if aow_bereikt and invoer.geboortedatum is None:
        uitleg.onbekend("aanspraak_lening_tot", "geboortedatum")
        uitleg.stap(
            "De aanspraak op een lening eindigde toen de AOW-leeftijd werd bereikt; zonder "
            "geboortedatum kan de rekenhulp die dag niet geven.",
            wet,
        )
        return Aanspraak(einde, None, False, invoer.datum_voldaan, ("geboortedatum",))
    start = invoer.start_inburgeringsplicht
    if tot is not None and start is not None and tot < start:
        uitleg.stap(
            f"De AOW-leeftijd was al bereikt vóór de start van de inburgeringsplicht "
            f"({datum_nl(start)}): dan is er geen inburgeringsplicht, en dus nooit een aanspraak "
            "op een DUO-lening en niets terug te betalen.",
            wet,
        )
        return Aanspraak(None, None, False, None, ())  # no obligation: no term either
    if tot is not None:
        _einde_stap(invoer, einde, tot, wet, uitleg)
    _aow_onbekend(invoer, termijn, uitleg)
    _participatieverklaring(invoer, regime, wet, uitleg)
    ontbreekt = ("datum_voldaan",) if einde is not None else ("datum_voldaan", veld)
    binnen = None if einde is None else a.binnen_een_termijn(invoer, einde, data.peildatum)
    nu = None if binnen is None else binnen and (tot is None or data.peildatum <= tot)
    if nu is False:
        uitleg.stap(
            f"{op_peildatum(data)} bestaat er dus geen aanspraak op een DUO-lening.", besluit
        )
    return Aanspraak(einde, tot, nu, a.moment_terugbetaling(invoer, tot), ontbreekt)


def _einde_stap(
    invoer: LeningInvoer, einde: date | None, tot: date, wet: Bron, uitleg: Uitleg
) -> None:
    if invoer.datum_voldaan is not None and invoer.datum_voldaan == tot:
        reden = "toen is aan de inburgeringsplicht voldaan"
    elif einde is not None and tot == a.einde_na_termijn(einde):
        jaren = p.waarde("aanspraak_lening_na_termijn", einde).tekst
        reden = f"{jaren} na het einde van de (verlengde) termijn, als dan niet is voldaan"
    else:
        reden = "de dag daarna is de AOW-leeftijd bereikt en is er geen inburgeringsplicht meer"
    uitleg.stap(
        f"De aanspraak op een lening bestaat uiterlijk tot en met {datum_nl(tot)}: {reden}.", wet
    )


def _participatieverklaring(invoer: LeningInvoer, regime: str, wet: Bron, uitleg: Uitleg) -> None:
    """Wet inburgering art. 16 lid 2 a, for an obligation with the participatieverklaring."""
    start = invoer.start_inburgeringsplicht
    if regime != "wi2013" or start is None or not p.vlag("participatieverklaring_verplicht", start):
        return
    uitleg.stap(
        "Wie de participatieverklaring niet binnen de termijn daarvoor (of de verlengde termijn) "
        "ondertekende, heeft daarna geen aanspraak meer op een lening. De rekenhulp vraagt daar "
        "niet naar: de datums hierboven gelden als die verklaring op tijd is ondertekend.",
        wet,
    )


def _aow_onbekend(invoer: LeningInvoer, termijn: Bron, uitleg: Uitleg) -> None:
    if invoer.geboortedatum is not None and a.aow_bereikt_op(invoer) is None:
        uitleg.waarschuw(
            "De AOW-leeftijd voor het jaar waarin deze persoon die bereikt, staat nog niet in de "
            "bronnen van deze site; de rekenhulp laat dat einde van de aanspraak weg.",
            termijn,
        )


def terugbetaling(
    invoer: LeningInvoer, regime: str, aanspraak: Aanspraak, peildatum: date, uitleg: Uitleg
) -> date | None:
    """The first day of the repayment period, with its step; None (and "onbekend") when the
    moment it counts from is not known yet."""
    start = ARTIKELEN[regime][3]
    moment = aanspraak.moment
    if moment is None and not aanspraak.ontbreekt:
        return None  # there never was an aanspraak: nothing to repay
    if moment is None or (invoer.datum_voldaan is None and moment > peildatum):
        uitleg.onbekend("terugbetaling_vanaf", *aanspraak.ontbreekt)
        return None
    vanaf = a.terugbetaling_vanaf(moment)
    aanloop = p.waarde("aanloop_terugbetaling", moment)
    grond = (
        "het voldoen aan de inburgeringsplicht"
        if moment == invoer.datum_voldaan
        else ("het vervallen van de aanspraak op een lening")
    )
    uitleg.stap(
        f"De terugbetaling begint {aanloop.tekst} na {grond} ({datum_nl(moment)}), op de eerste "
        f"dag van de maand daarna: {datum_nl(vanaf)}. In de aanloopfase loopt wel rente.",
        start,
    )
    uitleg.waarschuw(
        "De rekenhulp leest 'de eerste dag van de maand volgend op het tijdstip' als de eerste "
        f"dag van de maand na het einde van de aanloopfase van {aanloop.tekst}. De brief van DUO "
        "noemt de datum die geldt.",
        start,
    )
    return vanaf
