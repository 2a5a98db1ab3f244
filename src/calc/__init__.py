"""Rekenhulpen for the site 'Integratie en participatie voor gemeenten'.

Pure rules, standard library only, so that the same code runs in CPython and in Pyodide.
The browser calls `run_json` (JSON text in and out), `ics_json` and, for a caseload from a CSV
file, `caseload_json` and `caseload_ics_json`; Python callers use `run`.
"""

from calc.bridge import ics_json, run, run_json
from calc.caseload import agenda_json as caseload_ics_json
from calc.caseload import bereken_json as caseload_json

__version__ = "0.1.0"
__all__ = ["caseload_ics_json", "caseload_json", "ics_json", "run", "run_json"]
