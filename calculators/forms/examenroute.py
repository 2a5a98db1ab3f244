"""The form and results of one rekenhulp (calculators/forms/__init__.py lists them all)."""

from __future__ import annotations

from calculators.forms.model import LEERROUTES, Calculator, Output, form_fields

EXAMENROUTE = Calculator(
    name="examenroute",
    title="Welk examen, welke onderdelen",
    fields=form_fields("examenroute"),
    outputs=(
        Output("leerroute", "Leerroute", "words", dict(LEERROUTES), wet="wi2021"),
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
        Output("diplomawaardering_gratis", "Gratis diplomawaardering (IDW)", "bool", wet="wi2013"),
        Output(
            "verlenging_alfabetisering_jaren",
            "Verlenging voor alfabetisering",
            "years",
            wet="wi2013",
        ),
        Output(
            "map_verplicht", "Module Arbeidsmarkt en Participatie verplicht", "bool", wet="wi2021"
        ),
        Output("uren_cursus_z", "Urennorm cursus (zelfredzaamheidsroute)", "count", wet="wi2021"),
        Output("uren_cursus_z_resterend", "Nog te volgen uren cursus", "count", wet="wi2021"),
        Output(
            "uren_participatie_z",
            "Urennorm participatie (zelfredzaamheidsroute)",
            "count",
            wet="wi2021",
        ),
        Output(
            "uren_participatie_z_resterend",
            "Nog te volgen uren participatie",
            "count",
            wet="wi2021",
        ),
    ),
)
