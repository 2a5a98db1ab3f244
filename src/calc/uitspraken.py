"""What courts and government have said since the factsheet about fines and loans of asylum
status holders: every answer that shows a fine or a repayment carries it, by its peildatum.

The statements and their dates live in ``parameters/uitspraken_boete_lening_asiel.toml``: the
Court of Justice of the EU (4 February 2025, C-158/23, Keren), the Raad van State (9 July 2025
and 18 February 2026). They are looked up on the peildatum of the answer (the day it is given),
not on the start of the obligation: a 2016 case answered today carries them.

`stap_na_uitspraken` gives the step itself (not only a warning below it) for an answer that
would otherwise state the old rule: what applies now to a fine and the loan (review 2026-12,
finding 3).
"""

from __future__ import annotations

from datetime import date

from calc import parameters as p
from calc.bronnen import Stap, Uitleg
from calc.regime import wet

#: Holders of an asylum permit: the judgments are about them.
MET_ASIELVERGUNNING = ("asielstatushouder", "gezinslid_asiel")
#: Not concerned: they have no asylum permit and are no family member of someone who has one.
NIET_BETROKKEN = ("gezinsmigrant", "overig")

INLEIDING = {
    None: (
        "Voor asielstatushouders (niet voor gezinsmigranten) geldt de boete of de terugbetaling "
        "niet zonder meer."
    ),
    "asielstatushouder": "Voor deze asielstatushouder geldt de boete of de terugbetaling niet "
    "zonder meer.",
    "gezinslid_asiel": "Voor dit gezinslid met een asielvergunning geldt de boete of de "
    "terugbetaling niet zonder meer.",
    "gezinslid_regulier": "De uitspraken hieronder gaan over houders van een asielvergunning. "
    "Of ze ook gelden voor een gezinslid met een reguliere vergunning, is niet beslist.",
}
SLOT = {
    "wi2013": " Vraag DUO hoe dit in dit geval uitpakt.",
    "wi2021": " Die uitspraken gaan over de Wet inburgering 2013; wat ze betekenen voor de boetes "
    "van de Wet inburgering 2021 is nog niet beslist. Vraag DUO of de gemeente hoe dit in dit "
    "geval uitpakt.",
}


def uitspraken(peildatum: date) -> tuple[p.Waarde, ...]:
    """The statements made on or before `peildatum` (none before 4 February 2025)."""
    alle = p.tot_en_met("uitspraken_boete_lening_asiel", peildatum)
    return tuple(w for w in alle if w.waarde != "factsheet")


def waarschuw_boete_en_lening(
    peildatum: date, doelgroep: str | None, uitleg: Uitleg, regime: str = "wi2013"
) -> bool:
    """Add the statements to an answer that shows a fine or a repayment; True if any were added.

    `doelgroep` None means: not known (the warning then says whom it concerns).
    """
    gezegd = uitspraken(peildatum)
    if not gezegd or doelgroep in NIET_BETROKKEN:
        return False
    inleiding = INLEIDING.get(doelgroep, INLEIDING[None])
    for index, uitspraak in enumerate(gezegd):
        assert uitspraak.tekst is not None
        tekst = uitspraak.tekst
        if index == 0:
            tekst = f"{inleiding} {tekst}"
        if index == len(gezegd) - 1:
            tekst += SLOT[regime]
        uitleg.waarschuw(tekst, uitspraak.bron)
    return True


#: What applies now, by the last statement made by the peildatum (the step, not a warning).
NU = {
    "hof_van_justitie": (
        "Sinds de uitspraak van het Hof van Justitie van de EU van 4 februari 2025 (Keren) geldt "
        "voor {wie}: een boete voor het niet op tijd voldoen aan de inburgeringsplicht mag alleen "
        "in uitzonderlijke gevallen, en de lening hoeft niet zonder meer te worden terugbetaald."
    ),
    "raad_van_state": (
        "Sinds de uitspraken van het Hof van Justitie van de EU (4 februari 2025, Keren) en de "
        "Raad van State (9 juli 2025) geldt voor {wie}: een boete voor het niet op tijd voldoen "
        "aan de inburgeringsplicht mag alleen in uitzonderlijke gevallen, en de lening hoeft niet "
        "zonder meer te worden terugbetaald."
    ),
    "raad_van_state_vaststaand": (
        "Sinds de uitspraken van het Hof van Justitie van de EU (4 februari 2025, Keren) en de "
        "Raad van State (9 juli 2025) geldt voor {wie}: een boete voor het niet op tijd voldoen "
        "aan de inburgeringsplicht mag alleen in uitzonderlijke gevallen, en de lening hoeft niet "
        "zonder meer te worden terugbetaald. Volgens de Raad van State (18 februari 2026) werken "
        "die uitspraken ook door in boetes en terugvorderingen waarover al definitief was "
        "besloten; wat dat voor andere zaken betekent, bepaalt het ministerie van SZW."
    ),
}
WIE = {
    None: "asielstatushouders en hun gezinsleden met een asielvergunning",
    "asielstatushouder": "deze asielstatushouder",
    "gezinslid_asiel": "dit gezinslid met een asielvergunning",
}
#: The law the judgements are about; for another law, and for family members with a regular
#: permit, what they mean is not decided.
WET_VAN_DE_UITSPRAKEN = "wi2013"
NIET_BESLIST = {
    "andere_wet": " Die uitspraken gaan over de {over}; wat ze betekenen voor de boetes van de "
    "{wet}, is nog niet beslist.",
    "gezinslid_regulier": " Of dat ook geldt voor een gezinslid met een reguliere vergunning, "
    "is niet beslist.",
}


def uitspraken_gelden(peildatum: date, doelgroep: str | None) -> bool:
    """Do the judgements concern this doelgroep on this peildatum (from 4 February 2025; not
    for gezinsmigranten and others; None: the doelgroep is not known)?"""
    return bool(uitspraken(peildatum)) and doelgroep not in NIET_BETROKKEN


def stap_na_uitspraken(
    peildatum: date, doelgroep: str | None, regime: str = "wi2013"
) -> Stap | None:
    """The step that says what applies now to a fine and the loan, instead of the old rule
    ("moet worden terugbetaald"), sourced to the last statement made by the peildatum; None
    when the judgements do not (yet) concern this doelgroep."""
    if not uitspraken_gelden(peildatum, doelgroep):
        return None
    laatste = uitspraken(peildatum)[-1]
    tekst = NU[str(laatste.waarde)].format(wie=WIE.get(doelgroep, WIE[None]))
    if doelgroep == "gezinslid_regulier":
        tekst += NIET_BESLIST["gezinslid_regulier"]
    if regime != WET_VAN_DE_UITSPRAKEN:
        over, andere = wet(WET_VAN_DE_UITSPRAKEN).naam, wet(regime).naam
        tekst += NIET_BESLIST["andere_wet"].format(over=over, wet=andere)
    return Stap(tekst, laatste.bron)
