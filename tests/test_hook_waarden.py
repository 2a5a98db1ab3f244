"""The shortcode <!-- waarde: NAAM --> puts a parameter's value in the text, loudly."""

from __future__ import annotations

from types import ModuleType, SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from tests.helpers import load_hook


def _hook() -> ModuleType:
    return load_hook("waarden")


def _pagina(tekst: str) -> str:
    pagina = SimpleNamespace(file=SimpleNamespace(src_uri="test.md"))
    return str(_hook().on_page_markdown(tekst, page=pagina))


def test_the_latest_value_and_a_dated_value() -> None:
    assert _pagina("Boete <!-- waarde: boete_brede_intake -->.") == "Boete € 250."
    assert _pagina("<!-- waarde: boete_maximaal 2016-01-01 -->") == "€ 1.250"
    assert _pagina("<!-- waarde: boete_maximaal -->") == "€ 1.000"
    assert _pagina("<!-- waarde: pip_termijn 2022-06-01 -->") == "10 weken"


@pytest.mark.parametrize(
    "tekst",
    [
        "<!-- waarde: bestaat_niet -->",
        "<!-- waarde: boete_maximaal 2010-01-01 -->",
        "<!-- waarde: extra_middelen 2019-01-01 -->",
        "<!-- waarde: regime -->",
    ],
)
def test_an_unknown_name_a_date_without_value_or_a_value_without_text_fails(tekst: str) -> None:
    with pytest.raises(PluginError):
        _pagina(tekst)
