"""The calculators' forms and results, described once.

The fields come from each calculator's own field list (its `Veld`s in src/calc, `form_fields`);
result keys are the keys of `calc.run`'s `result`, labelled here. The rekenhulp shortcode
(src/shortcodes/rekenhulp.py) renders the markup from this description with
templates/rekenhulp.html; the browser glue (js/) only routes fields in and results out, and
reads the kinds from the markup. Labels are Dutch; hints are written in the Markdown pages,
inside the shortcode. One module per calculator; the vocabulary in `model`.
"""

from __future__ import annotations

from calc.regime import wetten
from calculators.forms.examenroute import EXAMENROUTE
from calculators.forms.financiering import FINANCIERING
from calculators.forms.jongeren import JONGEREN
from calculators.forms.lening import LENING
from calculators.forms.model import Calculator, Field, Output
from calculators.forms.ontheffing import ONTHEFFING
from calculators.forms.overzicht import OVERZICHT
from calculators.forms.termijnen import TERMIJNEN

# Each law the calculators know, with its period (calc/regimes.toml and its start dates).
REGIMES = {w.code: w.label for w in wetten()}

CALCULATORS: dict[str, Calculator] = {
    c.name: c
    for c in (OVERZICHT, TERMIJNEN, LENING, FINANCIERING, ONTHEFFING, EXAMENROUTE, JONGEREN)
}

__all__ = ["CALCULATORS", "REGIMES", "Calculator", "Field", "Output"]
