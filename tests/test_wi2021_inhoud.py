"""The section 'Wet inburgering 2021' (issue 9, part 4): in the navigation, marked as not part of
the factsheet, every statement with its source, its terms as tooltips, found by the search, linked
from the factsheet pages the new law changed, and no amount or term typed by hand where a
parameter exists.

The lists below are the test's own. Nothing here reads the research notes or the factsheet.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest
import yaml

from calc.rekenhulpen import REGISTER
from shortcodes.waarde import ShortcodeError
from shortcodes.wijzigingen import Wijzigingen
from tests.sitemap import ParsedPage, content_pages, normalise
from tests.sitemap import article_html as _article
from tests.sitemap import page_html as _html

ROOT = Path(__file__).resolve().parent.parent
SECTIE = "wet-inburgering-2021/"

#: The pages of the section, in the order of the navigation.
PAGINAS = [
    "",
    "wie-en-wanneer/",
    "brede-intake-en-pip/",
    "leerroutes/",
    "termijn-en-verlenging/",
    "betalen-en-lenen/",
    "boetes/",
    "ontheffing-en-vrijstelling/",
    "financiering-gemeente/",
    "overgang/",
]
URLS = [SECTIE + p for p in PAGINAS]
MARKDOWN = sorted((ROOT / "docs" / SECTIE).glob("*.md"))
NOTICE_BESTAND = ROOT / "includes" / "notices" / "wet-inburgering-2021-sectie.md"

NOTICE_TITEL = "Niet uit de factsheet: de Wet inburgering 2021"
#: What the notice must say: not the factsheet, for whom, and up to which texts.
NOTICE_WOORDEN = [
    "hoort niet bij de factsheet",
    "1 januari 2022",
    "Bijgewerkt tot",
    "21 oktober 2025",
    "2 april 2026",
    "18 februari 2026",
    "Regeling inburgering 2021",
]


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, ParsedPage]:
    return content_pages(built_site)


# --- In the navigation, right after 'Wat is er veranderd sinds 2016' ------------------------


def test_the_section_stands_in_the_navigation_between_what_changed_and_the_calculators(
    built_site: Path,
) -> None:
    html = _html(built_site, "inleiding/")
    nav = html[html.index("md-nav--primary") :]
    links = re.findall(r'<a href="([^"]*)" class="md-nav__link', nav)
    wanted = ["../" + url for url in URLS]
    missing = [url for url in wanted if url not in links]
    assert not missing, missing
    positions = [links.index(url) for url in wanted]
    assert positions == sorted(positions), "the section's pages are out of order"
    assert links.index("../wijzigingen/") < positions[0]
    assert positions[-1] < links.index("../rekenhulpen/")
    assert "Wet inburgering 2021" in normalise(re.sub(r"<[^>]+>", " ", nav))


def test_every_markdown_page_of_the_section_is_in_the_navigation() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for bestand in MARKDOWN:
        assert f"{SECTIE}{bestand.name}" in config, bestand.name
    assert len(MARKDOWN) == len(PAGINAS)


# --- Marked at its top as not part of the factsheet -------------------------------------------

BOVENAAN = re.compile(
    r'</h1>\s*<div class="admonition warning">\s*'
    r'<p class="admonition-title">([^<]*)</p>(.*?)</div>',
    re.DOTALL,
)


@pytest.mark.parametrize("url", URLS)
def test_every_page_of_the_section_starts_with_the_notice(built_site: Path, url: str) -> None:
    match = BOVENAAN.search(_article(built_site, url))
    assert match, f"{url} does not start with a notice"
    assert match.group(1) == NOTICE_TITEL, match.group(1)
    tekst = normalise(re.sub(r"<[^>]+>", "", match.group(2)))
    missing = [w for w in NOTICE_WOORDEN if w not in tekst]
    assert not missing, missing


def test_the_notice_is_written_once_and_included() -> None:
    for bestand in MARKDOWN:
        tekst = bestand.read_text(encoding="utf-8")
        assert "{!notices/wet-inburgering-2021-sectie.md!}" in tekst, bestand.name
        assert NOTICE_TITEL not in tekst, f"{bestand.name} writes the notice itself"


def test_no_factsheet_page_carries_the_sections_notice(pages: dict[str, ParsedPage]) -> None:
    others = [u for u, p in pages.items() if NOTICE_TITEL in p.article_text and u not in URLS]
    assert not others, others


# --- Every statement with its source -----------------------------------------------------------


@dataclass
class Blok:
    """A paragraph, list item or table row: its own text (not that of nested lists) and links."""

    soort: str
    tekst: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (href, link text)


class _Blokken(HTMLParser):
    """The blocks of an article that state something. Headings, admonition titles and the
    calculators' markup are not blocks; a paragraph inside a list item belongs to the item."""

    BLOKKEN = ("p", "li", "tr")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blokken: list[Blok] = []
        self._open: list[tuple[str, Blok | None]] = []
        self._link: tuple[str, list[str]] | None = None

    def _huidig(self) -> Blok | None:
        for _, blok in reversed(self._open):
            if blok is not None:
                return blok
        return None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        blok: Blok | None = None
        binnen = {t for t, _ in self._open}
        if tag == "p" and "admonition-title" in (a.get("class") or ""):
            blok = Blok("titel")
        elif tag in ("ul", "ol"):
            blok = Blok("lijst")  # a nested list is not part of its item's own text
        elif tag == "tr" and "thead" in binnen:
            blok = Blok("kop")  # the header row of a table names its columns
        elif tag in self.BLOKKEN and not (tag == "p" and binnen & {"li", "td", "th"}):
            blok = Blok(tag)
            self.blokken.append(blok)
        if tag in ("td", "th") and (huidig := self._huidig()) is not None:
            huidig.tekst.append(" ")
        if tag not in ("br", "img", "hr", "input", "meta", "link"):
            self._open.append((tag, blok))
        if tag == "a" and a.get("href") and "headerlink" not in (a.get("class") or ""):
            self._link = (a["href"] or "", [])

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._link is not None:
            blok = self._huidig()
            if blok is not None:
                blok.links.append((self._link[0], "".join(self._link[1])))
            self._link = None
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                break

    def handle_data(self, data: str) -> None:
        blok = self._huidig()
        if blok is not None:
            blok.tekst.append(data)
        if self._link is not None:
            self._link[1].append(data)


