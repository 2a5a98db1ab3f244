"""The case tables (tests/cases/*.yaml) through `calc.run` in CPython."""

from __future__ import annotations

import json
from typing import Any

import pytest

import calc
from tests.casussen import REKENHULPEN, CasusFout, alle, controleer, vergelijk

CASUSSEN = alle()


@pytest.mark.parametrize("casus", CASUSSEN, ids=[c["naam"] for c in CASUSSEN])
def test_casus(casus: dict[str, Any]) -> None:
    uitkomst = calc.run(casus["rekenhulp"], casus["invoer"])
    json.dumps(uitkomst)
    assert vergelijk(casus, uitkomst) == []


def test_every_calculator_has_cases() -> None:
    per_rekenhulp = {c["rekenhulp"] for c in CASUSSEN}
    assert set(REKENHULPEN) <= per_rekenhulp
    assert set(REKENHULPEN) == set(calc.bridge.REKENHULPEN)


@pytest.mark.parametrize(
    "casus",
    [
        {"naam": "Zin.", "bron": "x", "invoer": {}, "verwacht": {}, "verwachting": 1},
        {"naam": "Zin.", "bron": "x", "invoer": {}, "verwacht": {"termijn_eind": "2019-01-01"}},
        {"naam": "Geen zin", "bron": "x", "invoer": {}, "verwacht": {}},
        {"naam": "Zin.", "invoer": {}, "verwacht": {}},
    ],
)
def test_unknown_or_missing_keys_fail(casus: dict[str, Any]) -> None:
    with pytest.raises(CasusFout):
        controleer(casus, "termijnen")


def test_a_broken_expectation_fails() -> None:
    """The runner really compares: a changed expectation gives a difference."""
    casus = next(c for c in CASUSSEN if c["verwacht"].get("termijn_einde") == "2019-02-28")
    kapot = {**casus, "verwacht": {**casus["verwacht"], "termijn_einde": "2019-03-01"}}
    assert vergelijk(kapot, calc.run(kapot["rekenhulp"], kapot["invoer"])) != []


@pytest.mark.parametrize("rekenhulp", REKENHULPEN)
def test_a_broken_expectation_fails_for_every_calculator(rekenhulp: str) -> None:
    """For each calculator, a changed result expectation gives a difference."""
    casus = next(
        c
        for c in CASUSSEN
        if c["rekenhulp"] == rekenhulp and set(c["verwacht"]) - {"ok", "regime", "fouten"}
    )
    sleutel = sorted(set(casus["verwacht"]) - {"ok", "regime", "fouten"})[0]
    kapot = {**casus, "verwacht": {**casus["verwacht"], sleutel: ["kapot"]}}
    assert vergelijk(kapot, calc.run(kapot["rekenhulp"], kapot["invoer"])) != []
