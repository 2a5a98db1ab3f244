"""What the CEFR language levels mean: the texts of bijlage 2 of the factsheet, as data.

The texts live in ``parameters/taalniveaus.json`` (word for word as on the site page
``bijlagen/taalniveau/``), each with its source. The loader is strict and the lookup loud: an
unknown level is a bug, never a silent empty text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from calc.bronnen import Bron
from calc.parameters import ParameterFout

BESTAND = "taalniveaus.json"
_CODE = re.compile(r"^[ABC][12]$")


@dataclass(frozen=True)
class Taalniveau:
    """One level: its code ("A2"), the Dutch description and where it stands."""

    code: str
    tekst: str
    bron: Bron


def _fout(tekst: str) -> ParameterFout:
    return ParameterFout(f"parameters/{BESTAND}: {tekst}")


def _lees_niveau(ruw: object) -> Taalniveau:
    if not isinstance(ruw, dict) or set(ruw) != {"code", "tekst", "bron"}:
        raise _fout("every level must have exactly code, tekst and bron")
    code, tekst, bron = ruw["code"], ruw["tekst"], ruw["bron"]
    if not isinstance(code, str) or not _CODE.match(code):
        raise _fout(f"unknown level code {code!r}")
    if not isinstance(tekst, str) or not tekst.startswith("Kan "):
        raise _fout(f"{code}: tekst must be the description from bijlage 2")
    if not isinstance(bron, dict) or set(bron) != {"label", "href"}:
        raise _fout(f"{code}: bron must have exactly label and href")
    label, href = bron["label"], bron["href"]
    if label != "Factsheet bijlage 2" or href != f"bijlagen/taalniveau/#{code.lower()}":
        raise _fout(f"{code}: bron must be bijlage 2 at the level's anchor")
    return Taalniveau(code, tekst, Bron(label, href))


def lees_taalniveaus(inhoud: str) -> dict[str, Taalniveau]:
    """Parse and check the file; raises `ParameterFout` on any defect."""
    try:
        ruw = json.loads(inhoud)
    except ValueError as fout:
        raise _fout(str(fout)) from fout
    if not isinstance(ruw, dict) or set(ruw) != {"beschrijving", "niveaus"}:
        raise _fout("top-level keys must be exactly beschrijving and niveaus")
    if not isinstance(ruw["niveaus"], list):
        raise _fout("niveaus must be a list")
    niveaus = [_lees_niveau(n) for n in ruw["niveaus"]]
    codes = [n.code for n in niveaus]
    if codes != sorted(set(codes)) or not codes:
        raise _fout("level codes must be sorted and unique")
    return {n.code: n for n in niveaus}


@cache
def alle_taalniveaus() -> dict[str, Taalniveau]:
    bestand = resources.files("calc").joinpath("parameters", BESTAND)
    return lees_taalniveaus(bestand.read_text(encoding="utf-8"))


def taalniveau(code: str) -> Taalniveau:
    """The description of level `code`; raises `ParameterFout` for an unknown level."""
    try:
        return alle_taalniveaus()[code]
    except KeyError:
        raise ParameterFout(f"unknown language level {code!r}") from None