#: A block without a source may only point elsewhere on the site: this much text besides its links.
NAVIGATIE = 120
#: Links to these parts of the site point onward; they are no source. A link to the factsheet's
#: text or to 'Wat is er veranderd sinds 2016' is one (for what the Wet inburgering 2013 says).
GEEN_BRON = (SECTIE, "rekenhulpen/")
BASIS = "http://site.invalid/"


def is_bron(href: str, url: str) -> bool:
    """Whether a link from the page at `url` leads to a source."""
    doel = urljoin(BASIS + url, href)
    if not doel.startswith(BASIS):
        return True
    return not doel[len(BASIS) :].startswith(GEEN_BRON)


def _na_laatste_link(tekst: str, blok: Blok) -> str:
    """The text of the block after its last link."""
    label = normalise(blok.links[-1][1])
    return tekst[tekst.rfind(label) + len(label) :] if label else ""


def zonder_bron(article: str, url: str) -> list[str]:
    """The blocks of `article` (the page at `url`) that state something without a source link,
    or that go on after their last link (every paragraph ends with its source)."""
    parser = _Blokken()
    parser.feed(article)
    fout = []
    for blok in parser.blokken:
        tekst = normalise("".join(blok.tekst)).replace("¶", "").strip()
        if not tekst or tekst.endswith(":"):
            continue  # empty, or the introduction of a list whose items are checked themselves
        if blok.links and re.search(r"[.!?]\s+\S", _na_laatste_link(tekst, blok)):
            fout.append(tekst)  # a sentence after the last link: it has no source of its own
            continue
        if any(is_bron(href, url) for href, _ in blok.links):
            continue
        rest = tekst
        for _, label in blok.links:
            rest = rest.replace(normalise(label), "", 1)
        if blok.links and len(rest) <= NAVIGATIE:
            continue  # a pointer to another page of the site, not a statement
        fout.append(tekst)
    return fout


@pytest.mark.parametrize("url", URLS)
def test_every_paragraph_item_and_row_carries_its_source(built_site: Path, url: str) -> None:
    fout = zonder_bron(_article(built_site, url), url)
    assert not fout, f"{url}: without a source link:\n" + "\n".join(fout)


