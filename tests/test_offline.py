"""What the build writes for offline use (src/sitebuild/offline.py): the service worker's list
of files, the offline page and the web app manifest. The browser tests are in
test_offline_browser.py."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest

from calc.rekenhulpen import REGISTER
from sitebuild import runtime as runtime_step
from tests.sitemap import content_pages, parse

BASE = "http://site.invalid/"


@pytest.fixture(scope="module")
def manifest(built_site: Path) -> dict[str, Any]:
    source = (built_site / "sw.js").read_text(encoding="utf-8")
    match = re.search(r"^const MANIFEST = (\{.*\});$", source, re.MULTILINE)
    assert match, "sw.js starts with the build's MANIFEST"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def _tier(manifest: dict[str, Any], tier: str) -> list[str]:
    return [f["u"] for f in manifest["files"] if f["t"] == tier]


def _path(site: Path, url: str) -> Path:
    path = url.split("?")[0]
    return site / (path + "index.html" if path in ("",) or path.endswith("/") else path)


def test_every_file_in_the_list_is_the_built_file(
    built_site: Path, manifest: dict[str, Any]
) -> None:
    urls = [f["u"] for f in manifest["files"]]
    assert len(urls) == len(set(urls))
    for f in manifest["files"]:
        data = _path(built_site, f["u"]).read_bytes()
        assert (hashlib.sha256(data).hexdigest(), len(data)) == (f["h"], f["n"]), f["u"]
    # The build hash (the cache's name) is the hash of the list: any file changes it.
    listing = "\n".join(f"{f['u']} {f['h']}" for f in manifest["files"])
    assert manifest["build"] == hashlib.sha256(listing.encode()).hexdigest()[:16]


def test_the_runtime_is_kept_only_with_the_calculators(
    built_site: Path, manifest: dict[str, Any]
) -> None:
    runtime = _tier(manifest, "runtime")
    # The contract with the memory snapshot (issue 10): everything runtime_files() names.
    for url in runtime_step.runtime_files():
        assert url in runtime, url
    assert any(u.startswith("assets/wheels/") and "?v=" in u for u in runtime)
    glue = sorted(p.name for p in (built_site / "assets/rekenhulpen").iterdir())
    assert sorted(u.rsplit("/", 1)[1] for u in runtime if "/rekenhulpen/" in u) == glue
    pages = content_pages(built_site)
    calculators = {
        u for u in pages if 'data-rekenhulp="' in _path(built_site, u).read_text("utf-8")
    }
    # Every calculator's page, and the caseload, which computes with the same Python.
    assert calculators == {f"rekenhulpen/{naam}/" for naam in REGISTER} | {"rekenhulpen/caseload/"}
    assert {u for u in runtime if u.endswith("/")} == calculators | {"rekenhulpen/"}
    # Nothing of the runtime on install (a text page loads no Python file).
    shell = _tier(manifest, "shell")
    assert not [u for u in shell if u.startswith(("assets/pyodide/", "assets/wheels/"))]
    assert not [u for u in shell if u.startswith("assets/rekenhulpen/")]


def test_the_site_s_css_and_js_and_every_page_are_in_the_list(
    built_site: Path, manifest: dict[str, Any]
) -> None:
    shell = _tier(manifest, "shell")
    assert {"", "offline.html", "manifest.webmanifest", "search/search_index.json"} <= set(shell)
    home = parse(built_site / "index.html")
    for asset in home.assets:
        assert urljoin(BASE, asset)[len(BASE) :] in shell, asset
    assert any(re.fullmatch(r"assets/javascripts/workers/search\.\w+\.min\.js", u) for u in shell)
    listed = {f["u"]: f for f in manifest["files"]}
    for url in content_pages(built_site):
        assert url in listed and listed[url]["title"], url
    # The cache answers first only where the address changes with the content.
    immutable = {f["u"] for f in manifest["files"] if f.get("k") == "immutable"}
    for url in immutable:
        assert "?v=" in url or "/pyodide/" in url or re.search(r"\.[0-9a-f]{8}\.min\.", url), url
    assert "assets/javascripts/site.mjs" not in immutable
    assert "assets/rekenhulpen/worker.mjs" not in immutable


def test_the_offline_page_is_dutch_accessible_markup_without_script(built_site: Path) -> None:
    html = (built_site / "offline.html").read_text(encoding="utf-8")
    assert '<html lang="nl">' in html and "<title>Geen verbinding" in html
    assert "<script" not in html
    for marker in (
        "<!-- offline:base -->",
        "<!-- offline:rekenhulpen -->",
        "<!-- offline:gelezen -->",
    ):
        assert marker in html
    page = parse(built_site / "offline.html")
    assert [h[:2] for h in page.headings] == [
        (1, "Geen verbinding"),
        (2, "Rekenhulpen"),
        (2, "Pagina\u2019s die u al hebt gelezen"),
    ]
    # Its links are relative to the root, where it is (the service worker adds a <base>).
    for asset in page.assets:
        assert (built_site / asset).is_file(), asset
    assert page.links == ["./", "toegankelijkheid/#offline"]
    assert "offline" in parse(built_site / "toegankelijkheid/index.html").ids


def test_the_web_app_manifest_lets_the_site_be_installed(built_site: Path) -> None:
    manifest = json.loads((built_site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["name"] == "Integratie en participatie voor gemeenten"
    assert manifest["lang"] == "nl" and manifest["display"] == "standalone"
    assert manifest["start_url"] == manifest["scope"] == "./"  # relative: any sub-path
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert (built_site / icon["src"]).is_file(), icon
    for url, page in content_pages(built_site).items():
        links = [a for a in page.assets if a.endswith("manifest.webmanifest")]
        assert links and urljoin(BASE + url, links[0]) == BASE + "manifest.webmanifest", url
