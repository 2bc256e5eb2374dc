"""One backtest: replay a corpus, then score it against truth (lacking truth, against itself)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from tocsin.backtest.agreement import deaths_agreement
from tocsin.backtest.cache import CodingCache
from tocsin.backtest.ledgers import Ledger
from tocsin.backtest.reference import persistence_forecasts
from tocsin.backtest.replay import Backtest, Replay
from tocsin.backtest.scoring import FiredAlert, Score, score, violent_days
from tocsin.backtest.truth_scores import (
    TruthReport,
    Window,
    covered_by,
    covered_in,
    score_against_truth,
)
from tocsin.forecast.logistic import fit_logistic
from tocsin.forecast.model import ForecastModel
from tocsin.forecast.rolling import RollingForecaster
from tocsin.models import Document
from tocsin.settings import Settings
from tocsin.truth.onsets import OnsetRule, find_onsets
from tocsin.truth.violence import Truth


@dataclass
class BacktestResult:
    """A replay, its alerts, the self-referential score and, with truth, the real one."""

    corpus: str
    replay: Replay
    fired: list[FiredAlert]
    self_score: Score
    truth: TruthReport | None = None
    peak_memory_mb: float | None = None

    @property
    def self_referential(self) -> bool:
        return self.truth is None

    def to_dict(self) -> dict[str, Any]:
        r = self.replay
        data: dict[str, Any] = {
            "corpus": self.corpus,
            "first_day": r.first_day.isoformat(),
            "last_day": r.last_day.isoformat(),
            "days": r.days,
            "documents": r.documents,
            "failed": r.failed,
            "events": r.events,
            "incidents": r.incidents,
            "self_referential": self.self_referential,
            "horizon_days": self.self_score.horizon_days,
            "min_level": self.self_score.min_level,
        }
        own = self.self_score.to_dict()
        if self.truth is None:
            data.update(own)
            data["note"] = (
                "self-referential: every figure compares tocsin's alerts with violence tocsin "
                "itself coded; score against UCDP GED or ACLED with --truth"
            )
        else:
            data["alerts"] = [a for a in self.truth.alerts if _at_least(a, own["min_level"])]
            data.update(self.truth.to_dict())
            data["self_referential_scores"] = {k: v for k, v in own.items() if k != "alerts"}
        data["forecasts"] = len(r.forecasts)
        data["benchmark"] = {
            "seconds_total": round(r.seconds_total, 1),
            "seconds_coding": round(r.seconds_coding, 1),
            "coding_cached": r.coding_cached,
            "total_over_coding": round(r.seconds_total / r.seconds_coding, 2)
            if r.seconds_coding
            else None,
            "peak_memory_mb": None if self.peak_memory_mb is None else round(self.peak_memory_mb),
        }
        return data


def _at_least(alert: dict[str, Any], level: str) -> bool:
    from tocsin.alerts.model import LEVELS

    return LEVELS.index(alert["level"]) >= LEVELS.index(level)


def run_backtest(
    pipeline: Any,
    settings: Settings,
    documents: Iterable[Document],
    *,
    corpus: str = "",
    truth: Truth | None = None,
    rule: OnsetRule | None = None,
    score_from: date | None = None,
    model: ForecastModel | None = None,
    ledger: Ledger | None = None,
    min_level: str = "info",
    progress: Callable[[date, int], None] | None = None,
    cache: CodingCache | None = None,
) -> BacktestResult:
    """Replay ``documents``; with ``truth``, forecasts refit on the past only and every
    figure is scored against the truth's onsets (``score_from`` on)."""
    model = model or ForecastModel.load()
    rule = rule or OnsetRule()
    horizon = settings.backtest_horizon_days
    forecaster = None
    onsets = []
    if truth is not None:
        covered, _ = covered_by(truth)
        onsets = find_onsets(truth.events, rule)
        forecaster = RollingForecaster(
            onsets, covered, model.horizon_days, model.l2, columns=model.columns
        )
    backtest = Backtest(pipeline, settings, ledger, forecaster, model, cache)
    replay = backtest.run(documents, progress=progress)
    fired = [FiredAlert.of(e) for e in replay.episodes]
    own = score(fired, violent_days(replay.table), horizon, min_level)
    result = BacktestResult(corpus, replay, fired, own)
    if truth is not None:
        window = Window(
            max(score_from or replay.first_day, replay.first_day), replay.last_day, horizon
        )
        persistence = persistence_forecasts(
            replay.forecasts, truth.events, onsets, covered, model.horizon_days, model.l2
        )
        result.truth = score_against_truth(
            fired,
            replay.table.units,
            replay.forecasts,
            truth,
            onsets,
            rule,
            window,
            settings.alert_merge_days,
            persistence,
            replay.surges,
            backtest.surge_rule,
        )
        result.truth.agreement = deaths_agreement(
            replay.table, truth, covered, window.first, window.last
        )
    return result


def fit_final_model(result: BacktestResult, base: ForecastModel, origin: str) -> ForecastModel:
    """A model fit on every scored forecast of a truth run (for ``--save-model``)."""
    if result.truth is None:
        raise ValueError("a model can only be fit on a backtest against truth")
    window = result.truth.window
    covered = covered_in(result.truth.countries)
    rows = [
        f
        for f in result.replay.forecasts
        if covered(f.unit)
        and f.outcome is not None
        and f.climatology is not None
        and f.issued.toordinal() + window.horizon_days <= window.last.toordinal()
    ]
    if not rows:
        raise ValueError("no forecasts with a known outcome to fit on")
    x = np.array([f.features for f in rows])[:, list(base.columns)]
    y = np.array([f.outcome for f in rows], dtype=float)
    logistic = fit_logistic(x, y, l2=base.l2)
    scores = result.truth.forecast.get("all", {})
    return ForecastModel(
        id=f"forecast.logistic.{window.first.isoformat()}.{window.last.isoformat()}",
        horizon_days=base.horizon_days,
        features=base.features,
        logistic=logistic,
        thresholds=dict(base.thresholds),
        l2=base.l2,
        provenance={
            "source": (
                f"fit by `tocsin backtest --save-model` on {origin}: {len(rows)} unit-weeks "
                f"from {window.first} to {window.last}, outcomes from {result.truth.source} "
                f"({Path(result.truth.path).name}) by the onset rule: "
                f"{result.truth.rule.describe()}"
            ),
            "licence": "MIT (this project); the truth data keep their own licence",
            "notes": (
                "L2 logistic regression on standardised features (tocsin.forecast.features); "
                "scores and reliability are those of the rolling-origin forecasts of that run"
            ),
        },
        reliability=list(scores.get("reliability", [])),
        scores={k: v for k, v in scores.items() if k != "reliability"},
    )
