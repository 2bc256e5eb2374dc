"""Merges and non-merges of reports into incidents, driven by tests/data/incidents_cases.jsonl."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incidents.factories import make_report
from tocsin.incidents.cluster import cluster
from tocsin.incidents.matcher import Matcher
from tocsin.incidents.summary import summarize
from tocsin.signals.weights import SignalWeights

CASES = [
    json.loads(line)
    for line in (Path(__file__).parents[1] / "data" / "incidents_cases.jsonl")
    .read_text()
    .splitlines()
    if line.strip()
]


@pytest.fixture(scope="module")
def weights() -> SignalWeights:
    return SignalWeights.load()


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_incident_case(case: dict, weights: SignalWeights) -> None:
    reports = [make_report(spec, i) for i, spec in enumerate(case["reports"])]
    index = {report.event.id: i for i, report in enumerate(reports)}
    drafts = cluster(reports, Matcher(weights, slack_days=1, max_km=50))
    groups = sorted(sorted(index[r.event.id] for r in d.reports) for d in drafts)
    assert groups == sorted(case["groups"]), case["note"]
    by_group = {tuple(sorted(index[r.event.id] for r in d.reports)): d for d in drafts}
    for group, expected in zip(case["groups"], case["sources"], strict=True):
        summary = summarize(by_group[tuple(sorted(group))], weights)
        assert summary.n_sources == expected, case["note"]
        assert summary.n_mentions == len(group)
    for group, expected in zip(case["groups"], case.get("contested", []), strict=False):
        assert summarize(by_group[tuple(sorted(group))], weights).contested is expected


def test_merge_reason_is_explained(weights: SignalWeights) -> None:
    first = make_report({"doc": "a", "actor": "IND", "recipient": "PAK", "date": "2026-04-13"}, 0)
    second = make_report({"doc": "b", "actor": "IND", "recipient": "PAK", "date": "2026-04-14"}, 1)
    (draft,) = cluster([first, second], Matcher(weights, slack_days=1))
    reason = draft.mentions[1][1].to_dict()
    assert reason["rule"] == "merge"
    assert reason["date_gap_days"] == 1
    assert set(reason["keys"]) >= {"actor", "recipient", "family", "date"}
    assert reason["place"] == "unknown"


def test_pinned_event_stays_alone(weights: SignalWeights) -> None:
    first = make_report({"doc": "a", "actor": "IND", "recipient": "PAK", "date": "2026-04-13"}, 0)
    second = make_report({"doc": "b", "actor": "IND", "recipient": "PAK", "date": "2026-04-13"}, 1)
    drafts = cluster([first, second], Matcher(weights), pinned=frozenset({second.event.id}))
    assert len(drafts) == 2
    assert any(d.pinned for d in drafts)


def test_summary_takes_the_most_factual_status(weights: SignalWeights) -> None:
    specs = [
        {"doc": "a", "actor": "PAK", "recipient": "IND", "date": "2026-03-30", "status": "alleged"},
        {"doc": "b", "actor": "PAK", "recipient": "IND", "date": "2026-03-30", "status": "denied"},
    ]
    (draft,) = cluster([make_report(s, i) for i, s in enumerate(specs)], Matcher(weights))
    summary = summarize(draft, weights)
    assert summary.status == "alleged"
    assert summary.happened_weight == pytest.approx(0.6)
    assert summary.contested
