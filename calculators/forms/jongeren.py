"""The form and results of one rekenhulp (calculators/forms/__init__.py lists them all)."""

from __future__ import annotations

from calculators.forms.model import Calculator, Output, form_fields, vaste_waarde

JONGEREN = Calculator(
    name="jongeren",
    title="Jonge statushouders en het mbo",
    wet_veld="geboortedatum",
    wet_na_jaren=int(vaste_waarde("leeftijd_inburgeringsplicht")),
    fields=form_fields("jongeren"),
    outputs=(
        Output("achttiende_verjaardag", "18e verjaardag", "date"),
        Output("tijdelijk_vrijgesteld", "Tijdelijk vrijgesteld van de inburgeringsplicht", "bool"),
        Output("inburgeringsplichtig", "Inburgeringsplichtig op de peildatum", "bool"),
        Output("isk_einde", f"Einde van de {vaste_waarde('isk_duur')} jaar ISK", "date"),
        Output("peildatum", "Peildatum", "date"),
    ),
)
