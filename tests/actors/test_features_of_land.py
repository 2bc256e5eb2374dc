"""A country's name that names a river, a delta, a valley, a lake or another state's region."""

from __future__ import annotations

import pytest


def _codes(mentions, text: str) -> dict[str, str | None]:
    return {span: f.actor.code for span, f in mentions(text)}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen fired on a ferry on the Niger river.", "NER"),
        ("Militants in the Niger Delta blew up a pipeline.", "NER"),
        ("Settlers built homes in the Jordan Valley.", "JOR"),
        ("Fishermen on Lake Chad were abducted.", "TCD"),
        ("Farmers were attacked in Niger state on Monday.", "NER"),
    ],
)
def test_no_mention_of_the_country(mentions, text, country) -> None:
    assert not any(code and code.startswith(country) for code in _codes(mentions, text).values())


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Iran state media reported the launch.", "IRN"),
        ("Niger said its troops repelled the attack.", "NER"),
        ("Troops from Chad crossed the border.", "TCD"),
    ],
)
def test_the_country_itself_is_still_named(mentions, text, country) -> None:
    assert any(code and code.startswith(country) for code in _codes(mentions, text).values())
