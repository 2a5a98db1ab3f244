"""Build step: the Python runtime of the calculators (rekenhulpen).

- Builds the `calc` wheel from src/calc with standard tools, only when a file under src/calc
  (or pyproject.toml) is newer than the cached wheel: `mkdocs serve` rebuilds often.
- Copies the few Pyodide files the browser needs from node_modules/pyodide into the site under
  a versioned path (assets/pyodide/<version>/), and the wheel under a versioned name
  (assets/wheels/calc-<version>-py3-none-any.whl). Nothing of this is committed.

Other hooks read `pyodide_url()` and `wheel_url()` for the page markup (rekenhulpen.py), and
`runtime_files()` for the service worker's list of what to keep offline (offline.py).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.runtime")

ROOT = Path(__file__).resolve().parent.parent
PYODIDE_DIR = ROOT / "node_modules" / "pyodide"
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
SRC = ROOT / "src" / "calc"
WHEEL_CACHE = ROOT / "build" / "wheel"


def pyodide_version() -> str:
    package = PYODIDE_DIR / "package.json"
    if not package.is_file():
        raise PluginError("node_modules/pyodide is missing: run `npm ci` (or `make setup`) first.")
    version: str = json.loads(package.read_text(encoding="utf-8"))["version"]
    return version


def calc_version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    version: str = project["project"]["version"]
    return version


def wheel_name() -> str:
    return f"calc-{calc_version()}-py3-none-any.whl"


def pyodide_url() -> str:
    """Site-relative directory of the Pyodide files (with a trailing slash)."""
    return f"assets/pyodide/{pyodide_version()}/"


def wheel_url() -> str:
    """Site-relative URL of the wheel; the query string changes with its content (caches)."""
    return f"assets/wheels/{wheel_name()}?v={_wheel_digest()}"


def runtime_files() -> list[str]:
    """Site-relative URLs of every runtime file a calculator page may fetch.

    The Pyodide files (under `pyodide_url()`) and the wheel (`wheel_url()`, with its `?v=`
    query); a memory snapshot too, when the build makes one. The service worker precaches
    exactly this list (hooks/offline.py) when the calculators are made available offline.
    """
    return [*(pyodide_url() + name for name in PYODIDE_FILES), wheel_url()]


def _newest_source_mtime() -> float:
    paths = [ROOT / "pyproject.toml", *(p for p in SRC.rglob("*") if p.is_file())]
    return max(p.stat().st_mtime for p in paths if "__pycache__" not in p.parts)


def ensure_wheel() -> Path:
    """Return the cached wheel, building it first when src/calc is newer than it."""
    wheel = WHEEL_CACHE / wheel_name()
    if wheel.is_file() and wheel.stat().st_mtime >= _newest_source_mtime():
        return wheel
    log.info("Building the calc wheel from src/calc")
    WHEEL_CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=WHEEL_CACHE) as out:
        # Build in a throw-away copy: setuptools writes build/ and *.egg-info next to the
        # sources, and two builds at once (serve + tests) must not trip over each other.
        with tempfile.TemporaryDirectory() as tree:
            shutil.copy2(ROOT / "pyproject.toml", tree)
            readme = ROOT / "README.md"
            if readme.is_file():
                shutil.copy2(readme, tree)
            shutil.copytree(
                SRC, Path(tree) / "src" / "calc", ignore=shutil.ignore_patterns("__pycache__")
            )
            done = subprocess.run(
                [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", out],
                cwd=tree,
                capture_output=True,
                text=True,
                check=False,
            )
        if done.returncode != 0:
            raise PluginError(f"Building the calc wheel failed:\n{done.stdout}\n{done.stderr}")
        built = Path(out) / wheel_name()
        if not built.is_file():
            raise PluginError(f"The wheel build did not produce {wheel_name()}")
        os.replace(built, wheel)  # atomic: a concurrent build never sees half a wheel
    global _digest
    _digest = None
    return wheel


_digest: str | None = None


def _wheel_digest() -> str:
    global _digest
    if _digest is None:
        _digest = hashlib.sha256(ensure_wheel().read_bytes()).hexdigest()[:12]
    return _digest


def _copy_if_changed(src: Path, dest: Path) -> None:
    if dest.is_file():
        s, d = src.stat(), dest.stat()
        if s.st_size == d.st_size and int(s.st_mtime) == int(d.st_mtime):
            return
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dest)


# --- MkDocs events ----------------------------------------------------------------------


def on_pre_build(config: Any) -> None:
    # Build (or reuse) the wheel before the pages are rendered: their markup names its digest.
    global _digest
    _digest = None
    ensure_wheel()
    pyodide_version()


def on_post_build(config: Any) -> None:
    site = Path(config["site_dir"])
    target = site / pyodide_url()
    for name in PYODIDE_FILES:
        _copy_if_changed(PYODIDE_DIR / name, target / name)
    _copy_if_changed(ensure_wheel(), site / "assets" / "wheels" / wheel_name())


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    # `mkdocs serve` watches docs/ and mkdocs.yml; the rules and the browser glue live elsewhere.
    server.watch(str(SRC))
    server.watch(str(ROOT / "calculators"))
    return server
