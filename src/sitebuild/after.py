"""The steps after the engine, in their order, over the built site."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from sitebuild import BuildError, calculators, csp, links, minify, offline, project, runtime

log = logging.getLogger("sitebuild")


#: A shortcode or include that no extension expanded: the engine did not run them all.
UNEXPANDED = re.compile(
    r"<!--\s*(?:waarde|rekenhulp|wijzigingen|bedragen|datumregels|reeks|laatste_jaar|caseload)\b"
    r"|\{!\s*notices/|__SITE_ROOT__"
)


def check_expanded(site: Path) -> None:
    """Stop the build when a page still holds a shortcode (it would show nothing, or a token)."""
    left = []
    for page in sorted(site.rglob("*.html")):
        found = UNEXPANDED.search(page.read_text(encoding="utf-8"))
        if found:
            left.append(f"{page.relative_to(site)}: {found.group(0)!r}")
    if left:
        raise BuildError("shortcodes left unexpanded in the built pages:\n" + "\n".join(left))


def finish(site: Path, root: Path) -> None:
    """Everything after the engine, in order: each step reads what the earlier ones wrote."""
    config = project.config(root)
    runtime.copy_runtime(site)  # the Pyodide files, the snapshot, the wheel
    calculators.copy_glue(site)  # calculators/js and css under assets/rekenhulpen/
    pages = calculators.finish_pages(site)  # the way up to the root, the head tags
    links.resolve_root_links(site)  # /page.md links an engine left as written
    check_expanded(site)
    minify.minify(site)  # site.mjs, menu.mjs, extra.css
    csp.add_policy(site)  # after every change to the pages' scripts
    build = offline.write_offline_files(site, config)  # last: it hashes every file
    log.info("Finished %s: %d calculator pages, build %s", site, len(pages), build)
