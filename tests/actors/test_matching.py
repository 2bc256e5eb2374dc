"""Agent words written with a capital: part of a name, unless a possessive owns them."""

from __future__ import annotations

import pytest


def _codes(mentions, text: str) -> dict[str, str | None]:
    return {span: f.actor.code for span, f in mentions(text)}


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Norway's Cabinet met on Sunday.", "Norway's Cabinet", "NORGOV"),
        ("Peru's Parliament rejected the bill.", "Peru's Parliament", "PERLEG"),
    ],
)
def test_capitalised_agent_owned_by_a_country(mentions, text, span, code) -> None:
    assert _codes(mentions, text)[span] == code


def test_capitalised_agent_alone_is_part_of_a_name(mentions) -> None:
    codes = _codes(mentions, "He told the Mirror on Sunday that Norway would wait.")
    assert "Mirror" not in codes and "the Mirror" not in codes
