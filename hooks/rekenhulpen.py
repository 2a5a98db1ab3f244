"""Build step: the calculators (rekenhulpen) on their pages.

- Expands the shortcode `<!-- rekenhulp: NAME -->` into the calculator's markup, rendered from
  calculators/forms/ with calculators/templates/rekenhulp.html. An unknown name fails the
  build. Hints for the fields are written in the page, inside the shortcode, one per line:

      <!-- rekenhulp: termijnen
      start_inburgeringsplicht: De datum op de kennisgeving van DUO.
      -->

  An unknown field name there fails the build too (a typo must not pass silently).
- Adds the browser glue (calculators/js, calculators/css) to the site under assets/rekenhulpen/.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

from calc.regime import standaard, wetten
from shortcodes.waarde import ShortcodeError, waarde

sys.path.insert(0, str(Path(__file__).resolve().parent))
# The sibling hook (versioned runtime URLs) as MkDocs loaded it, so that both hooks share its
# state (the wheel's digest, the snapshot: reset before each build); a plain import when this
# module is loaded on its own (the tests).
runtime = sys.modules.get("hooks/runtime.py") or importlib.import_module("runtime")

ROOT = Path(__file__).resolve().parent.parent
GLUE = ROOT / "calculators"
ASSETS = "assets/rekenhulpen"
SHORTCODE = re.compile(r"<!--\s*rekenhulp:\s*([\w-]+)\s*(.*?)-->", re.DOTALL)


def _load_forms() -> Any:
    """calculators.forms, read afresh (`mkdocs serve` rebuilds after an edit).

    The project's root is on the import path only while it is imported: MkDocs restores
    sys.path after loading a hook, and the `mkdocs` command (`make build`, `make serve`), unlike
    `python -m mkdocs`, does not have the working directory on it."""
    for name in [m for m in sys.modules if m == "calculators" or m.startswith("calculators.")]:
        del sys.modules[name]
    sys.path.insert(0, str(ROOT))
    try:
        return importlib.import_module("calculators.forms")
    finally:
        sys.path.remove(str(ROOT))


_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(GLUE / "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=False,
)


#: A parameter's value in a field's hint: `{waarde: NAAM}` or `{waarde: NAAM 2016-01-01}` (the hints
#: stand inside the <!-- rekenhulp --> comment, where <!-- waarde: ... --> cannot).
HINT_WAARDE = re.compile(r"\{waarde:\s*([a-z0-9_]+)(?:\s+(\d{4}-\d{2}-\d{2}))?\s*\}")


def _parse_hints(name: str, body: str, known: set[str], where: str) -> dict[str, str]:
    hints: dict[str, str] = {}
    for raw in body.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        key, sep, text = line.partition(":")
        key = key.strip()
        if not sep or key not in known:
            raise PluginError(
                f"{where}: rekenhulp '{name}' has no field '{key}' "
                f"(known: {', '.join(sorted(known))})"
            )
        try:
            hints[key] = HINT_WAARDE.sub(lambda m: waarde(m.group(1), m.group(2)), text.strip())
        except ShortcodeError as fout:
            raise PluginError(f"{where}: rekenhulp '{name}', hint of '{key}': {fout}") from fout
    return hints


def _urls(page_url: str) -> dict[str, str]:
    """The runtime's URLs relative to the page at `page_url` (site-relative)."""

    def rel(target: str) -> str:
        return get_relative_url(target, page_url)

    return {
        "worker_url": rel(f"{ASSETS}/worker.mjs"),
        "pyodide_url": rel(runtime.pyodide_url().rstrip("/")) + "/",
        "wheel_url": rel(runtime.wheel_url()),
        "stdlib_url": rel(runtime.stdlib_url()),
        "snapshot_url": rel(runtime.snapshot_url()) if runtime.snapshot_url() else "",
        "boot_script": rel(f"{ASSETS}/boot.js"),
        "stylesheet": rel(f"{ASSETS}/rekenhulpen.css"),
    }


