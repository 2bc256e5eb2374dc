"""Wire headline conventions: slugs removed, the source set apart, capitals recased."""

from __future__ import annotations

import pytest

from tocsin.clean.wire import WireForms


@pytest.fixture(scope="module")
def wire() -> WireForms:
    return WireForms.load()


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("UPDATE 2-Troops shell the northern town", ["Troops shell the northern town"]),
        ("WRAPUP 3-Rebels attack convoy near border", ["Rebels attack convoy near border"]),
        ("EXCLUSIVE-Army moves tanks to the front", ["Army moves tanks to the front"]),
        ("RPT-UPDATE 1-Militants storm a hotel", ["Militants storm a hotel"]),
        (
            "Army pounds rebel positions in the east - military",
            ["Army pounds rebel positions in the east", "- military"],
        ),
        (
            "Five police killed in an ambush in the south: interior minister",
            ["Five police killed in an ambush in the south", ": interior minister"],
        ),
        (
            "Jets strike a market, killing 12 - war monitor",
            ["Jets strike a market, killing 12", "- war monitor"],
        ),
        (
            "Clashes in the capital leave 20 dead -- health ministry",
            ["Clashes in the capital leave 20 dead", "-- health ministry"],
        ),
        (
            "Soldiers executed 30 villagers in the north - Human Rights Watch",
            ["Soldiers executed 30 villagers in the north", "- Human Rights Watch"],
        ),
        (
            "Six soldiers killed as militants raid a checkpoint: ISPR",
            ["Six soldiers killed as militants raid a checkpoint", ": ISPR"],
        ),
    ],
)
def test_slugs_and_sources(wire: WireForms, line: str, parts: list[str]) -> None:
    assert wire.headline_parts(line) == parts


@pytest.mark.parametrize(
    "line",
    [
        "Syria: rebels shell the western districts",  # a place before the colon
        "Fighting in the north - a report from the front lines of the war",  # no source word
        "Talks resume - ceasefire holds",
    ],
)
def test_no_source_split(wire: WireForms, line: str) -> None:
    assert wire.headline_parts(line) == [line]


def test_capitals_only_are_recased(wire: WireForms) -> None:
    assert wire.headline_parts("REBELS SHELL THE CAPITAL AT DAWN") == [
        "Rebels Shell The Capital At Dawn"
    ]
