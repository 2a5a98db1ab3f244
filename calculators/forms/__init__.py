"""The calculators' forms and results, described once.

Field names are the input keys of `calc.run` (see the spec, "Rekenhulpen"); result keys are the
keys of its `result`. The page hook (hooks/rekenhulpen.py) renders the markup from this
description with templates/rekenhulp.html; the browser glue (js/) only routes fields in and
results out, and reads the kinds from the markup. Labels are Dutch; hints are written in the
Markdown pages, inside the shortcode. One module per calculator; the vocabulary in `model`.
"""

from __future__ import annotations

from datetime import timedelta

from calc import parameters
from calc.datums import datum_nl
from calculators.forms.examenroute import EXAMENROUTE
from calculators.forms.financiering import FINANCIERING
from calculators.forms.jongeren import JONGEREN
from calculators.forms.lening import LENING
from calculators.forms.model import Calculator, Field, Output
from calculators.forms.ontheffing import ONTHEFFING
from calculators.forms.termijnen import TERMIJNEN

# The laws' key dates from the parameters (regime.toml), as the rules use them.
_WI2013 = parameters.ingang("regime", "wi2013")
_WI2021 = parameters.ingang("regime", "wi2021")

REGIMES = {
    "wi2007": f"Wet inburgering 2007 (inburgeringsplicht begonnen vóór {datum_nl(_WI2013)}). "
    "Dat valt buiten de factsheet.",
    "wi2013": f"Wet inburgering 2013 (inburgeringsplicht begonnen van {datum_nl(_WI2013)} tot en "
    f"met {datum_nl(_WI2021 - timedelta(days=1))}). Dit is wat de factsheet beschrijft.",
    "wi2021": f"Wet inburgering 2021 (inburgeringsplicht begonnen op of na {datum_nl(_WI2021)}). "
    "De factsheet beschrijft die wet niet; de rekenhulp volgt de wet en het besluit zelf.",
}

CALCULATORS: dict[str, Calculator] = {
    c.name: c for c in (TERMIJNEN, LENING, FINANCIERING, ONTHEFFING, EXAMENROUTE, JONGEREN)
}

__all__ = ["CALCULATORS", "REGIMES", "Calculator", "Field", "Output"]
