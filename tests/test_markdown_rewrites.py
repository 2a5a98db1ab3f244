"""Python-Markdown extensions of the site that rewrite what other extensions make: a heading's
permalink is named by aria-label, not by a title (src/shortcodes/permalinks.py); footnotes show
the factsheet's numbers (src/shortcodes/voetnoten.py)."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest

from shortcodes.voetnoten import VoetnootFout
from tests.sitemap import content_pages

NAMED = 'aria-label="Link naar deze sectie"'


def _html(text: str) -> str:
    md = markdown.Markdown(
        extensions=["abbr", "footnotes", "toc", "shortcodes.permalinks", "shortcodes.voetnoten"],
        extension_configs={"toc": {"permalink": True, "permalink_title": "Link naar deze sectie"}},
    )
    return md.convert(text)


def test_the_title_becomes_the_aria_label_and_abbreviations_keep_theirs() -> None:
    html = _html("## Vraag 2 over DUO\n\n*[DUO]: Dienst Uitvoering Onderwijs\n")
    link = re.search(r'<a [^>]*class="headerlink"[^>]*>', html)
    assert link and NAMED in link.group(0) and "title=" not in link.group(0), html
    assert '<abbr title="Dienst Uitvoering Onderwijs">DUO</abbr>' in html


def test_a_footnote_shows_its_label_as_its_number_everywhere() -> None:
    html = _html("Tekst[^7] en[^15], weer[^7].\n\n[^7]: zeven\n[^15]: vijftien\n")
    assert '<a class="footnote-ref" href="#fn:7">7</a>' in html
    assert '<a class="footnote-ref" href="#fn:15">15</a>' in html
    assert '<li id="fn:7" value="7">' in html and '<li id="fn:15" value="15">' in html
    assert html.count('title="Terug naar voetnoot 7 in de tekst"') == 2
    assert "Jump back" not in html


@pytest.mark.parametrize(
    ("text", "fout"),
    [
        ("Tekst[^a].\n\n[^a]: a\n", "label is its number"),
        ("Tekst[^9] en[^3].\n\n[^9]: negen\n[^3]: drie\n", "out of the factsheet's order"),
    ],
    ids=["label-not-a-number", "out-of-order"],
)
def test_a_footnote_that_is_not_the_factsheets_stops_the_build(text: str, fout: str) -> None:
    with pytest.raises(VoetnootFout, match=fout):
        _html(text)


def test_no_permalink_of_the_built_site_has_a_title(built_site: Path) -> None:
    permalinks = 0
    for page in content_pages(built_site).values():
        html = page.path.read_text(encoding="utf-8")
        for link in re.findall(r'<a [^>]*class="headerlink"[^>]*>', html):
            permalinks += 1
            assert "title=" not in link and NAMED in link, (page.path, link)
    assert permalinks > 100
