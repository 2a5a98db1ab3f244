"""Build step: the site works offline after the first visit, and can be installed.

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

Runs after every other build step (the Content Security Policy of hooks/csp.py is in the pages
by then, and the runtime is copied). Under `mkdocs serve` the service worker keeps nothing:
the live-reload script changes every page it serves, and a developer wants fresh files.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import sys
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent))
# The sibling hook (runtime_files()) as MkDocs loaded it, so that both share its state (the
# wheel's digest, the snapshot: reset before each build, also under `mkdocs serve`); a plain
# import when this module is loaded on its own (the tests).
runtime = sys.modules.get("hooks/runtime.py") or importlib.import_module("runtime")

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "offline"
CALCULATORS = "rekenhulpen/"  # the calculators' overview; its pages are kept with the runtime
GLUE = "assets/rekenhulpen/"
# Material's own files carry a hash of their content in their name.
HASHED_NAME = re.compile(r"\.[0-9a-f]{8}\.min\.(?:js|css)$")
MANIFEST_LINE = 'const MANIFEST = { build: "source", files: [] };'  # in offline/sw.js
THEME_COLOR = "#4051b5"  # Material's indigo (mkdocs.yml, theme.palette)

# A service worker for `mkdocs serve`: it keeps nothing, and removes what a built site kept here.
SERVE_WORKER = """// mkdocs serve: no offline use (see hooks/offline.py).
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  const prefix = `offline ${new URL(self.registration.scope).pathname} `;
  event.waitUntil(caches.keys().then((names) =>
    Promise.all(names.filter((n) => n.startsWith(prefix)).map((n) => caches.delete(n)))));
});
self.addEventListener("message", (event) => {
  event.ports[0]?.postMessage({ type: "status", build: "serve", runtime: false, total: 0 });
});
"""

_pages: dict[str, dict[str, Any]] = {}  # page URL -> title, whether it shows a calculator
_order: list[str] = []  # page URLs in the order of the navigation
_serving = False


def _file(site: Path, url: str) -> Path:
    path = url.split("?", 1)[0]
    return site / (path + "index.html" if path == "" or path.endswith("/") else path)


def _entry(site: Path, url: str, tier: str, **extra: Any) -> dict[str, Any]:
    path = _file(site, url)
    if not path.is_file():
        raise PluginError(f"offline: {url} is not in the site ({path})")
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


def _page_entry(site: Path, url: str, tier: str) -> dict[str, Any]:
    page = _pages[url]
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


def manifest_files(site: Path) -> list[dict[str, Any]]:
    """Every file the service worker may keep, with its tier, in a stable order."""
    pages = [url for url in _order if url in _pages] + sorted(set(_pages) - set(_order))
    calculator_pages = [u for u in pages if u.startswith(CALCULATORS) or _pages[u]["calculator"]]
    shell = ["", "offline.html", "manifest.webmanifest", "sitemap.xml", *_search_files(site)]
    for path in sorted((site / "assets").rglob("*")):
        url = path.relative_to(site).as_posix()
        skip = ("assets/pyodide/", "assets/wheels/", GLUE, "assets/javascripts/lunr/")
        if path.is_file() and path.suffix != ".map" and not url.startswith(skip):
            shell.append(url)
    glue = sorted(p.relative_to(site).as_posix() for p in (site / GLUE).glob("*") if p.is_file())

    files = [_page_entry(site, "", "shell")]
    files += [
        _entry(site, url, "shell", **({"offline": True} if url == "offline.html" else {}))
        for url in shell[1:]
    ]
    files += [_entry(site, url, "runtime") for url in [*runtime.runtime_files(), *glue]]
    files += [_page_entry(site, url, "runtime") for url in calculator_pages]
    files += [_page_entry(site, url, "page") for url in pages if url not in {"", *calculator_pages}]
    return files


def build_hash(files: list[dict[str, Any]]) -> str:
    listing = "\n".join(f"{f['u']} {f['h']}" for f in files)
    return hashlib.sha256(listing.encode("utf-8")).hexdigest()[:16]


def _write_offline_page(site: Path, config: Any) -> None:
    home = (site / "index.html").read_text(encoding="utf-8")
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', home)
    if not policy:
        raise PluginError("offline: the home page has no Content Security Policy (hooks/csp.py)")
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


# --- MkDocs events ----------------------------------------------------------------------


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_pre_build(config: Any) -> None:
    _pages.clear()
    _order.clear()


def on_nav(nav: Any, config: Any, files: Any) -> Any:
    _order[:] = [page.url for page in nav.pages]
    return nav


def on_post_page(output: str, page: Any, config: Any) -> str:
    _pages[page.url] = {"title": page.title, "calculator": 'data-rekenhulp="' in output}
    return output


@event_priority(-100)  # last: after the policy is in the pages and the runtime is copied
def on_post_build(config: Any) -> None:
    site = Path(config["site_dir"])
    _write_offline_page(site, config)
    _write_web_manifest(site, config)
    if _serving:
        (site / "sw.js").write_text(SERVE_WORKER, encoding="utf-8")
        return
    files = manifest_files(site)
    manifest = {"build": build_hash(files), "files": files}
    source = (SOURCE / "sw.js").read_text(encoding="utf-8")
    if source.count(MANIFEST_LINE) != 1:
        raise PluginError(f"offline/sw.js must have the line {MANIFEST_LINE!r} once")
    listing = json.dumps(manifest, ensure_ascii=False, separators=(",", ":"))
    source = source.replace(MANIFEST_LINE, f"const MANIFEST = {listing};")
    (site / "sw.js").write_text(source, encoding="utf-8")
