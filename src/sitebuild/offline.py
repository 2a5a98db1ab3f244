"""After the engine, last: the site works offline after the first visit, and can be installed.

Writes three files at the site's root (relative to site_url's path, so the site also works
under a sub-path such as a GitHub Pages project site):

- `sw.js`, the service worker: offline/sw.js with the build's list of files (MANIFEST), each
  with its SHA-256, size and tier: "shell" (the site's CSS/JS, the home page, the offline page,
  the search; kept on install), "runtime" (`runtime.runtime_files()`, the calculators' glue,
  every calculator page and their overview; kept once a calculator page is shown or the reader
  asks) and "page" (the other pages, kept as they are read). The build hash, in the cache's
  name, is the hash of that list: it changes when any of those files changes.
- `offline.html`, the Dutch page shown for a page that is not on the device (offline/offline.html);
  the service worker fills in the links to what is.
- `manifest.webmanifest`, so that the site can be installed on a tablet (overrides/main.html
  links it).

The pages, their titles and whether they show a calculator are read from the built site, their
order from mkdocs.yml's navigation: no engine is asked.
"""

from __future__ import annotations

import hashlib
import html as html_lib
import json
import re
from pathlib import Path
from typing import Any

import jinja2

from sitebuild import BuildError, runtime
from sitebuild.project import nav_urls

ROOT = Path.cwd()
SOURCE = ROOT / "offline"
CALCULATORS = "rekenhulpen/"  # the calculators' overview; its pages are kept with the runtime
GLUE = "assets/rekenhulpen/"
# Material's own files carry a hash of their content in their name.
HASHED_NAME = re.compile(r"\.[0-9a-f]{8}\.min\.(?:js|css)$")
MANIFEST_LINE = 'const MANIFEST = { build: "source", files: [] };'  # in offline/sw.js
THEME_COLOR = "#4051b5"  # Material's indigo (mkdocs.yml, theme.palette)

TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def _file(site: Path, url: str) -> Path:
    path = url.split("?", 1)[0]
    return site / (path + "index.html" if path == "" or path.endswith("/") else path)


def _entry(site: Path, url: str, tier: str, **extra: Any) -> dict[str, Any]:
    path = _file(site, url)
    if not path.is_file():
        raise BuildError(f"offline: {url} is not in the site ({path})")
    data = path.read_bytes()
    entry: dict[str, Any] = {
        "u": url,
        "h": hashlib.sha256(data).hexdigest(),
        "n": len(data),
        "t": tier,
    }
    pyodide_file = url.startswith(runtime.pyodide_url()) and path.name in runtime.PYODIDE_FILES
    if "?v=" in url or pyodide_file or HASHED_NAME.search(url):
        entry["k"] = "immutable"  # the URL changes with the content: the cache answers first
    return {**entry, **extra}


def read_pages(site: Path, site_name: str) -> dict[str, dict[str, Any]]:
    """Every page of the built site (an index.html), by URL: its title, as its <title> gives it
    without the site's name, and whether it shows a calculator."""
    pages = {}
    suffix = f" - {site_name}"
    for path in sorted(site.rglob("index.html")):
        html = path.read_text(encoding="utf-8")
        url = path.parent.relative_to(site).as_posix() + "/"
        found = TITLE.search(html)
        title = html_lib.unescape(found.group(1)).strip() if found else url
        pages["" if url == "./" else url] = {
            "title": title.removesuffix(suffix),
            "calculator": 'data-rekenhulp="' in html,
        }
    return pages


