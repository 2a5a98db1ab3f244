"""Sources and explanation steps.

A `Bron` is a label and a link: a site-relative directory URL (``deel-2/duo-lening/``) for the
factsheet, or an absolute https link for an external legal text. Every explanation step and every
warning carries one. The named sources here are the rules' sources; the sources of amounts and
terms live with the values in ``parameters/*.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Bron:
    """A source: a label ("Factsheet §2.2") and a link."""

    label: str
    href: str

    def als_dict(self) -> dict[str, str]:
        return {"label": self.label, "href": self.href}


@dataclass(frozen=True)
class Stap:
    """One Dutch sentence of the explanation (or a warning), with its source."""

    tekst: str
    bron: Bron

    def als_dict(self) -> dict[str, object]:
        return {"text": self.tekst, "source": self.bron.als_dict()}


@dataclass
class Uitleg:
    """Collects the steps and warnings of one calculation, in order, and which results are
    unknown because the reader left a field empty (`onbekend`): such a result is not "niet van
    toepassing", and the answer says which field to fill in; and which step states each result
    (`genoemd`)."""

    stappen: list[Stap] = field(default_factory=list)
    waarschuwingen: list[Stap] = field(default_factory=list)
    onbekende: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: result key -> the index in `stappen` of the step that states that result (its date):
    #: what cites a result elsewhere (the .ics) cites that step's source, as the page does.
    genoemd: dict[str, int] = field(default_factory=dict)

    def stap(self, tekst: str, bron: Bron, noemt: str | tuple[str, ...] = ()) -> None:
        """Add a step; `noemt`: the result key(s) whose value this step states."""
        for uitkomst in (noemt,) if isinstance(noemt, str) else noemt:
            self.genoemd[uitkomst] = len(self.stappen)
        self.stappen.append(Stap(tekst, bron))

    def waarschuw(self, tekst: str, bron: Bron) -> None:
        self.waarschuwingen.append(Stap(tekst, bron))

    def onbekend(self, uitkomst: str, *velden: str) -> None:
        """Result `uitkomst` stays empty because the input fields `velden` were left empty."""
        self.onbekende[uitkomst] = self.onbekende.get(uitkomst, ()) + velden


def vraag(nummer: int) -> Bron:
    """The source of question `nummer` in part 4 (Q&A) of the factsheet."""
    if 2 <= nummer <= 16:
        pagina = "regie-inburgering"
    elif 17 <= nummer <= 22:
        pagina = "onderwijs"
    elif 26 <= nummer <= 31:
        pagina = "participatiewet"
    else:
        raise ValueError(f"no page known for question {nummer}")
    return Bron(f"Factsheet vraag {nummer}", f"deel-4/{pagina}/#vraag-{nummer}")


FACTSHEET_1_1 = Bron("Factsheet §1.1", "deel-1/wet-inburgering/")
FACTSHEET_1_2 = Bron("Factsheet §1.2", "deel-1/inburgeren/")
FACTSHEET_1_3 = Bron("Factsheet §1.3", "deel-1/maatschappelijke-begeleiding/")
FACTSHEET_1_4 = Bron("Factsheet §1.4", "deel-1/participatieverklaring/")
FACTSHEET_2_1 = Bron("Factsheet §2.1", "deel-2/gemeenten/#maatschappelijke-begeleiding")
FACTSHEET_2_1_EXTRA = Bron("Factsheet §2.1", "deel-2/gemeenten/#extra-middelen")
FACTSHEET_2_2 = Bron("Factsheet §2.2", "deel-2/duo-lening/")
VOETNOOT_7 = Bron("Factsheet §2.2, voetnoot 7", "deel-2/duo-lening/#fn:7")
VOETNOOT_8 = Bron("Factsheet §2.2, voetnoot 8", "deel-2/duo-lening/#fn:8")
BIJLAGE_3_ROL_DUO = Bron("Factsheet bijlage 3", "bijlagen/inburgeringsexamen/#toelichting-rol-duo")
BIJLAGE_3_ONTHEFFING = Bron("Factsheet bijlage 3", "bijlagen/inburgeringsexamen/#ontheffing")
BIJLAGE_3_ONDERDELEN = Bron("Factsheet bijlage 3", "bijlagen/inburgeringsexamen/#examenonderdelen")
BIJLAGE_3_INHOUD = Bron("Factsheet bijlage 3", "bijlagen/inburgeringsexamen/#toelichting-inhoud")
WIJZIGINGEN = Bron("Wat is er veranderd sinds 2016", "wijzigingen/")
WIJZIGINGEN_VOOR_WIE = Bron("Wat is er veranderd sinds 2016", "wijzigingen/#voor-wie")
DATUMREGELS = Bron(
    "Bedragen en termijnen: rekenregels voor datums", "bedragen-en-termijnen/#datums"
)
