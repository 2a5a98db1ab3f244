"""Every legal link names the right text: identifiers held against our own table of titles.

The table below is the test's own (the titles were checked against the published texts; see the
spec, "Legal texts: identifiers"), not the package's registry in `calc.wetten`: a wrong
identifier there fails here. Checked are the links in the parameter files, in the named sources
of the package, in every step and warning that the case tables produce, and in the Markdown of
the site.
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

WETTEN_ADRES = re.compile(
    r"^https://wetten\.overheid\.nl/(BWBR\d{7})(?:/(\d{4}-\d{2}-\d{2}))?/?(?:#Artikel([0-9a-z.]+))?$"
)
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
    match = WETTEN_ADRES.match(href)
    if not match:
        return "not a wetten.overheid.nl address of one text (and article)"
    bwbr, versie, anker = match.groups()
    if bwbr not in TITELS:
        return f"{bwbr} is not in the table of known texts"
    genoemd = [t for t in TITELS.values() if re.search(rf"(?<!\w){re.escape(t)}(?![\w-])", label)]
    titel = max(genoemd, key=len) if genoemd else None
    if titel != TITELS[bwbr]:
        return f"{bwbr} is the {TITELS[bwbr]!r}, but the label names {titel!r}"
    if versie is None:
        return "no dated version (link /YYYY-MM-DD)"
    if bwbr in INGETROKKEN and versie > LAATSTE_VERSIE_INGETROKKEN:
        return f"{TITELS[bwbr]} was withdrawn: link a version up to {LAATSTE_VERSIE_INGETROKKEN}"
    artikel = ARTIKEL.search(label)
    if artikel and anker != artikel.group(1):
        return f"label names art. {artikel.group(1)}, link goes to #Artikel{anker}"
    if anker and not artikel:
        return f"link goes to #Artikel{anker}, but the label names no article"
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


def _uitkomsten() -> Iterator[tuple[str, Bron]]:
    for casus in alle():
        uitkomst = calc.run(casus["rekenhulp"], casus["invoer"])
        for stap in uitkomst.get("steps", []) + uitkomst.get("warnings", []):
            bron = stap["source"]
            yield f"{casus['rekenhulp']}: {casus['naam']}", Bron(bron["label"], bron["href"])


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
    assert any(p.startswith("wettekst(") for p in plekken)
    assert {"lening", "ontheffing", "termijnen"} <= plekken


@pytest.mark.parametrize(("waar", "label", "href"), BRONNEN, ids=lambda w: str(w)[:80])
def test_every_legal_link_names_the_text_it_links(waar: str, label: str, href: str) -> None:
    assert gebrek(label, href) is None, f"{waar}: [{label}]({href}): {gebrek(label, href)}"


@pytest.mark.parametrize(
    ("label", "href"),
    [
        # The two wrong identifiers the review found (crop protection; unknown).
        (
            "Besluit inburgering art. 4.1a",
            "https://wetten.overheid.nl/BWBR0020609/2021-12-31#Artikel4.1a",
        ),
        (
            "Regeling inburgering art. 4.1",
            "https://wetten.overheid.nl/BWBR0020813/2021-12-31#Artikel4.1",
        ),
        # The right identifier for another text, an undated link, a wrong article, a late version.
        (
            "Wet inburgering 2021 art. 11",
            "https://wetten.overheid.nl/BWBR0020611/2021-12-31#Artikel11",
        ),
        ("Wet inburgering art. 7", "https://wetten.overheid.nl/BWBR0044770/2026-01-01#Artikel7"),
        ("Wet inburgering", "https://wetten.overheid.nl/BWBR0020611"),
        (
            "Besluit inburgering art. 4.13",
            "https://wetten.overheid.nl/BWBR0020674/2021-12-31#Artikel4.1a",
        ),
        (
            "Besluit inburgering art. 4.13",
            "https://wetten.overheid.nl/BWBR0020674/2024-01-01#Artikel4.13",
        ),
        ("Stb. 2017, 285", "https://zoek.officielebekendmakingen.nl/stb-2017-258.html"),
        (
            "Raad van State, ECLI:NL:RVS:2025:3087",
            "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RVS:2025:3088",
        ),
    ],
)
def test_the_check_finds_a_wrong_link(label: str, href: str) -> None:
    assert gebrek(label, href) is not None


def test_the_check_accepts_the_right_links() -> None:
    assert (
        gebrek(
            "Besluit inburgering art. 4.1a",
            "https://wetten.overheid.nl/BWBR0020674/2021-12-31#Artikel4.1a",
        )
        is None
    )
    assert (
        gebrek(
            "Wet inburgering 2021 art. 11",
            "https://wetten.overheid.nl/BWBR0044770/2026-01-01#Artikel11",
        )
        is None
    )
    assert (
        gebrek(
            "Wet van 23 juni 2017, Stb. 2017, 285",
            "https://zoek.officielebekendmakingen.nl/stb-2017-285.html",
        )
        is None
    )
