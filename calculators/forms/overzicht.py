"""The form and results of one rekenhulp (calculators/forms/__init__.py lists them all)."""

from __future__ import annotations

from calculators.forms.model import Calculator, Output, form_fields

OVERZICHT = Calculator(
    name="overzicht",
    title="Overzicht voor één persoon",
    ics=True,
    fields=form_fields("overzicht"),
    outputs=(
        Output("volgende", "Eerstvolgende datum", "words"),
        Output("volgende_datum", "Op", "date"),
        Output("dagen_tot_volgende", "Dagen tot die datum", "days"),
        Output("te_laat", "Te laat op de peildatum", "list", wet="wi2021"),
        Output("gebeurtenissen", "Tijdlijn", "timeline"),
        Output("pip_uiterlijk", "PIP uiterlijk vastgesteld door het college", "date", wet="wi2021"),
        Output("termijn_einde", "Einde inburgeringstermijn", "date"),
        Output("participatieverklaring_uiterlijk", "Participatieverklaring uiterlijk", "date"),
        Output("aow_datum", "AOW-leeftijd bereikt op (einde inburgeringsplicht)", "date"),
        Output("recht_op_lening", "Kan lenen bij DUO", "bool"),
        Output(
            "betaler",
            "Wie betaalt de inburgering",
            "words",
            {"gemeente": "De gemeente", "inburgeraar": "De inburgeraar zelf (lenen kan)"},
            wet="wi2021",
        ),
        Output("taalniveau", "Taalniveau van het examen", "words"),
        Output("ontheffing_mogelijk", "Ontheffing nu mogelijk", "bool"),
        Output("ontbreekt_voor_ontheffing", "Wat nog ontbreekt voor een ontheffing", "list"),
        Output("niet_berekend", "Niet berekend", "list"),
        Output("peildatum", "Peildatum", "date"),
    ),
)
