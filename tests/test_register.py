"""The registry of calculators (calc.rekenhulpen.REGISTER) against what exists: every calculator
package is registered, and every registered calculator has its form, its page, its case tables
and examples that answer under every law with rules. The test lists elsewhere derive from the
registry (tests/casussen.py, test_forms, test_properties, test_regimes), so a new calculator
needs no edit of a test list: this test says what else it needs."""

from __future__ import annotations

import pkgutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from calculators import forms

import calc
from calc import rekenhulpen
from calc.regime import wetten
from calc.rekenhulpen import REGISTER
from calc.rekenhulpen.basis import Beschrijving

ROOT = Path(__file__).resolve().parent.parent


def _gaps(register: Mapping[str, Beschrijving]) -> list[str]:
    """What each registered calculator lacks, and each calculator package not registered."""
    gaps = []
    packages = {m.name for m in pkgutil.iter_modules(rekenhulpen.__path__) if m.ispkg}
    gaps += [
        f"{naam}: a package that is not registered" for naam in sorted(packages - set(register))
    ]
    for naam, beschrijving in register.items():
        if naam not in packages:
            gaps.append(f"{naam}: no package calc/rekenhulpen/{naam}/")
        if naam not in forms.CALCULATORS:
            gaps.append(f"{naam}: no form in calculators/forms/")
        page = ROOT / "docs" / "rekenhulpen" / f"{naam}.md"
        if not page.is_file() or f"<!-- rekenhulp: {naam}" not in page.read_text(encoding="utf-8"):
            gaps.append(f"{naam}: no page docs/rekenhulpen/{naam}.md with its shortcode")
        for tabel in (f"{naam}.yaml", f"{naam}_wi2021.yaml"):
            if not (ROOT / "tests" / "cases" / tabel).is_file():
                gaps.append(f"{naam}: no case table tests/cases/{tabel}")
        laws = {w.code for w in wetten() if w.regels}
        if set(beschrijving.regels.regels) != laws:
            gaps.append(
                f"{naam}: rules for {sorted(beschrijving.regels.regels)}, not {sorted(laws)}"
            )
    return gaps


def test_every_calculator_is_registered_and_has_what_it_needs() -> None:
    assert _gaps(REGISTER) == []


def test_a_seventh_calculator_is_found_by_the_registry_check() -> None:
    """A fictitious seventh calculator, registered only here: the check iterates the registry,
    so it names what the new one lacks without any list being edited."""
    zevende = Beschrijving(
        bereken=REGISTER["lening"].bereken,
        velden=REGISTER["lening"].velden,
        velden_formulier=REGISTER["lening"].velden_formulier,
        uitkomsten=REGISTER["lening"].uitkomsten,
        regels=REGISTER["lening"].regels,
        voorbeelden=REGISTER["lening"].voorbeelden,
    )
    assert _gaps({**REGISTER, "zevende": zevende}) == [
        "zevende: no package calc/rekenhulpen/zevende/",
        "zevende: no form in calculators/forms/",
        "zevende: no page docs/rekenhulpen/zevende.md with its shortcode",
        "zevende: no case table tests/cases/zevende.yaml",
        "zevende: no case table tests/cases/zevende_wi2021.yaml",
    ]


def test_the_examples_answer_under_every_law_with_rules() -> None:
    """The examples that the snapshot's warm-up runs (src/sitebuild/snapshot.mjs): each answers, and
    together they reach every law that has rules; the first is under the factsheet's law."""
    laws = {w.code for w in wetten() if w.regels}
    for naam, beschrijving in REGISTER.items():
        answers: list[dict[str, Any]] = [calc.run(naam, dict(v)) for v in beschrijving.voorbeelden]
        assert all(a["ok"] for a in answers), (naam, answers)
        regimes = {a["regime"] for a in answers} | {
            jaar["regime"] for a in answers for jaar in a["result"].get("jaren", [])
        }
        assert regimes >= laws, (naam, regimes)
        assert answers[0]["regime"] == "wi2013", naam
