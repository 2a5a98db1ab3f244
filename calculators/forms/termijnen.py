"""The form and results of one rekenhulp (calculators/forms/__init__.py lists them all)."""

from __future__ import annotations

from calculators.forms.model import (
    Calculator,
    Output,
    form_fields,
    vaste_waarde,
)

TERMIJNEN = Calculator(
    name="termijnen",
    title="Termijnen berekenen",
    ics=True,
    fields=form_fields("termijnen"),
    outputs=(
        Output(
            "termijn_einde",
            f"Einde inburgeringstermijn ({vaste_waarde('inburgeringstermijn')} jaar)",
            "date",
        ),
        Output(
            "termijn_einde_max",
            "Uiterste einde (Wet inburgering 2013: met verlenging voor alfabetisering)",
            "date",
            wet="wi2013",
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
        Output("nieuwe_termijn_einde", "Nieuwe termijn na de boete: laatste dag uiterlijk", "date"),
        Output("aow_datum", "AOW-leeftijd bereikt op (einde inburgeringsplicht)", "date"),
        Output("pip_uiterlijk", "PIP uiterlijk vastgesteld door het college", "date", wet="wi2021"),
        Output(
            "pip_dagen_te_laat",
            "PIP vastgesteld na de uiterste datum (dagen te laat)",
            "days",
            wet="wi2021",
        ),
        Output("termijn_start", "Start inburgeringstermijn (dag na het PIP)", "date", wet="wi2021"),
        Output(
            "map_uiterlijk", "Module Arbeidsmarkt en Participatie uiterlijk", "date", wet="wi2021"
        ),
        Output("aanvraag_verlenging_vanaf", "Verlenging aanvragen kan vanaf", "date", wet="wi2021"),
        Output(
            "leerroute_wijzigen_uiterlijk",
            "Leerroute opnieuw vaststellen kan tot en met",
            "date",
            wet="wi2021",
        ),
        Output("nieuw_pip_uiterlijk", "Nieuw PIP na verhuizing uiterlijk", "date", wet="wi2021"),
        Output("ontzorgen_einde", "Ontzorgen in de bijstand tot en met", "date", wet="wi2021"),
        Output("participatieverklaring_verplicht", "Participatieverklaring verplicht", "bool"),
        Output("participatieverklaring_uiterlijk", "Participatieverklaring uiterlijk", "date"),
        Output("examenuitslag_uiterlijk", "Examenuitslag van DUO uiterlijk", "date", wet="wi2013"),
        Output(
            "cursuscontract_ontbindbaar_vanaf",
            "Cursuscontract te ontbinden vanaf",
            "date",
            wet="wi2013",
        ),
    ),
)
