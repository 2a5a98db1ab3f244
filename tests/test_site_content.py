"""The built site against the factsheet: every section, question, amount, term and URL is there.

The lists below were taken by hand from the factsheet "Integratie en participatie voor
gemeenten" (late 2016); the project does not read the source text itself.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.sitemap import ParsedPage, content_pages, normalise


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, ParsedPage]:
    return content_pages(built_site)


def _key(text: str) -> str:
    """Compare headings without case, punctuation or hyphen/space differences."""
    text = normalise(text).lower().replace("’", "'")
    return re.sub(r"[^\w]+", " ", text).strip()


# (page, heading) — every section heading of the factsheet, on the page that holds it.
SECTIONS = [
    ("inleiding/", "Inleiding"),
    ("deel-1/", "Overzicht wettelijke instrumenten"),
    ("deel-1/wet-inburgering/", "1.1 Wet inburgering"),
    ("deel-1/inburgeren/", "1.2 Inburgeren"),
    ("deel-1/maatschappelijke-begeleiding/", "1.3 Maatschappelijke begeleiding"),
    ("deel-1/participatieverklaring/", "1.4 Participatieverklaring"),
    ("deel-1/participatiewet/", "Participatiewet"),
    ("deel-2/", "Financieringsmogelijkheden"),
    ("deel-2/gemeenten/", "2.1 Voor gemeenten"),
    ("deel-2/gemeenten/", "Maatschappelijke begeleiding en participatieverklaringstraject"),
    ("deel-2/gemeenten/", "Extra middelen uitwerkingsakkoord"),
    ("deel-2/duo-lening/", "2.2 Voor statushouders: DUO lening"),
    ("deel-2/onderwijsinstellingen/", "2.3 Voor onderwijsinstellingen"),
    ("deel-2/werkgevers/", "2.4 Voor werkgevers"),
    ("deel-2/werkgevers/", "Taalakkoorden"),
    ("deel-2/werkgevers/", "Tel mee met Taal"),
    ("deel-3/", "Wat gebeurt er op de COA"),
    ("deel-3/asielzoekers/", "3.1 Asielzoekers"),
    ("deel-3/asielzoekers/", "Activiteiten op COA"),
    ("deel-3/statushouders/", "3.2 Statushouders"),
    ("deel-3/statushouders/", "3.2.1 Programma Voorbereiding op de inburgering"),
    ("deel-3/statushouders/", "3.2.2 Oriëntatie op de Nederlandse arbeidsmarkt"),
    ("deel-3/statushouders/", "3.2.3 Persoonlijk informatiedossier"),
    ("deel-3/statushouders/", "3.2.4 Inburgering"),
    ("deel-3/statushouders/", "3.2.5 Werk en vrijwilligerswerk"),
    ("deel-3/screening-en-matching/", "3.2.6 Screening en matching"),
    ("deel-3/screening-en-matching/", "3.2.7 Informatievoorziening tussen COA en gemeenten"),
    ("deel-3/screening-en-matching/", "3.2.8 Regiocoördinatoren project screening en matching"),
    ("deel-4/", "Vragen en antwoorden"),
    ("deel-4/regie-algemeen/", "Regie gemeenten algemeen"),
    ("deel-4/regie-inburgering/", "Regie gemeente op inburgering"),
    ("deel-4/onderwijs/", "Onderwijs"),
    ("deel-4/waardevolle-wachttijd/", "Waardevolle wachttijd"),
    ("deel-4/participatiewet/", "Participatiewet"),
    ("deel-4/vluchtelingenwerk/", "VluchtelingenWerk Nederland"),
    ("bijlagen/voorinburgering/", "Toelichting programma Voorinburgering"),
    ("bijlagen/voorinburgering/", "Taalles"),
    ("bijlagen/voorinburgering/", "Kennis van de Nederlandse Maatschappij"),
    ("bijlagen/voorinburgering/", "Persoonlijke begeleiding"),
    ("bijlagen/voorinburgering/", "Diplomawaardering"),
    ("bijlagen/taalniveau/", "Toelichting taalniveau"),
    ("bijlagen/taalniveau/", "Wat is taalniveau A1?"),
    ("bijlagen/taalniveau/", "Wat is taalniveau A2?"),
    ("bijlagen/taalniveau/", "Wat is taalniveau B1?"),
    ("bijlagen/taalniveau/", "Wat is taalniveau B2?"),
    ("bijlagen/taalniveau/", "Wat is taalniveau C1?"),
    ("bijlagen/inburgeringsexamen/", "Toelichting inhoud inburgeringsexamen"),
    ("bijlagen/inburgeringsexamen/", "Toelichting rol DUO"),
    ("bijlagen/links/", "Links naar websites met meer informatie"),
    ("bijlagen/links/", "Inburgeren"),
    ("bijlagen/links/", "Onderwijs"),
    ("bijlagen/links/", "Begeleiding / ondersteuning van statushouders"),
    ("bijlagen/links/", "participatie"),
    ("bijlagen/links/", "Huisvesting"),
    ("bijlagen/links/", "Gezondheid"),
    ("bijlagen/links/", "Goede voorbeelden"),
    ("bijlagen/links/", "Overige informatie"),
]

# question number -> (page, words of the question as the factsheet asks it)
QUESTIONS = {
    1: (
        "regie-algemeen",
        "Hoe kan een gemeente regie nemen ten aanzien van integratie en participatie",
    ),
    2: ("regie-inburgering", "Hoe kan een gemeente regie nemen ten aanzien van inburgering"),
    3: (
        "regie-inburgering",
        "Mag een gemeente een inburgeringsplichtige adviseren over een inburgeringscursus",
    ),
    4: ("regie-inburgering", "Kan een gemeente zelf inburgeringscursussen aanbieden"),
    5: ("regie-inburgering", "sturing geven aan de inhoud en kwaliteit van het bestaande aanbod"),
    6: ("regie-inburgering", "meer informatie te vinden over het inburgeringsaanbod"),
    7: (
        "regie-inburgering",
        "Kan een gemeente een inburgeringsplichtige verplichten een bepaald inburgeringstraject te volgen",
    ),
    8: (
        "regie-inburgering",
        "over te stappen van een inburgeringscursus overdag naar een cursus in de avonduren",
    ),
    9: (
        "regie-inburgering",
        "Kan een inburgeringsplichtige gebruik maken van een taalvrijwilliger",
    ),
    10: ("regie-inburgering", "die in het AZC al een inburgeringstraject is begonnen"),
    11: (
        "regie-inburgering",
        "Hoe krijgt een gemeente zicht op welke inburgeringscursus de inburgeringsplichtige volgt",
    ),
    12: ("regie-inburgering", "Kan ik bij DUO informatie opvragen over de inburgeringsplichtige"),
    13: (
        "regie-inburgering",
        "Kunnen reiskosten in verband met het te volgen inburgeringstraject worden vergoed uit de DUO lening",
    ),
    14: (
        "regie-inburgering",
        "Welk inburgeringsniveau wordt aangeraden voor midden en hoger opgeleide statushouders",
    ),
    15: (
        "regie-inburgering",
        "Wat betekent het behaalde taalniveau spreken tijdens de V-inburgering",
    ),
    16: (
        "regie-inburgering",
        "intensief taaltraject te volgen wat duurder is dan het maximale te vergoeden bedrag",
    ),
    17: (
        "onderwijs",
        "Is het mogelijk om de lening van DUO in te zetten voor statushouders indien er een MBO opleiding",
    ),
    18: (
        "onderwijs",
        "Wordt een 16-jarige statushouder die op zijn 18e geen diploma heeft alsnog inburgeringsplichtig",
    ),
    19: ("onderwijs", "Kunnen er duale trajecten worden aangeboden op het MBO 2, 3 of 4"),
    20: (
        "onderwijs",
        "Mag een MBO-instelling iemand die geen verblijfsvergunning heeft inschrijven",
    ),
    21: ("onderwijs", "Wat is de rol van UAF"),
    22: (
        "onderwijs",
        "Hoe kunnen diploma’s gewaardeerd worden en wat kan een gemeente hierin doen",
    ),
    23: (
        "waardevolle-wachttijd",
        "Wat kan een gemeente doen terwijl de statushouder nog op een COA locatie verblijft",
    ),
    24: (
        "waardevolle-wachttijd",
        "Mag een statushouder ook al starten met zijn inburgeringstraject op een COA locatie",
    ),
    25: (
        "waardevolle-wachttijd",
        "meer inzicht krijgen in de achtergrond en competenties van de statushouder",
    ),
    26: (
        "participatiewet",
        "re-integratiemiddelen inzetten voor statushouders die (nog) niet in de gemeente wonen",
    ),
    27: ("participatiewet", "zijn deze statushouders dan verplicht om hieraan mee te werken"),
    28: ("participatiewet", "is hiermee voldaan aan de taaleis uit de Participatiewet"),
    29: (
        "participatiewet",
        "die ingeschreven staat op de ISK (Internationale Schakelklas) een uitkering ontvangen",
    ),
    30: (
        "participatiewet",
        "Hoe kan een gemeente werkgevers stimuleren zich in te zetten voor statushouders",
    ),
    31: (
        "participatiewet",
        "informatie of voorbeelden van andere gemeenten vinden ten aanzien van het nemen van regie",
    ),
    32: ("vluchtelingenwerk", "Wat is de rol van VluchtelingenWerk Nederland"),
}

# Every amount and term of the factsheet, with a page on which it must stand.
FACTS = [
    ("deel-1/inburgeren/", "3 jaar"),
    ("deel-1/inburgeren/", "€ 1.250"),
    ("deel-1/inburgeren/", "2 jaar"),
    ("deel-1/maatschappelijke-begeleiding/", "€ 1.000"),
    ("deel-1/maatschappelijke-begeleiding/", "€ 2.370"),
    ("deel-1/maatschappelijke-begeleiding/", "1 januari 2013"),
    ("deel-1/maatschappelijke-begeleiding/", "1 januari 2016"),
    ("deel-1/wet-inburgering/", "1 januari 2007"),
    ("deel-2/gemeenten/", "€ 2.370"),
    ("deel-2/gemeenten/", "€ 1.000"),
    ("deel-2/gemeenten/", "€ 150"),
    ("deel-2/gemeenten/", "€ 4.430"),
    ("deel-2/gemeenten/", "27 november 2015"),
    ("deel-2/gemeenten/", "28 april 2016"),
    ("deel-2/duo-lening/", "10 jaar"),
    ("deel-2/duo-lening/", "3 jaar"),
    ("deel-2/onderwijsinstellingen/", "35 arbeidsmarktregio"),
    ("deel-2/werkgevers/", "75 bedrijven"),
    ("deel-3/asielzoekers/", "30 dagen"),
    ("deel-3/statushouders/", "121 uur"),
    ("deel-3/statushouders/", "24 uur"),
    ("deel-3/statushouders/", "10 uur"),
    ("deel-4/regie-algemeen/", "353 miljoen"),
    ("deel-4/regie-algemeen/", "16 december 2015"),
    ("deel-4/regie-inburgering/", "6 maanden"),
    ("deel-4/regie-inburgering/", "€ 300"),
    ("deel-4/regie-inburgering/", "€ 1.250"),
    ("deel-4/regie-inburgering/", "3 jaar"),
    ("deel-4/onderwijs/", "2 jaar"),
    ("deel-4/onderwijs/", "drie jaar"),
    ("deel-4/onderwijs/", "1 januari 2015"),
    ("deel-4/onderwijs/", "1948"),
    ("deel-4/participatiewet/", "maximaal 2 jaar"),
    ("deel-4/vluchtelingenwerk/", "70%"),
    ("deel-4/vluchtelingenwerk/", "vijf jaar"),
    ("bijlagen/voorinburgering/", "24 uur"),
    ("bijlagen/voorinburgering/", "10 uur"),
    ("bijlagen/voorinburgering/", "1 januari 2015"),
    ("bijlagen/inburgeringsexamen/", "40 filmpjes"),
    ("bijlagen/inburgeringsexamen/", "8 resultaatkaarten"),
    ("bijlagen/inburgeringsexamen/", "6 examenonderdelen"),
    ("bijlagen/inburgeringsexamen/", "8 weken"),
    ("bijlagen/inburgeringsexamen/", "drie jaar"),
    ("bijlagen/inburgeringsexamen/", "600 uur"),
    ("bijlagen/inburgeringsexamen/", "4 keer"),
    ("bijlagen/inburgeringsexamen/", "5 jaar"),
    ("bijlagen/inburgeringsexamen/", "10 jaar"),
    ("bijlagen/inburgeringsexamen/", "Argonaut"),
]

# Every URL of the factsheet (scheme as printed; bare www-addresses may get either scheme).
URLS = [
    "www.overheid.nl",
    "www.rijksoverheid.nl/onderwerpen/nieuw-in-nederland/vraag-en-antwoord/moet-ik-als-nieuwkomer-inburgeren",
    "https://vng.nl/onderwerpenindex/werk-en-inkomen/participatiewet/nieuws/handreiking-wet-taaleis-participatiewet",
    "https://vng.nl/files/vng/20160627-uitvoering-pverklaringstraject-en-begeleiding.pdf",
    "www.blikopwerk.nl",
    "www.taalakkoord.nl",
    "https://www.rijksoverheid.nl/onderwerpen/subsidies-vws/inhoud/subsidieregeling-tel-mee-met-taal",
    "https://www.rijksoverheid.nl/onderwerpen/vluchtelingen-werk-en-integratie/vraag-en-antwoord/mogen-asielzoekers-werken",
    "https://www.rijksoverheid.nl/documenten/brochures/2016/06/20/handreiking-vluchtelingen",
    "http://www.idw.nl/Orientatie-arbeidsmarkt.html",
    "https://praktijkvoorbeelden.vng.nl",
    "http://www.wrr.nl/publicaties/publicatie/article/geen-tijd-verliezen-van-opvang-naar-integratie-van-asielmigranten-4/",
    "http://www.blikopwerk.nl/inburgeren/klachtenlijn-voor-inburgeraars",
    "http://www.hetbegintmettaal.nl/integratie/zoek-een-taalcoach/",
    "https://www.uaf.nl/mijnuaf/mijnuaf_studie/voorbereiden_op_een_studie/schakeljaren",
    "https://abonneren.rijksoverheid.nl/nieuwsbrieven/archief/artikel/22/0d6473fb-7cdc-4dec-8108-f448cad1f12e/b192033a-86f1-43d4-98b5-a19806a36071",
    "https://www.uaf.nl/wat_doet_het_uaf",
    "www.diversiteitinbedrijf.nl",
    "www.werkwijzervluchtelingen.nl",
    "https://www.vluchtelingenwerk.nl/wat-wij-doen/begeleiding-bij-werk-integratie/naar-een-baan-lees-hoe-we-vluchtelingen-begeleiden",
    "https://www.inburgeren.nl",
    "https://www.blikopwerk.nl",
    "https://duo.nl/particulier/staatsexamenkandidaat/",
    "https://www.hetcvte.nl/item/staatsexamens_nederlands_als",
    "https://www.coa.nl/nl/voor-gemeenten/asielopvang-in-uw-gemeente/programma-voorbereiding-op-inburgering",
    "http://www.idw.nl",
    "http://www.uaf.nl/aanmelden/taaladvies",
    "http://www.vluchtelingenwerk.nl/",
    "http://www.werkwijzervluchtelingen.nl/",
    "https://www.lerenenwerken.nl/leerwerkloketten",
    "http://www.opnieuwthuis.nl/zoeken?do_search=1&search=handreiking+huisvesting",
    "https://vng.nl/onderwerpenindex/asiel/asielbeleid-en-integratie/otav-ondersteuningsprogramma-integrale-aanpak-gezondheid-statushouders",
    "https://vng.nl/onderwerpenindex/asiel/asielbeleid-en-integratie/otav",
    "http://www.kis.nl/artikel/vluchtelingen-aan-het-werk-4-aanbevelingen-voor-gemeenten",
    "https://vng.nl/onderwerpenindex/asiel/asielbeleid-en-integratie/nieuws/factsheet-samenvatting-handreiking-participatieverklaring",
    "https://www.rijksoverheid.nl/onderwerpen/vluchtelingen-werk-en-integratie/nieuws/2016/08/22/kansrijkere-koppeling-vergunninghouders-aan-gemeenten-door-meenemen-werkervaring-en-gevolgde-opleidingen",
    "mailto:taalakkoord@lerenenwerken.nl",
    "mailto:info@idw.nl",
]

# Cross references of the text that must be links: (page, target it links to)
CROSS_REFERENCES = [
    ("deel-1/inburgeren/", "bijlagen/inburgeringsexamen/"),
    ("deel-3/statushouders/", "bijlagen/voorinburgering/"),
    ("deel-4/onderwijs/", "#vraag-18"),
    ("deel-4/regie-inburgering/", "#vraag-11"),
    ("deel-4/regie-inburgering/", "bijlagen/taalniveau/"),
]

# Each calculator is linked from the content it belongs to.
CALCULATOR_LINKS = [
    ("deel-1/inburgeren/", "rekenhulpen/termijnen/"),
    ("bijlagen/inburgeringsexamen/", "rekenhulpen/termijnen/"),
    ("deel-2/duo-lening/", "rekenhulpen/lening/"),
    ("deel-4/regie-inburgering/", "rekenhulpen/lening/"),
    ("deel-4/onderwijs/", "rekenhulpen/lening/"),
    ("deel-1/maatschappelijke-begeleiding/", "rekenhulpen/financiering/"),
    ("deel-2/gemeenten/", "rekenhulpen/financiering/"),
    ("bijlagen/inburgeringsexamen/", "rekenhulpen/examenroute/"),
    ("deel-4/regie-inburgering/", "rekenhulpen/examenroute/"),
    ("bijlagen/inburgeringsexamen/", "rekenhulpen/ontheffing/"),
    ("deel-4/onderwijs/", "rekenhulpen/jongeren/"),
    ("deel-4/participatiewet/", "rekenhulpen/jongeren/"),
    ("rekenhulpen/", "ontheffing/"),
    ("rekenhulpen/", "examenroute/"),
    ("rekenhulpen/", "jongeren/"),
]

ABBREVIATIONS = [
    "COA", "DUO", "AZC", "KNM", "ONA", "PID", "TVS", "ISK", "UAF", "IDW", "ION", "WEB",
    "MBO", "NT2", "OTAV", "VNG", "SZW", "OCW", "VWS", "SER", "WRR", "ISI", "ROC",
    "V-inburgering", "KIS",
]  # fmt: skip


@pytest.mark.parametrize(("url", "heading"), SECTIONS, ids=[f"{u}{h}" for u, h in SECTIONS])
def test_every_section_of_the_factsheet_is_a_heading(
    pages: dict[str, ParsedPage], url: str, heading: str
) -> None:
    assert url in pages, f"page {url} is missing"
    headings = [_key(text) for _, text, _ in pages[url].headings]
    assert any(_key(heading) in h for h in headings), (heading, headings)


@pytest.mark.parametrize("number", sorted(QUESTIONS))
def test_every_question_is_a_heading_with_a_stable_anchor(
    pages: dict[str, ParsedPage], number: int
) -> None:
    theme, words = QUESTIONS[number]
    page = pages[f"deel-4/{theme}/"]
    found = [text for _, text, hid in page.headings if hid == f"vraag-{number}"]
    assert found, f"no heading with id vraag-{number} on deel-4/{theme}/"
    assert _key(found[0]).startswith(f"{number} "), found[0]
    assert _key(words) in _key(found[0]), (words, found[0])


def test_the_overview_of_deel_4_links_all_32_questions(pages: dict[str, ParsedPage]) -> None:
    links = pages["deel-4/"].links
    for number, (theme, _) in QUESTIONS.items():
        assert any(link.endswith(f"{theme}/#vraag-{number}") for link in links), number


@pytest.mark.parametrize(("url", "phrase"), FACTS, ids=[f"{u}{p}" for u, p in FACTS])
def test_every_amount_and_term_stands_on_its_page(
    pages: dict[str, ParsedPage], url: str, phrase: str
) -> None:
    assert phrase in pages[url].article_text


def _url_key(url: str) -> str:
    return re.sub(r"^https?://", "", url).rstrip("/")


def test_every_url_of_the_factsheet_is_a_link(pages: dict[str, ParsedPage]) -> None:
    hrefs = {link for page in pages.values() for link in page.links}
    keys = {_url_key(h) for h in hrefs}
    missing = []
    for url in URLS:
        if url.startswith("mailto:"):
            ok = url in hrefs
        elif url.startswith("www."):
            ok = _url_key(url) in keys
        else:
            ok = url in hrefs or url.rstrip("/") in hrefs or url + "/" in hrefs
        if not ok:
            missing.append(url)
    assert not missing, "\n".join(missing)


def test_every_url_is_also_on_the_sources_page(pages: dict[str, ParsedPage]) -> None:
    keys = {_url_key(link) for link in pages["bronnen/"].links}
    missing = [u for u in URLS if not u.startswith("mailto:") and _url_key(u) not in keys]
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize(("url", "target"), CROSS_REFERENCES + CALCULATOR_LINKS)
def test_cross_references_are_links(pages: dict[str, ParsedPage], url: str, target: str) -> None:
    assert any(target in link for link in pages[url].links), pages[url].links


def test_footnotes_are_real_footnotes(pages: dict[str, ParsedPage], built_site: Path) -> None:
    html = (built_site / "inleiding/index.html").read_text(encoding="utf-8")
    assert 'class="footnote-ref"' in html and 'class="footnote"' in html
    assert "Uitwerkingsakkoord1" not in html  # the PDF's footnote number glued to a word
    assert len(pages["inleiding/"].article_text) > 1000


# A word broken at a hyphen and a line end by the PDF extraction ("Bestuurs- akkoord"); after
# a hyphen and a space, Dutch only continues with a conjunction ("taal- en rekenopleidingen").
BROKEN_WORD = re.compile(r"\b\w+- (\w+)")
ELISION = {"en", "of", "tot"}
TYPOS = re.compile(r"\b(facstheet|particatie\w*|enen|inte zetten|toedichting)\b")


# The colophon lists the corrections of the factsheet's text: it quotes the slips on purpose.
QUOTES_THE_FACTSHEETS_SLIPS = {"colofon/"}


def test_no_pdf_artefacts_remain(pages: dict[str, ParsedPage]) -> None:
    assert set(pages) >= QUOTES_THE_FACTSHEETS_SLIPS
    suspicious = []
    for url, page in pages.items():
        if url in QUOTES_THE_FACTSHEETS_SLIPS:
            continue
        text = page.article_text
        broken = [m.group(0) for m in BROKEN_WORD.finditer(text) if m.group(1) not in ELISION]
        suspicious += [f"{url}: {word}" for word in broken]
        suspicious += [f"{url}: {m.group(0)}" for m in TYPOS.finditer(text)]
    assert not suspicious, "\n".join(suspicious)


@pytest.mark.parametrize("abbr", ABBREVIATIONS)
def test_every_abbreviation_is_explained_and_a_tooltip(
    built_site: Path, pages: dict[str, ParsedPage], abbr: str
) -> None:
    begrippen = (built_site / "begrippen/index.html").read_text(encoding="utf-8")
    assert re.search(rf"<dt[^>]*>(<[^>]+>)*{re.escape(abbr)}\b", begrippen), abbr
    tooltip = re.compile(rf'<abbr title="[^"]+">{re.escape(abbr)}</abbr>')
    others = [
        u
        for u in pages
        if u != "begrippen/" and tooltip.search((built_site / u / "index.html").read_text())
    ]
    assert others, f"{abbr} is nowhere a tooltip"


def test_home_states_the_peildatum_and_what_changed(pages: dict[str, ParsedPage]) -> None:
    home = pages[""]
    assert "eind 2016" in home.article_text
    assert any("wijzigingen/" in link for link in home.links)
    changes = pages["wijzigingen/"]
    assert "1 oktober 2017" in changes.article_text
    assert "1 januari 2022" in changes.article_text
    assert any("stb-2017-285" in link for link in changes.links)
    assert any("stb-2021-38" in link for link in changes.links)


def test_notices_are_included_where_the_law_changed(pages: dict[str, ParsedPage]) -> None:
    for url in ("deel-1/participatieverklaring/", "deel-2/gemeenten/"):
        assert "1 oktober 2017" in pages[url].article_text, url
    for url in ("deel-1/inburgeren/", "deel-2/duo-lening/", "deel-4/onderwijs/"):
        assert "Wet inburgering 2021" in pages[url].article_text, url
