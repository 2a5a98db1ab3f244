"""The parameter files: sources, dates, keys, loud lookups — and the site says the same thing."""

from __future__ import annotations

import html
import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from calc import parameters as p
from calc import taalniveaus

PARAMETERS = p.alle_parameters()
MAP = Path(p.__file__).parent / "parameters"
GOED = """\
beschrijving = "Test"
eenheid = "EUR"

[[waarden]]
vanaf = 2016-01-01
waarde = 10
bron = { label = "Factsheet §2.1", href = "deel-2/gemeenten/#extra-middelen" }
"""


def test_every_file_is_loaded() -> None:
    assert {b.stem for b in MAP.glob("*.toml")} == set(PARAMETERS)
    assert len(PARAMETERS) >= 19


@pytest.mark.parametrize("naam", sorted(PARAMETERS))
def test_every_value_has_a_source_and_valid_sorted_unique_dates(naam: str) -> None:
    parameter = PARAMETERS[naam]
    data = [w.vanaf for w in parameter.waarden]
    assert data == sorted(set(data))
    assert all(type(d) is date and 1990 <= d.year <= 2100 for d in data)
    for w in parameter.waarden:
        assert w.bron.label.strip()
        assert w.bron.href.startswith("https://") or not w.bron.href.startswith(("/", "http"))
        if w.bron.label.startswith("Factsheet"):
            assert not w.bron.href.startswith("https://")
        else:
            assert w.bron.href.startswith("https://")
            if (naam, w.vanaf) in NIEUWS_BEKENDMAKING:
                assert w.bron.label.startswith(NIEUWS_BEKENDMAKING[(naam, w.vanaf)]), w.bron
                assert w.citaat and ("minister" in w.citaat or "ministerie" in w.citaat)
            else:
                assert w.waarde is None or _officieel(w.bron.label, w.bron.href), w.bron


#: Official publishers whose pages may source a value, by the name the label starts with.
OFFICIELE_UITGEVERS = {
    "Rijksoverheid.nl": "https://www.rijksoverheid.nl/",
    "inburgeren.nl": "https://www.inburgeren.nl/",
}


#: Values whose official publication (the minister's decision in the Staatscourant, AOW art. 7a
#: lid 2) was not found, sourced to the news of that decision; the quote names the minister.
NIEUWS_BEKENDMAKING = {
    ("aow_leeftijd", date(2030, 1, 1)): "NOS",
    ("aow_leeftijd", date(2031, 1, 1)): "Seniorenjournaal",
}


def _officieel(label: str, href: str) -> bool:
    """A legal text with its article, an official publication, or a page of an official
    publisher that the label names."""
    if href.startswith("https://wetten.overheid.nl/"):
        return "art." in label
    if href.startswith("https://zoek.officielebekendmakingen.nl/"):
        return "Stb." in label or "Stcrt." in label
    return any(label.startswith(n) and href.startswith(h) for n, h in OFFICIELE_UITGEVERS.items())


def test_the_source_check_rejects_a_secondary_source() -> None:
    assert not _officieel("VNG", "https://vng.nl/vragen")
    assert not _officieel("Wet inburgering", "https://wetten.overheid.nl/BWBR0020611/2021-12-31")
    assert not _officieel("inburgeren.nl, 'x'", "https://www.rijksoverheid.nl/x")
    assert _officieel("Rijksoverheid.nl, 'x'", "https://www.rijksoverheid.nl/x")


@pytest.mark.parametrize("naam", sorted(PARAMETERS))
def test_lookups_are_loud_before_the_first_date_and_after_an_end(naam: str) -> None:
    parameter = PARAMETERS[naam]
    eerste = parameter.waarden[0].vanaf
    with pytest.raises(p.VoorBegin):
        parameter.op(eerste - timedelta(days=1))
    assert parameter.op(eerste).waarde is not None
    for w in parameter.waarden:
        if w.waarde is None:
            with pytest.raises(p.NaEinde):
                parameter.op(w.vanaf)
            with pytest.raises(p.NaEinde):
                parameter.op(w.vanaf + timedelta(days=3650))


