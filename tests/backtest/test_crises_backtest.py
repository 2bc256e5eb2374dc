"""The bundled crisis corpus replayed through the real pipeline into a temporary store."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.alerts import list_alerts
from tocsin.backtest import load_corpus
from tocsin.backtest.replay import Backtest, ReplayResult, StoreLedger
from tocsin.backtest.scoring import pair
from tocsin.settings import Settings
from tocsin.store import Store
from tocsin.weights import SignalWeights

pytestmark = pytest.mark.slow  # codes 46 articles and replays 33 days (about 45 s on 2 cores)


@pytest.fixture(scope="module")
def replay(pipeline, tmp_path_factory: pytest.TempPathFactory) -> tuple[ReplayResult, str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('backtest') / 'crises.db'}"
    settings = Settings.from_env(environ={}, db_url=url)
    with Store(url) as store:
        ledger = StoreLedger(store, settings, SignalWeights.load())
        result = Backtest(pipeline, settings, ledger).run(load_corpus())
    return result, url


def test_replay_counts(replay: tuple[ReplayResult, str]) -> None:
    result, _ = replay
    assert result.documents == len(load_corpus())
    assert result.days == len({d.date for d in load_corpus()})
    assert 0 < result.incidents < result.events  # records merged into incidents


def test_escalation_is_warned_before_violence(replay: tuple[ReplayResult, str]) -> None:
    result, _ = replay
    india_pakistan = [
        a for a in result.score.alerts if pair(a.alert.actor, a.alert.recipient) == ("IND", "PAK")
    ]
    first_violence = {a.first_violence for a in india_pakistan}
    assert first_violence and None not in first_violence
    (first,) = first_violence
    assert date(2026, 3, 23) <= first <= date(2026, 4, 7)
    early = [a for a in india_pakistan if a.lead_days is not None and a.lead_days > 0]
    assert early, "some India-Pakistan alert fires before the first clash"
    assert result.score.recall is not None and result.score.recall > 0


def test_deescalating_dyad_has_no_violence(replay: tuple[ReplayResult, str]) -> None:
    result, _ = replay
    greece_turkey = [
        a for a in result.score.alerts if pair(a.alert.actor, a.alert.recipient) == ("GRC", "TUR")
    ]
    assert greece_turkey, "the Greece-Turkey quarrel raises an alert before it calms down"
    assert all(a.first_violence is None and not a.true_positive for a in greece_turkey)


def test_alerts_are_stored_with_evidence(replay: tuple[ReplayResult, str]) -> None:
    result, url = replay
    with Store(url) as store, store.session() as session:
        rows = list_alerts(session, limit=1000)
    assert len(rows) == len({a.id for a in result.fired})
    assert all(r["evidence"] and r["evidence"][0]["sentence"] for r in rows)