def test_the_source_check_finds_a_statement_without_a_source() -> None:
    goed = (
        '<p>De termijn is drie jaar (<a href="https://wetten.overheid.nl/BWBR0044770/'
        '2025-10-21#Artikel11">Wet inburgering 2021, art. 11</a>).</p>'
        '<p>Zie <a href="../boetes/">Boetes</a>.</p>'
        "<p>DUO geeft vrijstelling aan wie:</p>"
        '<p>Onder de oude wet leende iedereen bij DUO (<a href="../../deel-2/duo-lening/">2.2</a>).'
        "</p>"
    )
    assert zonder_bron(goed, SECTIE + "leerroutes/") == []
    fout = (
        "<p>De gemeente betaalt altijd alles, ook voor gezinsmigranten.</p>"
        "<ul><li>Een regel zonder bron.</li></ul>"
        "<table><tr><td>termijn</td><td>drie jaar</td></tr></table>"
        "<p>Een lange regel die alleen naar een andere pagina wijst, maar zelf iets beweert over "
        'de hoogte van de boete en de termijn en wie betaalt (<a href="../boetes/">X</a>).</p>'
        "<p>De termijn is drie jaar vanaf de dag na het PIP, ook bij verhuizing naar een andere "
        "gemeente en ook als het PIP later wordt gewijzigd "
        '(<a href="../../rekenhulpen/termijnen/">rekenhulp Termijnen</a>).</p>'
        '<p>De termijn is drie jaar (<a href="https://wetten.overheid.nl/BWBR0044770/2025-10-21'
        '#Artikel11">Wet inburgering 2021, art. 11</a>). Asielstatushouders krijgen nooit '
        "een boete.</p>"
    )
    assert len(zonder_bron(fout, SECTIE + "leerroutes/")) == 6


#: Versions of the legal texts the section links: those its notice names, and the older texts it
#: quotes on purpose (the PIP deadline of 2022 and 2023, art. 54 as amended from 2023).
VERSIES = {
    "BWBR0044770": {"2025-10-21", "2023-01-01"},
    "BWBR0045555": {"2026-04-02", "2022-01-01", "2023-01-01"},
    "BWBR0045574": {"2026-04-18"},
    "BWBR0015703": {"2026-07-01"},
    "BWBR0002221": {"2026-07-01"},
    "BWBR0002628": {"2024-01-01"},
    "BWBR0020611": {"2021-12-31"},
    "BWBR0020674": {"2021-12-31"},
}


#: A whole text in its dated version, and an article as a Juriconnect reference (`calc.wetten`).
TEKST_VERSIE = re.compile(r"https://wetten\.overheid\.nl/(BWBR\d{7})/(\d{4}-\d{2}-\d{2})")
ARTIKEL_VERSIE = re.compile(
    r"https://wetten\.overheid\.nl/"
    r"jci1\.3:c:(BWBR\d{7})&artikel=[^&]+&z=\d{4}-\d{2}-\d{2}&g=(\d{4}-\d{2}-\d{2})"
)


@pytest.mark.parametrize("url", URLS)
def test_legal_links_use_the_versions_the_notice_names(
    pages: dict[str, ParsedPage], url: str
) -> None:
    """Both forms: a whole text (``/BWBR…/date``) and an article (the Juriconnect reference,
    whose geldigheidsdatum ``g`` names the version)."""
    gecontroleerd = 0
    for href in pages[url].links:
        match = TEKST_VERSIE.match(href) or ARTIKEL_VERSIE.match(href)
        if match:
            gecontroleerd += 1
            bwbr, versie = match.groups()
            assert versie in VERSIES.get(bwbr, set()), f"{url}: {href}"
    assert gecontroleerd, f"{url}: no link to a legal text checked"


# --- The terms as tooltips and in the glossary -----------------------------------------------

#: Term -> the anchor of its entry in 'Begrippen'.
TERMEN = {
    "PIP": "pip",
    "MAP": "map",
    "PVT": "pvt",
    "SPUK": "spuk",
    "B1-route": "b1-route",
    "Z-route": "z-route",
    "taalschakeltraject": "taalschakeltraject",
    "brede intake": "brede-intake",
    "leerbaarheidstoets": "leerbaarheidstoets",
    "kennisgeving": "kennisgeving",
    "onderwijsroute": "onderwijsroute",
    "leerroute": "leerroute",
}


