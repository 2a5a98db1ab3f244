"""The form and results of one rekenhulp (calculators/forms/__init__.py lists them all)."""

from __future__ import annotations

from calculators.forms.model import Calculator, Output, form_fields, vaste_waarde

LENING = Calculator(
    name="lening",
    title="Recht op een DUO-lening",
    fields=form_fields("lening"),
    outputs=(
        Output("recht_op_lening", "Kan lenen bij DUO", "bool"),
        Output(
            "betaler",
            "Wie betaalt de inburgering",
            "words",
            {"gemeente": "De gemeente", "inburgeraar": "De inburgeraar zelf (lenen kan)"},
            wet="wi2021",
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
                "terugbetalen_in_maandtermijnen": (
                    "Ja, met rente, in gelijke maandbedragen binnen "
                    f"{vaste_waarde('terugbetalingstermijn')} jaar; lager naar draagkracht "
                    "alleen op verzoek"
                ),
            },
        ),
        Output("termijn_einde", "Laatste dag van de (verlengde) inburgeringstermijn", "date"),
        Output("aanspraak_lening_tot", "Aanspraak op een lening uiterlijk tot en met", "date"),
        Output("terugbetaling_vanaf", "Terugbetalen begint op", "date"),
        Output(
            "max_facturering_per_kwartaal",
            "Taalschool factureert per kwartaal hoogstens",
            "money",
            wet="wi2013",
        ),
        Output("vergoedbaar", "Te betalen uit de lening", "list"),
        Output("niet_vergoedbaar", "Niet te betalen uit de lening", "list", wet="wi2013"),
    ),
)
