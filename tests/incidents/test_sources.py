"""Near-duplicate grouping of documents."""

from __future__ import annotations

from tocsin.incidents.sources import copy_groups, jaccard, shingles

ORIGINAL = (
    "Pakistani artillery shelled villages near the border on Monday, killing five civilians. "
    "The army fired back at Pakistani posts. Hundreds of families fled their homes."
)


def test_reprint_with_new_headline_joins_original() -> None:
    reprint = "Five killed in shelling. " + ORIGINAL
    groups = copy_groups([("a", ORIGINAL), ("b", reprint)])
    assert groups == {"a": "a", "b": "a"}


def test_different_story_is_its_own_group() -> None:
    other = (
        "Greece and Turkey signed a trade agreement on Wednesday and agreed to reopen "
        "ferry routes between their islands."
    )
    assert copy_groups([("a", ORIGINAL), ("b", other)]) == {"a": "a", "b": "b"}


def test_jaccard_bounds() -> None:
    prints = shingles(ORIGINAL)
    assert jaccard(prints, prints) == 1.0
    assert jaccard(prints, frozenset()) == 0.0
    assert shingles("two words") == frozenset({"two words"})