@pytest.mark.parametrize("term", sorted(TERMEN))
def test_every_term_is_a_tooltip_in_the_section_and_in_the_glossary(
    built_site: Path, term: str
) -> None:
    tooltip = re.compile(rf'<abbr title="[^"]+">{re.escape(term)}</abbr>')
    waar = [url for url in URLS if tooltip.search(_article(built_site, url))]
    assert waar, f"{term} is no tooltip on any page of the section"
    begrippen = _html(built_site, "begrippen/")
    assert f'<dt id="{TERMEN[term]}">' in begrippen, f"no glossary entry #{TERMEN[term]}"


def test_the_glossary_keeps_the_new_terms_apart_from_the_factsheet(
    pages: dict[str, ParsedPage], built_site: Path
) -> None:
    html = _html(built_site, "begrippen/")
    deel = html.index('id="wet-inburgering-2021"')
    for anker in TERMEN.values():
        assert html.index(f'<dt id="{anker}">') > deel, anker
    assert "komen niet uit de factsheet" in pages["begrippen/"].article_text


def test_a_term_does_not_take_over_an_ordinary_word(built_site: Path) -> None:
    """Tooltips match whole words and case: 'blauwe map' (the PID) is no MAP."""
    html = _html(built_site, "deel-3/statushouders/")
    assert "blauwe map" in html
    assert not re.search(r"<abbr[^>]*>map</abbr>", html)
    assert not re.search(r"<abbr[^>]*>B1</abbr>-route", _article(built_site, URLS[3]))


# --- Found by the search -------------------------------------------------------------------------

ZOEKWOORDEN = {
    "PIP": "brede-intake-en-pip/",
    "leerroute": "leerroutes/",
    "brede intake": "brede-intake-en-pip/",
}


@pytest.mark.parametrize("woord", sorted(ZOEKWOORDEN))
def test_the_search_index_holds_the_section_for(built_site: Path, woord: str) -> None:
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    gevonden = {
        doc["location"].split("#")[0]
        for doc in index["docs"]
        if doc["location"].startswith(SECTIE)
        and re.search(rf"\b{re.escape(woord)}", doc["title"] + " " + doc["text"], re.IGNORECASE)
    }
    assert SECTIE + ZOEKWOORDEN[woord] in gevonden, sorted(gevonden)


# --- Linked from the factsheet pages the new law changed --------------------------------------

#: Factsheet page -> the pages of the section it points to (through its notices at the top).
VERWIJZINGEN = {
    "deel-1/wet-inburgering/": ["wie-en-wanneer/", "brede-intake-en-pip/", "overgang/"],
    "deel-1/inburgeren/": ["leerroutes/", "termijn-en-verlenging/", "boetes/"],
    "deel-1/maatschappelijke-begeleiding/": ["wie-en-wanneer/", "financiering-gemeente/"],
    "deel-1/participatieverklaring/": ["leerroutes/", "termijn-en-verlenging/"],
    "deel-1/participatiewet/": ["brede-intake-en-pip/", "betalen-en-lenen/", "boetes/"],
    "deel-2/gemeenten/": ["financiering-gemeente/"],
    "deel-2/duo-lening/": ["betalen-en-lenen/", "overgang/"],
    "deel-3/statushouders/": ["brede-intake-en-pip/", "leerroutes/"],
    "deel-4/regie-inburgering/": ["brede-intake-en-pip/", "betalen-en-lenen/", "leerroutes/"],
    "deel-4/onderwijs/": [
        "ontheffing-en-vrijstelling/",
        "overgang/",
        "leerroutes/",
        "betalen-en-lenen/",
    ],
    "deel-4/waardevolle-wachttijd/": ["brede-intake-en-pip/"],
    "deel-4/participatiewet/": ["brede-intake-en-pip/", "betalen-en-lenen/"],
    "bijlagen/inburgeringsexamen/": [
        "leerroutes/",
        "termijn-en-verlenging/",
        "ontheffing-en-vrijstelling/",
        "boetes/",
    ],
}
NOTICE_2021 = "Gewijzigd op 1 januari 2022: de Wet inburgering 2021"


def _notice_2021(article: str) -> str:
    start = article.index(NOTICE_2021)
    return article[start : article.index("</details>", start)]


