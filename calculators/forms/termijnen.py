"""The form and results of one rekenhulp (calculators/forms/__init__.py lists them all)."""

from __future__ import annotations

from calculators.forms.model import (
    DOELGROEPEN_2021,
    LEERROUTES,
    Calculator,
    Field,
    Output,
    vaste_waarde,
)

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
        Field(
            "inschrijving_nieuwe_gemeente",
            "Datum van inschrijving in een nieuwe gemeente (na verhuizing)",
            "date",
            wet="wi2021",
        ),
        Field(
            "start_bijstand",
            "Datum waarop het recht op bijstand ontstond (asielstatushouder)",
            "date",
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
            "datum_boetebeschikking",
            "Datum van de boetebeschikking van DUO (als er een is)",
            "date",
        ),
        Field(
            "doelgroep",
            "Doelgroep",
            "choice",
            choices=DOELGROEPEN_2021,
        ),
        Field("peildatum", "Peildatum", "date"),
    ),
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
