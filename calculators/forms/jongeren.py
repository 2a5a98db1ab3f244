"""The form and results of one rekenhulp (calculators/forms/__init__.py lists them all)."""

from __future__ import annotations

from calculators.forms.model import Calculator, Field, Output, vaste_waarde

JONGEREN = Calculator(
    name="jongeren",
    title="Jonge statushouders en het mbo",
    wet_veld="geboortedatum",
    wet_na_jaren=int(vaste_waarde("leeftijd_inburgeringsplicht")),
    fields=(
        Field("geboortedatum", "Geboortedatum", "date", required=True),
        Field(
            "opleiding",
            "Soort opleiding",
            "choice",
            choices=(
                ("mbo", "Mbo"),
                ("vmbo_havo_vwo", "Vmbo, havo of vwo"),
                ("hbo_wo", "Hbo of wo"),
            ),
        ),
        Field("inschrijving_mbo", "Datum van inschrijving bij de opleiding", "date"),
        Field(
            "mbo_niveau",
            "Niveau van de mbo-opleiding",
            "choice",
            choices=(
                ("1", "Niveau 1 (entree)"),
                ("2", "Niveau 2"),
                ("3", "Niveau 3"),
                ("4", "Niveau 4"),
            ),
        ),
        Field("start_isk", "Start in de Internationale Schakelklas (ISK)", "date"),
        Field("peildatum", "Peildatum", "date"),
    ),
    outputs=(
        Output("achttiende_verjaardag", "18e verjaardag", "date"),
        Output("tijdelijk_vrijgesteld", "Tijdelijk vrijgesteld van de inburgeringsplicht", "bool"),
        Output("inburgeringsplichtig", "Inburgeringsplichtig op de peildatum", "bool"),
        Output("isk_einde", f"Einde van de {vaste_waarde('isk_duur')} jaar ISK", "date"),
        Output("peildatum", "Peildatum", "date"),
    ),
)
