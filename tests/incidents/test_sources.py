"""Near-duplicate grouping of documents."""

from __future__ import annotations

from datetime import date

from tocsin.incidents.sources import CopyGrouper, copy_groups, jaccard, shingles

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


def test_copies_must_be_published_close_together() -> None:
    grouper = CopyGrouper(days=3)
    assert grouper.add("a", ORIGINAL, date(2026, 3, 1), "North") == ("a", "North")
    assert grouper.add("b", ORIGINAL, date(2026, 3, 3), "Metro") == ("a", "North")
    assert grouper.add("c", ORIGINAL, date(2026, 3, 20), "Metro") == ("c", "Metro")
