"""After the engine: the calculators' glue in the site, and on each calculator's page the tags
that start Python early.

The rekenhulp shortcode (src/shortcodes/rekenhulp.py) writes the runtime's URLs from the site's
root as `ROOT_TOKEN` + path: a Markdown extension does not know the page it renders. Here each
page gets the relative way up to the root instead ("../../"), so the site works at any address,
also under a sub-path (a GitHub Pages project site), and offline.

A calculator's page (one with `data-rekenhulp="`) also gets, right after `<meta charset>`, the
small external classic script calculators/js/boot.js, which creates the worker before the rest
of the page has run (runtime.mjs adopts it: still one worker), and the calculators' stylesheet
last in the head. Text pages get neither: they load no file of the calculators at all. After
instant navigation Material adds the new page's head elements (the stylesheet; the script stays
inert, and runtime.mjs starts the worker itself).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sitebuild import BuildError
from sitebuild.runtime import ROOT, pyodide_url, snapshot_url, stdlib_url, wheel_url

GLUE = ROOT / "calculators"
ASSETS = "assets/rekenhulpen"
ROOT_TOKEN = "__SITE_ROOT__/"  # in the rekenhulp shortcode's markup: the site's root
MARKER = 'data-rekenhulp="'
CHARSET = '<meta charset="utf-8">'


def copy_glue(site: Path) -> list[str]:
    """calculators/js and calculators/css into site/assets/rekenhulpen/; their site URLs."""
    target = site / ASSETS
    target.mkdir(parents=True, exist_ok=True)
    copied = []
    for folder in ("js", "css"):
        for path in sorted((GLUE / folder).glob("*")):
            if path.suffix in {".mjs", ".js", ".css"}:
                shutil.copy2(path, target / path.name)
                copied.append(f"{ASSETS}/{path.name}")
    return copied


def up_to_root(site: Path, page: Path) -> str:
    """The relative way from `page` (an HTML file of `site`) up to the site's root."""
    depth = len(page.relative_to(site).parts) - 1
    return "../" * depth or "./"


def head_tags(root: str) -> tuple[str, str]:
    """The boot script and the stylesheet of a calculator's page whose way up is `root`."""
    snapshot = root + snapshot_url() if snapshot_url() else ""
    script = (
        f'<script id="rekenhulp-boot" src="{root}{ASSETS}/boot.js" '
        f'data-worker="{root}{ASSETS}/worker.mjs" data-pyodide="{root}{pyodide_url()}" '
        f'data-wheel="{root}{wheel_url()}" data-stdlib="{root}{stdlib_url()}" '
        f'data-snapshot="{snapshot}"></script>'
    )
    style = f'<link rel="stylesheet" id="rekenhulp-style" href="{root}{ASSETS}/rekenhulpen.css">'
    return script, style


def finish_pages(site: Path) -> list[Path]:
    """Put the way up and the head tags into every calculator page; return those pages."""
    pages = []
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        if ROOT_TOKEN not in html and MARKER not in html:
            continue
        if CHARSET not in html or "</head>" not in html:
            raise BuildError(f"{page}: a calculator page without {CHARSET} or </head>")
        root = up_to_root(site, page)
        html = html.replace(ROOT_TOKEN, root)
        script, style = head_tags(root)
        # The script right after the charset, before the stylesheets: a parser-blocking script
        # waits for the stylesheets above it, and Material's bundle would otherwise run first.
        at = html.index(CHARSET) + len(CHARSET)
        html = html[:at] + "\n" + script + html[at:]
        at = html.index("</head>")
        html = html[:at] + style + "\n" + html[at:]
        page.write_text(html, encoding="utf-8")
        pages.append(page)
    return pages
