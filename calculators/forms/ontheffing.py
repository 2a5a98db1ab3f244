"""The form and results of one rekenhulp (calculators/forms/__init__.py lists them all)."""

from __future__ import annotations

from calculators.forms.model import DOELGROEPEN, Calculator, Field, Output

ONTHEFFING = Calculator(
    name="ontheffing",
    title="Ontheffing van de inburgeringsplicht",
    fields=(
        Field("start_inburgeringsplicht", "Start van de inburgeringsplicht", "date"),
        Field(
            "doelgroep",
            "Doelgroep",
            "choice",
            choices=DOELGROEPEN,
        ),
        Field(
            "uren_cursus",
            "Gevolgde uren cursus bij een taalschool met keurmerk",
            "int",
            width=6,
        ),
        Field(
            "min_pogingen",
            "Minste aantal pogingen bij een nog niet gehaald examenonderdeel",
            "int",
            width=3,
            wet="wi2013",
        ),
        Field("analfabeet", "Volgt de route voor analfabeten", "bool", wet="wi2013"),
        Field(
            "uren_alfabetisering",
            "Waarvan uren alfabetiseringscursus",
            "int",
            width=6,
            wet="wi2013",
        ),
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
        Field("peildatum", "Peildatum", "date"),
    ),
    outputs=(
        Output("ontheffing_mogelijk", "Ontheffing mogelijk", "bool"),
        Output("aantoonbare_inspanning", "Aantoonbaar geleverde inspanning", "bool", wet="wi2013"),
        Output("voldoende_ingeburgerd", "Aantoonbaar voldoende ingeburgerd", "bool"),
        Output("medische_route", "Medische ontheffing aan te vragen (Argonaut)", "bool"),
        Output(
            "vrijstelling_mogelijk", "Vrijstelling: al voldoende ingeburgerd", "bool", wet="wi2021"
        ),
        Output(
            "afschalen_a2_mogelijk", "Taalexamens op A2 mogelijk (afschalen)", "bool", wet="wi2021"
        ),
        Output("ontbreekt", "Wat nog ontbreekt", "list"),
        Output(
            "aanvraag_inspanning_vanaf",
            "Aanvraag wegens aantoonbare inspanning mogelijk vanaf",
            "date",
            wet="wi2013",
        ),
        Output(
            "aanvraag_inspanning_mogelijk",
            "Aanvraag wegens aantoonbare inspanning op de peildatum mogelijk",
            "bool",
            wet="wi2013",
        ),
        Output("boete_maximaal", "Boete bij onvoldoende inspanning, ten hoogste", "money"),
    ),
)
