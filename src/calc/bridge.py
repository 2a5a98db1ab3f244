"""The JSON bridge: one call per calculation, JSON-serialisable in and out.

``run(name, inputs)`` only parses, validates, dispatches and serialises; the calculators and
their rules per regime are registered in `calc.rekenhulpen`. Invalid input gives
``{"ok": false, "errors": [{"field", "message"}]}``, never an exception.
"""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any

from calc.invoer import Fout, Invoerfouten
from calc.rekenhulpen import REKENHULPEN


def naar_json(waarde: object) -> Any:
    """Dataclasses to dicts, dates to ISO strings, tuples to lists."""
    if is_dataclass(waarde) and not isinstance(waarde, type):
        return {f.name: naar_json(getattr(waarde, f.name)) for f in fields(waarde)}
    if isinstance(waarde, date):
        return waarde.isoformat()
    if isinstance(waarde, list | tuple):
        return [naar_json(w) for w in waarde]
    if isinstance(waarde, dict):
        return {str(k): naar_json(v) for k, v in waarde.items()}
    return waarde


def _fouten(fouten: list[Fout]) -> dict[str, Any]:
    return {"ok": False, "errors": [f.als_dict() for f in fouten]}


def run(name: str, inputs: dict[str, Any]) -> dict[str, Any]:
    """Run calculator `name` on the form fields `inputs` (see the spec, "The bridge")."""
    if not isinstance(name, str) or name not in REKENHULPEN:
        bekend = ", ".join(REKENHULPEN)
        return _fouten([Fout("calculator", f"Onbekende rekenhulp {name!r}. Kies uit: {bekend}.")])
    if not isinstance(inputs, dict) or not all(isinstance(k, str) for k in inputs):
        return _fouten([Fout("inputs", "De invoer moet een object met velden zijn.")])
    try:
        berekening = REKENHULPEN[name](inputs)
    except Invoerfouten as fout:
        return _fouten(fout.fouten)
    return {
        "ok": True,
        "regime": berekening.regime,
        "result": naar_json(berekening.uitkomst),
        "steps": [s.als_dict() for s in berekening.uitleg.stappen],
        "warnings": [s.als_dict() for s in berekening.uitleg.waarschuwingen],
        # result key -> the empty input fields it needs ("onbekend: vul ... in")
        "unknown": {k: list(v) for k, v in berekening.uitleg.onbekende.items()},
        # result key -> the index in "steps" of the step that states it (the .ics cites its source)
        "stated_in": dict(berekening.uitleg.genoemd),
    }


def run_json(name: str, inputs_json: str) -> str:
    """`run` for the browser worker: JSON text in, JSON text out."""
    try:
        inputs = json.loads(inputs_json)
    except (TypeError, ValueError):
        uitkomst = _fouten([Fout("inputs", "De invoer is geen geldige JSON.")])
    else:
        uitkomst = run(name, inputs)
    return json.dumps(uitkomst, ensure_ascii=False)


def ics_json(result_json: str, site_url: str = "", kenmerk: str = "", vanaf: str = "") -> str:
    """The iCalendar file (text) for a `termijnen` answer given as JSON text (the whole `run`
    output): `kenmerk` the reader's case label, `vanaf` (ISO, the reader's today) leaves out
    the dates before it; empty: all dates."""
    from calc.ics import termijnen_ics

    uitkomst: dict[str, Any] = json.loads(result_json)
    eerste = date.fromisoformat(vanaf) if vanaf else None
    return termijnen_ics(uitkomst, site_url, kenmerk=kenmerk, vanaf=eerste)