@pytest.mark.parametrize("url", sorted(VERWIJZINGEN))
def test_the_factsheet_page_points_to_the_section_in_its_notice(built_site: Path, url: str) -> None:
    notice = _notice_2021(_article(built_site, url))
    hrefs = re.findall(r'<a href="([^"]+)"', notice)
    assert any(h.rstrip("/").endswith("wet-inburgering-2021") for h in hrefs), hrefs
    for doel in VERWIJZINGEN[url]:
        assert any(h.endswith(SECTIE + doel) for h in hrefs), (doel, hrefs)


def test_every_page_with_the_2021_notice_links_the_section(
    built_site: Path, pages: dict[str, ParsedPage]
) -> None:
    met = [u for u in pages if NOTICE_2021 in _html(built_site, u)]
    assert set(VERWIJZINGEN) <= set(met)
    for url in met:
        assert any(SECTIE in link for link in pages[url].links), url


def test_the_factsheets_sentences_are_not_edited_for_the_pointers() -> None:
    """The pointers live in the list under the title and the notice, not in the factsheet's
    text."""
    for url in VERWIJZINGEN:
        pad = ROOT / "docs" / (url.rstrip("/") + ".md")
        tekst = pad.read_text(encoding="utf-8")
        body = tekst[tekst.index("-->", tekst.index("<!-- wijzigingen:")) + 3 :]
        assert SECTIE not in body, f"{pad.name}: a link to the section in the factsheet's text"


def _expand(meta: dict[str, Any]) -> str:
    """A page with `meta` in its <!-- wijzigingen --> comment, as the build expands it."""
    comment = "<!-- " + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "-->"
    return Wijzigingen(ROOT).expand(f"# Titel\n\n{comment}\n\nTekst.")


def test_the_extension_writes_the_pointers_inside_the_notice() -> None:
    meta = {"wijzigingen": ["wet-inburgering-2021"], "wi2021": {"boetes": "de boete"}}
    uit = _expand(meta)
    notice = uit.index("{!notices/wet-inburgering-2021.md!}")
    pointer = uit.index("    - [Boetes](/wet-inburgering-2021/boetes.md): de boete")
    assert uit.index("{!notices/peildatum.md!}") < notice < pointer < uit.index("Tekst.")


@pytest.mark.parametrize(
    "meta",
    [
        {"wijzigingen": ["wet-inburgering-2021"], "wi2021": {"bestaat-niet": "iets"}},
        {"wijzigingen": ["wet-inburgering-2021"], "wi2021": {"boetes": ""}},
        {"wijzigingen": ["boetes-2025"], "wi2021": {"boetes": "de boete"}},
        {"wi2021": {"boetes": "de boete"}},
        {"wijzigingen": ["wet-inburgering-2021"], "wi2021": ["boetes"]},
        {"wijzigingen": ["bestaat-niet"]},
        {"wijzigingen": ["peildatum"]},
        {"wijzigingen": ["boetes-2025", "boetes-2025"]},
    ],
)
def test_the_extension_refuses_wrong_notices_and_pointers(meta: dict[str, Any]) -> None:
    with pytest.raises(ShortcodeError):
        _expand(meta)


def test_the_notices_stand_right_under_the_title() -> None:
    with pytest.raises(ShortcodeError, match="right under the page's title"):
        Wijzigingen(ROOT).expand("# Titel\n\nTekst.\n\n<!-- wijzigingen: [] -->\n")


# --- No page says the calculators do not cover the Wet inburgering 2021 -----------------------

#: What the notices said before the calculators answered under both laws.
VERBODEN = [
    re.compile(r"geven ze geen bedragen of termijnen"),
    re.compile(r"voor 2022 en later geeft die rekenhulp geen bedragen"),
    re.compile(r"rekenhulpen rekenen met de regels voor wie van 1 januari 2013"),
    re.compile(r"rekenen met de Wet inburgering 2013(?! en de Wet inburgering 2021)"),
    re.compile(r"rekenhulp(?:en)? (?:rekent|rekenen|berekent|berekenen) niet[^.]*2021"),
    re.compile(r"Wet inburgering 2021[^.]*(?:rekent|rekenen) de rekenhulp(?:en)? niet"),
]
OUDE_TEKST = (
    "De rekenhulpen rekenen met de Wet inburgering 2013. De rekenhulpen rekenen met de regels voor "
    "wie van 1 januari 2013 tot en met 31 december 2021 inburgeringsplichtig werd. Voor wie op of "
    "na 1 januari 2022, geven ze geen bedragen of termijnen. Bij de financiering hangt dat af van "
    "het jaar: voor 2022 en later geeft die rekenhulp geen bedragen."
)


