"""`<!-- rekenhulp: NAME -->`: the calculator NAME, rendered from its description.

The markup comes from calculators/forms/ (whose fields come from the calculator's own field list
in src/calc) with calculators/templates/rekenhulp.html. Hints for the fields are written in the
page, inside the shortcode, one per line, and may name a parameter's value:

    <!-- rekenhulp: termijnen
    start_inburgeringsplicht: De datum op de kennisgeving van DUO.
    datum_pip: Uiterlijk {waarde: pip_termijn} na de kennisgeving.
    -->

An unknown calculator, an unknown field in a hint, or a shortcode that is not its own block
stops the build. The runtime's URLs come from build/runtime.json (written by the step before
the engine, `python -m sitebuild build`), written from the site's root with a token that the
step after the engine turns into each page's way up (src/sitebuild/calculators.py).

A preprocessor, like the other shortcodes: it runs after the includes and before Python-Markdown
stashes HTML comments (priority 30). The markup is stashed as raw HTML, untouched by Markdown.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path
from typing import Any

import jinja2
from markdown import Markdown
from markdown.preprocessors import Preprocessor

from calc.regime import standaard, wetten
from shortcodes import ProjectExtension
from shortcodes.waarde import ShortcodeError, waarde

SHORTCODE = re.compile(r"<!--\s*rekenhulp:\s*([\w-]+)\s*(.*?)-->", re.DOTALL)
CASELOAD = "<!-- caseload -->"  # a caseload from a CSV file: every row an overview
#: A parameter's value in a hint (the hints stand inside a comment, where <!-- waarde --> cannot).
HINT_WAARDE = re.compile(r"\{waarde:\s*([a-z0-9_]+)(?:\s+(\d{4}-\d{2}-\d{2}))?\s*\}")
PRIORITY = 30  # after includes (101) and snippets (32), before html_block (20)
ROOT_TOKEN = "__SITE_ROOT__/"  # the site's root; src/sitebuild/calculators.py fills it in
RUNTIME_JSON = Path("build") / "runtime.json"  # relative to the project, where engines run


def _forms(project: Path) -> Any:
    """calculators.forms of the project, read afresh (a rebuild after an edit sees it)."""
    for name in [m for m in sys.modules if m == "calculators" or m.startswith("calculators.")]:
        del sys.modules[name]
    sys.path.insert(0, str(project))
    try:
        return importlib.import_module("calculators.forms")
    finally:
        sys.path.remove(str(project))


def _runtime(project: Path) -> dict[str, str]:
    path = project / RUNTIME_JSON
    if not path.is_file():
        raise ShortcodeError(
            f"{path} is missing: build with `make build` (python -m sitebuild build), whose "
            "first step makes the calculators' runtime"
        )
    urls: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return urls


def _hints(name: str, body: str, known: set[str]) -> dict[str, str]:
    hints: dict[str, str] = {}
    for raw in body.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        key, sep, text = line.partition(":")
        key = key.strip()
        if not sep or key not in known:
            raise ShortcodeError(
                f"rekenhulp '{name}' has no field '{key}' (known: {', '.join(sorted(known))})"
            )
        try:
            hints[key] = HINT_WAARDE.sub(lambda m: waarde(m.group(1), m.group(2)), text.strip())
        except ShortcodeError as fout:
            raise ShortcodeError(f"rekenhulp '{name}', hint of '{key}': {fout}") from fout
    return hints


def render(name: str, body: str, project: Path) -> str:
    """The markup of calculator `name`, its URLs from the site's root (ROOT_TOKEN)."""
    forms = _forms(project)
    calculator = forms.CALCULATORS.get(name)
    if calculator is None:
        known = ", ".join(sorted(forms.CALCULATORS))
        raise ShortcodeError(f"unknown rekenhulp '{name}' (known: {known})")
    hints = _hints(name, body, {f.name for f in calculator.fields})
    return _render(
        project,
        "rekenhulp.html",
        c=calculator,
        regimes=forms.REGIMES,
        wetten=[{"code": w.code, "vanaf": w.vanaf and w.vanaf.isoformat()} for w in wetten()],
        standaard=standaard().code,
        hints=hints,
    )


def render_caseload(project: Path) -> str:
    """The caseload's markup (calculators/templates/caseload.html), its URLs as a calculator's."""
    return _render(
        project,
        "caseload.html",
        wetten_met_regels=[(w.code, w.naam) for w in wetten() if w.regels],
    )


def _render(project: Path, template: str, **context: object) -> str:
    """`template` from calculators/templates, with the runtime's URLs from the site's root."""
    urls = _runtime(project)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(project / "calculators" / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    html: str = env.get_template(template).render(
        **context,
        worker_url=f"{ROOT_TOKEN}assets/rekenhulpen/worker.mjs",
        pyodide_url=ROOT_TOKEN + urls["pyodide"],
        wheel_url=ROOT_TOKEN + urls["wheel"],
        stdlib_url=ROOT_TOKEN + urls["stdlib"],
        snapshot_url=ROOT_TOKEN + urls["snapshot"] if urls["snapshot"] else "",
        base_url=ROOT_TOKEN,
    )
    return html


class RekenhulpPreprocessor(Preprocessor):
    def __init__(self, md: Markdown, project: Path) -> None:
        super().__init__(md)
        self.project = project

    def run(self, lines: list[str]) -> list[str]:
        tekst = "\n".join(lines)
        for match in SHORTCODE.finditer(tekst):
            before, after = tekst[: match.start()], tekst[match.end() :]
            apart_before = not before.strip() or before.endswith("\n\n")
            apart_after = not after.strip() or after.startswith("\n\n")
            if not (apart_before and apart_after):
                raise ShortcodeError(
                    f"the rekenhulp '{match.group(1)}' shortcode must be its own block"
                )

        def vervang(match: re.Match[str]) -> str:
            html = render(match.group(1), match.group(2), self.project)
            return str(self.md.htmlStash.store(html))

        tekst = SHORTCODE.sub(vervang, tekst)
        if CASELOAD in tekst:
            tekst = tekst.replace(
                CASELOAD, str(self.md.htmlStash.store(render_caseload(self.project)))
            )
        return tekst.split("\n")


class RekenhulpExtension(ProjectExtension):
    def extendMarkdown(self, md: Markdown) -> None:
        project = self.project
        md.preprocessors.register(RekenhulpPreprocessor(md, project), "rekenhulp", PRIORITY)


def makeExtension(**kwargs: Any) -> RekenhulpExtension:
    return RekenhulpExtension(**kwargs)
