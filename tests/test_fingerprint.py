import csv
import random
from pathlib import Path

import pytest

from tocsin.fingerprint import (
    MAX_DISTANCE,
    NearDuplicateIndex,
    body_text,
    fingerprint,
    from_signed,
    hamming,
    similar,
    to_signed,
)

CASES_DIR = Path(__file__).resolve().parent / "data" / "ingest" / "near_duplicates"


def load_cases() -> list[dict[str, str]]:
    with (CASES_DIR / "cases.tsv").open(encoding="utf-8") as handle:
        rows = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(rows, delimiter="\t"))


@pytest.mark.parametrize("case", load_cases(), ids=lambda c: f"{c['first']}~{c['second']}")
def test_golden_pairs(case: dict[str, str]) -> None:
    first = fingerprint((CASES_DIR / case["first"]).read_text(encoding="utf-8"))
    second = fingerprint((CASES_DIR / case["second"]).read_text(encoding="utf-8"))
    distance = hamming(first, second)
    if case["expected"] == "duplicate":
        assert distance <= MAX_DISTANCE, case["note"]
    else:
        assert distance > 2 * MAX_DISTANCE, case["note"]


def test_fingerprint_is_stable_and_normalised() -> None:
    text = "The Council condemned the attack on the convoy and called for an inquiry."
    assert fingerprint(text) == fingerprint(text.upper().replace(" ", "  "))
    assert 0 <= fingerprint(text) < 2**64
    assert fingerprint("") == 0 and fingerprint("... !!!") == 0


def test_similarity_scale() -> None:
    assert similar(0, 0) == 1.0
    assert similar(0, 2**64 - 1) == 0.0
    assert hamming(0b1011, 0b0001) == 2


def test_signed_round_trip() -> None:
    for value in (0, 1, 2**63 - 1, 2**63, 2**64 - 1):
        signed = to_signed(value)
        assert -(2**63) <= signed < 2**63
        assert from_signed(signed) == value


def test_body_text_drops_short_lines_only_when_body_dominates() -> None:
    body = "Officials said the ministers would meet again next week to sign the accord."
    assert body_text(f"Ministers to meet\n{body}\nShare this") == body
    short = "Line one here\nLine two here"
    assert body_text(short) == short


def test_index_finds_copies_and_not_other_stories() -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CASES_DIR.glob("*.txt")}
    index = NearDuplicateIndex()
    index.add("original", fingerprint(texts["original"]))
    index.add("unrelated", fingerprint(texts["unrelated"]))
    assert index.find(texts["wire_copy"])[0] == "original"
    assert index.find(texts["updated"])[0] == "original"
    assert index.find(texts["unrelated_wire"])[0] == "unrelated"
    assert index.find(texts["same_topic"]) is None
    assert len(index) == 2


def test_index_grows_and_prefers_the_closest_and_earliest() -> None:
    rng = random.Random(7)
    index = NearDuplicateIndex(max_distance=3, capacity=2)
    target = rng.getrandbits(64)
    for number in range(500):
        index.add(number, rng.getrandbits(64))
    index.add("far-copy", target ^ 0b111)
    index.add("near-copy", target ^ 0b1)
    index.add("near-copy-later", target ^ 0b10)
    index.add("near-copy", 0)  # repeated keys are ignored
    assert len(index) == 503
    assert index.nearest(target) == ("near-copy", 1)
    assert NearDuplicateIndex().nearest(target) is None
    with pytest.raises(ValueError):
        NearDuplicateIndex(max_distance=64)


def test_check_links_copies_to_the_first_version() -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CASES_DIR.glob("*.txt")}
    index = NearDuplicateIndex()
    assert index.check("a", texts["original"])[1] is None
    print_, match = index.check("b", texts["wire_copy"])
    assert match is not None and match[0] == "a" and print_ == fingerprint(texts["wire_copy"])
    assert index.check("c", texts["same_topic"])[1] is None
    assert len(index) == 3
