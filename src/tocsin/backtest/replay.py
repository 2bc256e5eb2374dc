"""Replay a dated corpus day by day: code, merge incidents, detect and forecast as of each day.

Each day's articles are coded (in batches: coding one article never looks at another), merged
into incidents, and only the incidents they touched are re-read into the weekly tables, so a
day costs the same in the second year of a replay as in its first week. Each day with news,
the detectors run on every fine dyad active that week; every day, the pairs and families whose
reported deaths surge (an onset in the making, :mod:`tocsin.signals.surges`) raise their alerts
(:mod:`tocsin.alerts.surges`: tocsin's warnings) and are noted to be scored as a rule of their
own; each Sunday, every country pair and conflict family gets its forecast for the weeks ahead
(forecast alerts rise no higher than ``forecast_alert_max_level``).
Detections merge into alerts (:class:`tocsin.alerts.episodes.AlertBook`), the way an analyst
would see them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import groupby
from typing import Any

from tocsin.alerts.detectors import Thresholds
from tocsin.alerts.episodes import AlertBook, Episode
from tocsin.alerts.forecasts import forecast_alerts
from tocsin.alerts.surges import surge_alerts
from tocsin.alerts.units import level_cap, scan_dyads
from tocsin.backtest.cache import CodingCache, cache_key
from tocsin.backtest.ledgers import Ledger, MemoryLedger
from tocsin.forecast.model import ForecastModel
from tocsin.forecast.rolling import FixedForecaster, Forecast
from tocsin.forecast.weekly import Forecaster, forecast_week
from tocsin.isolate import code_stream_isolated
from tocsin.models import Document
from tocsin.settings import Settings
from tocsin.signals.surges import SurgeRule, unit_surges
from tocsin.signals.units import unit_rows
from tocsin.signals.weekly import WeeklyTable, week_of
from tocsin.weights import SignalWeights

CODING_BATCH = 64


@dataclass
class Replay:
    """What a replay produced: counts, the weekly tables, the alerts and the forecasts."""

    first_day: date
    last_day: date
    days: int = 0
    documents: int = 0
    failed: int = 0  # documents the pipeline could not code (reported, not replayed)
    events: int = 0
    incidents: int = 0
    table: WeeklyTable = field(default_factory=WeeklyTable)
    episodes: list[Episode] = field(default_factory=list)
    forecasts: list[Forecast] = field(default_factory=list)
    surges: list[tuple[str, date]] = field(default_factory=list)  # (unit id, day) surging
    seconds_coding: float = 0.0
    seconds_total: float = 0.0
    coding_cached: bool = False  # the coded documents came from a :class:`CodingCache`


def _nlp_name(pipeline: Any) -> str:
    """The spaCy pipeline's name and version (part of the coding cache's key)."""
    meta = getattr(getattr(pipeline, "nlp", None), "meta", None) or {}
    name = meta.get("name", type(pipeline).__name__)
    return f"{meta.get('lang', '')}_{name}@{meta.get('version', '')}"


class Backtest:
    """Replays documents through the pipeline into a ledger, detecting and forecasting daily."""

    def __init__(
        self,
        pipeline: Any,
        settings: Settings,
        ledger: Ledger | None = None,
        forecaster: Forecaster | None = None,
        model: ForecastModel | None = None,
        cache: CodingCache | None = None,
        surge_rule: SurgeRule | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.surge_rule = surge_rule or SurgeRule.load()
        self.cache = cache
        self.settings = settings
        self.weights = SignalWeights.load()
        self.ledger = ledger or MemoryLedger(settings, self.weights)
        self.model = model or ForecastModel.load()
        self.forecaster = forecaster or FixedForecaster(self.model)
        self.thresholds = Thresholds.from_settings(settings)

    def run(
        self,
        documents: Iterable[Document],
        progress: Callable[[date, int], None] | None = None,
    ) -> Replay:
        """Replay ``documents`` (undated ones are skipped) from their first day to their last."""
        started = time.perf_counter()
        dated = sorted((d for d in documents if d.date is not None), key=lambda d: d.date)
        if not dated:
            raise ValueError("the corpus has no dated documents")
        replay = Replay(first_day=dated[0].date, last_day=dated[-1].date)  # type: ignore[arg-type]
        book = AlertBook(self.settings.alert_merge_days)
        timer = [0.0]
        coded_days = groupby(self._coded(dated, timer, replay), key=lambda c: c.document.date)
        pending = next(coded_days, None)
        day = replay.first_day
        while day <= replay.last_day:
            batch: list[Any] = []
            if pending is not None and pending[0] == day:
                batch = list(pending[1])
                pending = next(coded_days, None)
            detections = []
            if batch:
                n_events, touched = self.ledger.add(batch)
                replay.events += n_events
                replay.documents += len(batch)
                replay.table.put_all(unit_rows(self.ledger.summaries_of(touched)))
                detections += scan_dyads(
                    replay.table,
                    day,
                    self.thresholds,
                    self.weights,
                    self.settings.mass_casualty_killed,
                    self.settings.dyad_alert_max_level,
                )
            if replay.table.rows:
                replay.surges += [(u, day) for u in unit_surges(replay.table, day, self.surge_rule)]
                detections += surge_alerts(replay.table, day, self.surge_rule)
            if day.weekday() == 6:
                detections += self._forecast(replay, week_of(day))
            merged = book.observe(detections, day)
            self.ledger.record(merged)
            replay.days += 1
            if progress is not None:
                progress(day, len(batch))
            day += timedelta(days=1)
        replay.incidents = len(replay.table.rows)
        replay.episodes = list(book.episodes)
        replay.seconds_coding = timer[0]
        replay.seconds_total = time.perf_counter() - started
        return replay

    def _coded(
        self, documents: list[Document], timer: list[float], replay: Replay
    ) -> Iterator[Any]:
        """Coded documents in publication order (failures counted), timing the coding; from
        the cache when it holds this corpus, else coded (and then stored in the cache)."""
        key = None
        if self.cache is not None:
            key = cache_key(documents, self.settings, _nlp_name(self.pipeline))
            cached = self.cache.load(key)
            if cached is not None:
                replay.coding_cached = True
                for item in cached:
                    if hasattr(item, "events"):
                        yield item
                    else:
                        replay.failed += 1
                return
        stream = code_stream_isolated(self.pipeline, documents, batch_size=CODING_BATCH)
        coded: list[Any] = []
        while True:
            started = time.perf_counter()
            item = next(stream, None)
            timer[0] += time.perf_counter() - started
            if item is None:
                break
            if key is not None:
                coded.append(item)
            if hasattr(item, "events"):
                yield item
            else:
                replay.failed += 1
        if self.cache is not None and key is not None:
            self.cache.save(key, coded)

    def _forecast(self, replay: Replay, week: date) -> list[Any]:
        forecasts = forecast_week(replay.table, week, self.forecaster)
        replay.forecasts += forecasts
        found = forecast_alerts(
            forecasts,
            replay.table,
            self.model.thresholds,
            self.forecaster.horizon_days,
            self.model.id if isinstance(self.forecaster, FixedForecaster) else "rolling origin",
        )
        return level_cap(found, self.settings.forecast_alert_max_level)
