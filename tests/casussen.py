"""Loading the case tables in tests/cases/*.yaml, strictly: an unknown key fails the run."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from calc.rekenhulpen import REGISTER

MAP = Path(__file__).parent / "cases"
REKENHULPEN = tuple(REGISTER)
#: Per calculator a file per regime: `termijnen.yaml` (Wet inburgering 2013, the factsheet) and
#: `termijnen_wi2021.yaml` (Wet inburgering 2021).
REGIMEBESTANDEN = {f"{naam}_wi2021": naam for naam in REKENHULPEN}
SLEUTELS = {"naam", "bron", "invoer", "verwacht", "waarschuwing_bevat", "stap_bevat"}
SLEUTELS_OPTIONEEL = {
    "waarschuwing_bevat",
    "stap_bevat",
    "aantal_waarschuwingen",
    "rekenhulp",
    "onbekend",  # result key -> the empty fields it needs (the answer says "onbekend: vul ... in")
    "stap_bevat_niet",  # text that no step may contain (an old rule that no longer applies)
}
UITKOMSTEN: dict[str, set[str]] = {
    naam: {f.name for uitkomst in b.uitkomsten for f in dataclasses.fields(uitkomst)}
    for naam, b in REGISTER.items()
}


class CasusFout(ValueError):
    """A case file is malformed (unknown key, missing key, wrong type)."""


def _iso(waarde: Any) -> Any:
    """YAML reads unquoted dates as dates; the bridge takes ISO strings."""
    if isinstance(waarde, dt.date):
        return waarde.isoformat()
    if isinstance(waarde, list):
        return [_iso(w) for w in waarde]
    if isinstance(waarde, dict):
        return {k: _iso(v) for k, v in waarde.items()}
    return waarde


def controleer(casus: Any, bestand: str) -> dict[str, Any]:
    """Check one case strictly and return it with its calculator filled in."""
    if not isinstance(casus, dict):
        raise CasusFout(f"{bestand}: every case must be a mapping")
    naam = casus.get("naam", "?")
    verplicht = {"naam", "bron", "invoer", "verwacht"} | (
        {"rekenhulp"} if bestand == "fouten" else set()
    )
    onbekend = set(casus) - verplicht - SLEUTELS_OPTIONEEL
    if bestand != "fouten":
        onbekend |= set(casus) & {"rekenhulp"}
    if onbekend or not verplicht <= set(casus):
        raise CasusFout(f"{bestand}: {naam!r}: unknown {sorted(onbekend)} or missing keys")
    if not isinstance(casus["naam"], str) or not casus["naam"].rstrip().endswith((".", ")")):
        raise CasusFout(f"{bestand}: {naam!r}: naam must be a full sentence")
    if not isinstance(casus["invoer"], dict) or not isinstance(casus["verwacht"], dict):
        raise CasusFout(f"{bestand}: {naam!r}: invoer and verwacht must be mappings")
    rekenhulp = casus.get("rekenhulp", REGIMEBESTANDEN.get(bestand, bestand))
    toegestaan = {"ok", "regime", "fouten"} | UITKOMSTEN.get(rekenhulp, set())
    onbekend = set(casus["verwacht"]) - toegestaan
    if onbekend:
        raise CasusFout(f"{bestand}: {naam!r}: unknown keys in verwacht {sorted(onbekend)}")
    if rekenhulp == "financiering":
        for blok in casus["verwacht"].get("jaren", []):
            if set(blok) - UITKOMSTEN["financiering"]:
                raise CasusFout(f"{bestand}: {naam!r}: unknown keys in verwacht.jaren")
    return {**_iso(casus), "rekenhulp": rekenhulp}


def laad(bestand: str) -> list[dict[str, Any]]:
    # libyaml's loader where PyYAML has it (the same safe subset, ten times faster).
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    gegevens = yaml.load((MAP / f"{bestand}.yaml").read_text(encoding="utf-8"), Loader=loader)
    if not isinstance(gegevens, list) or not gegevens:
        raise CasusFout(f"{bestand}: must be a non-empty list of cases")
    casussen = [controleer(c, bestand) for c in gegevens]
    namen = [c["naam"] for c in casussen]
    if len(set(namen)) != len(namen):
        raise CasusFout(f"{bestand}: duplicate naam")
    return casussen


def alle() -> list[dict[str, Any]]:
    """Every case of every file, in file order."""
    bestanden = (*REKENHULPEN, *REGIMEBESTANDEN, "fouten")
    return [c for bestand in bestanden for c in laad(bestand)]


def vergelijk(casus: dict[str, Any], uitkomst: dict[str, Any]) -> list[str]:
    """The differences between a case's expectation and a `calc.run` output (empty: passes)."""
    verschillen: list[str] = []
    verwacht = casus["verwacht"]
    ok = verwacht.get("ok", "fouten" not in verwacht)
    if uitkomst.get("ok") is not ok:
        return [f"ok: expected {ok}, got {uitkomst}"]
    if not ok:
        velden = sorted(f["field"] for f in uitkomst["errors"])
        if "fouten" in verwacht and velden != sorted(verwacht["fouten"]):
            verschillen.append(f"fouten: expected {sorted(verwacht['fouten'])}, got {velden}")
        for fout in uitkomst["errors"]:
            if not isinstance(fout.get("message"), str) or len(fout["message"]) < 10:
                verschillen.append(f"no Dutch message for {fout}")
        return verschillen
    if "regime" in verwacht and uitkomst["regime"] != verwacht["regime"]:
        verschillen.append(f"regime: expected {verwacht['regime']}, got {uitkomst['regime']}")
    for sleutel, waarde in verwacht.items():
        if sleutel in {"ok", "regime", "fouten"}:
            continue
        echt = uitkomst["result"].get(sleutel, "<missing>")
        if sleutel == "jaren" and isinstance(waarde, list) and isinstance(echt, list):
            if len(waarde) != len(echt):
                verschillen.append(f"jaren: expected {len(waarde)} blocks, got {len(echt)}")
            for blok, echt_blok in zip(waarde, echt, strict=False):
                for k, v in blok.items():
                    if echt_blok.get(k) != v:
                        verschillen.append(f"jaren[{blok}].{k}: got {echt_blok.get(k)!r}")
        elif echt != waarde:
            verschillen.append(f"{sleutel}: expected {waarde!r}, got {echt!r}")
    for sleutel, lijst in (("waarschuwing_bevat", "warnings"), ("stap_bevat", "steps")):
        if sleutel in casus and not any(casus[sleutel] in s["text"] for s in uitkomst[lijst]):
            verschillen.append(f"no {lijst} containing {casus[sleutel]!r}")
    if "stap_bevat_niet" in casus:
        for stap in uitkomst["steps"]:
            if casus["stap_bevat_niet"] in stap["text"]:
                verschillen.append(f"a step contains {casus['stap_bevat_niet']!r}: {stap['text']}")
    if "onbekend" in casus and uitkomst.get("unknown") != casus["onbekend"]:
        verschillen.append(f"onbekend: expected {casus['onbekend']}, got {uitkomst.get('unknown')}")
    if (
        "aantal_waarschuwingen" in casus
        and len(uitkomst["warnings"]) != casus["aantal_waarschuwingen"]
    ):
        verschillen.append(
            f"expected {casus['aantal_waarschuwingen']} warnings: {uitkomst['warnings']}"
        )
    return verschillen
