"""The site's shortcodes as Python-Markdown extensions: they run inside the Markdown conversion,
after the includes are expanded, so they work in a page, a notice and an include alike, and in
any engine that runs Python-Markdown extensions from the path (MkDocs, Zensical)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markdown.extensions import Extension


class ProjectExtension(Extension):
    """An extension that reads the project's files: its one setting is the project's directory
    (the engine's working directory unless mkdocs.yml says otherwise)."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {"project": [".", "the project's directory (where mkdocs.yml is)"]}
        super().__init__(**kwargs)

    @property
    def project(self) -> Path:
        return Path(self.getConfig("project")).resolve()
