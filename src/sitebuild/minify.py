"""After the engine: the site's own files that every page loads are served minified.

Every page, text or calculator, loads `site.mjs`, `menu.mjs` and `extra.css`. In the sources
they carry their reasons as comments (the WCAG criterion a rule meets, what Material does that a
line works around); the reader's browser needs none of that. esbuild (pinned in
package-lock.json, run from node_modules) minifies the built copies in place: about half their
gzipped bytes. The sources stay as they are. The calculators' glue is left readable: it loads
only on a calculator page, next to megabytes of Python.

Runs before csp.py and offline.py, whose service worker lists the files with the digests of
what is served.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from sitebuild import BuildError

ROOT = Path.cwd()
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"
FILES = (
    "assets/javascripts/site.mjs",
    "assets/javascripts/menu.mjs",
    "assets/stylesheets/extra.css",
)


def minify(site: Path) -> None:
    """Minify FILES in the built `site` in place, in one run of esbuild; fail the build loudly."""
    if not ESBUILD.exists():
        raise BuildError("node_modules/.bin/esbuild is missing: run `npm ci` (or `make setup`).")
    done = subprocess.run(
        [str(ESBUILD), *(str(site / name) for name in FILES), "--minify", "--log-level=warning",
         "--allow-overwrite", f"--outbase={site}", f"--outdir={site}", "--out-extension:.js=.mjs"],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    if done.returncode != 0 or done.stderr.strip():
        raise BuildError(f"esbuild could not minify {', '.join(FILES)}:\n{done.stderr}")
