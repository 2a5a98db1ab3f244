"""`python -m sitebuild build [--engine mkdocs|zensical] [--site-dir DIR]`: before, engine, after.
`python -m sitebuild serve [--host H] [--port P]`: build into site/, serve it, rebuild on change.

Run from the project's directory (where mkdocs.yml is); SITE_URL sets the address it is built
for (mkdocs.yml reads it)."""

from __future__ import annotations

import argparse
import fcntl
import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from sitebuild import BuildError, after, runtime
from sitebuild.serve import serve

ZENSICAL_CONFIG = ".zensical.yml"  # written for each build: Zensical takes no --site-dir
ZENSICAL_SITE = "site-zensical"  # inside the project, as Zensical requires


def _mkdocs(site: Path, root: Path, env: dict[str, str]) -> int:
    # --strict: a warning (a broken link, a missing anchor) fails the build.
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "--site-dir"]
    return subprocess.run([*command, str(site)], cwd=root, env=env, check=False).returncode


def _zensical(site: Path, root: Path, env: dict[str, str]) -> int:
    """Zensical reads mkdocs.yml (through a config that inherits it and names the output) and
    runs the project's Markdown extensions; --clean, since its cache misses changed includes."""
    # One Zensical build at a time in a project: its output directory is fixed (a second build's
    # --clean would empty the first one's before it is moved).
    lock = root / "build" / "zensical.lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    with lock.open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        (root / ZENSICAL_CONFIG).write_text(
            f"INHERIT: mkdocs.yml\nsite_dir: {ZENSICAL_SITE}\n", encoding="utf-8"
        )
        command = [sys.executable, "-m", "zensical", "build", "--clean", "-f", ZENSICAL_CONFIG]
        code = subprocess.run(command, cwd=root, env=env, check=False).returncode
        built = root / ZENSICAL_SITE
        if code == 0 and built.resolve() != site.resolve():
            shutil.rmtree(site, ignore_errors=True)
            shutil.move(built, site)
    return code


ENGINES = {"mkdocs": _mkdocs, "zensical": _zensical}


def build(engine: str, site: Path, root: Path) -> None:
    started = time.monotonic()
    runtime.prepare()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    code = ENGINES[engine](site, root, env)
    if code != 0:
        raise BuildError(f"{engine} build failed (exit {code})")
    after.finish(site, root)
    logging.getLogger("sitebuild").info(
        "Built %s with %s in %.1f s", site, engine, time.monotonic() - started
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitebuild")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="before, engine, after: the site in --site-dir")
    b.add_argument("--engine", choices=sorted(ENGINES), default="mkdocs")
    b.add_argument("--site-dir", type=Path, help="default: site/, or site-zensical/ for Zensical")
    s = sub.add_parser("serve", help="build, serve, rebuild on a change")
    s.add_argument("--engine", choices=sorted(ENGINES), default="mkdocs")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    root = Path.cwd()
    try:
        if args.command == "build":
            default = ZENSICAL_SITE if args.engine == "zensical" else "site"
            build(args.engine, (args.site_dir or root / default).resolve(), root)
        else:
            serve(lambda site: build(args.engine, site, root), root, args.host, args.port)
    except BuildError as error:
        print(f"ERROR: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
