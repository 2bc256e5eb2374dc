"""Scores on the shared dev gold sets (measuring only; skipped when the files are absent)."""

from __future__ import annotations

import pytest

from tocsin.evaluation import case, gsr, plv

pytestmark = pytest.mark.dev


def test_plv_root_accuracy(pipeline, dev_file):
    report = plv.evaluate(pipeline.code_text, dev_file("plv_dev.tsv"), limit=400)
    assert report.accuracy >= 0.6


def test_case_acled_weighted_f1(pipeline, dev_file):
    report = case.evaluate(pipeline.code_text, dev_file("case2021_task2_dev.tsv"))
    assert report.weighted_f1 >= 0.55


def test_gsr_event_accuracy(pipeline, dev_file):
    report = gsr.evaluate(pipeline.code_text, dev_file("plover_gsr_cameo.json"))
    assert report.accuracy >= 0.5
