"""The form and results of one rekenhulp (calculators/forms/__init__.py lists them all)."""

from __future__ import annotations

from calculators.forms.model import DOELGROEPEN_2021, LEERROUTES, Calculator, Field, Output

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