def _verboden(tekst: str) -> list[str]:
    return [p.pattern for p in VERBODEN if p.search(tekst)]


def test_the_forbidden_phrases_catch_the_old_notice() -> None:
    assert len(_verboden(OUDE_TEKST)) >= 4


def test_no_page_says_the_calculators_do_not_cover_2021(pages: dict[str, ParsedPage]) -> None:
    gevonden = [
        f"{url}: {_verboden(p.article_text)}"
        for url, p in pages.items()
        if _verboden(p.article_text)
    ]
    assert not gevonden, "\n".join(gevonden)


def test_no_markdown_says_the_calculators_do_not_cover_2021() -> None:
    bestanden = [*(ROOT / "docs").rglob("*.md"), *(ROOT / "includes").rglob("*.md")]
    gevonden = []
    for bestand in bestanden:
        tekst = " ".join(bestand.read_text(encoding="utf-8").split())
        if _verboden(tekst):
            gevonden.append(f"{bestand.relative_to(ROOT)}: {_verboden(tekst)}")
    assert not gevonden, "\n".join(gevonden)


def test_the_calculators_notice_names_both_laws_and_the_funding_structure(
    pages: dict[str, ParsedPage],
) -> None:
    for url in ["rekenhulpen/", *(f"rekenhulpen/{n}/" for n in ("termijnen", "financiering"))]:
        tekst = pages[url].article_text
        assert (
            "De rekenhulpen rekenen met de Wet inburgering 2013 en de Wet inburgering 2021" in tekst
        )
        assert "de opbouw van de uitkering, zonder bedragen" in tekst, url
        assert "Regeling inburgering 2021" in tekst, url


# --- No amount or term typed by hand where a parameter exists ----------------------------------

SHORTCODE = re.compile(r"<!--\s*waarde:[^>]*-->")
LINKDOEL = re.compile(r"\]\([^)]*\)")
GETAL = (
    r"(?:\d+(?:[.,]\d+)?|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf"
    r"|anderhalf|half)"
)
TERMIJN = re.compile(
    rf"\b{GETAL}\s+(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|uur|uren|kwartaal|kwartalen"
    r"|keer|pogingen)\b",
    re.IGNORECASE,
)
BEDRAG = re.compile(r"€\s*\d[\d.,]*|\b\d[\d.,]*\s*euro\b", re.IGNORECASE)

#: (file, the words as written, why they are not a parameter): every other amount or term in the
#: section's Markdown is written with <!-- waarde: NAAM -->.
TOEGESTAAN = {
    ("betalen-en-lenen.md", "vijf jaar"): "Besluit 6.6: 'drie tot vijf jaar', the state loans",
    ("boetes.md", "twee maanden"): "art. 22 lid 2: new term after the brede-intake fine",
    ("boetes.md", "twaalf maanden"): "Besluit 7.1 lid 3: the period for doubling the PIP fine",
    ("boetes.md", "twee jaar"): "art. 24 lid 4: a fine 'iedere twee jaar'; not the new term",
    ("brede-intake-en-pip.md", "twee weken"): "Besluit 5.3 lid 2: after the third party's data",
    ("financiering-gemeente.md", "drie maanden"): "art. 40 lid 3: the grant is announced",
    ("financiering-gemeente.md", "€ 17.000"): "Divosa quote: 2026-2029 (no parameter value)",
    ("ontheffing-en-vrijstelling.md", "acht weken"): "Besluit 2.7, 2.8: decision on ontheffing",
    ("wie-en-wanneer.md", "8 weken"): "inburgeren.nl quote: DUO's letter may take that long",
}


def _getallen(bestand: Path) -> list[str]:
    tekst = " ".join(bestand.read_text(encoding="utf-8").split())
    tekst = LINKDOEL.sub("]", SHORTCODE.sub(" ", tekst))
    return [m.group(0) for m in [*TERMIJN.finditer(tekst), *BEDRAG.finditer(tekst)]]


