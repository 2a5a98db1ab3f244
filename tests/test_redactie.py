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
from tests.helpers import ROOT
from tests.sitemap import ParsedPage, content_pages, normalise
from tests.sitemap import article_html as _article
from tests.sitemap import page_html as _html


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, ParsedPage]:
    return content_pages(built_site)


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
REFERENCE = re.compile(
    r'<sup id="fnref\d*:([^"]+)"><a class="footnote-ref" href="#fn:\1">([^<]*)</a>'
)
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
def test_a_cited_footnote_is_on_the_page_with_the_cited_number(
    built_site: Path, bron: Bron
) -> None:
    number = re.search(r"\bvoetnoot (\d+)", bron.label).group(1)  # type: ignore[union-attr]
    page, _, anchor = bron.href.partition("#")
    assert anchor == f"fn:{number}", bron
    html = _html(built_site, page)
    assert f'<li id="fn:{number}" value="{number}">' in html
    assert f'href="#fn:{number}">{number}</a>' in html


# --- S1, A2, G8, S5, X5: the peildatum and what changed, at the top of every factsheet page ----

#: Every page of the factsheet text (and the glossary built from it).
FACTSHEET_PAGES = [
    "inleiding/",
    "deel-1/",
    "deel-1/wet-inburgering/",
    "deel-1/inburgeren/",
    "deel-1/maatschappelijke-begeleiding/",
    "deel-1/participatieverklaring/",
    "deel-1/participatiewet/",
    "deel-2/",
    "deel-2/gemeenten/",
    "deel-2/duo-lening/",
    "deel-2/onderwijsinstellingen/",
    "deel-2/werkgevers/",
    "deel-3/",
    "deel-3/asielzoekers/",
    "deel-3/statushouders/",
    "deel-3/screening-en-matching/",
    "deel-4/",
    "deel-4/regie-algemeen/",
    "deel-4/regie-inburgering/",
    "deel-4/onderwijs/",
    "deel-4/waardevolle-wachttijd/",
    "deel-4/participatiewet/",
    "deel-4/vluchtelingenwerk/",
    "bijlagen/",
    "bijlagen/voorinburgering/",
    "bijlagen/taalniveau/",
    "bijlagen/inburgeringsexamen/",
    "bijlagen/links/",
    "begrippen/",
]
#: The notices at the top stand in one section, out of the search index
#: (src/shortcodes/wijzigingen.py).
TOP = '<section class="wijzigingen" data-search-exclude="">'
PEILDATUM_BLOK = '<div class="peildatum">'
PEILDATUM = re.compile(
    r"</h1>\s*" + re.escape(TOP) + r'\s*<div class="peildatum">\s*<details class="warning">\s*'
    r"<summary>Tekst van eind 2016, over de Wet inburgering 2013</summary>"
)
#: (page, words in the title of a notice that must be at its top): what changed for its subject.
NOTICES = [
    ("deel-1/wet-inburgering/", "participatieverklaring verplicht"),
    ("deel-1/wet-inburgering/", "Wet inburgering 2021"),
    ("deel-1/inburgeren/", "AOW-leeftijd"),
    ("deel-1/inburgeren/", "boete en lening van asielstatushouders"),
    ("deel-1/inburgeren/", "Wet inburgering 2013"),
    ("deel-1/maatschappelijke-begeleiding/", "participatieverklaring verplicht"),
    ("deel-1/maatschappelijke-begeleiding/", "bijdrage voor maatschappelijke begeleiding"),
    ("deel-1/participatieverklaring/", "participatieverklaring verplicht"),
    ("deel-1/participatiewet/", "bijstand"),
    ("deel-2/gemeenten/", "bijdrage voor maatschappelijke begeleiding"),
    ("deel-2/duo-lening/", "kwijtschelding van de DUO-lening"),
    ("deel-2/duo-lening/", "boete en lening van asielstatushouders"),
    ("deel-2/duo-lening/", "Wet inburgering 2021"),
    ("deel-3/statushouders/", "Wet inburgering 2021"),
    ("deel-4/regie-inburgering/", "boete en lening van asielstatushouders"),
    ("deel-4/onderwijs/", "Wet inburgering 2013"),
    ("deel-4/onderwijs/", "boete en lening van asielstatushouders"),
    ("deel-4/participatiewet/", "bijstand"),
    ("bijlagen/inburgeringsexamen/", "participatieverklaring verplicht"),
    ("bijlagen/inburgeringsexamen/", "boete en lening van asielstatushouders"),
    ("begrippen/", "kwijtschelding van de DUO-lening"),
]
NOTICE = re.compile(
    r'(?:<div class="admonition (?:warning|info)">|<details class="(?:warning|info)">)\s*'
    r'<(?:p class="admonition-title"|summary)>(.*?)</(?:p|summary)>.*?</(?:div|details)>',
    re.DOTALL,
)


