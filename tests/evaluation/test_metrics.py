from __future__ import annotations

import pytest

from tocsin.evaluation.metrics import format_report, score


def test_perfect_prediction():
    report = score(["A", "B", "B"], ["A", "B", "B"])
    assert report.accuracy == 1.0
    assert report.macro_f1 == 1.0
    assert report.weighted_f1 == 1.0
    assert report.confusions == ()


def test_known_values():
    gold = ["A", "A", "B", "B"]
    pred = ["A", "B", "B", "NONE"]
    report = score(gold, pred)
    assert report.accuracy == 0.5
    # A: P=1, R=.5, F=.667 ; B: P=.5, R=.5, F=.5
    assert report.macro_f1 == pytest.approx((2 / 3 + 0.5) / 2)
    assert report.weighted_f1 == pytest.approx((2 / 3 * 2 + 0.5 * 2) / 4)
    assert ("A", "B", 1) in report.confusions
    assert "accuracy=0.500" in format_report("t", report)


def test_length_mismatch():
    with pytest.raises(ValueError):
        score(["A"], [])
