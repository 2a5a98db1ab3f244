"""Legal texts and official publications: one registry, so every link names the right text.

Links to consolidated texts on wetten.overheid.nl are built here from the text's title, its
BWBR identifier and a dated version: for a text that is no longer in force (the Wet inburgering
of the 2013 regime and its Besluit and Regeling) the last version before the Wet inburgering
2021, otherwise the version in force on a recent date.

A link to an article is a Juriconnect reference (the "Juriconnect standaard BWB", version 1.3.1),
which wetten.overheid.nl resolves to the article itself::

    https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=11&z=2026-01-01&g=2026-01-01

``c`` is the consolidated text, ``g`` its geldigheidsdatum (the version in force on that date)
and ``z`` its zichtdatum (the state of the database on that date); both get the version's date,
as in the site's own link tool. The evidence:

- https://www.slimmermetregelgeving.nl/juriconnect/ : "De juriconnect (versie 1.3) is herkenbaar
  aan de 'jci1.3:c' code, bv. 'jci1.3:c:BWBR0002221&hoofdstuk=II&artikel=6'. De
  verwijsstandaard wordt volledig op wetten.overheid.nl ondersteund. Juriconnect links kunnen
  op wetten.overheid.nl worden gemaakt en gekopieerd voor hergebruik";
- the link tool of linkeddata.overheid.nl (``linktool-bwb-verfijnen``) gives, for Gemeentewet
  art. 2 on 2022-05-01:
  https://wetten.overheid.nl/jci1.3:c:BWBR0005416&titeldeel=I&artikel=2&z=2022-05-01&g=2022-05-01

An HTML anchor such as ``#Artikel5.3`` is not used: the page's anchors follow the text's
structure in places (``#Hoofdstuk3_Paragraaf2_Artikel19``), so a bare article anchor may leave
the reader at the top of a long page. The reference names only the article (article numbers are
unique within each of these texts), so it survives an article moving to another chapter.

A whole text keeps the plain form ``https://wetten.overheid.nl/BWBR…/YYYY-MM-DD``, the "Deeplink
op basis van identificatienummer" with the version's date, documented at
https://www.overheid.nl/help/wet-en-regelgeving/direct-verwijzen-naar-regelgeving-deeplinken/ .
The tests hold every link against their own table of identifiers and titles.
"""

from __future__ import annotations

from calc.bronnen import Bron

#: Title → (BWBR identifier, dated version linked).
WETTEN: dict[str, tuple[str, str]] = {
    "Wet inburgering": ("BWBR0020611", "2021-12-31"),
    "Besluit inburgering": ("BWBR0020674", "2021-12-31"),
    "Regeling inburgering": ("BWBR0020657", "2021-12-31"),
    "Wet inburgering 2021": ("BWBR0044770", "2026-01-01"),
    "Besluit inburgering 2021": ("BWBR0045555", "2026-01-01"),
    "Regeling inburgering 2021": ("BWBR0045574", "2026-01-01"),
    "Participatiewet": ("BWBR0015703", "2026-01-01"),
    "Algemene Ouderdomswet": ("BWBR0002221", "2026-01-01"),
    "Leerplichtwet 1969": ("BWBR0002628", "2026-01-01"),
}


def wettekst(wet: str) -> Bron:
    """The whole text of `wet` (its dated version)."""
    bwbr, versie = WETTEN[wet]
    return Bron(wet, f"https://wetten.overheid.nl/{bwbr}/{versie}")


def artikel_adres(bwbr: str, nummer: str, versie: str) -> str:
    """The Juriconnect address of article `nummer` of text `bwbr`, version of date `versie`."""
    return f"https://wetten.overheid.nl/jci1.3:c:{bwbr}&artikel={nummer}&z={versie}&g={versie}"


def artikel(wet: str, nummer: str, lid: str = "") -> Bron:
    """Article `nummer` (optionally one lid) of `wet`: a Juriconnect link to the article of the
    dated version in `WETTEN` (the lid is named in the label; the link opens the article)."""
    bwbr, versie = WETTEN[wet]
    label = f"{wet} art. {nummer}" + (f" lid {lid}" if lid else "")
    return Bron(label, artikel_adres(bwbr, nummer, versie))


def staatsblad(jaar: int, nummer: int, titel: str = "") -> Bron:
    """A publication in the Staatsblad on zoek.officielebekendmakingen.nl."""
    label = f"{titel}, Stb. {jaar}, {nummer}" if titel else f"Stb. {jaar}, {nummer}"
    return Bron(label, f"https://zoek.officielebekendmakingen.nl/stb-{jaar}-{nummer}.html")


def staatscourant(jaar: int, nummer: int, titel: str = "") -> Bron:
    """A publication in the Staatscourant on zoek.officielebekendmakingen.nl."""
    label = f"{titel}, Stcrt. {jaar}, {nummer}" if titel else f"Stcrt. {jaar}, {nummer}"
    return Bron(label, f"https://zoek.officielebekendmakingen.nl/stcrt-{jaar}-{nummer}.html")


STB_2017_285 = staatsblad(2017, 285, "Wet van 23 juni 2017")
STB_2021_38 = staatsblad(2021, 38, "Wet inburgering 2021")
STB_2022_487 = staatsblad(2022, 487, "Wet van 19 oktober 2022 (overgangsrecht)")
STB_2022_489 = staatsblad(2022, 489, "Besluit van 5 december 2022 (overgangsrecht)")
STCRT_2021_49155 = staatscourant(2021, 49155, "Gedeeltelijke kwijtschelding")
STCRT_2022_33825 = staatscourant(
    2022, 33825, "Regeling inburgering 2021 art. 4.2 (niet-vrijstellende opleidingen)"
)

INBURGEREN_BETALEN = Bron(
    "inburgeren.nl, 'Inburgeren betalen'",
    "https://www.inburgeren.nl/inburgeren-betalen/index.jsp",
)
INBURGEREN_KWIJTSCHELDING = Bron(
    "inburgeren.nl, 'Kwijtschelding lening'",
    "https://www.inburgeren.nl/inburgeren-betalen/kwijtschelding-lening.jsp",
)
INBURGEREN_LENEN = Bron(
    "inburgeren.nl, 'Hoeveel geld mag u lenen?'",
    "https://www.inburgeren.nl/inburgeren-betalen/hoeveel-geld-mag-u-lenen.jsp",
)
INBURGEREN_WERKT = Bron(
    "inburgeren.nl, 'U werkt in Nederland'",
    "https://www.inburgeren.nl/geen-examen-doen/u-werkt-in-nederland.jsp",
)
INBURGEREN_ZIEKTE = Bron(
    "inburgeren.nl, 'Ziekte of handicap'",
    "https://www.inburgeren.nl/minder-of-geen-examens/ziekte-of-handicap.jsp",
)
VNG_MAATSCHAPPELIJKE_BEGELEIDING = Bron(
    "VNG, vraag en antwoord '€ 2.370 maatschappelijke begeleiding versus € 4.430'",
    "https://vng.nl/vragen-en-antwoorden/eu-2370-maatschappelijke-begeleiding-versus-eu-4430-"
    "integratie-participatie-etc-per-vergunninghouder-wat-is-het-verschil-0",
)
DUO_DECENTRALISATIE_UITKERING = Bron(
    "DUO, 'Geld maatschappelijke begeleiding in meicirculaire' (juli 2021)",
    "https://www.duo.nl/zakelijk/inburgering-ketenpartners/nieuws/"
    "geld-maatschappelijke-begeleiding-in-meicirculaire-juli-2021.jsp",
)
