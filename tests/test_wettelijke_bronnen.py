"""Every legal link names the right text and lands on its article.

The table below is the test's own (the titles were checked against the published texts; see the
spec, "Legal texts: identifiers"), not the package's registry in `calc.wetten`: a wrong
identifier there fails here. Checked are the links in the parameter files, in the named sources
of the package, in every step and warning that the case tables produce, and in the Markdown of
the site (pages and includes).

A link to an article has the Juriconnect form that wetten.overheid.nl resolves to the article
(`calc.wetten` has the documentation and its addresses):
``https://wetten.overheid.nl/jci1.3:c:BWBR…&artikel=N&z=YYYY-MM-DD&g=YYYY-MM-DD``; a link to a
whole text is ``https://wetten.overheid.nl/BWBR…/YYYY-MM-DD``. An HTML anchor (``#Artikel5.3``)
is refused: the pages' anchors follow each text's structure, so it may not land on the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import calc
from calc import bronnen, wetten
from calc import parameters as p
from calc.bronnen import Bron
from tests.casussen import alle

ROOT = Path(__file__).resolve().parent.parent

#: BWBR identifier → the title of the text it identifies (citeertitel).
TITELS = {
    "BWBR0020611": "Wet inburgering",
    "BWBR0020674": "Besluit inburgering",
    "BWBR0020657": "Regeling inburgering",
    "BWBR0044770": "Wet inburgering 2021",
    "BWBR0045555": "Besluit inburgering 2021",
    "BWBR0045574": "Regeling inburgering 2021",
    "BWBR0015703": "Participatiewet",
    "BWBR0002221": "Algemene Ouderdomswet",
    "BWBR0002628": "Leerplichtwet 1969",
}
#: Texts no longer in force (the 2013 regime): link a version from before the Wet inburgering 2021.
INGETROKKEN = {"BWBR0020611", "BWBR0020674", "BWBR0020657"}
LAATSTE_VERSIE_INGETROKKEN = "2021-12-31"

#: An article: the Juriconnect reference (consolidated text, article, zichtdatum, geldigheidsdatum).
ARTIKEL_ADRES = re.compile(
    r"^https://wetten\.overheid\.nl/jci1\.3:c:(BWBR\d{7})&artikel=([0-9]+[a-z]?(?:\.[0-9]+[a-z]?)*)"
    r"&z=(\d{4}-\d{2}-\d{2})&g=(\d{4}-\d{2}-\d{2})$"
)
#: A whole text, in its version of a date.
TEKST_ADRES = re.compile(r"^https://wetten\.overheid\.nl/(BWBR\d{7})/(\d{4}-\d{2}-\d{2})$")
BEKENDMAKING = re.compile(
    r"^https://zoek\.officielebekendmakingen\.nl/(stb|stcrt)-(\d{4})-(\d+)\.html$"
)
ECLI_ADRES = re.compile(
    r"^https://uitspraken\.rechtspraak\.nl/details\?id=(ECLI:[A-Z]{2}:[A-Z]+:\d{4}:\d+)$"
)
ARTIKEL = re.compile(r"\bart(?:ikel|\.)\s+([0-9]+[a-z]?(?:\.[0-9]+[a-z]?)?)")


def gebrek(label: str, href: str) -> str | None:
    """What is wrong with a link to a legal text or official publication, or None."""
    if href.startswith("https://wetten.overheid.nl/"):
        return _wettekst(label, href)
    match = BEKENDMAKING.match(href)
    if href.startswith("https://zoek.officielebekendmakingen.nl/"):
        if not match:
            return "not an address of one Staatsblad or Staatscourant publication"
        soort, jaar, nummer = match.groups()
        citaat = f"{'Stb.' if soort == 'stb' else 'Stcrt.'} {jaar}, {nummer}"
        return None if citaat in label else f"label does not cite {citaat!r}"
    if href.startswith("https://uitspraken.rechtspraak.nl/"):
        match = ECLI_ADRES.match(href)
        if not match:
            return "not an address of one judgment"
        return None if match.group(1) in label else f"label does not name {match.group(1)}"
    return None


def _wettekst(label: str, href: str) -> str | None:
    artikel_match = ARTIKEL_ADRES.match(href)
    tekst_match = TEKST_ADRES.match(href)
    if artikel_match:
        bwbr, anker, zichtdatum, versie = artikel_match.groups()
        if zichtdatum != versie:
            return f"zichtdatum z={zichtdatum} differs from geldigheidsdatum g={versie}"
    elif tekst_match:
        bwbr, versie = tekst_match.groups()
        anker = None
    else:
        return (
            "not a documented wetten.overheid.nl link: an article is "
            "jci1.3:c:BWBR…&artikel=N&z=YYYY-MM-DD&g=YYYY-MM-DD, a whole text BWBR…/YYYY-MM-DD"
        )
    if bwbr not in TITELS:
        return f"{bwbr} is not in the table of known texts"
    genoemd = [t for t in TITELS.values() if re.search(rf"(?<!\w){re.escape(t)}(?![\w-])", label)]
    titel = max(genoemd, key=len) if genoemd else None
    if titel != TITELS[bwbr]:
        return f"{bwbr} is the {TITELS[bwbr]!r}, but the label names {titel!r}"
    if bwbr in INGETROKKEN and versie != LAATSTE_VERSIE_INGETROKKEN:
        return f"{TITELS[bwbr]} was withdrawn: link its version of {LAATSTE_VERSIE_INGETROKKEN}"
    artikel = ARTIKEL.search(label)
    if artikel and anker is None:
        return f"label names art. {artikel.group(1)}, but the link is to the whole text"
    if artikel and anker != artikel.group(1):
        return f"label names art. {artikel.group(1)}, link goes to artikel={anker}"
    if anker and not artikel:
        return f"link goes to artikel={anker}, but the label names no article"
    return None


# --- Where the links are -------------------------------------------------------------------------


def _parameters() -> Iterator[tuple[str, Bron]]:
    for naam, parameter in p.alle_parameters().items():
        for w in parameter.waarden:
            yield f"parameters/{naam}.toml {w.vanaf}", w.bron


def _modules() -> Iterator[tuple[str, Bron]]:
    for module in (bronnen, wetten):
        for naam, waarde in vars(module).items():
            if isinstance(waarde, Bron):
                yield f"{module.__name__}.{naam}", waarde
    for titel in wetten.WETTEN:
        yield f"wettekst({titel!r})", wetten.wettekst(titel)


def _bronnen_in(antwoord: object) -> Iterator[Bron]:
    """Every source in an answer of `calc.run` (steps and warnings, wherever they stand)."""
    if isinstance(antwoord, dict):
        if isinstance(antwoord.get("href"), str) and isinstance(antwoord.get("label"), str):
            yield Bron(antwoord["label"], antwoord["href"])
        for waarde in antwoord.values():
            yield from _bronnen_in(waarde)
    elif isinstance(antwoord, list):
        for waarde in antwoord:
            yield from _bronnen_in(waarde)


#: Cases whose calculation raised: their steps cannot be checked (see test_cases.py).
ONBEREKEND: list[str] = []


def _uitkomsten() -> Iterator[tuple[str, Bron]]:
    for casus in alle():
        waar = f"{casus['rekenhulp']}: {casus['naam']}"
        try:
            uitkomst = calc.run(casus["rekenhulp"], casus["invoer"])
        except Exception as fout:  # reported by test_every_case_is_checked below
            ONBEREKEND.append(f"{waar}: {fout!r}")
            continue
        for bron in _bronnen_in(uitkomst):
            yield waar, bron


MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\((https://[^)\s]+)\)")


def _markdown() -> Iterator[tuple[str, Bron]]:
    for map_ in ("docs", "includes"):
        for bestand in sorted((ROOT / map_).rglob("*.md")):
            tekst = " ".join(bestand.read_text(encoding="utf-8").split())
            for label, href in MARKDOWN_LINK.findall(tekst):
                yield str(bestand.relative_to(ROOT)), Bron(label, href)


BRONNEN = sorted(
    {
        (waar, b.label, b.href)
        for bron in (_parameters, _modules, _uitkomsten, _markdown)
        for waar, b in bron()
    }
)


def test_there_are_legal_links_in_every_place() -> None:
    plekken = {
        waar.split(" ")[0].split(":")[0] for waar, _, href in BRONNEN if "wetten.overheid" in href
    }
    assert any(p.startswith("parameters/") for p in plekken)
    assert any(p.startswith("docs/") for p in plekken)
    assert any(p.startswith("includes/") for p in plekken)
    assert any(p.startswith("wettekst(") for p in plekken)
    assert {"lening", "ontheffing", "termijnen"} <= plekken
    artikelen = [href for _, _, href in BRONNEN if ARTIKEL_ADRES.match(href)]
    assert len(artikelen) > 100, "the article links were not found"


def test_every_case_is_checked() -> None:
    """A case whose calculation raises has steps nobody checked (test_cases.py says why)."""
    assert not ONBEREKEND, "steps not checked, calc.run raised:\n" + "\n".join(ONBEREKEND)


#: Every distinct link, with the places where it stands: the check reads only the link, so a
#: link that stands in a hundred cases is checked once, and a fault names all its places.
LINKS: dict[tuple[str, str], list[str]] = {}
for _waar, _label, _href in BRONNEN:
    LINKS.setdefault((_label, _href), []).append(_waar)


@pytest.mark.parametrize(("label", "href"), sorted(LINKS), ids=lambda w: str(w)[:80])
def test_every_legal_link_names_the_text_it_links(label: str, href: str) -> None:
    fout = gebrek(label, href)
    plekken = LINKS[(label, href)]
    assert fout is None, f"[{label}]({href}): {fout}; in {len(plekken)} places: {plekken}"


@pytest.mark.parametrize("titel", sorted(wetten.WETTEN))
def test_the_registry_builds_the_documented_article_link(titel: str) -> None:
    bron = wetten.artikel(titel, "2", lid="1")
    bwbr, versie = wetten.WETTEN[titel]
    assert bron.href == (
        f"https://wetten.overheid.nl/jci1.3:c:{bwbr}&artikel=2&z={versie}&g={versie}"
    )
    assert gebrek(bron.label, bron.href) is None


J = "https://wetten.overheid.nl/jci1.3:c:"


@pytest.mark.parametrize(
    ("label", "href"),
    [
        # The two wrong identifiers the review found (crop protection; unknown).
        ("Besluit inburgering art. 4.1a", f"{J}BWBR0020609&artikel=4.1a&z=2021-12-31&g=2021-12-31"),
        ("Regeling inburgering art. 4.1", f"{J}BWBR0020813&artikel=4.1&z=2021-12-31&g=2021-12-31"),
        # The right identifier for another text.
        ("Wet inburgering 2021 art. 11", f"{J}BWBR0020611&artikel=11&z=2021-12-31&g=2021-12-31"),
        ("Wet inburgering art. 7", f"{J}BWBR0044770&artikel=7&z=2026-01-01&g=2026-01-01"),
        # A wrong article; a late version of a withdrawn text; an early one; z and g apart.
        ("Besluit inburgering art. 4.13", f"{J}BWBR0020674&artikel=4.1a&z=2021-12-31&g=2021-12-31"),
        ("Besluit inburgering art. 4.13", f"{J}BWBR0020674&artikel=4.13&z=2024-01-01&g=2024-01-01"),
        ("Wet inburgering art. 7b", f"{J}BWBR0020611&artikel=7b&z=2020-01-01&g=2020-01-01"),
        ("Wet inburgering 2021 art. 11", f"{J}BWBR0044770&artikel=11&z=2022-01-01&g=2026-01-01"),
        # Not the documented form: an HTML anchor (bare or structured), no date, no article.
        (
            "Wet inburgering 2021 art. 11",
            "https://wetten.overheid.nl/BWBR0044770/2026-01-01#Artikel11",
        ),
        (
            "Besluit inburgering 2021 art. 5.3",
            "https://wetten.overheid.nl/BWBR0045555/2026-01-01#Hoofdstuk5_Paragraaf5.1_Artikel5.3",
        ),
        ("Wet inburgering 2021 art. 11", f"{J}BWBR0044770&artikel=11"),
        ("Wet inburgering 2021 art. 11", f"{J}BWBR0044770&z=2026-01-01&g=2026-01-01"),
        ("Wet inburgering", "https://wetten.overheid.nl/BWBR0020611"),
        # The label names an article and the link is the whole text, or the other way round.
        ("Wet inburgering 2021 art. 11", "https://wetten.overheid.nl/BWBR0044770/2026-01-01"),
        ("Wet inburgering 2021", f"{J}BWBR0044770&artikel=11&z=2026-01-01&g=2026-01-01"),
        # Other publications.
        ("Stb. 2017, 285", "https://zoek.officielebekendmakingen.nl/stb-2017-258.html"),
        (
            "Raad van State, ECLI:NL:RVS:2025:3087",
            "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RVS:2025:3088",
        ),
    ],
)
def test_the_check_finds_a_wrong_link(label: str, href: str) -> None:
    assert gebrek(label, href) is not None


@pytest.mark.parametrize(
    ("label", "href"),
    [
        ("Besluit inburgering art. 4.1a", f"{J}BWBR0020674&artikel=4.1a&z=2021-12-31&g=2021-12-31"),
        ("Wet inburgering 2021 art. 11", f"{J}BWBR0044770&artikel=11&z=2026-01-01&g=2026-01-01"),
        ("Wet inburgering art. 7b lid 3", f"{J}BWBR0020611&artikel=7b&z=2021-12-31&g=2021-12-31"),
        (
            "Besluit inburgering 2021, art. 12.1a",
            f"{J}BWBR0045555&artikel=12.1a&z=2026-04-02&g=2026-04-02",
        ),
        ("Regeling inburgering 2021", "https://wetten.overheid.nl/BWBR0045574/2026-04-18"),
        (
            "Wet van 23 juni 2017, Stb. 2017, 285",
            "https://zoek.officielebekendmakingen.nl/stb-2017-285.html",
        ),
    ],
)
def test_the_check_accepts_the_right_links(label: str, href: str) -> None:
    assert gebrek(label, href) is None
