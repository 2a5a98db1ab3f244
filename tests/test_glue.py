"""The calculators' browser glue stays a set of small modules, each with one job (README,
"Calculators"): none grows past about 250 lines, and the README's table names every one."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GLUE = sorted((ROOT / "calculators" / "js").glob("*.*js"))
MAX_LINES = 250


def test_there_is_glue() -> None:
    assert len(GLUE) >= 10, GLUE


@pytest.mark.parametrize("path", GLUE, ids=[p.name for p in GLUE])
def test_every_module_is_small(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.name}: {lines} lines; split it by job"


@pytest.mark.parametrize("path", GLUE, ids=[p.name for p in GLUE])
def test_the_readme_names_every_module(path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"| `{path.name}` |" in readme, path.name