def test_known_values_on_their_dates() -> None:
    assert p.getal("maatschappelijke_begeleiding", date(2015, 12, 31)) == 1000
    assert p.getal("maatschappelijke_begeleiding", date(2016, 1, 1)) == 2370
    assert p.getal("extra_middelen", date(2017, 12, 31)) == 4430
    with pytest.raises(p.NaEinde):
        p.getal("extra_middelen", date(2018, 1, 1))
    with pytest.raises(p.VoorBegin):
        p.getal("extra_middelen", date(2015, 12, 31))
    assert p.vlag("participatieverklaring_verplicht", date(2017, 9, 30)) is False
    assert p.vlag("participatieverklaring_verplicht", date(2017, 10, 1)) is True
    assert p.ingang("regime", "wi2021") == date(2022, 1, 1)
    with pytest.raises(p.ParameterFout):
        p.parameter("bestaat_niet")


@pytest.mark.parametrize(
    ("fout", "vervang"),
    [
        ("unknown key", ("waarde = 10", "waarde = 10\nwaarden_typo = 1")),
        ("unknown top key", ('eenheid = "EUR"', 'eenheid = "EUR"\nextra = 1')),
        (
            "no source",
            ('bron = { label = "Factsheet §2.1", href = "deel-2/gemeenten/#extra-middelen" }', ""),
        ),
        ("empty label", ('label = "Factsheet §2.1"', 'label = ""')),
        ("bad href", ('href = "deel-2/gemeenten/#extra-middelen"', 'href = "http://x.nl"')),
        ("wrong type", ("waarde = 10", 'waarde = "10"')),
        ("bool for a number", ("waarde = 10", "waarde = true")),
        ("impossible date", ("vanaf = 2016-01-01", "vanaf = 2016-02-30")),
        ("datetime", ("vanaf = 2016-01-01", "vanaf = 2016-01-01T10:00:00")),
        ("unknown unit", ('eenheid = "EUR"', 'eenheid = "dollar"')),
        ("end with value", ("waarde = 10", "waarde = 10\ngeen_waarde = true")),
    ],
)
def test_the_loader_rejects_defects(fout: str, vervang: tuple[str, str]) -> None:
    with pytest.raises(p.ParameterFout):
        p.lees_parameter("test", GOED.replace(*vervang))


def test_the_loader_rejects_unsorted_duplicate_and_leading_end() -> None:
    tweede = GOED[GOED.index("[[waarden]]") :]
    with pytest.raises(p.ParameterFout):
        p.lees_parameter("test", GOED + "\n" + tweede)  # duplicate date
    with pytest.raises(p.ParameterFout):
        p.lees_parameter("test", GOED + "\n" + tweede.replace("2016-01-01", "2015-01-01"))
    eind = GOED.replace("waarde = 10", "geen_waarde = true")
    with pytest.raises(p.ParameterFout):
        p.lees_parameter("test", eind)
    assert p.lees_parameter("test", GOED).op(date(2020, 1, 1)).waarde == 10


# --- The site says the same thing -------------------------------------------------------------


def _zinnen() -> list[tuple[str, str, str]]:
    """(parameter, phrase, href) for every factsheet-sourced value with a literal phrase."""
    uitkomst = []
    for naam, parameter in sorted(PARAMETERS.items()):
        for w in parameter.waarden:
            if not w.bron.label.startswith("Factsheet"):
                continue
            for tekst in (w.tekst, w.tekst_vanaf):
                if tekst:
                    uitkomst.append((naam, tekst, w.bron.href))
    return uitkomst


def _tekst(fragment: str) -> str:
    zonder_tags = re.sub(r"<[^>]+>", " ", fragment)
    return " ".join(html.unescape(zonder_tags).replace("\xa0", " ").split())


def _sectie(pagina: str, anker: str) -> str:
    """The HTML from the element with id=anker up to the next heading of the same or higher
    level."""
    match = re.search(rf'<(h([1-6])|[a-z]+)[^>]*\bid="{re.escape(anker)}"', pagina)
    assert match, f"anchor #{anker} not found"
    niveau = int(match.group(2)) if match.group(2) else 6
    rest = pagina[match.end() :]
    einde = re.search(rf"<h[1-{niveau}][\s>]", rest)
    return rest[: einde.start()] if einde else rest


