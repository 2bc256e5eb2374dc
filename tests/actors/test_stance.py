"""A name after "anti-" or "pro-" is a stance of the phrase, not a party to it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "agent", "code"),
    [
        ("An anti-Syria columnist was shot outside his office.", "columnist", "SYR"),
        ("Pro-Russian militias took the bridge.", "militias", "RUS"),
        ("Anti-American protesters gathered at the gate.", "protesters", "USA"),
    ],
)
def test_stance_prefixed_name_is_no_actor(mentions, text, agent, code) -> None:
    found = mentions(text)
    assert any(agent in span for span, _ in found)  # the agent itself is still read
    assert all(f.actor.country != code for _, f in found)


def test_a_hyphenated_name_without_a_stance_prefix_still_counts(mentions) -> None:
    countries = {
        f.actor.country for _, f in mentions("The Franco-German brigade crossed into Syria.")
    }
    assert "SYR" in countries