@pytest.mark.parametrize("url", FACTSHEET_PAGES)
def test_every_factsheet_page_starts_with_the_peildatum(built_site: Path, url: str) -> None:
    assert PEILDATUM.search(_article(built_site, url)), f"{url} does not start with the peildatum"


def test_the_peildatum_does_not_say_the_2013_text_applies_unchanged(
    pages: dict[str, ParsedPage],
) -> None:
    text = pages["inleiding/"].article_text
    for phrase in (
        "1 januari 2013 tot en met 31 december 2021",
        "Wet inburgering 2007",
        "Wet inburgering 2021",
        "Stb. 2017, 285",
        "Stcrt. 2021, 49155",
        "Wet van 19 oktober 2022",
        "Stb. 2022, 487",
        "Besluit van 5 december 2022",
        "Stb. 2022, 489",
        "was de verwachting van eind 2016",
    ):
        assert phrase in text, phrase


def _notices(article: str) -> tuple[list[str], list[str]]:
    """The titles of the notices at the top of the article (one after the other, right under
    its title), and of all its notices."""
    top: list[str] = []
    every: list[str] = []
    position = article.index("</h1>") + len("</h1>")
    if article[position:].lstrip().startswith(TOP):
        position = article.index(TOP, position) + len(TOP)
    if article[position:].lstrip().startswith(PEILDATUM_BLOK):  # the folded peildatum line
        position = article.index("</div>", article.index("</details>", position)) + len("</div>")
    for match in NOTICE.finditer(article, position):
        title = re.sub(r"<[^>]+>", "", match.group(1))
        every.append(title)
        if len(top) == len(every) - 1 and not article[position : match.start()].strip():
            top.append(title)
            position = match.end()
    return top, every


@pytest.mark.parametrize(("url", "words"), NOTICES)
def test_what_changed_stands_at_the_top_of_its_page(built_site: Path, url: str, words: str) -> None:
    top, _ = _notices(_article(built_site, url))
    assert any(words in title for title in top), (url, top)


@pytest.mark.parametrize("url", FACTSHEET_PAGES)
def test_no_notice_breaks_the_factsheet_text(built_site: Path, url: str) -> None:
    top, every = _notices(_article(built_site, url))
    assert top == every, f"{url}: notices inside the text: {every[len(top) :]}"


BOX = re.compile(
    r'<div class="admonition tip">\s*<p class="admonition-title">Rekenhulp: ([^<]+)</p>.*?</div>\s*'
    r"(<[^>]+>|$)",
    re.DOTALL,
)


@pytest.mark.parametrize("url", FACTSHEET_PAGES)
def test_calculator_boxes_stand_at_the_end_of_a_section_once(built_site: Path, url: str) -> None:
    article = _article(built_site, url) + "</article>"
    names = [m.group(1) for m in BOX.finditer(article)]
    assert len(names) == len(set(names)), f"{url}: a calculator box twice: {names}"
    for match in BOX.finditer(article):
        following = match.group(2)
        assert re.match(r'<(h[1-6]|/article|div class="(admonition tip|footnote)")', following), (
            f"{url}: the box '{match.group(1)}' is followed by {following}, inside a section"
        )


# --- G1, G2 and the editorial corrections: the factsheet's words, with the site's mark -----------

