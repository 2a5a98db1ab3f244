"""The form and results of one rekenhulp (calculators/forms/__init__.py lists them all)."""

from __future__ import annotations

from calc.regime import wetten
from calculators.forms.model import Calculator, Output, form_fields

FINANCIERING = Calculator(
    name="financiering",
    title="Financiering voor de gemeente",
    rows=True,
    csv=True,
    fields=form_fields("financiering"),
    outputs=(
        Output("jaar", "Jaar", "year"),
        Output(
            "regime",
            "Wet",
            "words",
            {w.code: w.naam for w in wetten()},
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
        Output(
            "formule_specifieke_uitkering",
            "Formule specifieke uitkering (Wet inburgering 2021)",
            "words",
        ),
        Output(
            "aparte_uitkering_onderwijsroute",
            "Aparte uitkering onderwijsroute",
            "words",
            {"ja": "Ja", "nee": "Nee", "onbekend": "Niet bekend (zie de uitleg)"},
        ),
    ),
)
