"""The review of the site's text (review-site-content.md): its findings cannot come back unnoticed.

Each test names the findings it holds (G1, C2, S1, ...). The lists are the test's own, taken by
hand from the factsheet "Integratie en participatie voor gemeenten" (late 2016) and from the
sources named on the site; nothing here reads the review or the factsheet's source text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from calc import bronnen
from calc.bronnen import Bron
from tests.sitemap import ParsedPage, content_pages, normalise


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, ParsedPage]:
    return content_pages(built_site)


def _html(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def _article(site: Path, url: str) -> str:
    html = _html(site, url)
    start = html.index("<article")
    return html[start : html.index("</article>", start)]


# --- C2, X1: footnotes keep the factsheet's numbers --------------------------------------------

#: The factsheet's 18 footnotes, each on the page that holds it.
FOOTNOTES = {
    1: "inleiding/",
    2: "deel-1/wet-inburgering/",
    3: "deel-1/wet-inburgering/",
    4: "deel-1/inburgeren/",
    5: "deel-1/participatiewet/",
    6: "deel-2/gemeenten/",
    7: "deel-2/duo-lening/",
    8: "deel-2/duo-lening/",
    9: "deel-2/werkgevers/",
    10: "deel-2/werkgevers/",
    11: "deel-3/asielzoekers/",
    12: "deel-3/asielzoekers/",
    13: "deel-4/regie-algemeen/",
    14: "deel-4/regie-algemeen/",
    15: "deel-4/regie-inburgering/",
    16: "deel-4/onderwijs/",
    17: "deel-4/participatiewet/",
    18: "deel-4/participatiewet/",
}
REFERENCE = re.compile(r'<sup id="fnref\d*:([^"]+)"><a class="footnote-ref" href="#fn:\1">([^<]*)</a>')
ITEM = re.compile(r'<li id="fn:([^"]+)"([^>]*)>')


@pytest.mark.parametrize("number", sorted(FOOTNOTES))
def test_every_footnote_shows_its_number_in_the_factsheet(built_site: Path, number: int) -> None:
    html = _html(built_site, FOOTNOTES[number])
    shown = dict(REFERENCE.findall(html))
    assert shown.get(str(number)) == str(number), f"footnote {number} is shown as {shown}"
    items = dict(ITEM.findall(html))
    assert f'value="{number}"' in items.get(str(number), ""), items
    assert f"Terug naar voetnoot {number} in de tekst" in html


def test_no_page_has_footnotes_of_its_own_numbering(
    built_site: Path, pages: dict[str, ParsedPage]
) -> None:
    for url in pages:
        html = _html(built_site, url)
        found = {int(label) for label, _ in REFERENCE.findall(html)}
        expected = {n for n, page in FOOTNOTES.items() if page == url}
        assert found == expected, f"{url}: footnotes {sorted(found)}, expected {sorted(expected)}"
        for label, shown in REFERENCE.findall(html):
            assert label == shown, f"{url}: footnote {label} is shown as {shown}"


def _footnote_sources() -> list[Bron]:
    return [
        bron
        for bron in vars(bronnen).values()
        if isinstance(bron, Bron) and re.search(r"\bvoetnoot \d+", bron.label)
    ]


def test_the_calculators_cite_footnotes_that_exist() -> None:
    assert {b.href for b in _footnote_sources()} >= {
        "deel-2/duo-lening/#fn:7",
        "deel-2/duo-lening/#fn:8",
    }


@pytest.mark.parametrize("bron", _footnote_sources(), ids=lambda b: b.label)
def test_a_cited_footnote_is_on_the_page_with_the_cited_number(built_site: Path, bron: Bron) -> None:
    number = re.search(r"\bvoetnoot (\d+)", bron.label).group(1)  # type: ignore[union-attr]
    page, _, anchor = bron.href.partition("#")
    assert anchor == f"fn:{number}", bron
    html = _html(built_site, page)
    assert f'<li id="fn:{number}" value="{number}">' in html
    assert f'href="#fn:{number}">{number}</a>' in html
