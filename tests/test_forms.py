"""The forms describe exactly the calculators' inputs and results (calculators/forms/)."""

from __future__ import annotations

import dataclasses

import pytest
from calculators import forms

from calc.rekenhulpen import REGISTER

# Each calculator's form fields and typed result, as the rules define them (the registry).
MODELS: dict[str, tuple[tuple[str, ...], type]] = {
    naam: (b.velden_formulier, b.uitkomsten[0]) for naam, b in REGISTER.items()
}


def test_every_calculator_has_a_form() -> None:
    assert set(forms.CALCULATORS) == set(MODELS)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_every_input_has_a_field_and_every_field_is_an_input(name: str) -> None:
    velden, _ = MODELS[name]
    assert {f.name for f in forms.CALCULATORS[name].fields} == set(velden)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_every_result_key_has_a_dutch_label(name: str) -> None:
    _, uitkomst = MODELS[name]
    keys = {f.name for f in dataclasses.fields(uitkomst)}
    labelled = {o.key for o in forms.CALCULATORS[name].outputs}
    assert keys <= labelled, keys - labelled


def test_a_label_names_a_parameter_only_while_it_has_one_value() -> None:
    from calculators.forms.model import vaste_waarde

    assert vaste_waarde("inburgeringstermijn") == 3
    with pytest.raises(ValueError, match="boete_maximaal"):
        vaste_waarde("boete_maximaal")  # € 1.250 (Wi2013), € 1.000 (Wi2021)


def test_the_shared_choices_are_the_rules_own_codes() -> None:
    """One list per choice (calc.keuzes): the forms show its labels, the rules accept its codes."""
    from calc import invoer, keuzes
    from calc.rekenhulpen.examenroute import invoer as examenroute
    from calc.rekenhulpen.termijnen import invoer as termijnen

    assert keuzes.codes(keuzes.DOELGROEPEN) == invoer.DOELGROEPEN
    assert termijnen.DOELGROEPEN == examenroute.DOELGROEPEN == keuzes.codes(keuzes.DOELGROEPEN_2021)
    assert termijnen.LEERROUTES == examenroute.LEERROUTES == keuzes.codes(keuzes.LEERROUTES)
    for form in forms.CALCULATORS.values():
        for field in form.fields:
            if field.name in ("doelgroep", "leerroute"):
                assert field.choices in (
                    keuzes.DOELGROEPEN,
                    keuzes.DOELGROEPEN_2021,
                    keuzes.LEERROUTES,
                ), (form.name, field.name)