@pytest.mark.parametrize(("naam", "tekst", "href"), _zinnen(), ids=lambda w: str(w))
def test_the_phrase_is_on_the_page_the_source_links_to(
    built_site: Path, naam: str, tekst: str, href: str
) -> None:
    pad, _, anker = href.partition("#")
    bestand = built_site / pad / "index.html"
    assert bestand.is_file(), f"{naam}: page {pad} missing"
    pagina = bestand.read_text(encoding="utf-8")
    plek = _sectie(pagina, anker) if anker else pagina
    assert tekst in _tekst(plek), f"{naam}: {tekst!r} not on {href}"


def test_the_generated_page_lists_every_parameter(built_site: Path) -> None:
    pagina = (built_site / "bedragen-en-termijnen" / "index.html").read_text(encoding="utf-8")
    tekst = _tekst(pagina)
    for naam, parameter in PARAMETERS.items():
        assert f'id="{naam.replace("_", "-")}"' in pagina
        assert parameter.beschrijving in tekst
    assert "vanaf 1 januari 2016 tot en met 31 december 2017" in tekst
    assert "€ 240,79" in tekst  # an amount with cents keeps them
    assert 'id="datums"' in pagina


# --- The descriptions of the language levels (bijlage 2) ------------------------------------------


def test_every_level_description_stands_word_for_word_on_its_page(built_site: Path) -> None:
    niveaus = taalniveaus.alle_taalniveaus()
    assert list(niveaus) == ["A1", "A2", "B1", "B2", "C1"]
    pagina = (built_site / "bijlagen" / "taalniveau" / "index.html").read_text(encoding="utf-8")
    for code, niveau in niveaus.items():
        pad, _, anker = niveau.bron.href.partition("#")
        assert pad == "bijlagen/taalniveau/" and anker == code.lower()
        sectie = _tekst(_sectie(pagina, anker))
        assert niveau.tekst.startswith("Kan ") and niveau.tekst in sectie, code


def test_the_level_lookup_is_loud_and_the_loader_strict() -> None:
    with pytest.raises(p.ParameterFout):
        taalniveaus.taalniveau("A3")
    bestand = MAP / taalniveaus.BESTAND
    goed = json.loads(bestand.read_text(encoding="utf-8"))
    assert taalniveaus.lees_taalniveaus(json.dumps(goed))["B1"].tekst.startswith("Kan ")
    fouten: list[Any] = [
        {**goed, "extra": 1},
        {**goed, "niveaus": [{**goed["niveaus"][0], "bron": {"label": "x", "href": "y/"}}]},
        {**goed, "niveaus": [{**goed["niveaus"][0], "code": "A9"}]},
        {**goed, "niveaus": goed["niveaus"][::-1]},
        {**goed, "niveaus": [{**goed["niveaus"][0], "tekst": ""}]},
    ]
    for kapot in fouten:
        with pytest.raises(p.ParameterFout):
            taalniveaus.lees_taalniveaus(json.dumps(kapot))
    with pytest.raises(p.ParameterFout):
        taalniveaus.lees_taalniveaus("{")


# --- The quoted words of a legal source state the value (label, link and quote agree) ---------

GETALWOORDEN = {
    "één": 1,
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
}
EENHEIDSWOORDEN = {
    "jaar": ("jaar", "jaren"),
    "maanden": ("maand", "maanden"),
    "uur": ("uur", "uren", "cursusuren"),
    "keer": ("keer", "maal", "pogingen"),
    "weken": ("weken",),
}


def _getallen(citaat: str) -> str:
    """The quote with number words as digits and amounts without their cents: 'zes maanden' →
    '6 maanden', '€ 10.000,–' → '€ 10.000'."""
    tekst = re.sub(r"(€ ?[0-9.]+),[-–]+", r"\1", citaat)
    tekst = tekst.replace("anderhalf jaar", "1 jaar en 6 maanden")
    return re.sub(
        r"\b(" + "|".join(GETALWOORDEN) + r")\b", lambda m: str(GETALWOORDEN[m.group(1)]), tekst
    )


