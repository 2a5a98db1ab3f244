"""The forms describe exactly the calculators' inputs and results (calculators/forms/)."""

from __future__ import annotations

import dataclasses

import pytest
from calculators import forms
from calculators.forms.model import Field

import calc
from calc import keuzes
from calc.parameters import ParameterFout
from calc.regime import wetten
from calc.rekenhulpen import REGISTER
from calc.velden import Veld, namen

# Each calculator's form fields and typed result, as the rules define them (the registry).
MODELS: dict[str, tuple[tuple[Veld, ...], type]] = {
    naam: (b.velden_formulier, b.uitkomsten[0]) for naam, b in REGISTER.items()
}
# Every field of every calculator, once per calculator that asks it.
VELDEN = [(naam, veld) for naam, b in REGISTER.items() for veld in b.regels.velden]


def test_every_calculator_has_a_form() -> None:
    assert set(forms.CALCULATORS) == set(MODELS)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_the_form_asks_the_described_fields_in_their_order(name: str) -> None:
    velden, _ = MODELS[name]
    fields = forms.CALCULATORS[name].fields
    assert [f.name for f in fields] == [v.naam for v in velden]
    assert fields == tuple(Field.van(v) for v in velden)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_the_rules_read_exactly_the_described_fields(name: str) -> None:
    """The input dataclass is built from the field list: no field is read outside it."""
    rekenhulp = REGISTER[name].regels
    invoer = rekenhulp.lees_invoer(REGISTER[name].voorbeelden[0])
    assert {f.name for f in dataclasses.fields(invoer)} == set(namen(rekenhulp.velden))


# A value no field accepts (not a date, a yes/no, a number or a code).
ONZIN = "@@"


@pytest.mark.parametrize(("name", "veld"), VELDEN, ids=[f"{n}-{v.naam}" for n, v in VELDEN])
def test_a_wrong_value_is_an_error_on_its_field_that_names_it(name: str, veld: Veld) -> None:
    """The message comes from the field's description: its noun phrase (`wat`)."""
    voorbeeld = dict(REGISTER[name].voorbeelden[0])
    answer = calc.run(name, {**voorbeeld, veld.naam: ONZIN})
    assert not answer["ok"]
    mine = [e for e in answer["errors"] if e["field"] == veld.naam]
    assert len(mine) == 1, answer["errors"]
    assert veld.wat.lower() in mine[0]["message"].lower(), (veld.wat, mine[0]["message"])


@pytest.mark.parametrize(
    ("name", "veld"),
    [(n, v) for n, v in VELDEN if v.verplicht],
    ids=[f"{n}-{v.naam}" for n, v in VELDEN if v.verplicht],
)
def test_a_required_field_left_empty_is_asked_for_by_name(name: str, veld: Veld) -> None:
    voorbeeld = {**REGISTER[name].voorbeelden[0], veld.naam: ""}
    answer = calc.run(name, voorbeeld)
    assert not answer["ok"]
    assert {"field": veld.naam, "message": f"Vul {veld.wat} in."} in answer["errors"]


@pytest.mark.parametrize(("name", "veld"), VELDEN, ids=[f"{n}-{v.naam}" for n, v in VELDEN])
def test_a_field_belongs_to_every_law_or_to_a_known_one(name: str, veld: Veld) -> None:
    assert veld.wet in {"", *(w.code for w in wetten())}


@pytest.mark.parametrize("name", sorted(MODELS))
def test_every_result_key_has_a_dutch_label(name: str) -> None:
    _, uitkomst = MODELS[name]
    keys = {f.name for f in dataclasses.fields(uitkomst)}
    labelled = {o.key for o in forms.CALCULATORS[name].outputs}
    assert keys <= labelled, keys - labelled


def test_a_label_names_a_parameter_only_while_it_has_one_value() -> None:
    from calculators.forms.model import vaste_waarde

    assert vaste_waarde("inburgeringstermijn") == 3
    with pytest.raises(ParameterFout, match="boete_maximaal"):
        vaste_waarde("boete_maximaal")  # € 1.250 (Wi2013), € 1.000 (Wi2021)


def test_the_shared_choices_are_the_rules_own_codes() -> None:
    """One list per choice (calc.keuzes): every form that asks a doelgroep or a leerroute shows
    one of them, and the rules accept exactly its codes."""
    for naam, veld in VELDEN:
        if veld.naam in ("doelgroep", "leerroute"):
            assert veld.keuzes in (
                keuzes.DOELGROEPEN,
                keuzes.DOELGROEPEN_2021,
                keuzes.LEERROUTES,
            ), (naam, veld.naam)
            for code in veld.codes:
                answer = calc.run(naam, {**REGISTER[naam].voorbeelden[0], veld.naam: code})
                assert answer["ok"], (naam, code, answer)