def render(name: str, body: str, page_url: str, where: str) -> str:
    """The markup of calculator `name` for the page at `page_url` (site-relative)."""
    forms = _load_forms()
    calculator = forms.CALCULATORS.get(name)
    if calculator is None:
        raise PluginError(
            f"{where}: unknown rekenhulp '{name}' (known: {', '.join(sorted(forms.CALCULATORS))})"
        )
    hints = _parse_hints(name, body, {f.name for f in calculator.fields}, where)

    urls = _urls(page_url)
    html = _env.get_template("rekenhulp.html").render(
        c=calculator,
        regimes=forms.REGIMES,
        wetten=[{"code": w.code, "vanaf": w.vanaf and w.vanaf.isoformat()} for w in wetten()],
        standaard=standaard().code,
        hints=hints,
        worker_url=urls["worker_url"],
        pyodide_url=urls["pyodide_url"],
        wheel_url=urls["wheel_url"],
        stdlib_url=urls["stdlib_url"],
        snapshot_url=urls["snapshot_url"],
        base_url="../" * page_url.count("/") or "./",
    )
    return html


_stash: dict[str, list[tuple[str, str]]] = {}  # page -> shortcodes found in its Markdown
_with_calculator: set[str] = set()  # pages that show a calculator


# --- MkDocs events ----------------------------------------------------------------------


def on_files(files: Files, config: Any) -> Files:
    for folder in ("js", "css"):
        for path in sorted((GLUE / folder).glob("*")):
            if path.suffix in {".mjs", ".js", ".css"}:
                files.append(
                    File(
                        path.name,
                        src_dir=str(GLUE / folder),
                        dest_dir=str(Path(config["site_dir"]) / ASSETS),
                        use_directory_urls=config["use_directory_urls"],
                    )
                )
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    where = page.file.src_uri
    # Check names now, so that a wrong one fails before anything is rendered.
    forms = _load_forms()
    for match in SHORTCODE.finditer(markdown):
        if match.group(1) not in forms.CALCULATORS:
            raise PluginError(
                f"{where}: unknown rekenhulp '{match.group(1)}' "
                f"(known: {', '.join(sorted(forms.CALCULATORS))})"
            )

    # Replace by a placeholder paragraph that Markdown leaves alone; on_page_content swaps it.
    found: list[tuple[str, str]] = []
    _stash[where] = found

    def stash(match: re.Match[str]) -> str:
        found.append((match.group(1), match.group(2)))
        return f"\n\nREKENHULP-PLACEHOLDER-{len(found) - 1}\n\n"

    return SHORTCODE.sub(stash, markdown)


def on_page_content(html: str, page: Any, config: Any, files: Files) -> str:
    where = page.file.src_uri
    stashed = _stash.pop(where, [])
    for index, (name, body) in enumerate(stashed):
        placeholder = f"<p>REKENHULP-PLACEHOLDER-{index}</p>"
        if placeholder not in html:
            raise PluginError(f"{where}: the rekenhulp '{name}' shortcode must be its own block")
        html = html.replace(placeholder, render(name, body, page.url, where))
    if stashed:
        _with_calculator.add(where)
    return html


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Calculator pages start Python from the head, and link the calculators' stylesheet.

    A small external classic script (no inline script), calculators/js/boot.js, creates the
    worker before the rest of the page has run; runtime.mjs adopts it, so there is still one
    worker. Text pages get neither: they load no file of the calculators at all. After instant
    navigation Material adds the new page's head elements (the stylesheet; the script stays
    inert, and runtime.mjs starts the worker itself).
    """
    if page.file.src_uri not in _with_calculator:
        return output
    urls = _urls(page.url)
    tag = (
        f'<script id="rekenhulp-boot" src="{urls["boot_script"]}" '
        f'data-worker="{urls["worker_url"]}" data-pyodide="{urls["pyodide_url"]}" '
        f'data-wheel="{urls["wheel_url"]}" data-stdlib="{urls["stdlib_url"]}" '
        f'data-snapshot="{urls["snapshot_url"]}"></script>'
    )
    # Right after the charset, before the stylesheets: a parser-blocking script waits for the
    # stylesheets above it, and Material's bundle would otherwise run first.
    charset = '<meta charset="utf-8">'
    at = output.index(charset) + len(charset)
    output = output[:at] + "\n" + tag + output[at:]
    # The stylesheet last in the head: after Material's and extra_css, as before.
    style = f'<link rel="stylesheet" id="rekenhulp-style" href="{urls["stylesheet"]}">'
    at = output.index("</head>")
    return output[:at] + style + "\n" + output[at:]
