"""Merges and non-merges of reports into incidents, driven by tests/data/incidents_cases.jsonl."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from incidents.factories import make_report
from tocsin.incidents.cluster import cluster, report_order
from tocsin.incidents.matcher import IncidentDraft, Matcher
from tocsin.incidents.summary import summarize
from tocsin.weights import SignalWeights

CASES = [
    json.loads(line)
    for line in (Path(__file__).parents[1] / "data" / "incidents_cases.jsonl")
    .read_text()
    .splitlines()
    if line.strip()
]


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


def _exhaustive(reports: list, matcher: Matcher) -> list[list[str]]:
    """Reference clustering: every report compared with every incident, no index."""
    drafts: list[IncidentDraft] = []
    for report in sorted(reports, key=report_order):
        scored = [(matcher.compare(report, d), i) for i, d in enumerate(drafts)]
        scored = [(r.score, -i, r) for r, i in scored if r is not None]
        if report.actor.key is None or not scored:
            drafts.append(IncidentDraft(anchor=report))
            continue
        _, position, reason = max(scored, key=lambda s: (s[0], s[1]))
        drafts[-position].mentions.append((report, reason))
    return [[r.event.id for r in d.reports] for d in drafts]


def test_indexed_clustering_equals_exhaustive_comparison(weights: SignalWeights) -> None:
    rng = random.Random(11)
    countries = ["IND", "PAK", "CHN", None]
    kinds = ["ASSAULT", "THREATEN", "AGREE"]
    specs = []
    for i in range(400):
        day = date(2026, 1, 1) + timedelta(days=rng.randint(0, 40))
        precision = rng.choice(["day", "day", "month", None])
        when = (
            None
            if precision is None
            else (day.isoformat()[:7] if precision == "month" else day.isoformat())
        )
        actor = rng.choice(countries)
        recipient = rng.choice(countries)
        specs.append(
            {
                "doc": f"d{i % 90}",
                "actor": actor and actor + rng.choice(["", "/MIL", "/GOV"]),
                "recipient": recipient,
                "event": rng.choice(kinds),
                "status": rng.choice(["asserted", "possible", "denied"]),
                "date": when,
                "precision": precision or "day",
                "symmetric": rng.random() < 0.3,
                "offset": i,
                "published": day.isoformat(),
            }
        )
    reports = [make_report(spec, i) for i, spec in enumerate(specs)]
    matcher = Matcher(weights, slack_days=1)
    indexed = [[r.event.id for r in d.reports] for d in cluster(reports, matcher)]
    assert indexed == _exhaustive(reports, matcher)
    assert len(indexed) < len(reports)  # some reports did merge
