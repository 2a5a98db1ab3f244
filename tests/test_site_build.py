"""The site builds strictly, and every internal link, anchor and asset in it resolves."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from calc.rekenhulpen import REGISTER
from tests.conftest import build_site
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
    """src/sitebuild/minify.py: the commented source, the minified copy in the site (the browser
    tests run that copy)."""
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
    """src/shortcodes/wijzigingen.py keeps the notices it repeats on many pages out of the search
    index; a search for their words finds the page that tells the change in full."""
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


@pytest.fixture(scope="module")
def zensical_site(
    built_site: Path, base_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The same sources built with Zensical (`make build-zensical`), for the same address.
    After the session's build, so that both never write the build caches at once."""
    return build_site(tmp_path_factory.mktemp("zensical") / "site", base_url, engine="zensical")


def _calculator_markup(site: Path) -> dict[str, tuple[str, list[str]]]:
    """Per calculator page: its root element (the law's data, the runtime's URLs) and the names
    of its fields."""
    found = {}
    for page in sorted(site.rglob("index.html")):
        html = page.read_text(encoding="utf-8")
        root = re.search(r'<div class="rekenhulp" [^>]*>', html)
        if root:
            fields = sorted(set(re.findall(r'<(?:input|select)[^>]* name="([^"]+)"', html)))
            found[page.relative_to(site).as_posix()] = (root.group(0), fields)
    return found


def _amounts(site: Path) -> list[str]:
    html = (site / "bedragen-en-termijnen" / "index.html").read_text(encoding="utf-8")
    return re.findall(r"€\s?[\d.,]+|\d+ (?:weken|maanden|jaar)\b", html)


def test_both_engines_build_the_same_pages_forms_and_amounts(
    built_site: Path, zensical_site: Path
) -> None:
    """The build does not depend on one engine (issue 19): Zensical, which reads mkdocs.yml and
    runs the project's Markdown extensions, gives the same pages, the same calculators and the
    same amounts; the steps after the engine give both the runtime, the policy and sw.js."""
    pages = {p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html")}
    assert pages == {p.relative_to(zensical_site).as_posix() for p in zensical_site.rglob("*.html")}
    mkdocs_forms, zensical_forms = _calculator_markup(built_site), _calculator_markup(zensical_site)
    assert len(mkdocs_forms) == len(REGISTER)
    assert mkdocs_forms == zensical_forms
    assert len(_amounts(built_site)) > 100
    assert _amounts(built_site) == _amounts(zensical_site)
    for site in (built_site, zensical_site):
        assert (site / "sw.js").is_file() and list(site.glob("assets/pyodide/*/snapshot-*.gz"))
        for page in site.rglob("*.html"):
            html = page.read_text(encoding="utf-8")
            assert 'http-equiv="Content-Security-Policy"' in html, page
            assert not re.search(r'href="/[^"]*\.md', html), page  # links resolved, any engine


def test_a_shortcode_left_in_a_built_page_stops_the_build(tmp_path: Path) -> None:
    """An engine that did not run an extension leaves its comment: the step after it stops."""
    from sitebuild import BuildError
    from sitebuild.after import check_expanded

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text("<p>Boete <!-- waarde: boete_pip --></p>")
    with pytest.raises(BuildError, match=r"a/index\.html"):
        check_expanded(tmp_path)
    (tmp_path / "a" / "index.html").write_text("<p>Boete € 340</p>")
    check_expanded(tmp_path)
