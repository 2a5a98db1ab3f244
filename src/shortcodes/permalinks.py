"""A heading's permalink (¶) is named by `aria-label`, not by a `title`.

Python-Markdown's toc extension names the permalink of every heading with a `title`
(`permalink_title` in mkdocs.yml). With `content.tooltips`, Material builds a tooltip for every
element with a title when a page loads: on a long page of the factsheet one for each of its
questions, for a symbol that shows only on hover. An `aria-label` gives the link the same name
for a screen reader without a tooltip (measured: `scripts/bench.py --only text`, README "Speed").
The abbreviations keep theirs.

A treeprocessor that runs after toc's (priority 5), in any engine that runs Python-Markdown.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

PRIORITY = 4  # after toc (5), which adds the permalinks


class PermalinkTreeprocessor(Treeprocessor):
    def run(self, root: Element) -> None:
        for link in root.iter("a"):
            if "headerlink" in (link.get("class") or "").split() and "title" in link.attrib:
                link.set("aria-label", link.attrib.pop("title"))


class PermalinkExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(PermalinkTreeprocessor(md), "permalink_names", PRIORITY)


def makeExtension(**kwargs: Any) -> PermalinkExtension:
    return PermalinkExtension(**kwargs)