def _naam(bestand: Path) -> str:
    """How TOEGESTAAN names a file: its name in the Wi2021 section, else its path."""
    return bestand.name if bestand in MARKDOWN else bestand.relative_to(ROOT).as_posix()


def _toegestaan(naam: str, gevonden: str) -> bool:
    return any(n == naam and woorden in gevonden for n, woorden in TOEGESTAAN)


#: Every notice and include (the shortcode works in them too: src/shortcodes/waarde.py), and the
#: pages the site writes itself: the calculators' pages, the glossary, what changed, the colophon.
#: (The factsheet's own pages keep the factsheet's words.)
INCLUDES = sorted((ROOT / "includes").rglob("*.md"))
EIGEN_PAGINAS = sorted((ROOT / "docs" / "rekenhulpen").glob("*.md")) + [
    ROOT / "docs" / naam
    for naam in ("begrippen.md", "wijzigingen.md", "colofon.md", "index.md", "bronnen.md")
]
TOEGESTAAN |= {
    ("docs/rekenhulpen/caseload.md", "90 dagen"): "the caseload's filter, not a legal term",
    (
        "includes/notices/financiering-2017.md",
        "€ 2.370",
    ): "VNG quote: 'ook na 2017 … rekenen op € 2.370'",
    (
        "includes/notices/kwijtschelding-lening.md",
        "3 maanden",
    ): "inburgeren.nl: DUO's bands, 0 to 3 months late",
    (
        "includes/notices/kwijtschelding-lening.md",
        "6 maanden",
    ): "inburgeren.nl: DUO's bands, 3 to 6 months late",
    (
        "includes/notices/participatieverklaring-2017.md",
        "een jaar",
    ): "the date rule: the day before, a year later",
    (
        "includes/notices/participatieverklaring-2017.md",
        "één jaar",
    ): "art. 7a: 'binnen één jaar' (the sentence)",
    (
        "includes/rekenhulpen/ontheffing.md",
        "120 uur",
    ): "an example of what the calculator says ('nog 120 uur')",
    (
        "docs/rekenhulpen/financiering.md",
        "drie maanden",
    ): "Wi2021 art. 40 lid 3: the grant is announced",
    (
        "docs/rekenhulpen/financiering.md",
        "€ 2.370",
    ): "VNG quote: 'ook na 2017 … rekenen op € 2.370'",
    (
        "docs/rekenhulpen/financiering.md",
        "€ 17.000",
    ): "Divosa quote: 2026-2029 (no parameter value)",
    (
        "docs/rekenhulpen/jongeren.md",
        "17 jaar",
    ): "'16 en 17 jaar': the ages below the 18 of the obligation",
    (
        "docs/rekenhulpen/jongeren.md",
        "18 jaar",
    ): "the 18th birthday (leeftijd_inburgeringsplicht: '18 jaar of ouder')",
    ("docs/rekenhulpen/jongeren.md", "een jaar"): "the date rule: 29 February in a year without it",
    (
        "docs/begrippen.md",
        "18 jaar",
    ): "'onder de 18 jaar': the age (its text is '18 jaar of ouder')",
    ("docs/rekenhulpen/lening.md", "één keer"): "'de rest in één keer': at once, not a term",
    (
        "docs/rekenhulpen/termijnen.md",
        "een jaar",
    ): "the date rule: the day before the same date a year later",
    ("docs/wijzigingen.md", "3 maanden"): "inburgeren.nl: DUO's bands, 0 to 3 months late",
    ("docs/wijzigingen.md", "6 maanden"): "inburgeren.nl: DUO's bands, 3 to 6 months late",
    ("docs/wijzigingen.md", "€ 2.370"): "VNG quote: 'ook na 2017 … rekenen op € 2.370'",
    ("docs/colofon.md", "zes maanden"): "the factsheet's words, quoted in the list of corrections",
    ("docs/colofon.md", "6 maanden"): "the correction of those words, in the same list",
    ("docs/colofon.md", "€ 300"): "the factsheet's '€ 300 euro per maand' and its correction",
    ("docs/colofon.md", "€ 1.250"): "how the site writes amounts, with the factsheet's '€1250'",
    ("docs/colofon.md", "€1250"): "the factsheet's way of writing an amount, quoted",
}


