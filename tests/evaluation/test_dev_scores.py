"""Scores on the shared dev gold sets (measuring only; skipped when the files are absent).

The thresholds sit a little below the figures of docs/benchmarks.md, on a prefix of each set
to keep the suite quick; ``tocsin eval`` gives the full figures.
"""

from __future__ import annotations

import pytest

from tocsin.evaluation import case, gsr, plv
from tocsin.evaluation.runner import TolerantCoder

pytestmark = pytest.mark.dev


def test_plv_root_accuracy(pipeline, dev_file):
    report = plv.evaluate(TolerantCoder(pipeline.code_text), dev_file("plv_dev.tsv"), limit=250)
    assert report.accuracy >= 0.65
    assert report.extra["parties"] >= 0.45  # measured 0.578 on all 1,050 (docs/benchmarks.md)


def test_case_acled_weighted_f1(pipeline, dev_file):
    path = dev_file("case2021_task2_dev.tsv")
    report = case.evaluate(TolerantCoder(pipeline.code_text), path)
    assert report.weighted_f1 >= 0.6


def test_gsr_event_accuracy(pipeline, dev_file):
    path = dev_file("plover_gsr_cameo.json")
    report = gsr.evaluate(TolerantCoder(pipeline.code_text), path, limit=150)
    assert report.accuracy >= 0.5
