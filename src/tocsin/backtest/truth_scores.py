"""Alerts and forecasts scored against escalation onsets of a truth file (UCDP GED, ACLED).

An alert names a dyad at a level; it is scored on the unit the truth knows: a pair or family
alert on its own unit, a fine-dyad alert on its family (or pair). Only units the truth covers
count (families in the truth's countries, pairs with one of them).

Each onset is scored on the day its surge began (:attr:`tocsin.truth.onsets.Onset.warn_by`: the
first day of the onset week whose deaths so far reached half the threshold, never after the
onset day): an alarm raised that day or later reports an escalation under way and warns of
nothing.

- **precision**: the share of alerts followed by an onset of their unit whose surge began after
  the day they were raised (at the level scored) and within ``horizon`` days after they were
  last detected at that level or above;
- **recall**: the share of onsets with an alert of their unit raised before the day the surge
  began and still detected at that level within the ``horizon`` days before it; **lead** is
  that day minus the day the first such alert was raised;
- **alerts a month**: alerts raised in the scored window per 30.44 days.

Two baselines are scored in the same run. **Random days**: every alert moved to a random day of
the window (same unit, same length), 1,000 draws with a fixed seed, averaged; the **lift** is
precision over the random days' precision. Its **p-value** is the share of draws whose
precision is at least tocsin's (one-sided, counted as ``(k + 1) / (draws + 1)``): the chance that
alarms of the same units and lengths on random days do as well; **chance lift 95** is the lift
that random days reach in 5% of draws, the lift a set of alarms needs before it is told from
chance. With a dozen onsets both are wide: one onset more or less warned moves a lift by about
0.2. **Persistence**: an alarm on each unit whose count of
violent events (the truth's own) last week was above the mean of its 4 weeks before, raised on
the Sunday that ends that week, repeats merged as alerts are.

**Surges** (:mod:`tocsin.signals.surges`) are scored the same way, in two series read by one
rule: tocsin's deaths reported, as the replay knew them each day, and the truth's own daily
deaths, as if they were known the day they happened — what a perfect coding of the deaths
could give that rule.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import numpy as np

from tocsin.alerts.model import LEVELS
from tocsin.backtest.scoring import FiredAlert
from tocsin.forecast.rolling import Forecast
from tocsin.forecast.scores import auc, brier, brier_skill, brier_skill_interval, reliability
from tocsin.signals.levels import Unit
from tocsin.signals.surges import SurgeRule, surge_days
from tocsin.truth.onsets import Onset, OnsetRule, daily_deaths, week_of
from tocsin.truth.violence import Truth

DAYS_A_MONTH = 30.4375
RANDOM_DRAWS = 1000
RANDOM_SEED = 14
SCOPE_GROUPS = ("all", "pair", "family", "dyad")
SCORED_LEVELS = ("pair", "family")


@dataclass(frozen=True)
class Alarm:
    """An alert (or baseline alarm) reduced to what scoring needs."""

    unit: str  # the scored unit's id (pair:…, family:…)
    start: date
    end: date


@dataclass(frozen=True)
class Figures:
    """Precision, recall, lead times and alerts a month of one set of alarms."""

    alarms: int
    per_month: float
    precision: float | None
    recall: float | None
    onsets: int
    warned: int
    leads: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "alerts": self.alarms,
            "per_month": round(self.per_month, 2),
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "onsets": self.onsets,
            "onsets_warned": self.warned,
            "lead_days": list(self.leads),
            "median_lead_days": float(np.median(self.leads)) if self.leads else None,
        }


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def _interval(found: tuple[float, float] | None) -> list[float] | None:
    return None if found is None else [round(found[0], 3), round(found[1], 3)]


@dataclass(frozen=True)
class Window:
    """The scored days and the horizon."""

    first: date
    last: date
    horizon_days: int

    @property
    def months(self) -> float:
        return ((self.last - self.first).days + 1) / DAYS_A_MONTH


def evaluate(alarms: list[Alarm], onsets: dict[str, list[date]], window: Window) -> Figures:
    """Figures of ``alarms`` against ``onsets`` (onset days per unit, inside the window)."""
    horizon = timedelta(days=window.horizon_days)
    chosen = [a for a in alarms if window.first <= a.start <= window.last]
    hits = sum(any(a.start < d <= a.end + horizon for d in onsets.get(a.unit, ())) for a in chosen)
    total = warned = 0
    leads = []
    for unit, days in onsets.items():
        mine = [a for a in chosen if a.unit == unit]
        for day in days:
            total += 1
            starts = [a.start for a in mine if a.start < day and a.end >= day - horizon]
            if starts:
                warned += 1
                leads.append((day - min(starts)).days)
    return Figures(
        alarms=len(chosen),
        per_month=len(chosen) / window.months,
        precision=hits / len(chosen) if chosen else None,
        recall=warned / total if total else None,
        onsets=total,
        warned=warned,
        leads=tuple(sorted(leads)),
    )


@dataclass(frozen=True)
class RandomFigures:
    """Mean precision and recall of the same alarms moved to random days, and the precision
    of each draw (the null distribution a lift is judged against)."""

    precision: float | None
    recall: float | None
    draws: int
    seed: int
    draw_precisions: tuple[float, ...] = field(default=(), repr=False, compare=False)

    def p_value(self, precision: float | None) -> float | None:
        """The share of draws at least as precise as ``precision`` (one-sided)."""
        if precision is None or not self.draw_precisions:
            return None
        at_least = sum(1 for p in self.draw_precisions if p >= precision - 1e-12)
        return (at_least + 1) / (len(self.draw_precisions) + 1)

    def chance_lift(self, share: float = 0.05) -> float | None:
        """The lift that random days reach in ``share`` of draws."""
        if not self.precision or not self.draw_precisions:
            return None
        return float(np.quantile(self.draw_precisions, 1.0 - share)) / self.precision

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "draws": self.draws,
            "seed": self.seed,
        }


def random_days(
    alarms: list[Alarm],
    onsets: dict[str, list[date]],
    window: Window,
    draws: int = RANDOM_DRAWS,
    seed: int = RANDOM_SEED,
) -> RandomFigures:
    """The alarms on random days of the window (same unit and length), averaged over draws."""
    chosen = [a for a in alarms if window.first <= a.start <= window.last]
    total_onsets = sum(len(v) for v in onsets.values())
    if not chosen:
        return RandomFigures(None, 0.0 if total_onsets else None, draws, seed)
    rng = np.random.default_rng(seed)
    first = window.first.toordinal()
    last = window.last.toordinal()
    spans = np.array([(a.end - a.start).days for a in chosen])
    room = np.maximum(last - spans - first, 0)
    starts = first + np.floor(rng.random((draws, len(chosen))) * (room + 1)).astype(int)
    ends = starts + spans
    hits = np.zeros((draws, len(chosen)), dtype=bool)
    warned = np.zeros(draws)
    units = np.array([a.unit for a in chosen])
    for unit, days in onsets.items():
        ordinals = np.array(sorted(d.toordinal() for d in days))
        mask = units == unit
        if not mask.any():
            continue
        s, e = starts[:, mask], ends[:, mask]
        position = np.searchsorted(ordinals, s, side="right")
        following = np.where(
            position < len(ordinals), ordinals[np.minimum(position, len(ordinals) - 1)], 1 << 30
        )
        hits[:, mask] = following <= e + window.horizon_days
        for day in ordinals:
            warned += ((s < day) & (e >= day - window.horizon_days)).any(axis=1)
    per_draw = hits.mean(axis=1)
    recall = float((warned / total_onsets).mean()) if total_onsets else None
    return RandomFigures(
        float(per_draw.mean()), recall, draws, seed, tuple(float(p) for p in per_draw)
    )


def lift_figures(figures: Figures, chance: RandomFigures) -> dict[str, Any]:
    """The lift of a set of alarms over the same alarms on random days, its p-value and the
    lift random days reach in 5% of draws."""
    lift = (
        figures.precision / chance.precision
        if figures.precision is not None and chance.precision
        else None
    )
    return {
        "lift": _round(lift, 2),
        "p_value": _round(chance.p_value(figures.precision)),
        "chance_lift_95": _round(chance.chance_lift(), 2),
    }


def merged_alarms(days: dict[str, list[date]], merge_days: int) -> list[Alarm]:
    """Alarm days per unit as alarms: a day within ``merge_days`` of the last one seen
    repeats that alarm (as alerts merge), else it opens a new one."""
    alarms = []
    for unit, found in days.items():
        open_alarm: list[date] | None = None
        for day in sorted(found):
            if open_alarm is not None and (day - open_alarm[1]).days <= merge_days:
                open_alarm[1] = day
                continue
            if open_alarm is not None:
                alarms.append(Alarm(unit, open_alarm[0], open_alarm[1]))
            open_alarm = [day, day]
        if open_alarm is not None:
            alarms.append(Alarm(unit, open_alarm[0], open_alarm[1]))
    return alarms


def persistence_alarms(
    truth: Truth, covered: Callable[[Unit], bool], window: Window, merge_days: int
) -> list[Alarm]:
    """Last week's violent events above their 4-week mean: an alarm from the next day on."""
    weekly: dict[Unit, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for event in truth.events:
        if not event.dated_to_day:
            continue
        for unit in event.units():
            if unit.level in SCORED_LEVELS and covered(unit):
                weekly[unit][week_of(event.day)] += 1
    days: dict[str, list[date]] = {}
    for unit, counts in weekly.items():
        week = week_of(window.first) - timedelta(weeks=1)
        found = days.setdefault(unit.id, [])
        while week <= window.last:
            before = [counts.get(week - timedelta(weeks=k), 0) for k in range(1, 5)]
            if counts.get(week, 0) > sum(before) / 4:
                found.append(week + timedelta(days=6))
            week += timedelta(weeks=1)
    return merged_alarms(days, merge_days)


def truth_surge_days(
    truth: Truth, covered: Callable[[Unit], bool], window: Window, rule: SurgeRule
) -> dict[str, list[date]]:
    """The days of the window on which the truth's own daily deaths of a covered pair or
    family surge by ``rule`` (as if each day's deaths were known that day)."""
    return {
        unit.id: surge_days(daily, window.first, window.last, rule)
        for unit, daily in daily_deaths(truth.events).items()
        if unit.level in SCORED_LEVELS and covered(unit)
    }


def scored_figures(
    alarms: list[Alarm], onsets: dict[str, list[date]], window: Window
) -> dict[str, Any]:
    """Figures of a set of alarms next to the same alarms on random days, and the lift."""
    figures = evaluate(alarms, onsets, window)
    chance = random_days(alarms, onsets, window)
    return {**figures.to_dict(), "random_days": chance.to_dict(), **lift_figures(figures, chance)}


def surge_scores(
    surges: Iterable[tuple[str, date]],
    units: dict[str, Unit],
    truth: Truth,
    covered: Callable[[Unit], bool],
    onsets: dict[str, list[date]],
    window: Window,
    merge_days: int,
    rule: SurgeRule,
) -> dict[str, Any]:
    """The surge rule scored on tocsin's deaths reported (``surges``: unit id and day, as
    the replay saw them) and on the truth's own daily deaths."""
    mine: dict[str, list[date]] = defaultdict(list)
    for unit_id, day in surges:
        unit = units.get(unit_id)
        if unit is not None and unit.level in SCORED_LEVELS and covered(unit):
            mine[unit_id].append(day)
    return {
        "rule": rule.describe(),
        "tocsin": scored_figures(merged_alarms(mine, merge_days), onsets, window),
        "truth": scored_figures(
            merged_alarms(truth_surge_days(truth, covered, window, rule), merge_days),
            onsets,
            window,
        ),
    }


@dataclass
class TruthReport:
    """Alerts, baselines and forecasts against the onsets of a truth file."""

    source: str
    path: str
    rule: OnsetRule
    window: Window
    onsets: list[Onset]
    countries: list[str]
    figures: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    persistence: dict[str, Any] = field(default_factory=dict)
    forecast: dict[str, Any] = field(default_factory=dict)
    surges: dict[str, Any] = field(default_factory=dict)
    agreement: dict[str, Any] = field(default_factory=dict)  # weekly deaths against the truth's
    alerts: list[dict[str, Any]] = field(default_factory=list)
    onset_rows: list[dict[str, Any]] = field(default_factory=list)
    outside: int = 0  # alerts on units the truth does not cover

    def headline(self, level: str = "warning") -> dict[str, Any]:
        return self.figures.get(level, {}).get("all", {})

    def to_dict(self) -> dict[str, Any]:
        return {
            "self_referential": False,
            "truth": {"source": self.source, "path": self.path, "countries": self.countries},
            "onset_rule": self.rule.describe(),
            "window": {
                "first": self.window.first.isoformat(),
                "last": self.window.last.isoformat(),
                "months": round(self.window.months, 2),
            },
            "horizon_days": self.window.horizon_days,
            "onsets": self.onset_rows,
            "scores": self.figures,
            "persistence": self.persistence,
            "surges": self.surges,
            "deaths_agreement": self.agreement,
            "forecast": self.forecast,
            "alerts_outside_truth": self.outside,
        }


def covered_by(truth: Truth) -> tuple[Callable[[Unit], bool], list[str]]:
    """Which units the truth can judge: families in its countries, pairs with one of them."""
    countries = sorted({e.country for e in truth.events if e.country})
    return covered_in(countries), countries


def covered_in(countries: Iterable[str]) -> Callable[[Unit], bool]:
    """The coverage of a truth about ``countries``."""
    inside = set(countries)

    def covered(unit: Unit) -> bool:
        if unit.level in ("family", "country"):
            return unit.country in inside
        if unit.level == "pair":
            return any(side in inside for side in unit.key.split("–"))
        return False

    return covered


def scored_units(
    alerts: Iterable[FiredAlert], units: dict[str, Unit], covered: Callable[[Unit], bool]
) -> dict[str, str]:
    """The unit each alert is scored on (alert id → unit id), for alerts the truth covers.

    A pair or family alert is scored on its own unit, a fine-dyad alert on its parent.
    """
    out = {}
    for alert in alerts:
        unit = units.get(alert.unit_id)
        if unit is not None and unit.level == "dyad":
            unit = units.get(f"family:{unit.parent}") or units.get(f"pair:{unit.parent}")
        if unit is not None and unit.level in SCORED_LEVELS and covered(unit):
            out[alert.id] = unit.id
    return out


def alarms_of(
    alerts: Iterable[FiredAlert], level: str, scope: str, scored: dict[str, str]
) -> list[Alarm]:
    """The alerts standing at ``level`` or above, of one level of dyad (or all), as alarms:
    from the first day the alert stood at that level to the last day a detection at that level
    or above repeated it (an alert kept open by lower detections does not stand any longer)."""
    out = []
    for alert in alerts:
        start = alert.since(level)
        if start is None or (scope != "all" and alert.scope != scope):
            continue
        if alert.id in scored:
            out.append(Alarm(scored[alert.id], start, alert.until(level)))
    return out


def auc_within_units(forecasts: list[Forecast]) -> float | None:
    """The mean over units of each unit's own AUC (units with onset and quiet weeks only):
    how well the forecast ranks a unit's weeks against its own other weeks."""
    by_unit: dict[str, list[Forecast]] = defaultdict(list)
    for f in forecasts:
        by_unit[f.unit.id].append(f)
    found = [
        auc([f.probability for f in mine], [f.outcome or 0 for f in mine])
        for mine in by_unit.values()
    ]
    values = [a for a in found if a is not None]
    return sum(values) / len(values) if values else None


def forecast_scores(
    forecasts: Iterable[Forecast],
    covered: Callable[[Unit], bool],
    window: Window,
    persistence: Iterable[Forecast] = (),
) -> dict[str, Any]:
    """Brier skill against climatology (with its 90% interval over a block bootstrap of the
    weeks), AUC (over all weeks, and within each unit) and the
    reliability table, by level of dyad; with ``persistence`` forecasts of the same weeks
    (:mod:`tocsin.backtest.reference`), their Brier skill and AUC too."""
    horizon = timedelta(days=window.horizon_days)
    rows = [
        f
        for f in forecasts
        if covered(f.unit)
        and f.climatology is not None
        and f.outcome is not None
        and window.first <= f.issued
        and f.issued + horizon <= window.last
    ]
    reference = {(f.unit.id, f.week): f for f in persistence}
    out: dict[str, Any] = {}
    for group in ("all", *SCORED_LEVELS):
        chosen = [f for f in rows if group == "all" or f.unit.level == group]
        if not chosen:
            continue
        p = [f.probability for f in chosen]
        c = [f.climatology or 0.0 for f in chosen]
        y = [f.outcome or 0 for f in chosen]
        out[group] = {
            "forecasts": len(chosen),
            "onset_weeks": int(sum(y)),
            "brier": round(brier(p, y), 4),
            "brier_climatology": round(brier(c, y), 4),
            "brier_skill": _round(brier_skill(p, c, y)),
            "brier_skill_interval": _interval(
                brier_skill_interval(p, c, y, [f.week for f in chosen])
            ),
            "auc": _round(auc(p, y)),
            "auc_within_units": _round(auc_within_units(chosen)),
            "auc_climatology": _round(auc(c, y)),
            "auc_within_units_climatology": _round(
                auc_within_units([replace(f, probability=f.climatology or 0.0) for f in chosen])
            ),
            "reliability": [b.to_dict() for b in reliability(p, y)],
        }
        matched = [reference.get((f.unit.id, f.week)) for f in chosen]
        if reference and all(m is not None for m in matched):
            ref = [m for m in matched if m is not None]
            q = [m.probability for m in ref]
            out[group]["persistence"] = {
                "brier": round(brier(q, y), 4),
                "brier_skill": _round(brier_skill(q, c, y)),
                "auc": _round(auc(q, y)),
                "auc_within_units": _round(auc_within_units(ref)),
            }
    return out


def score_against_truth(
    alerts: list[FiredAlert],
    units: dict[str, Unit],
    forecasts: list[Forecast],
    truth: Truth,
    onsets: list[Onset],
    rule: OnsetRule,
    window: Window,
    merge_days: int,
    reference: Iterable[Forecast] = (),
    surges: Iterable[tuple[str, date]] = (),
    surge_rule: SurgeRule | None = None,
) -> TruthReport:
    """Every figure of the report: per alert level and level of dyad, baselines, forecasts."""
    covered, countries = covered_by(truth)
    scored_onsets = [
        o
        for o in onsets
        if o.unit.level in SCORED_LEVELS
        and covered(o.unit)
        and window.first <= o.day <= window.last
    ]
    by_unit: dict[str, list[date]] = defaultdict(list)
    for onset in scored_onsets:
        by_unit[onset.unit.id].append(onset.warn_by)
    report = TruthReport(truth.source, truth.path, rule, window, scored_onsets, countries)
    scored = scored_units(alerts, units, covered)
    for level in LEVELS:
        report.figures[level] = {}
        for scope in SCOPE_GROUPS:
            alarms = alarms_of(alerts, level, scope, scored)
            mine = (
                by_unit
                if scope in ("all", "dyad")
                else {k: v for k, v in by_unit.items() if k.startswith(scope + ":")}
            )
            figures = evaluate(alarms, mine, window)
            chance = random_days(alarms, mine, window)
            report.figures[level][scope] = {
                "tocsin": figures.to_dict(),
                "random_days": chance.to_dict(),
                **lift_figures(figures, chance),
            }
    persistence = persistence_alarms(truth, covered, window, merge_days)
    report.persistence = scored_figures(persistence, by_unit, window)
    report.surges = surge_scores(
        surges, units, truth, covered, by_unit, window, merge_days, surge_rule or SurgeRule.load()
    )
    report.forecast = forecast_scores(forecasts, covered, window, reference)
    report.outside = sum(1 for a in alerts if a.id not in scored)
    horizon = timedelta(days=window.horizon_days)
    for onset in scored_onsets:
        warners = [
            a
            for a in alarms_of(alerts, "warning", "all", scored)
            if a.unit == onset.unit.id
            and a.start < onset.warn_by
            and a.end >= onset.warn_by - horizon
        ]
        report.onset_rows.append(
            {
                **onset.to_dict(),
                "warned": bool(warners),
                "lead_days": (onset.warn_by - min(a.start for a in warners)).days
                if warners
                else None,
            }
        )
    for alert in alerts:
        unit = scored.get(alert.id)
        end = (alert.last_seen or alert.first_seen) + horizon
        follows = [d for d in by_unit.get(unit or "", ()) if alert.first_seen < d <= end]
        report.alerts.append(
            {
                **alert.to_dict(),
                "scored_as": unit,
                "onset_follows": min(follows).isoformat() if follows else None,
                "lead_days": (min(follows) - alert.first_seen).days if follows else None,
                "true_positive": bool(follows),
            }
        )
    return report
