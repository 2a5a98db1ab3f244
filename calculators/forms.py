"""The calculators' forms and results, described once.

Field names are the input keys of `calc.run` (see the spec, "Rekenhulpen"); result keys are the
keys of its `result`. The page hook (hooks/rekenhulpen.py) renders the markup from this
description with templates/rekenhulp.html; the browser glue (js/calculator.mjs) only routes
fields in and results out, and reads the kinds from the markup. Labels are Dutch; hints are
written in the Markdown pages, inside the shortcode.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

FieldKind = Literal["date", "bool", "int", "decimal", "choice"]
#: For which law a field matters: "" both; the form shows a field of one law only when the date
#: field that decides the law (Calculator.wet_veld) points to it.
Wet = Literal["", "wi2013", "wi2021"]
OutputKind = Literal["date", "money", "bool", "days", "count", "words", "list", "year", "years"]


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: FieldKind
    required: bool = False
    default: bool = False  # for checkboxes: checked when the page opens
    choices: tuple[tuple[str, str], ...] = ()  # (value, Dutch label) for kind "choice"
    width: int = 10  # visible characters of a text field
    wet: Wet = ""  # only under this law (see Wet)


@dataclass(frozen=True)
class Output:
    key: str
    label: str
    kind: OutputKind
    words: dict[str, str] = field(default_factory=dict)  # code -> Dutch, for kind "words"


@dataclass(frozen=True)
class Calculator:
    name: str
    title: str
    fields: tuple[Field, ...]
    outputs: tuple[Output, ...]
    rows: bool = False  # several years as rows (financiering): the API takes `jaren`
    ics: bool = False  # "Zet in agenda"
    csv: bool = False  # "Download als CSV"
    wet_veld: str = "start_inburgeringsplicht"  # the date field that decides the law


LEERROUTES = (
    ("b1", "B1-route"),
    ("onderwijs", "Onderwijsroute"),
    ("z", "Zelfredzaamheidsroute (Z-route)"),
)
DOELGROEPEN_2021 = (
    ("asielstatushouder", "Asielstatushouder (of gezinslid van een asielstatushouder)"),
    ("gezinsmigrant", "Gezinsmigrant"),
    ("overig", "Andere inburgeringsplichtige"),
)

REGIMES = {
    "wi2007": "Wet inburgering 2007 (inburgeringsplicht begonnen vóór 1 januari 2013). "
    "Dat valt buiten de factsheet.",
    "wi2013": "Wet inburgering 2013 (inburgeringsplicht begonnen van 1 januari 2013 tot en met "
    "31 december 2021). Dit is wat de factsheet beschrijft.",
    "wi2021": "Wet inburgering 2021 (inburgeringsplicht begonnen op of na 1 januari 2022). "
    "De factsheet beschrijft die wet niet; de rekenhulp volgt de wet en het besluit zelf.",
}

TERMIJNEN = Calculator(
    name="termijnen",
    title="Termijnen berekenen",
    ics=True,
    fields=(
        Field("start_inburgeringsplicht", "Start van de inburgeringsplicht", "date", required=True),
        Field("vestiging_gemeente", "Datum van vestiging in de gemeente", "date"),
        Field("datum_kennisgeving", "Datum van de kennisgeving van DUO", "date", wet="wi2021"),
        Field(
            "datum_pip",
            "Datum van het (eerste) persoonlijk plan inburgering en participatie (PIP)",
            "date",
            wet="wi2021",
        ),
        Field(
            "leerroute",
            "Leerroute in het PIP",
            "choice",
            choices=LEERROUTES,
            wet="wi2021",
        ),
        Field("alfabetisering", "Volgt een alfabetiseringstraject", "bool", wet="wi2013"),
        Field("examendatum", "Datum van een examen", "date", wet="wi2013"),
        Field(
            "start_cursuscontract",
            "Start van het contract met de taalschool",
            "date",
            wet="wi2013",
        ),
        Field("geboortedatum", "Geboortedatum", "date"),
        Field(
            "doelgroep",
            "Doelgroep",
            "choice",
            choices=DOELGROEPEN_2021,
        ),
        Field("peildatum", "Peildatum", "date"),
    ),
    outputs=(
        Output("termijn_einde", "Einde inburgeringstermijn (3 jaar)", "date"),
        Output(
            "termijn_einde_max",
            "Uiterste einde (Wet inburgering 2013: met verlenging voor alfabetisering)",
            "date",
        ),
        Output("peildatum", "Peildatum", "date"),
        Output(
            "status",
            "Stand op de peildatum",
            "words",
            {
                "lopend": "Lopend",
                "verlopen": "Verlopen",
                "geen_inburgeringsplicht": "Geen inburgeringsplicht (AOW-leeftijd bereikt)",
            },
        ),
        Output("dagen_resterend", "Dagen over tot het uiterste einde", "days"),
        Output("aow_datum", "AOW-leeftijd bereikt op (einde inburgeringsplicht)", "date"),
        Output("pip_uiterlijk", "PIP uiterlijk vastgesteld door het college", "date"),
        Output("termijn_start", "Start inburgeringstermijn (dag na het PIP)", "date"),
        Output("map_uiterlijk", "Module Arbeidsmarkt en Participatie uiterlijk", "date"),
        Output("aanvraag_verlenging_vanaf", "Verlenging aanvragen kan vanaf", "date"),
        Output("participatieverklaring_verplicht", "Participatieverklaring verplicht", "bool"),
        Output("participatieverklaring_uiterlijk", "Participatieverklaring uiterlijk", "date"),
        Output("examenuitslag_uiterlijk", "Examenuitslag van DUO uiterlijk", "date"),
        Output("cursuscontract_ontbindbaar_vanaf", "Cursuscontract te ontbinden vanaf", "date"),
    ),
)

LENING = Calculator(
    name="lening",
    title="Recht op een DUO-lening",
    fields=(
        Field(
            "doelgroep",
            "Doelgroep",
            "choice",
            required=True,
            choices=(
                ("asielstatushouder", "Statushouder met een asielvergunning"),
                ("gezinslid_asiel", "Nagereisd gezinslid met een asielvergunning"),
                (
                    "gezinslid_regulier",
                    "Gezinslid van een statushouder met een reguliere vergunning",
                ),
                ("gezinsmigrant", "Gezinsmigrant"),
                ("overig", "Andere inburgeringsplichtige"),
            ),
        ),
        Field("leeftijd", "Leeftijd in jaren (op de peildatum)", "int", required=True, width=3),
        Field(
            "inburgeringsplichtig",
            "Is inburgeringsplichtig (kennisgeving van DUO)",
            "bool",
            default=True,
        ),
        Field(
            "tijdelijk_vrijgesteld_mbo",
            "Volgt direct na de leer- en kwalificatieplicht een mbo-opleiding op niveau 2 of hoger",
            "bool",
        ),
        Field("voldoende_inkomen", "Heeft genoeg inkomen om de cursus zelf te betalen", "bool"),
        Field("start_inburgeringsplicht", "Start van de inburgeringsplicht", "date"),
        Field("peildatum", "Peildatum", "date"),
    ),
    outputs=(
        Output("recht_op_lening", "Kan lenen bij DUO", "bool"),
        Output(
            "betaler",
            "Wie betaalt de inburgering",
            "words",
            {"gemeente": "De gemeente", "inburgeraar": "De inburgeraar zelf (lenen kan)"},
        ),
        Output("maximum_lening", "Maximale lening", "money"),
        Output(
            "terugbetaling",
            "Terugbetalen",
            "words",
            {
                "kwijtschelding_bij_tijdig_voldoen": (
                    "Nee, kwijtschelding als de inburgeringsplicht op tijd is vervuld, of na "
                    "vrijstelling of ontheffing"
                ),
                "terugbetalen_naar_draagkracht": "Ja, naar draagkracht, met rente, binnen 10 jaar",
            },
        ),
        Output(
            "max_facturering_per_kwartaal", "Taalschool factureert per kwartaal hoogstens", "money"
        ),
        Output("vergoedbaar", "Te betalen uit de lening", "list"),
        Output("niet_vergoedbaar", "Niet te betalen uit de lening", "list"),
    ),
)

FINANCIERING = Calculator(
    name="financiering",
    title="Financiering voor de gemeente",
    rows=True,
    csv=True,
    fields=(
        Field("jaar", "Jaar", "int", required=True, width=4),
        Field("aantal_gehuisvest", "Gehuisveste statushouders", "int", required=True, width=6),
        Field(
            "aantal_inburgeringsplichtig",
            "Van wie inburgeringsplichtig",
            "int",
            required=True,
            width=6,
        ),
        Field(
            "aantal_gezinsmigranten",
            "Gezinsmigranten in het participatieverklaringstraject",
            "int",
            width=6,
        ),
    ),
    outputs=(
        Output("jaar", "Jaar", "year"),
        Output(
            "regime",
            "Wet",
            "words",
            {
                "wi2007": "Wet inburgering 2007",
                "wi2013": "Wet inburgering 2013",
                "wi2021": "Wet inburgering 2021",
            },
        ),
        Output(
            "maatschappelijke_begeleiding_per_persoon",
            "Maatschappelijke begeleiding per inburgeringsplichtige statushouder",
            "money",
        ),
        Output("maatschappelijke_begeleiding", "Maatschappelijke begeleiding", "money"),
        Output(
            "extra_middelen_per_persoon", "Extra middelen per gehuisveste statushouder", "money"
        ),
        Output("extra_middelen", "Extra middelen", "money"),
        Output("totaal", "Totaal voor de gemeente", "money"),
        Output(
            "eigen_bijdrage_gezinsmigranten",
            "Eigen bijdrage gezinsmigranten (geen inkomsten voor de gemeente)",
            "money",
        ),
    ),
)

ONTHEFFING = Calculator(
    name="ontheffing",
    title="Ontheffing van de inburgeringsplicht",
    fields=(
        Field(
            "uren_cursus",
            "Gevolgde uren cursus bij een taalschool met keurmerk",
            "int",
            required=True,
            width=6,
        ),
        Field(
            "min_pogingen",
            "Minste aantal pogingen bij een nog niet gehaald examenonderdeel",
            "int",
            width=3,
        ),
        Field("analfabeet", "Volgt de route voor analfabeten", "bool"),
        Field("uren_alfabetisering", "Waarvan uren alfabetiseringscursus", "int", width=6),
        Field(
            "haalbaarheidstoets",
            "Uitkomst van de haalbaarheidstoets van DUO",
            "choice",
            choices=(
                ("niet_gemaakt", "Nog niet gemaakt"),
                ("examen_haalbaar", "Gemaakt: het examen is haalbaar"),
                ("examen_niet_haalbaar", "Gemaakt: het examen is niet haalbaar"),
            ),
            wet="wi2013",
        ),
        Field(
            "jaren_gewerkt",
            "Jaren betaald werk of vrijwilligerswerk in Nederland",
            "decimal",
            width=5,
        ),
        Field(
            "jaren_woonachtig",
            "Jaren onafgebroken ingeschreven in een Nederlandse gemeente",
            "decimal",
            width=5,
        ),
        Field("spreekt_nederlands", "Spreekt goed Nederlands", "bool"),
        Field("medische_beperking", "Een ziekte of handicap staat het examen in de weg", "bool"),
        Field("start_inburgeringsplicht", "Start van de inburgeringsplicht", "date"),
        Field("peildatum", "Peildatum", "date"),
    ),
    outputs=(
        Output("ontheffing_mogelijk", "Ontheffing mogelijk", "bool"),
        Output("aantoonbare_inspanning", "Aantoonbaar geleverde inspanning", "bool"),
        Output("voldoende_ingeburgerd", "Aantoonbaar voldoende ingeburgerd", "bool"),
        Output("medische_route", "Medische ontheffing aan te vragen (Argonaut)", "bool"),
        Output("vrijstelling_mogelijk", "Vrijstelling: al voldoende ingeburgerd", "bool"),
        Output("afschalen_a2_mogelijk", "Taalexamens op A2 mogelijk (afschalen)", "bool"),
        Output("ontbreekt", "Wat nog ontbreekt", "list"),
        Output(
            "aanvraag_inspanning_vanaf",
            "Aanvraag wegens aantoonbare inspanning mogelijk vanaf",
            "date",
        ),
        Output(
            "aanvraag_inspanning_mogelijk",
            "Aanvraag wegens aantoonbare inspanning op de peildatum mogelijk",
            "bool",
        ),
        Output("boete_maximaal", "Boete bij onvoldoende inspanning, ten hoogste", "money"),
    ),
)

EXAMENROUTE = Calculator(
    name="examenroute",
    title="Welk examen, welke onderdelen",
    fields=(
        Field(
            "opleidingsniveau",
            "Opleidingsniveau",
            "choice",
            required=True,
            choices=(
                ("analfabeet", "Analfabeet"),
                ("laag", "Laag opgeleid"),
                ("midden", "Middelbaar opgeleid"),
                ("hoog", "Hoger opgeleid"),
            ),
        ),
        Field("start_inburgeringsplicht", "Start van de inburgeringsplicht", "date", required=True),
        Field("leerroute", "Leerroute in het PIP", "choice", choices=LEERROUTES, wet="wi2021"),
        Field("doelgroep", "Doelgroep", "choice", choices=DOELGROEPEN_2021, wet="wi2021"),
        Field(
            "uren_cursus",
            "Gevolgde uren cursus (NT2 en KNM)",
            "int",
            width=6,
            wet="wi2021",
        ),
        Field(
            "uren_participatie",
            "Gevolgde uren activiteiten voor participatie",
            "int",
            width=6,
            wet="wi2021",
        ),
    ),
    outputs=(
        Output("leerroute", "Leerroute", "words", dict(LEERROUTES)),
        Output(
            "examen",
            "Examen",
            "words",
            {
                "inburgeringsexamen": "Inburgeringsexamen",
                "staatsexamen_nt2_i": "Staatsexamen NT2, programma I",
                "staatsexamen_nt2_ii": "Staatsexamen NT2, programma II",
            },
        ),
        Output("taalniveau", "Taalniveau", "words"),
        Output("onderdelen", "Examenonderdelen", "list"),
        Output("participatieverklaring", "Participatieverklaringstraject verplicht", "bool"),
        Output("diplomawaardering_gratis", "Gratis diplomawaardering (IDW)", "bool"),
        Output("verlenging_alfabetisering_jaren", "Verlenging voor alfabetisering", "years"),
        Output("map_verplicht", "Module Arbeidsmarkt en Participatie verplicht", "bool"),
        Output("uren_cursus_z", "Urennorm cursus (zelfredzaamheidsroute)", "count"),
        Output("uren_cursus_z_resterend", "Nog te volgen uren cursus", "count"),
        Output("uren_participatie_z", "Urennorm participatie (zelfredzaamheidsroute)", "count"),
        Output("uren_participatie_z_resterend", "Nog te volgen uren participatie", "count"),
    ),
)

JONGEREN = Calculator(
    name="jongeren",
    title="Jonge statushouders en het mbo",
    wet_veld="geboortedatum",
    fields=(
        Field("geboortedatum", "Geboortedatum", "date", required=True),
        Field(
            "opleiding",
            "Soort opleiding",
            "choice",
            choices=(
                ("mbo", "Mbo"),
                ("vmbo_havo_vwo", "Vmbo, havo of vwo"),
                ("hbo_wo", "Hbo of wo"),
            ),
        ),
        Field("inschrijving_mbo", "Datum van inschrijving bij de opleiding", "date"),
        Field(
            "mbo_niveau",
            "Niveau van de mbo-opleiding",
            "choice",
            choices=(
                ("1", "Niveau 1 (entree)"),
                ("2", "Niveau 2"),
                ("3", "Niveau 3"),
                ("4", "Niveau 4"),
            ),
        ),
        Field("start_isk", "Start in de Internationale Schakelklas (ISK)", "date"),
        Field("peildatum", "Peildatum", "date"),
    ),
    outputs=(
        Output("achttiende_verjaardag", "18e verjaardag", "date"),
        Output("tijdelijk_vrijgesteld", "Tijdelijk vrijgesteld van de inburgeringsplicht", "bool"),
        Output("inburgeringsplichtig", "Inburgeringsplichtig op de peildatum", "bool"),
        Output("isk_einde", "Einde van de 2 jaar ISK", "date"),
        Output("peildatum", "Peildatum", "date"),
    ),
)

CALCULATORS: dict[str, Calculator] = {
    c.name: c for c in (TERMIJNEN, LENING, FINANCIERING, ONTHEFFING, EXAMENROUTE, JONGEREN)
}