def _page_entry(
    site: Path, url: str, tier: str, pages: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    page = pages[url]
    extra: dict[str, Any] = {"title": page["title"]}
    if page["calculator"]:
        extra["calculator"] = True
    return _entry(site, url, tier, **extra)


def _search_files(site: Path) -> list[str]:
    """The search index and the lunr files Material's search worker loads for its languages."""
    index = site / "search" / "search_index.json"
    if not index.is_file():
        return []
    langs = [
        lang for lang in json.loads(index.read_text("utf-8"))["config"]["lang"] if lang != "en"
    ]
    lunr = "assets/javascripts/lunr/min/"
    names = ["lunr.stemmer.support.min.js", *(f"lunr.{lang}.min.js" for lang in langs)]
    if len(langs) > 1:
        names.append("lunr.multi.min.js")
    return ["search/search_index.json", *(lunr + n for n in names if (site / lunr / n).is_file())]


def manifest_files(
    site: Path, found: dict[str, dict[str, Any]], order: list[str]
) -> list[dict[str, Any]]:
    """Every file the service worker may keep, with its tier, in a stable order."""
    pages = [url for url in order if url in found] + sorted(set(found) - set(order))
    calculator_pages = [u for u in pages if u.startswith(CALCULATORS) or found[u]["calculator"]]
    shell = ["", "offline.html", "manifest.webmanifest", "sitemap.xml", *_search_files(site)]
    for path in sorted((site / "assets").rglob("*")):
        url = path.relative_to(site).as_posix()
        skip = ("assets/pyodide/", "assets/wheels/", GLUE, "assets/javascripts/lunr/")
        if path.is_file() and path.suffix != ".map" and not url.startswith(skip):
            shell.append(url)
    glue = sorted(p.relative_to(site).as_posix() for p in (site / GLUE).glob("*") if p.is_file())

    files = [_page_entry(site, "", "shell", found)]
    files += [
        _entry(site, url, "shell", **({"offline": True} if url == "offline.html" else {}))
        for url in shell[1:]
    ]
    files += [_entry(site, url, "runtime") for url in [*runtime.runtime_files(), *glue]]
    files += [_page_entry(site, url, "runtime", found) for url in calculator_pages]
    others = [url for url in pages if url not in {"", *calculator_pages}]
    files += [_page_entry(site, url, "page", found) for url in others]
    return files


def build_hash(files: list[dict[str, Any]]) -> str:
    listing = "\n".join(f"{f['u']} {f['h']}" for f in files)
    return hashlib.sha256(listing.encode("utf-8")).hexdigest()[:16]


def _write_offline_page(site: Path, config: Any) -> None:
    home = (site / "index.html").read_text(encoding="utf-8")
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', home)
    if not policy:
        raise BuildError("offline: the home page has no Content Security Policy (csp.py)")
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)">', home)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(SOURCE),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    html = env.get_template("offline.html").render(
        policy=policy.group(1), stylesheets=stylesheets, site_name=config["site_name"]
    )
    (site / "offline.html").write_text(html, encoding="utf-8")


def _write_web_manifest(site: Path, config: Any) -> None:
    """The web app manifest; its URLs are relative to itself, at the site's root."""
    icon = "assets/images/icon-{0}.png"
    manifest = {
        "name": config["site_name"],
        "short_name": "Integratie",
        "description": " ".join((config["site_description"] or "").split()),
        "lang": "nl",
        "dir": "ltr",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOR,
        "icons": [
            {"src": icon.format(192), "sizes": "192x192", "type": "image/png"},
            {"src": icon.format(512), "sizes": "512x512", "type": "image/png"},
            {
                "src": icon.format(512),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
            {"src": "assets/images/favicon.svg", "sizes": "any", "type": "image/svg+xml"},
        ],
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    (site / "manifest.webmanifest").write_text(text, encoding="utf-8")


def write_offline_files(site: Path, config: dict[str, Any]) -> str:
    """offline.html, manifest.webmanifest and sw.js with this build's list; the build hash."""
    _write_offline_page(site, config)
    _write_web_manifest(site, config)
    files = manifest_files(site, read_pages(site, config["site_name"]), nav_urls(config))
    manifest = {"build": build_hash(files), "files": files}
    source = (SOURCE / "sw.js").read_text(encoding="utf-8")
    if source.count(MANIFEST_LINE) != 1:
        raise BuildError(f"offline/sw.js must have the line {MANIFEST_LINE!r} once")
    listing = json.dumps(manifest, ensure_ascii=False, separators=(",", ":"))
    source = source.replace(MANIFEST_LINE, f"const MANIFEST = {listing};")
    (site / "sw.js").write_text(source, encoding="utf-8")
    return str(manifest["build"])
