"""The same case tables inside real Pyodide (Node), compared with CPython's output.

Takes the calc wheel the site build made (with standard tools), loads it offline into Pyodide
(npm `pyodide`, in node_modules), runs every case through `calc.run` and compares each output
with CPython's: on Pyodide's full standard library, and in the two ways the site's worker
starts Python, on the site's reduced standard library with the wheel and from the site's
memory snapshot (all from the session's build).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

import calc
from tests.casussen import alle, vergelijk

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "pyodide" / "run_cases.mjs"
PYODIDE = ROOT / "node_modules" / "pyodide" / "package.json"

pytestmark = [pytest.mark.node, pytest.mark.xdist_group("pyodide")]


@pytest.fixture(scope="module")
def wiel(built_site: Path) -> Path:
    """The wheel the site ships (built by src/sitebuild/runtime.py in a copy of the tree, so that it
    never collides with another build in the work tree)."""
    (wiel,) = built_site.glob("assets/wheels/calc-*.whl")
    return wiel


def _in_pyodide(
    wiel: Path, casussen: list[dict[str, Any]], tmp: Path, opties: list[str]
) -> dict[str, Any]:
    if shutil.which("node") is None or not PYODIDE.is_file():
        pytest.skip("node or node_modules/pyodide missing (run npm ci)")
    invoer = tmp / "cases.json"
    invoer.write_text(json.dumps(casussen, ensure_ascii=False), encoding="utf-8")
    proces = subprocess.run(
        ["node", str(SCRIPT), str(wiel), str(invoer), *opties],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    # Node prints the minified source line of an error; keep the readable lines.
    fout = "\n".join(r for r in proces.stderr.splitlines() if len(r) < 400)
    assert proces.returncode == 0, fout
    uitkomst: dict[str, Any] = json.loads(proces.stdout)
    return uitkomst


def _site_runtime(request: pytest.FixtureRequest, start: str) -> list[str]:
    """run_cases.mjs's options for one way of starting: the files from the session's build."""
    if start == "full-stdlib":
        return []
    site: Path = request.getfixturevalue("built_site")
    (stdlib,) = site.glob("assets/pyodide/*/stdlib-*.zip")
    if start == "reduced-stdlib":
        return ["--stdlib", str(stdlib)]
    (snapshot,) = site.glob("assets/pyodide/*/snapshot-*.gz")
    return ["--stdlib", str(stdlib), "--snapshot", str(snapshot)]


@pytest.mark.parametrize("start", ["full-stdlib", "reduced-stdlib", "snapshot"])
def test_every_case_gives_the_same_output_in_pyodide(
    wiel: Path, tmp_path: Path, request: pytest.FixtureRequest, start: str
) -> None:
    casussen = alle()
    vandaag = dt.date.today()
    pyodide = _in_pyodide(wiel, casussen, tmp_path, _site_runtime(request, start))
    if dt.date.today() != vandaag:  # crossed midnight: results without a peildatum may differ
        pytest.skip("the date changed during the run; run again")
    assert pyodide["python"].startswith("3.14"), pyodide["python"]
    assert len(pyodide["outputs"]) == len(casussen)
    verschillen = []
    for casus, uit_pyodide in zip(casussen, pyodide["outputs"], strict=True):
        uit_cpython = calc.run(casus["rekenhulp"], casus["invoer"])
        if uit_pyodide != uit_cpython:
            verschillen.append(
                f"{casus['naam']}:\n  pyodide {uit_pyodide}\n  cpython {uit_cpython}"
            )
        elif vergelijk(casus, uit_pyodide):
            verschillen.append(f"{casus['naam']}: {vergelijk(casus, uit_pyodide)}")
    print(f"{len(casussen)} cases run in Pyodide {pyodide['python'].split()[0]}")
    assert verschillen == [], "\n".join(verschillen)
