"""The site's build as steps around an engine (MkDocs or Zensical), with no engine hooks.

    before (runtime.prepare)  the calc wheel, the memory snapshot, build/runtime.json
    engine                    mkdocs build | zensical build: Markdown, with the project's own
                              Python-Markdown extensions (src/shortcodes), into site/
    after (after.finish)      over site/: the calculators' glue and runtime, their head tags,
                              minified files, the Content Security Policy, the service worker

`python -m sitebuild build` runs them in order (`make build`); `python -m sitebuild serve`
rebuilds on a change and serves site/ (`make serve`). ARCHITECTURE.md has the whole picture.
"""

from __future__ import annotations


class BuildError(Exception):
    """A build step that cannot do its work: the build stops and says why."""
