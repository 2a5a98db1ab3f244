"""Build step: footnotes keep the factsheet's own numbers (1 to 18).

Python-Markdown numbers the footnotes of a page 1, 2, 3 ... whatever their labels. The factsheet
numbers its 18 footnotes through the whole document, and a reader who quotes "voetnoot 15" must
find 15 on the page. In the Markdown, the label of a footnote is its number in the factsheet
(`[^15]`); this hook shows that label as the number: in the reference (`<sup>`), in the list
(`<li value="15">`) and in the title of the link back. The ids stay `fn:15` and `fnref:15`, so
links such as `deel-2/duo-lening/#fn:7` keep working.

The build fails on a label that is not a number, on footnotes listed out of order, and on a
reference this hook does not recognise (so a change in Python-Markdown's output cannot silently
bring back the page's own numbering).
"""

from __future__ import annotations

import re
from typing import Any

from mkdocs.exceptions import PluginError

REFERENCE = re.compile(
    r'<sup id="(fnref\d*:([^"]+))"><a class="footnote-ref" href="#fn:\2">\d+</a></sup>'
)
ITEM = re.compile(r'<li id="fn:([^"]+)">')
BACKLINK = re.compile(r'<a class="footnote-backref" href="#fnref(\d*):([^"]+)" title="[^"]*">')
BACKLINK_TITLE = "Terug naar voetnoot {} in de tekst"


def _number(label: str, where: str) -> int:
    if not label.isdigit():
        raise PluginError(
            f"{where}: footnote [^{label}]: a footnote's label is its number in the factsheet"
        )
    return int(label)


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    where = page.file.src_uri

    def reference(match: re.Match[str]) -> str:
        number = _number(match.group(2), where)
        return (
            f'<sup id="{match.group(1)}"><a class="footnote-ref" '
            f'href="#fn:{match.group(2)}">{number}</a></sup>'
        )

    html, references = REFERENCE.subn(reference, html)
    if references != html.count('class="footnote-ref"'):
        raise PluginError(f"{where}: a footnote reference has a form this hook does not know")

    numbers: list[int] = []

    def item(match: re.Match[str]) -> str:
        number = _number(match.group(1), where)
        numbers.append(number)
        return f'<li id="fn:{match.group(1)}" value="{number}">'

    html = ITEM.sub(item, html)
    if numbers != sorted(numbers):
        raise PluginError(f"{where}: footnotes out of the factsheet's order: {numbers}")

    def backlink(match: re.Match[str]) -> str:
        title = BACKLINK_TITLE.format(match.group(2))
        return (
            f'<a class="footnote-backref" href="#fnref{match.group(1)}:{match.group(2)}" '
            f'title="{title}">'
        )

    return BACKLINK.sub(backlink, html)
