"""The calculators' Python runtime: the step before the engine, and its copy after it.

Before the engine (`prepare`):
- builds the `calc` wheel from src/calc with standard tools, only when a file under src/calc (or
  pyproject.toml) is newer than the cached wheel;
- makes, with Node (sitebuild/snapshot.mjs), a memory snapshot of Python after `import calc` and
  a calculation of each calculator, and the reduced standard library it runs on; only when the
  wheel, Pyodide or the script changed (cached in build/snapshot/). Without Node, or when that
  fails, the build goes on without them and says so (REKENHULP_SNAPSHOT=required makes that an
  error): the worker then starts Python the normal way on Pyodide's full standard library;
- writes build/runtime.json: the site-relative URLs of all of it, which the pages' markup names
  (src/shortcodes/rekenhulp.py reads it while the engine renders).

After the engine (`copy_runtime`): copies the few Pyodide files the browser needs from
node_modules/pyodide into the site under a versioned path (assets/pyodide/<version>/), with the
snapshot and the reduced standard library under names that carry their content, and the wheel
(assets/wheels/). Nothing of this is committed. `runtime_files()` lists every file a calculator
page may fetch, for the service worker (offline.py).

Every path is relative to the project (`ROOT`, the working directory of the build).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from sitebuild import BuildError

log = logging.getLogger("sitebuild.runtime")

ROOT = Path.cwd()
PYODIDE_DIR = ROOT / "node_modules" / "pyodide"
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "pyodide-lock.json",
)
FULL_STDLIB = "python_stdlib.zip"  # Pyodide's own; shipped only when there is no reduced one
SRC = ROOT / "src" / "calc"
WHEEL_CACHE = ROOT / "build" / "wheel"
SNAPSHOT_SCRIPT = Path(__file__).resolve().parent / "snapshot.mjs"
SNAPSHOT_CACHE = ROOT / "build" / "snapshot"
SNAPSHOT_TIMEOUT_S = 300


def pyodide_version() -> str:
    package = PYODIDE_DIR / "package.json"
    if not package.is_file():
        raise BuildError("node_modules/pyodide is missing: run `npm ci` (or `make setup`) first.")
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
            raise BuildError(f"Building the calc wheel failed:\n{done.stdout}\n{done.stderr}")
        built = Path(out) / wheel_name()
        if not built.is_file():
            raise BuildError(f"The wheel build did not produce {wheel_name()}")
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


@dataclass(frozen=True)
class Snapshot:
    """The snapshot and the reduced standard library of one wheel, as made by snapshot.mjs."""

    snapshot: Path  # gzipped makeMemorySnapshot()
    stdlib: Path  # the standard-library files that Pyodide and calc import

    def stdlib_name(self) -> str:
        return f"stdlib-{_digest_of(self.stdlib)}.zip"

    def snapshot_name(self) -> str:
        return f"snapshot-{pyodide_version()}-{_wheel_digest()}.gz"


def _digest_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


_snapshot: Snapshot | None = None
_snapshot_tried = False


def ensure_snapshot() -> Snapshot | None:
    """The cached snapshot for the current wheel, Pyodide and script; made when missing.

    None when it cannot be made (no Node, or the script failed): the build goes on without it and
    says why. Set REKENHULP_SNAPSHOT=required to make that an error (the tests do).
    """
    global _snapshot, _snapshot_tried
    if _snapshot_tried:
        return _snapshot
    _snapshot_tried = True
    parts = [pyodide_version().encode(), _wheel_digest().encode(), SNAPSHOT_SCRIPT.read_bytes()]
    key = hashlib.sha256(b"\0".join(parts)).hexdigest()[:16]
    cached = Snapshot(SNAPSHOT_CACHE / key / "snapshot.gz", SNAPSHOT_CACHE / key / "stdlib.zip")
    problem = ""
    if not (cached.snapshot.is_file() and cached.stdlib.is_file()):
        problem = _make_snapshot(cached.snapshot.parent)
    if problem:
        if os.environ.get("REKENHULP_SNAPSHOT") == "required":
            raise BuildError(f"The calculators' memory snapshot is required: {problem}")
        log.info(
            "No memory snapshot for the calculators (%s): the site starts Python without one, "
            "on Pyodide's full standard library.",
            problem,
        )
        return None
    _snapshot = cached
    return _snapshot


def _make_snapshot(target: Path) -> str:
    """Run snapshot.mjs into `target`; return what went wrong, or "" when it worked."""
    node = shutil.which("node")
    if node is None:
        return "Node is not installed"
    log.info("Making the calculators' memory snapshot with Node (src/sitebuild/snapshot.mjs)")
    SNAPSHOT_CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=SNAPSHOT_CACHE) as out:
        command = [node, str(SNAPSHOT_SCRIPT), str(PYODIDE_DIR), str(ensure_wheel())]
        try:
            done = subprocess.run(
                [*command, _wheel_digest(), out],
                capture_output=True,
                text=True,
                check=False,
                timeout=SNAPSHOT_TIMEOUT_S,
            )
        except subprocess.TimeoutExpired:
            return f"src/sitebuild/snapshot.mjs took more than {SNAPSHOT_TIMEOUT_S} s"
        if done.returncode != 0:
            lines = [line for line in done.stderr.splitlines() if len(line) < 400]
            return "src/sitebuild/snapshot.mjs failed:\n" + "\n".join(lines[-20:])
        log.info("Snapshot made: %s", done.stdout.strip())
        # Atomic, as the wheel; when a concurrent build was first, its (equivalent) files stay.
        with contextlib.suppress(OSError):
            os.replace(out, target)
        os.makedirs(out, exist_ok=True)  # for TemporaryDirectory's cleanup
    return ""


def stdlib_url() -> str:
    """Site-relative URL of the standard library the worker gives Pyodide."""
    snapshot = ensure_snapshot()
    name = snapshot.stdlib_name() if snapshot else FULL_STDLIB
    return pyodide_url() + name


def snapshot_url() -> str:
    """Site-relative URL of the gzipped memory snapshot; empty when there is none."""
    snapshot = ensure_snapshot()
    return pyodide_url() + snapshot.snapshot_name() if snapshot else ""


def runtime_files() -> list[str]:
    """Every runtime file a calculator page may fetch, as site-relative URLs.

    Pyodide's files, the standard library, the wheel (with its query string, as fetched) and the
    snapshot when there is one. The service worker precaches exactly this list.
    """
    files = [pyodide_url() + name for name in PYODIDE_FILES]
    files += [stdlib_url(), wheel_url()]
    if snapshot_url():
        files.append(snapshot_url())
    return files


def _copy_if_changed(src: Path, dest: Path) -> None:
    if dest.is_file():
        s, d = src.stat(), dest.stat()
        if s.st_size == d.st_size and int(s.st_mtime) == int(d.st_mtime):
            return
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dest)


RUNTIME_JSON = ROOT / "build" / "runtime.json"


def prepare() -> dict[str, str]:
    """The step before the engine: the wheel and the snapshot (built or reused), and
    build/runtime.json with their URLs. Returns what it wrote."""
    global _digest, _snapshot, _snapshot_tried
    _digest = None
    _snapshot, _snapshot_tried = None, False
    ensure_wheel()
    urls = {
        "pyodide": pyodide_url(),
        "wheel": wheel_url(),
        "stdlib": stdlib_url(),
        "snapshot": snapshot_url(),
    }
    RUNTIME_JSON.parent.mkdir(parents=True, exist_ok=True)
    RUNTIME_JSON.write_text(json.dumps(urls, indent=2) + "\n", encoding="utf-8")
    return urls


def copy_runtime(site: Path) -> None:
    """After the engine: the runtime's files into the built `site`."""
    target = site / pyodide_url()
    for name in PYODIDE_FILES:
        _copy_if_changed(PYODIDE_DIR / name, target / name)
    snapshot = ensure_snapshot()
    if snapshot:
        _copy_if_changed(snapshot.stdlib, target / snapshot.stdlib_name())
        _copy_if_changed(snapshot.snapshot, target / snapshot.snapshot_name())
    else:
        _copy_if_changed(PYODIDE_DIR / FULL_STDLIB, target / FULL_STDLIB)
    _copy_if_changed(ensure_wheel(), site / "assets" / "wheels" / wheel_name())
