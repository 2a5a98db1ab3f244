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