@pytest.mark.parametrize(
    "bestand",
    sorted({*MARKDOWN, NOTICE_BESTAND, *INCLUDES, *EIGEN_PAGINAS}),
    ids=lambda b: b.relative_to(ROOT).as_posix(),
)
def test_amounts_and_terms_come_from_the_parameters(bestand: Path) -> None:
    los = [g for g in _getallen(bestand) if not _toegestaan(_naam(bestand), g)]
    assert not los, f"{bestand.name}: write these with <!-- waarde: NAAM -->: {los}"


def test_every_allowed_number_is_still_there() -> None:
    gevonden = {(_naam(b), g) for b in [*MARKDOWN, *INCLUDES, *EIGEN_PAGINAS] for g in _getallen(b)}
    for naam, woorden in TOEGESTAAN:
        assert any(n == naam and woorden in g for n, g in gevonden), (naam, woorden)


def test_the_number_check_finds_a_term_typed_by_hand(tmp_path: Path) -> None:
    bestand = tmp_path / "boetes.md"
    bestand.write_text(
        "De boete is € 340 en de nieuwe termijn ten hoogste 2 jaar; het PIP binnen tien weken.\n"
        "Goed: <!-- waarde: boete_brede_intake --> en [art. 11](https://x.invalid/2025-10-21).\n",
        encoding="utf-8",
    )
    assert _getallen(bestand) == ["2 jaar", "tien weken", "€ 340"]


#: The parameters the section must write as shortcodes (so that text and calculators agree).
PARAMETERS = [
    "pip_termijn", "inburgeringstermijn", "boete_brede_intake", "boete_pip", "boete_pip_maximaal",
    "boetes_college_per_termijn", "boete_participatieverklaring", "boete_maximaal",
    "nieuwe_termijn_na_boete", "maximum_lening", "terugbetalingstermijn", "aanloop_terugbetaling",
    "verlenging_aanzienlijke_inspanningen", "uren_aanzienlijke_inspanningen_migranten",
    "aanvraag_verlenging", "beslistermijn_verlenging", "uren_participatieverklaringstraject",
    "uren_afschalen_a2", "uren_z_route_cursus", "uren_z_route_participatie",
    "examenpogingen_gemeente", "ontzorgen", "onderbreking_termijn", "leerplicht_jaren_vrijstelling",
    "medische_ontheffing_jaren", "werkjaren_voldoende_ingeburgerd",
    "woonjaren_voldoende_ingeburgerd", "minimumleeftijd_inburgeringsplicht", "aow_leeftijd",
    "leerroute_wijzigen", "pip_termijn_verhuizing", "kosten_medisch_onderzoek",
    "specifieke_uitkering_formule", "uitkering_onderwijsroute",
]  # fmt: skip


def test_the_section_writes_every_parameter_as_a_shortcode() -> None:
    tekst = " ".join(b.read_text(encoding="utf-8") for b in MARKDOWN)
    gebruikt = set(re.findall(r"<!--\s*waarde:\s*([a-z0-9_]+)", tekst))
    assert not set(PARAMETERS) - gebruikt, sorted(set(PARAMETERS) - gebruikt)


# --- The calculators' pages say what they compute under each law --------------------------------

#: Calculator -> fields of the Wet inburgering 2021 that its page must give a hint for.
VELDEN_2021 = {
    "termijnen": ["datum_kennisgeving", "datum_pip", "leerroute", "doelgroep", "geboortedatum"],
    "examenroute": ["leerroute", "doelgroep", "uren_cursus", "uren_participatie"],
}


@pytest.mark.parametrize("naam", list(REGISTER))
def test_every_calculator_page_says_what_it_computes_under_each_law(
    pages: dict[str, ParsedPage], built_site: Path, naam: str
) -> None:
    url = f"rekenhulpen/{naam}/"
    koppen = [tekst for _, tekst, _ in pages[url].headings]
    assert any("Wet inburgering 2021" in k or "2022 en later" in k for k in koppen), koppen
    assert any(SECTIE in link for link in pages[url].links), url
    html = _html(built_site, url)
    for veld in VELDEN_2021.get(naam, []):
        assert re.search(rf'id="rh-{naam}-{veld}-hint"', html), f"{naam}: no hint for {veld}"