def staat_in_citaat(eenheid: str, waarde: object, citaat: str) -> bool:
    """Does the quote state `waarde` in unit `eenheid`?"""
    tekst = _getallen(citaat)
    if eenheid == "EUR" and isinstance(waarde, int):
        bedrag = "[. ]".join(re.escape(deel) for deel in f"{waarde:,}".split(","))
        return re.search(rf"€ ?{bedrag}\b", tekst) is not None
    if eenheid == "eurocent" and isinstance(waarde, int):
        euro, cent = divmod(waarde, 100)
        bedrag = "[. ]".join(re.escape(deel) for deel in f"{euro:,}".split(","))
        return re.search(rf"€ ?{bedrag},{cent:02d}\b", citaat) is not None
    if eenheid == "maanden" and isinstance(waarde, int) and waarde >= 12:
        jaren, maanden = divmod(waarde, 12)
        if not re.search(rf"\b{jaren}\b", tekst):
            return False
        return maanden == 0 or re.search(rf"\b{maanden} maand(en)?\b", tekst) is not None
    if eenheid in EENHEIDSWOORDEN and isinstance(waarde, int):
        woorden = "|".join(EENHEIDSWOORDEN[eenheid])
        return re.search(rf"\b{waarde} ({woorden})\b", tekst) is not None
    if eenheid == "ja/nee":
        return waarde is True
    if eenheid == "keuze" and isinstance(waarde, str):
        return KEUZEWOORDEN.get(waarde, waarde) in tekst  # the words, or the value itself
    return False


#: For a choice, the words of the source that name it.
KEUZEWOORDEN = {"inschrijving": "ingeschreven", "kennisgeving": "in kennis heeft gesteld"}


CITATEN = [(naam, w) for naam, par in sorted(PARAMETERS.items()) for w in par.waarden if w.citaat]


def test_legal_sources_carry_their_words() -> None:
    """Every value sourced to an article of a legal text carries the words that state it."""
    zonder = [
        f"{naam} {w.vanaf}"
        for naam, par in PARAMETERS.items()
        for w in par.waarden
        if w.waarde is not None and "art." in w.bron.label and not w.citaat
    ]
    assert zonder == []
    assert len(CITATEN) >= 20


@pytest.mark.parametrize(("naam", "w"), CITATEN, ids=[f"{n} {w.vanaf}" for n, w in CITATEN])
def test_the_quote_states_the_value(naam: str, w: p.Waarde) -> None:
    eenheid = PARAMETERS[naam].eenheid
    assert staat_in_citaat(eenheid, w.waarde, w.citaat or ""), (naam, w.waarde, w.citaat)


@pytest.mark.parametrize(
    ("eenheid", "waarde", "citaat", "klopt"),
    [
        ("EUR", 10000, "een lening van ten hoogste € 10.000,– worden verstrekt", True),
        ("EUR", 1000, "een lening van ten hoogste € 10.000,– worden verstrekt", False),
        ("eurocent", 24079, "een bedrag verschuldigd van € 240,79.", True),
        ("eurocent", 24000, "een bedrag verschuldigd van € 240,79.", False),
        ("eurocent", 2407900, "een bedrag verschuldigd van € 240,79.", False),
        ("maanden", 6, "niet eerder dan zes maanden voor het verstrijken", True),
        ("maanden", 8, "niet eerder dan zes maanden voor het verstrijken", False),
        ("maanden", 796, "j. in 2021: 66 jaar en vier maanden", True),
        ("maanden", 799, "j. in 2021: 66 jaar en vier maanden", False),
        ("jaar", 2, "een nieuwe termijn van ten hoogste twee jaren", True),
        ("jaar", 3, "een nieuwe termijn van ten hoogste twee jaren", False),
        ("keer", 2, "ten minste twee maal heeft deelgenomen", True),
    ],
)
def test_the_quote_check_can_fail(eenheid: str, waarde: int, citaat: str, klopt: bool) -> None:
    assert staat_in_citaat(eenheid, waarde, citaat) is klopt
