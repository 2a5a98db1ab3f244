"""A heading's permalink is named by aria-label, not by a title (no tooltip built for it)."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from tests.helpers import load_hook
from tests.sitemap import content_pages

PAGE = SimpleNamespace(file=SimpleNamespace(src_uri="test.md"))
LINK = (
    '<h2 id="vraag-2">Vraag'
    '<a class="headerlink" href="#vraag-2" title="Link naar deze sectie">¶</a></h2>'
)
NAMED = 'aria-label="Link naar deze sectie"'


def _content(html: str) -> str:
    return str(load_hook("permalinks").on_page_content(html, page=PAGE, config={}, files=None))


def test_the_title_becomes_the_aria_label() -> None:
    assert _content(LINK + "<p><abbr title='Dienst Uitvoering Onderwijs'>DUO</abbr></p>") == (
        '<h2 id="vraag-2">Vraag<a class="headerlink" href="#vraag-2" '
        'aria-label="Link naar deze sectie">¶</a></h2>'
        "<p><abbr title='Dienst Uitvoering Onderwijs'>DUO</abbr></p>"
    )


def test_a_permalink_of_another_form_fails_the_build() -> None:
    with pytest.raises(PluginError):
        _content(LINK.replace('href="#vraag-2" title', 'title="x" href="#vraag-2" data-x'))


def test_no_permalink_of_the_built_site_has_a_title(built_site: Path) -> None:
    permalinks = 0
    for page in content_pages(built_site).values():
        html = page.path.read_text(encoding="utf-8")
        for link in re.findall(r'<a class="headerlink"[^>]*>', html):
            permalinks += 1
            assert "title=" not in link and NAMED in link, (page.path, link)
    assert permalinks > 100
