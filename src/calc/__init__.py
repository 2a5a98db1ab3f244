"""Rekenhulpen for the site 'Integratie en participatie voor gemeenten'.

Pure rules, standard library only, so that the same code runs in CPython and in Pyodide.
"""

__version__ = "0.1.0"
