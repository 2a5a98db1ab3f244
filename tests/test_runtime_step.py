"""The runtime step (src/sitebuild/runtime.py): what a calculator page may fetch, and a build
without Node.

`runtime_files()` is the contract with the service worker (it precaches exactly that list):
every file in it is in the built site, and every runtime file of the built site is in it.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from sitebuild import BuildError
from sitebuild import runtime as runtime_step
from tests.sitemap import page_html


def test_runtime_files_are_exactly_the_runtime_files_of_the_site(built_site: Path) -> None:
    runtime = runtime_step
    files = runtime.runtime_files()
    assert len(files) == len(set(files)), files
    on_disk = {
        p.relative_to(built_site).as_posix()
        for folder in ("assets/pyodide", "assets/wheels")
        for p in (built_site / folder).rglob("*")
        if p.is_file()
    }
    assert {urlsplit(f).path for f in files} == on_disk
    # The snapshot and the reduced standard library are built (the tests require them) and
    # carry their content in their names; Pyodide's full standard library is not shipped.
    names = [Path(urlsplit(f).path).name for f in files]
    version = runtime.pyodide_version()
    digest = urlsplit(runtime.wheel_url()).query.removeprefix("v=")
    assert f"snapshot-{version}-{digest}.gz" in names, names
    assert any(re.fullmatch(r"stdlib-[0-9a-f]{12}\.zip", n) for n in names), names
    assert "python_stdlib.zip" not in names


def test_a_calculator_page_names_only_runtime_files(built_site: Path) -> None:
    runtime = runtime_step
    files = set(runtime.runtime_files())
    html = page_html(built_site, "rekenhulpen/termijnen/")
    boot = re.search(r'<script id="rekenhulp-boot"[^>]*>', html)
    assert boot, "no boot script"
    named = dict(re.findall(r'data-(pyodide|wheel|stdlib|snapshot)="([^"]*)"', boot.group(0)))
    assert set(named) == {"pyodide", "wheel", "stdlib", "snapshot"}
    for key in ("wheel", "stdlib", "snapshot"):
        assert named[key].removeprefix("../../") in files, (key, named[key])
    directory = named["pyodide"].removeprefix("../../")
    assert all(f.startswith(directory) for f in files if "/pyodide/" in f)


def test_without_node_the_build_goes_on_without_a_snapshot_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    runtime = runtime_step
    monkeypatch.setattr(runtime, "_snapshot", None)  # restored after the test, as the others
    monkeypatch.setattr(runtime, "_snapshot_tried", False)
    monkeypatch.setattr(runtime.shutil, "which", lambda name: None)
    monkeypatch.setattr(runtime, "SNAPSHOT_CACHE", Path("/nonexistent/snapshot-cache"))
    monkeypatch.delenv("REKENHULP_SNAPSHOT", raising=False)
    with caplog.at_level(logging.INFO, logger="sitebuild.runtime"):
        assert runtime.ensure_snapshot() is None
    assert "No memory snapshot for the calculators (Node is not installed)" in caplog.text
    assert runtime.snapshot_url() == ""
    assert runtime.stdlib_url().endswith("/python_stdlib.zip")
    assert not any("snapshot" in f for f in runtime.runtime_files())


def test_in_the_tests_a_missing_snapshot_fails_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    runtime = runtime_step
    monkeypatch.setattr(runtime, "_snapshot", None)  # restored after the test, as the others
    monkeypatch.setattr(runtime, "_snapshot_tried", False)
    monkeypatch.setattr(runtime.shutil, "which", lambda name: None)
    monkeypatch.setattr(runtime, "SNAPSHOT_CACHE", Path("/nonexistent/snapshot-cache"))
    monkeypatch.setenv("REKENHULP_SNAPSHOT", "required")
    with pytest.raises(BuildError, match="required"):
        runtime.ensure_snapshot()