#: Abbreviation -> words its tooltip and glossary entry must give, and words they must not.
EXPANSIONS = {
    "OTAV": ("OndersteuningsTeam Asielzoekers en Vergunninghouders", "en Statushouders"),
    "IDW": ("Internationale Diplomawaardering", "Informatiecentrum"),
}
#: A wrong expansion of the factsheet; wherever it stands, the right one stands close by.
WRONG = {
    "OndersteuningsTeam Asielzoekers en Statushouders": "Vergunninghouders",
    "Informatiecentrum Diplomawaardering (IDW)": "Internationale Diplomawaardering",
}
#: (page, the factsheet's words as the site shows them, words of the site's mark right after them)
CORRECTIONS = [
    (
        "deel-4/participatiewet/",
        "het OndersteuningsTeam Asielzoekers en Statushouders (OTAV)",
        "OTAV staat voor OndersteuningsTeam Asielzoekers en Vergunninghouders",
    ),
    (
        "deel-4/onderwijs/",
        "via het Informatiecentrum Diplomawaardering (IDW)",
        "IDW staat voor Internationale Diplomawaardering",
    ),
    (
        "bijlagen/inburgeringsexamen/",
        "via het Informatiecentrum Diplomawaardering (IDW)",
        "IDW staat voor Internationale Diplomawaardering",
    ),
    ("bijlagen/inburgeringsexamen/", "Examenonderdelen en Staatsexamen", "tussenkopje"),
    ("deel-4/onderwijs/", "(die bedoeld is voor inburgering) inzetten", "inzetten"),
    ("deel-4/participatiewet/", "Ibid.", "dezelfde bron als voetnoot 17"),
    ("deel-3/statushouders/", "Het PID is eigendom van de statushouder.", "eigenaar"),
    (
        "deel-2/onderwijsinstellingen/",
        "Wet Educatie Beroepsopleiding (WEB) middelen",
        "Wet educatie en beroepsonderwijs (WEB)",
    ),
    ("deel-3/screening-en-matching/", "(Arnhem, Gilze, Ter Apel,", "Gilze Ter Apel"),
    ("deel-4/regie-inburgering/", "gefaciliteerde of aangeboden", "aan elkaar vast"),
    ("deel-1/participatiewet/", "korting/inhouding op de uitkering.", "het nummer 2"),
]
MARK = re.compile(r'<span class="redactie">(.*?)</span>', re.DOTALL)


def _marked_text(html: str) -> str:
    """The article's text, with the site's marks between ⟦ and ⟧."""
    html = MARK.sub(lambda m: "⟦" + m.group(1) + "⟧", html)
    return normalise(re.sub(r"<[^>]+>", "", html))


@pytest.mark.parametrize("abbr", sorted(EXPANSIONS))
def test_the_tooltips_expand_otav_and_idw_rightly(
    built_site: Path, pages: dict[str, ParsedPage], abbr: str
) -> None:
    right, wrong = EXPANSIONS[abbr]
    titles = set()
    for url in pages:
        titles |= set(re.findall(rf'<abbr title="([^"]+)">{abbr}</abbr>', _html(built_site, url)))
    assert titles, f"{abbr} is nowhere a tooltip"
    for title in titles:
        assert right in title and wrong not in title, title


@pytest.mark.parametrize("abbr", sorted(EXPANSIONS))
def test_the_glossary_expands_otav_and_idw_rightly(built_site: Path, abbr: str) -> None:
    right, _ = EXPANSIONS[abbr]
    html = _html(built_site, "begrippen/")
    entry = re.search(rf'<dt id="{abbr.lower()}">.*?</dt>\s*<dd>(.*?)</dd>', html, re.DOTALL)
    assert entry, f"no glossary entry with id {abbr.lower()}"
    assert normalise(re.sub(r"<[^>]+>", "", entry.group(1))).startswith(right)


def test_a_wrong_expansion_never_stands_without_the_right_one(
    pages: dict[str, ParsedPage],
) -> None:
    found = []
    for url, page in pages.items():
        text = page.article_text
        for wrong, right in WRONG.items():
            for match in re.finditer(re.escape(wrong), text):
                near = text[max(0, match.start() - 400) : match.end() + 400]
                if right not in near:
                    found.append(f"{url}: {wrong!r} without {right!r}")
    assert not found, "\n".join(found)


