"""A name after "anti-" or "pro-" is a stance of the phrase, not a party to it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An anti-Syria columnist was shot outside his office.", "Syria"),
        ("Pro-Western militias took the bridge.", "Western"),
        ("Anti-American protesters gathered at the gate.", "American"),
    ],
)
def test_stance_prefixed_name_is_no_actor(mentions, text, name) -> None:
    assert all(name not in span or f.actor.country is None for span, f in mentions(text))


def test_a_hyphenated_name_without_a_stance_prefix_still_counts(mentions) -> None:
    countries = {
        f.actor.country for _, f in mentions("The Franco-German brigade crossed into Syria.")
    }
    assert "SYR" in countries
