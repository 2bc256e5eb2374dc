"""Near-duplicate grouping of documents."""

from __future__ import annotations

from datetime import date

from tocsin.fingerprint import fingerprint, hamming
from tocsin.incidents.sources import CopyGrouper, copy_groups

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


def test_the_fingerprint_is_the_store_s_simhash() -> None:
    reprint = "Five killed in shelling. " + ORIGINAL
    assert hamming(fingerprint(ORIGINAL), fingerprint(reprint)) <= CopyGrouper().max_distance
    assert copy_groups([("a", ""), ("b", "")]) == {"a": "a", "b": "b"}  # no words, no copy


def test_copies_must_be_published_close_together() -> None:
    grouper = CopyGrouper(days=3)
    assert grouper.add("a", ORIGINAL, date(2026, 3, 1), "North") == ("a", "North")
    assert grouper.add("b", ORIGINAL, date(2026, 3, 3), "Metro") == ("a", "North")
    assert grouper.add("c", ORIGINAL, date(2026, 3, 20), "Metro") == ("c", "Metro")
