"""The form and results of one rekenhulp (calculators/forms/__init__.py lists them all)."""

from __future__ import annotations

from calculators.forms.model import Calculator, Output, form_fields

ONTHEFFING = Calculator(
    name="ontheffing",
    title="Ontheffing van de inburgeringsplicht",
    fields=form_fields("ontheffing"),
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
