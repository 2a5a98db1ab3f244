"""Footnotes keep the factsheet's own numbers (1 to 18).

Python-Markdown numbers the footnotes of a page 1, 2, 3 ... whatever their labels. The factsheet
numbers its 18 footnotes through the whole document, and a reader who quotes "voetnoot 15" must
find 15 on the page. In the Markdown, the label of a footnote is its number in the factsheet
(`[^15]`); this extension shows that label as the number: in the reference (`<sup>`), in the
list (`<li value="15">`) and in the title of the link back. The ids stay `fn:15` and `fnref:15`,
so links such as `deel-2/duo-lening/#fn:7` keep working.

The build stops on a label that is not a number and on footnotes listed out of order. A
treeprocessor that runs after the footnotes extension's own (50, 20 and 15).
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

PRIORITY = 3  # after footnotes' treeprocessors and the inline patterns (they make the references)
BACKLINK_TITLE = "Terug naar voetnoot {} in de tekst"


class VoetnootFout(ValueError):
    """A footnote whose label is not its number in the factsheet (the build stops)."""


def _nummer(label: str) -> str:
    if not label.isdigit():
        raise VoetnootFout(
            f"footnote [^{label}]: a footnote's label is its number in the factsheet"
        )
    return str(int(label))


def _klassen(element: Element) -> list[str]:
    return (element.get("class") or "").split()


class VoetnootTreeprocessor(Treeprocessor):
    def run(self, root: Element) -> None:
        volgorde: list[int] = []
        for element in root.iter():
            if element.tag == "a" and "footnote-ref" in _klassen(element):
                element.text = _nummer((element.get("href") or "").removeprefix("#fn:"))
            elif element.tag == "a" and "footnote-backref" in _klassen(element):
                label = (element.get("href") or "").partition(":")[2]
                element.set("title", BACKLINK_TITLE.format(_nummer(label)))
            elif element.tag == "li" and (element.get("id") or "").startswith("fn:"):
                nummer = _nummer((element.get("id") or "")[3:])
                element.set("value", nummer)
                volgorde.append(int(nummer))
        if volgorde != sorted(volgorde):
            raise VoetnootFout(f"footnotes out of the factsheet's order: {volgorde}")


class VoetnootExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(VoetnootTreeprocessor(md), "voetnoten", PRIORITY)


def makeExtension(**kwargs: Any) -> VoetnootExtension:
    return VoetnootExtension(**kwargs)
