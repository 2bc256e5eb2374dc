"""The invented crisis corpus replayed through the real pipeline into a temporary store.

Its only truth is tocsin's own coding, so its report must say it is self-referential.
"""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.alerts import list_alerts
from tocsin.backtest.corpus import crisis_corpus
from tocsin.backtest.ledgers import StoreLedger
from tocsin.backtest.report import markdown
from tocsin.backtest.run import BacktestResult, run_backtest
from tocsin.settings import Settings
from tocsin.store import Store
from tocsin.weights import SignalWeights

pytestmark = pytest.mark.slow  # codes 46 articles and replays 50 days (about 45 s on 2 cores)


@pytest.fixture(scope="module")
def replay(pipeline, tmp_path_factory: pytest.TempPathFactory) -> tuple[BacktestResult, str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('backtest') / 'crises.db'}"
    settings = Settings.from_env(environ={}, db_url=url)
    with Store(url) as store:
        ledger = StoreLedger(store, settings, SignalWeights.load())
        result = run_backtest(pipeline, settings, crisis_corpus(), corpus="crises", ledger=ledger)
    return result, url


def test_replay_counts(replay: tuple[BacktestResult, str]) -> None:
    result, _ = replay
    assert result.replay.documents == len(crisis_corpus())
    assert 0 < result.replay.incidents < result.replay.events  # records merged into incidents


def test_escalation_is_warned_before_violence(replay: tuple[BacktestResult, str]) -> None:
    result, _ = replay
    india_pakistan = [a for a in result.self_score.alerts if a.alert.unit == "IND–PAK"]
    first_violence = {a.first_violence for a in india_pakistan}
    assert first_violence and None not in first_violence
    first = min(first_violence)
    assert date(2026, 3, 23) <= first <= date(2026, 4, 7)
    early = [a for a in india_pakistan if a.lead_days is not None and a.lead_days > 0]
    assert early, "some India-Pakistan alert fires before the first clash"
    assert result.self_score.recall is not None and result.self_score.recall > 0


def test_deescalating_dyad_has_no_violence(replay: tuple[BacktestResult, str]) -> None:
    result, _ = replay
    greece_turkey = [a for a in result.self_score.alerts if a.alert.unit == "GRC–TUR"]
    assert greece_turkey, "the Greece-Turkey quarrel raises an alert before it calms down"
    assert all(a.first_violence is None and not a.true_positive for a in greece_turkey)


def test_report_says_its_figures_are_self_referential(replay: tuple[BacktestResult, str]) -> None:
    result, _ = replay
    assert result.self_referential
    text = markdown(result)
    assert "**Self-referential.**" in text and "precision (self-referential" in text
    assert result.to_dict()["self_referential"] is True


def test_alerts_are_stored_with_evidence(replay: tuple[BacktestResult, str]) -> None:
    result, url = replay
    with Store(url) as store, store.session() as session:
        rows = list_alerts(session, limit=1000)
    assert len(rows) == len({a.id for a in result.fired})
    assert all(r["evidence"] and r["evidence"][0]["sentence"] for r in rows)
    assert {r["dyad_level"] for r in rows} <= {"pair", "family", "dyad"}
