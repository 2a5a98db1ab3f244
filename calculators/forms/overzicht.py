"""The form and results of one rekenhulp (calculators/forms/__init__.py lists them all).

The overview shows what the other calculators answer: those results keep their own calculator's
label and words (`outputs_of`), so the overview and each calculator's page say it alike."""

from __future__ import annotations

from calculators.forms.examenroute import EXAMENROUTE
from calculators.forms.lening import LENING
from calculators.forms.model import Calculator, Output, form_fields, outputs_of
from calculators.forms.ontheffing import ONTHEFFING
from calculators.forms.termijnen import TERMIJNEN

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
        *outputs_of(
            TERMIJNEN,
            "pip_uiterlijk",
            "termijn_einde",
            "participatieverklaring_uiterlijk",
            "aow_datum",
        ),
        *outputs_of(LENING, "recht_op_lening", "betaler"),
        *outputs_of(EXAMENROUTE, "taalniveau"),
        *outputs_of(ONTHEFFING, "ontheffing_mogelijk"),
        Output("ontbreekt_voor_ontheffing", "Wat nog ontbreekt voor een ontheffing", "list"),
        Output("niet_berekend", "Niet berekend", "list"),
        Output("peildatum", "Peildatum", "date"),
    ),
)
