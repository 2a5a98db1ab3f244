"""A caseload: one overview per row of a CSV file, read and computed on the reader's device.

The file is what a Dutch spreadsheet writes: separated by semicolons (Excel with Dutch settings)
or commas, with or without a byte order mark, with Windows or Unix line ends, quoted or not. Its
first line names the columns: the fields of the overview (`calc.rekenhulpen.overzicht`) and an
optional `kenmerk`, the municipality's own case label (never a name or BSN). Dates may be typed
as people type them (1-3-2016) or as 2016-03-01: the same reading as the forms (`datum_iso`).

Every row is computed; a row with bad input keeps its place in the answer with a Dutch message
per cell, and the other rows are still computed. The rows come back sorted by the next date that
is due: the rows that could not be computed first, then by that date, rows without one last.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

from calc import ics
from calc.bridge import run
from calc.datums import datum_iso
from calc.regime import wet
from calc.rekenhulpen.overzicht.invoer import VELDEN

KENMERK = "kenmerk"
#: Guards (not legal rules): a caseload, not a register.
MEESTE_RIJEN = 5000
KENMERK_MAX = 40
KOLOMMEN = (KENMERK, *(veld.naam for veld in VELDEN))
VERPLICHT = tuple(veld.naam for veld in VELDEN if veld.verplicht)
DATUMKOLOMMEN = {veld.naam for veld in VELDEN if veld.soort == "datum"}


def scheidingsteken(kopregel: str) -> str:
    """';' or ',': the one the header line is split by (a Dutch Excel writes ';')."""
    return ";" if kopregel.count(";") >= kopregel.count(",") else ","


def lees(tekst: str) -> tuple[list[str], list[tuple[int, dict[str, str]]], list[str]]:
    """The columns, the rows (the line the row ends on, as a spreadsheet numbers it; column ->
    text) and what is wrong with the file as a whole."""
    tekst = tekst.removeprefix("\ufeff")
    regels = tekst.splitlines()
    if not regels or not regels[0].strip():
        return [], [], ["Het bestand is leeg: de eerste regel noemt de kolommen."]
    lezer = csv.reader(io.StringIO(tekst, newline=""), delimiter=scheidingsteken(regels[0]))
    kop = [kolom.strip().lower() for kolom in next(lezer)]
    fouten = []
    onbekend = [k for k in kop if k not in KOLOMMEN]
    if onbekend:
        fouten.append(
            f"Onbekende kolom(men): {', '.join(onbekend)}. Bekend zijn: {', '.join(KOLOMMEN)}."
        )
    ontbrekend = [k for k in VERPLICHT if k not in kop]
    if ontbrekend:
        fouten.append(f"De kolom(men) {', '.join(ontbrekend)} ontbreken.")
    rijen = [
        (lezer.line_num, {kop[i]: cel.strip() for i, cel in enumerate(rij) if i < len(kop)})
        for rij in lezer
        if any(cel.strip() for cel in rij)
    ]
    if len(rijen) > MEESTE_RIJEN:
        fouten.append(
            f"Het bestand heeft {len(rijen)} regels; de rekenhulp rekent er {MEESTE_RIJEN}."
        )
    return kop, rijen, fouten


def _invoer(rij: dict[str, str]) -> dict[str, str]:
    """The overview's inputs of one row: dates to ISO as the forms send them, empty cells out."""
    invoer = {}
    for kolom, waarde in rij.items():
        if kolom == KENMERK or kolom not in KOLOMMEN or not waarde:
            continue
        invoer[kolom] = datum_iso(waarde) if kolom in DATUMKOLOMMEN else waarde
    return invoer


def _volgorde(rij: dict[str, Any]) -> tuple[int, str]:
    if not rij["ok"]:
        return (0, "")
    volgende = rij["result"].get("volgende_datum")
    return (1, volgende) if volgende else (2, "")


def bereken(tekst: str, peildatum: str = "") -> dict[str, Any]:
    """Every row's overview (with `peildatum` when the row has none), sorted by the next date."""
    kop, rijen, fouten = lees(tekst)
    if fouten:
        return {"ok": False, "errors": fouten, "rows": []}
    uit = []
    for nummer, rij in rijen:
        invoer = _invoer(rij)
        if peildatum and "peildatum" not in invoer:
            invoer["peildatum"] = peildatum
        antwoord = run("overzicht", invoer)
        for fout in antwoord.get("errors", []):  # the echo is what the cell holds, as on a form
            veld = fout["field"]
            if veld in DATUMKOLOMMEN and veld in rij:
                fout["message"] = fout["message"].replace(f"'{invoer[veld]}'", f"'{rij[veld]}'")
        kenmerk = rij.get(KENMERK, "")[:KENMERK_MAX]
        naam = wet(antwoord["regime"]).naam if antwoord["ok"] else ""  # for the table's column
        regel = {"regel": nummer, "kenmerk": kenmerk, "cellen": rij, "invoer": invoer, "wet": naam}
        uit.append(regel | antwoord)
    uit.sort(key=_volgorde)
    return {"ok": True, "columns": kop, "rows": uit, "errors": []}


def bereken_json(tekst: str, peildatum: str = "") -> str:
    return json.dumps(bereken(tekst, peildatum), ensure_ascii=False)


def agenda(antwoord: dict[str, Any], site_url: str = "", vanaf: date | None = None) -> str:
    """One calendar with every computed row's dates (from `vanaf` on), each event with the row's
    kenmerk (or its line, when it has none) and the source of its date."""
    regels: list[str] = []
    moment = ics.stempel()
    for rij in antwoord.get("rows", []):
        if rij.get("ok"):
            kenmerk = rij.get("kenmerk") or f"regel {rij['regel']}"
            regels += ics.gebeurtenissen(rij, site_url, moment, kenmerk=kenmerk, vanaf=vanaf)
    return ics.kalender(regels)


def agenda_json(antwoord_json: str, site_url: str = "", vanaf: str = "") -> str:
    """`agenda` for the browser: the caseload's answer as JSON text, `vanaf` ISO or empty."""
    return agenda(json.loads(antwoord_json), site_url, date.fromisoformat(vanaf) if vanaf else None)