@pytest.mark.parametrize(("url", "words", "mark"), CORRECTIONS, ids=lambda w: str(w)[:40])
def test_the_factsheets_words_stand_with_the_sites_correction(
    built_site: Path, url: str, words: str, mark: str
) -> None:
    text = _marked_text(_article(built_site, url))
    at = text.find(words)
    assert at >= 0, f"{url}: the factsheet's words {words!r} are not on the page"
    assert "⟦" not in text[:at] or text[:at].rfind("⟧") > text[:at].rfind("⟦"), (
        f"{url}: {words!r} stands inside a mark"
    )
    opening = text.find("⟦", at)
    assert 0 <= opening - at < 400, f"{url}: no mark of the site right after {words!r}"
    closing = text.index("⟧", opening)
    assert mark in text[opening:closing], (mark, text[opening:closing])
    assert text[opening + 1 :].startswith("[Redactie: "), text[opening : opening + 30]


def test_the_marks_of_the_site_are_readable_in_both_colour_schemes() -> None:
    # The source: the site serves it minified (src/sitebuild/minify.py).
    css = (ROOT / "docs/assets/stylesheets/extra.css").read_text(encoding="utf-8")
    light = re.search(r"\n\.md-typeset \.redactie \{[^}]*color: (#[0-9a-f]{6})", css)
    dark = re.search(r'slate"\] \.md-typeset \.redactie \{[^}]*color: (#[0-9a-f]{6})', css)
    assert light and dark, "the marks need a colour of their own in each scheme"

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    def contrast(a: str, b: str) -> float:
        high, low = sorted((luminance(a), luminance(b)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    # Material's backgrounds: white (default) and slate's hsl(232, 15%, 14%) ≈ #1e2029; also the
    # tinted backgrounds of notices are lighter (light) or darker (slate) than these by little.
    assert contrast(light.group(1), "#ffffff") >= 4.5 * 1.3
    assert contrast(dark.group(1), "#1e2029") >= 4.5 * 1.3


def test_a1_min_has_a_tooltip_of_its_own(built_site: Path) -> None:
    """G6: 'A1-min' is a level below A1; the tooltip of A1 must not claim it."""
    html = _html(built_site, "bijlagen/voorinburgering/")
    assert re.search(r'<abbr title="[^"]*onder A1[^"]*">A1-min</abbr>', html)
    assert "</abbr>-min" not in html


def test_deel_4_keeps_the_factsheets_title(pages: dict[str, ParsedPage]) -> None:
    """C6: the factsheet calls Deel 4 'Q&A’s over integratie en participatie'."""
    titles = [text for level, text, _ in pages["deel-4/"].headings if level == 1]
    assert titles and titles[0].startswith("Deel 4: Q&A’s over integratie en participatie"), titles


# --- S1, A1, A2, A6, L5, L6, X7: 'Wat is er veranderd sinds 2016', dated and sourced ------------

#: (words on the page, the link that must stand on it): every change with its source.
CHANGES = [
    ("1 oktober 2017", "https://zoek.officielebekendmakingen.nl/stb-2017-285.html"),
    ("Moest u beginnen met inburgeren op of na 1 oktober 2017", "participatieverklaring.jsp"),
    ("3 december 2021", "https://zoek.officielebekendmakingen.nl/stcrt-2021-49155.html"),
    ("1 januari 2022", "https://zoek.officielebekendmakingen.nl/stb-2021-38.html"),
    ("Asielstatushouders lenen", "https://www.inburgeren.nl/inburgeren-betalen/index.jsp"),
    (
        "taalniveau B1",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=7&z=2026-01-01&g=2026-01-01",
    ),
    ("Wet van 19 oktober 2022", "https://zoek.officielebekendmakingen.nl/stb-2022-487.html"),
    ("Besluit van 5 december 2022", "https://zoek.officielebekendmakingen.nl/stb-2022-489.html"),
    (
        "lid 3",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=54&z=2026-01-01&g=2026-01-01",
    ),
    (
        "draagkracht",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045555&artikel=12.1a&z=2026-01-01&g=2026-01-01",
    ),
    (
        "AOW-leeftijd",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002221&artikel=7a&z=2026-01-01&g=2026-01-01",
    ),
    ("C-158/23", "/2025/02/04/europese-hof-doet-uitspraak-over-nederlands-inburgeringsbeleid"),
    ("ECLI:NL:RVS:2025:3087", "/2025/07/09/uitspraak-raad-van-state-in-zaak-boetes-en-leningen"),
    ("18 februari 2026", "/2026/02/19/uitspraak-raad-van-state-over-boetes-en-leningen"),
    ("sinds maart 2023", "/2026/02/19/uitspraak-raad-van-state-over-boetes-en-leningen"),
]


@pytest.mark.parametrize(("words", "link"), CHANGES, ids=lambda w: str(w)[:40])
def test_every_change_since_2016_stands_with_its_source(
    pages: dict[str, ParsedPage], words: str, link: str
) -> None:
    page = pages["wijzigingen/"]
    assert words in page.article_text, words
    assert any(link in href for href in page.links), link


def test_what_changed_comes_right_after_home_in_the_navigation(built_site: Path) -> None:
    html = _html(built_site, "inleiding/")
    nav = html[html.index("md-nav--primary") :]
    links = re.findall(r'<a href="([^"]*)" class="md-nav__link', nav)
    assert links[:2] == ["..", "../wijzigingen/"], links[:4]


def test_the_factsheet_reads_as_the_factsheet_in_the_navigation(built_site: Path) -> None:
    """S2, S3, S4: the factsheet's parts under its own name, no two items alike."""
    html = _html(built_site, "inleiding/")
    nav = normalise(re.sub(r"<[^>]+>", " ", html[html.index("md-nav--primary") :]))
    for label in (
        "De factsheet (eind 2016)",
        "1.5 Participatiewet",
        "Participatiewet (vraag 26–31)",
        "3.2.6–3.2.8 Screening en matching",
        "Over deze site",
    ):
        assert label in nav, label


# --- S8, A7, L3: who publishes the site ----------------------------------------------------------


def test_the_colophon_says_the_site_is_independent(
    built_site: Path, pages: dict[str, ParsedPage]
) -> None:
    text = pages["colofon/"].article_text
    for words in (
        "onafhankelijke weergave",
        "geen uitgave",
        "Rijksoverheid",
        "Sociale Zaken en Werkgelegenheid",
        "VNG",
        "COA",
        "makers van de factsheet",
        "De factsheet noemt zelf geen uitgever",
        "eind 2016",
    ):
        assert words in text, words
    # No invented address: no e-mail, no contact form of the site's own.
    assert not [h for h in pages["colofon/"].links if h.startswith("mailto:")]
    assert "@" not in text
    # Linked from the footer of every page.
    for url in ("", "deel-4/onderwijs/"):
        footer = _html(built_site, url).split('class="md-copyright"')[1]
        assert re.search(r'<a href="[./]*colofon/">Over deze site</a>', footer), url


#: Every correction of the factsheet's words, as the colophon lists it (C7, M1, G1, G2, G3, ...).
LISTED_CORRECTIONS = [
    "Asielzoekers en Statushouders",
    "Informatiecentrum Diploma waardering",
    "Wet Educatie Beroepsopleiding",
    "eigenaar",
    "Gilze Ter Apel",
    "gefaciliteerdeaangeboden",
    "inte zetten",
    "Ibid.",
    "paragraafnummer",
    "Examenonderdelen en Staatsexamen",
    "Q&A’s over integratie en participatie",
    "meer informatie vinden",
    "na zes maanden",
    "€ 300 euro",
    "regeling gewerkt",
    "snel in beeld brengen",
    "ook digitaal gedeeld",
    "Nederlands Arbeidsmarkt",
    "Training Kennis Nederlandse maatschappij",
    "Zodat",
    "facstheet",
    "toedichting",
    "toekomstenwensen",
    "onder mee rde",
]


def test_the_colophon_lists_every_correction(pages: dict[str, ParsedPage]) -> None:
    text = pages["colofon/"].article_text
    missing = [words for words in LISTED_CORRECTIONS if words not in text]
    assert not missing, missing


def test_the_accessibility_page_names_no_unknown_we(pages: dict[str, ParsedPage]) -> None:
    text = pages["toegankelijkheid/"].article_text
    assert "onze toegankelijkheidsverklaring" not in text
    assert "geen toegankelijkheidsverklaring" in text
    assert any("colofon/#melden" in link for link in pages["toegankelijkheid/"].links)


# --- A2, M2, M4, M7, L1-L9, A7, A9: wrong phrases that must not come back ------------------------

#: Phrases the review found wrong, on any page (the colophon quotes the factsheet on purpose).
WRONG_PHRASES = {
    "in te zetten voor het volgen van een inburgeringscursus": "M2: 'kan ... inzetten'",
    "na het examen mag de rest": "M4: the rest may be invoiced once the exam is passed",
    "kunnen altijd lenen": "M7: not always (minors, temporary exemption)",
    "iemand heeft om in te burgeren": "L1: 'de tijd heeft om'",
    "iemand heeft om aan de inburgeringsplicht": "L1: 'de tijd heeft om'",
    "Zie welk examen": "L2: 'Bekijk welk examen'",
    "issues van de repository": "L3: developer jargon",
    "Zij lenen daarvoor": "L5: who is 'zij'?",
    "op twee belangrijke punten veranderd": "A2: more has changed",
    "De rest van deze site": "L6",
    "Deze tekst is de factsheet": "L6",
    "rekent hij met": "L7: 'de rekenhulp'",
    "Q&A's": "L9: the factsheet's apostrophe",
    "pagina's": "L9: the site's apostrophe",
    '"nog 120 uur': "L9: Dutch quotes",
    "onze toegankelijkheidsverklaring": "A7: whose?",
    "ongeveer 13 MB": "A9: a number that drifts",
    "OndersteuningsTeam Asielzoekers en Statushouders. Op": "G1: the old glossary entry",
    "geldt voor wie vóór 1 januari 2022 inburgeringsplichtig werd": "A2: pre-2013 included",
}


def test_the_wrong_phrases_do_not_come_back(pages: dict[str, ParsedPage]) -> None:
    found = [
        f"{url}: {phrase!r} ({why})"
        for url, page in pages.items()
        if url != "colofon/"
        for phrase, why in WRONG_PHRASES.items()
        if phrase in page.article_text
    ]
    assert not found, "\n".join(found)


def test_before_2022_always_excludes_before_2013(pages: dict[str, ParsedPage]) -> None:
    """A2: 'vóór 1 januari 2022' for the Wet inburgering 2013 would take in the 2007 cases: a
    sentence that says it, names the lower bound of 1 January 2013 too."""
    found = []
    for url, page in pages.items():
        for sentence in re.split(r"(?<=[.;:!?])\s+", page.article_text):
            before_2022 = re.search(r"v[óo]{1,2}r 1 januari 2022", sentence)
            if before_2022 and not re.search(r"(van|tussen|vanaf|na) 1 januari 2013", sentence):
                found.append(f"{url}: {sentence}")
    assert not found, "\n".join(found)


# --- X2, X3, X4, X6: links that lead where they say ------------------------------------------


def test_links_lead_where_they_say(pages: dict[str, ParsedPage], built_site: Path) -> None:
    # X2: the maximum per quarter is not on 2.2, so vraag 16 does not link it there.
    html = _article(built_site, "deel-4/regie-inburgering/")
    assert not re.search(r'<a href="[^"]*duo-lening/">maximum van', html)
    # X3: 'vraag 17 en 18' are two links.
    links = pages["rekenhulpen/jongeren/"].links
    assert any(link.endswith("onderwijs/#vraag-17") for link in links)
    assert any(link.endswith("onderwijs/#vraag-18") for link in links)
    # X4: diplomawaardering leads to the places about diplomawaardering, not to exam parts.
    assert any(
        link.endswith("bijlagen/voorinburgering/#diplomawaardering")
        for link in pages["deel-4/onderwijs/"].links
    )
    assert any(
        link.endswith("onderwijs/#vraag-22")
        for link in pages["deel-4/waardevolle-wachttijd/"].links
    )
    for url in ("deel-4/onderwijs/", "deel-4/waardevolle-wachttijd/"):
        assert not any("#examenonderdelen" in link for link in pages[url].links), url
    # X6, S6: vraag 1 points to vraag 31 (examples of other municipalities).
    assert any(
        link.endswith("participatiewet/#vraag-31") for link in pages["deel-4/regie-algemeen/"].links
    )
