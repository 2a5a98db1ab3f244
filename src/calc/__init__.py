"""Rekenhulpen for the site 'Integratie en participatie voor gemeenten'.

Pure rules, standard library only, so that the same code runs in CPython and in Pyodide.
The browser calls `run_json` (JSON text in and out); Python callers use `run`.
"""

from calc.bridge import ics_json, run, run_json

__version__ = "0.1.0"
__all__ = ["ics_json", "run", "run_json"]
