"""The site builds strictly, and every internal link, anchor and asset in it resolves."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from tests.helpers import ROOT
from tests.sitemap import ParsedPage, content_pages, parse

BASE = "http://site.invalid/"


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, ParsedPage]:
    return content_pages(built_site)


def _target(site: Path, url: str) -> Path | None:
    path = unquote(urlsplit(url).path).lstrip("/")
    candidate = site / path
    if path == "" or path.endswith("/"):
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def test_the_site_has_every_navigation_page(pages: dict[str, ParsedPage]) -> None:
    assert len(pages) >= 30, sorted(pages)
    for url in ("", "deel-4/onderwijs/", "bijlagen/links/", "begrippen/", "toegankelijkheid/"):
        assert url in pages


def test_every_internal_link_and_anchor_resolves(
    built_site: Path, pages: dict[str, ParsedPage]
) -> None:
    cache: dict[Path, ParsedPage] = {page.path: page for page in pages.values()}
    broken = []
    for url, page in pages.items():
        here = BASE + url
        for href in page.links:
            if href.startswith(("mailto:", "tel:", "javascript:")):
                continue
            absolute = urljoin(here, href)
            if not absolute.startswith(BASE):
                continue
            target = _target(built_site, absolute[len(BASE) - 1 :])
            if target is None:
                broken.append(f"{url}: {href} (no such file)")
                continue
            fragment = urlsplit(absolute).fragment
            if fragment and target.suffix == ".html":
                if target not in cache:
                    cache[target] = parse(target)
                parsed = cache[target]
                if unquote(fragment) not in parsed.ids:
                    broken.append(f"{url}: {href} (no anchor #{fragment})")
    assert not broken, "\n".join(broken)


def test_every_asset_is_served_by_the_site_itself(
    built_site: Path, pages: dict[str, ParsedPage]
) -> None:
    problems = []
    for url, page in pages.items():
        for src in page.assets:
            absolute = urljoin(BASE + url, src)
            if not absolute.startswith(BASE):
                problems.append(f"{url}: {src} is loaded from another host")
            elif _target(built_site, absolute[len(BASE) - 1 :]) is None:
                problems.append(f"{url}: {src} does not exist")
    assert not problems, "\n".join(problems)


def test_every_page_has_a_favicon_that_exists(built_site: Path) -> None:
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'rel="icon"' in home
    assert (built_site / "assets/images/favicon.svg").is_file()


@pytest.mark.parametrize(
    "name",
    ["assets/javascripts/site.mjs", "assets/javascripts/menu.mjs", "assets/stylesheets/extra.css"],
)
def test_what_every_page_loads_of_ours_is_served_minified(built_site: Path, name: str) -> None:
    """hooks/minify.py: the commented source, the minified copy in the site (the browser tests
    run that copy)."""
    source = (ROOT / "docs" / name).read_text(encoding="utf-8")
    served = (built_site / name).read_text(encoding="utf-8")
    assert "/*" in source or "//" in source
    assert len(served) < 0.7 * len(source), (len(served), len(source))
    assert "\n  " not in served and "/* " not in served
    assert not (built_site / name).with_suffix(".js").exists()  # in place, under its own name


def test_the_site_is_in_dutch(built_site: Path) -> None:
    assert '<html lang="nl"' in (built_site / "index.html").read_text(encoding="utf-8")


def test_search_uses_dutch_stemming(built_site: Path) -> None:
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["nl"]


def test_the_notices_at_the_top_of_a_page_are_not_in_the_search_index(built_site: Path) -> None:
    """hooks/wijzigingen.py keeps the notices it repeats on many pages out of the search index;
    a search for their words finds the page that tells the change in full."""
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    with_text = {
        doc["location"].split("#")[0]
        for doc in index["docs"]
        if "Keren" in doc["title"] + doc["text"] or "Peildatum: eind 2016" in doc["title"]
    }
    html = (built_site / "deel-2/duo-lening/index.html").read_text(encoding="utf-8")
    assert '<section class="wijzigingen" data-search-exclude="">' in html
    assert "Keren" in html  # on the page, not in its index
    assert "deel-2/duo-lening/" not in with_text, sorted(with_text)
    assert "wijzigingen/" in with_text, sorted(with_text)


def test_the_search_index_leaves_out_quotes_and_the_calculators_messages(built_site: Path) -> None:
    """The legal quotes on "Bedragen en termijnen" (evidence; the label and the amount stay) and
    the calculators' state messages are on their pages, not in the index every page loads."""
    index = (built_site / "search/search_index.json").read_text(encoding="utf-8")
    docs = json.loads(index)["docs"]
    text = " ".join(doc["title"] + " " + doc["text"] for doc in docs)
    bedragen = (built_site / "bedragen-en-termijnen/index.html").read_text(encoding="utf-8")
    quote = "De bestuurlijke boete, bedoeld in artikel 22 van de wet, bedraagt € 250."
    assert quote in bedragen
    assert quote not in text
    assert any(
        doc["location"].startswith("bedragen-en-termijnen/") and "€ 250" in doc["text"]
        for doc in docs
    )
    termijnen = (built_site / "rekenhulpen/termijnen/index.html").read_text(encoding="utf-8")
    # The state messages, and the error summary and result, which are empty slots until the
    # reader computes (their headings stay anchors without text).
    for message in (
        "Controleer uw internetverbinding",
        "Rekenhulp wordt geladen",
        "Er is een probleem",
        "Einde inburgeringstermijn",
        "Dagen over tot het uiterste einde",
    ):
        assert message in termijnen
        assert message not in text, message
    assert "Start van de inburgeringsplicht" in text  # the fields' labels stay findable


def test_the_mkdocs_command_of_make_build_and_serve_builds_the_site(
    built_site: Path, tmp_path: Path
) -> None:
    """`make build` (the deploy) and `make serve` run the `mkdocs` command, which, unlike the
    tests' `python -m mkdocs`, does not have the working directory on the import path. After
    the session's build, so that both never write the build caches at once."""
    mkdocs = Path(sys.executable).parent / "mkdocs"
    out = tmp_path / "site"
    proc = subprocess.run(
        [str(mkdocs), "build", "--strict", "--site-dir", str(out)],
        cwd=Path(__file__).resolve().parent.parent,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    page = (out / "rekenhulpen/termijnen/index.html").read_text(encoding="utf-8")
    assert 'data-rekenhulp="termijnen"' in page
    assert (out / "sw.js").is_file()
