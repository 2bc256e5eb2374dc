"""Escalation detectors on one dyad's daily series: surge, CUSUM change point, ladder move.

Each detector looks at a dyad against its own past (its baseline), never against other dyads,
and returns the alerts whose window ends on the series' last day. A baseline is never 0.0/day:
it is the posterior mean of a Gamma prior (``prior_weeks`` weeks of ``prior_per_week`` conflict
incidents a week) updated with the weeks the dyad has been seen (at most ``baseline_weeks``),
so a dyad first seen this week is compared with the prior, not with nothing.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, timedelta

from tocsin.alerts.model import Alert
from tocsin.signals.series import DyadPeriod
from tocsin.weights import SignalWeights


@dataclass(frozen=True)
class Thresholds:
    """Detector settings (see :class:`tocsin.settings.Settings`)."""

    surge_ratio: float = 2.0
    surge_min: float = 3.0
    baseline_weeks: int = 4
    cusum_threshold: float = 4.0
    cusum_drift: float = 0.5
    cusum_min_sigma: float = 2.0
    ladder_window_days: int = 21
    prior_per_week: float = 1.0
    prior_weeks: float = 2.0

    @classmethod
    def from_settings(cls, settings: object) -> Thresholds:
        return cls(
            surge_ratio=float(getattr(settings, "surge_ratio", cls.surge_ratio)),
            surge_min=float(getattr(settings, "surge_min_incidents", cls.surge_min)),
            baseline_weeks=int(getattr(settings, "baseline_weeks", cls.baseline_weeks)),
            cusum_threshold=float(getattr(settings, "cusum_threshold", cls.cusum_threshold)),
            cusum_drift=float(getattr(settings, "cusum_drift", cls.cusum_drift)),
            ladder_window_days=int(getattr(settings, "ladder_window_days", cls.ladder_window_days)),
            prior_per_week=float(getattr(settings, "baseline_prior_per_week", cls.prior_per_week)),
            prior_weeks=float(getattr(settings, "baseline_prior_weeks", cls.prior_weeks)),
        )

    def baseline(self, total: float, weeks: float, prior: float | None = None) -> float:
        """Posterior mean weekly rate: ``(total + prior_weeks·prior) / (weeks + prior_weeks)``."""
        rate = self.prior_per_week if prior is None else prior
        return (total + self.prior_weeks * rate) / (weeks + self.prior_weeks)


PRIOR_INTENSITY = 5.0
"""Mean |Goldstein| of one conflict incident in the prior (a demand is −5, an attack −10)."""


def _history(days: list[DyadPeriod], first_seen: date | None) -> date:
    """The first day of the dyad's history: when it was first seen, else its first incident."""
    if first_seen is not None:
        return first_seen
    return next((p.period for p in days if p.incident_ids), days[-1].period)


def _baseline_days(
    days: list[DyadPeriod], t: Thresholds, first_seen: date | None
) -> tuple[list[DyadPeriod], float]:
    """The days of the baseline weeks the dyad has been seen in, and how many weeks they make."""
    end = days[-1].period
    start = _history(days, first_seen)
    base = [
        p
        for p in days
        if 7 <= (end - p.period).days < 7 * (t.baseline_weeks + 1) and p.period >= start
    ]
    return base, len(base) / 7


def _conflict(period: DyadPeriod) -> float:
    return period.quad.get(3, 0.0) + period.quad.get(4, 0.0)


def _ids(periods: list[DyadPeriod]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for p in periods for i in p.incident_ids))


def surge(days: list[DyadPeriod], t: Thresholds, first_seen: date | None = None) -> list[Alert]:
    """This week's weighted conflict incidents against the dyad's baseline (with its prior).

    As in ACLED's surge tracker, a week is a surge when it clearly exceeds the dyad's own
    recent average, and reaches ``surge_min``.
    """
    if not days:
        return []
    end = days[-1].period
    week = [p for p in days if (end - p.period).days < 7]
    base_days, weeks = _baseline_days(days, t, first_seen)
    current = sum(_conflict(p) for p in week)
    baseline = t.baseline(sum(_conflict(p) for p in base_days), weeks)
    if current < t.surge_min or current < t.surge_ratio * baseline:
        return []
    violent = sum(p.quad.get(4, 0.0) for p in week)
    level = "critical" if violent >= t.surge_min else "warning"
    ratio = current / baseline
    versus = (
        f"{ratio:.1f}× the {weeks:.0f}-week baseline of {baseline:.1f}/week"
        if weeks >= 1
        else f"{ratio:.1f}× the prior of {baseline:.1f}/week for a dyad new this week"
    )
    first = days[0]
    week_start = end - timedelta(days=end.weekday())
    return [
        Alert(
            kind="surge",
            level=level,
            actor=first.actor,
            recipient=first.recipient,
            window_start=end - timedelta(days=6),
            window_end=end,
            reason=(
                f"{current:.1f} weighted conflict incidents in the 7 days to {end}, "
                f"{versus} "
                f"({violent:.1f} of them material conflict)"
            ),
            score=min(ratio, 99.0),
            key=f"week:{week_start.isoformat()}",
            incident_ids=_ids([p for p in week if _conflict(p) > 0]),
        )
    ]


def cusum(days: list[DyadPeriod], t: Thresholds, first_seen: date | None = None) -> list[Alert]:
    """One-sided CUSUM on daily conflict intensity, standardised by a trailing baseline.

    ``S_t = max(0, S_{t-1} + (x_t - mean) / sd - drift)``; a change point is the day ``S``
    first exceeds the threshold (then ``S`` restarts). The mean is the dyad's own since it was
    first seen, pulled towards the prior. Returns the change points of the last 7 days.
    """
    if not days:
        return []
    window = 7 * t.baseline_weeks
    start = _history(days, first_seen)
    values = [p.intensity for p in days]
    prior_day = t.prior_per_week * PRIOR_INTENSITY / 7
    score = 0.0
    run_start: int | None = None
    alerts: list[Alert] = []
    for i, x in enumerate(values):
        past = [
            v
            for v, p in zip(
                values[max(0, i - window) : i], days[max(0, i - window) : i], strict=True
            )
            if p.period >= start
        ]
        mean = (sum(past) + 7 * t.prior_weeks * prior_day) / (len(past) + 7 * t.prior_weeks)
        sd = max(statistics.pstdev(past) if len(past) > 1 else 0.0, t.cusum_min_sigma)
        step = (x - mean) / sd - t.cusum_drift
        if score == 0.0 and step > 0:
            run_start = i
        score = max(0.0, score + step)
        if score == 0.0:
            run_start = None
        if score > t.cusum_threshold:
            begin = run_start if run_start is not None else i
            if (days[-1].period - days[i].period).days < 7:
                span = days[begin : i + 1]
                alerts.append(
                    Alert(
                        kind="cusum",
                        level="warning" if score < 2 * t.cusum_threshold else "critical",
                        actor=days[0].actor,
                        recipient=days[0].recipient,
                        window_start=days[begin].period,
                        window_end=days[i].period,
                        reason=(
                            "conflict intensity shifted up "
                            f"{_span(days[begin].period, days[i].period)}: CUSUM {score:.1f} "
                            f"over threshold {t.cusum_threshold:.1f} "
                            f"(baseline mean {mean:.1f}/day)"
                        ),
                        score=score,
                        key=f"change:{days[i].period.isoformat()}",
                        incident_ids=_ids(span),
                    )
                )
            score, run_start = 0.0, None
    return alerts


def _span(first: date, last: date) -> str:
    return f"on {first}" if first == last else f"from {first} to {last}"


LADDER_LEVELS = {2: "info", 3: "warning", 4: "critical"}


def ladder(
    days: list[DyadPeriod], t: Thresholds, weights: SignalWeights, as_of: date | None = None
) -> list[Alert]:
    """A climb up the ladder rhetoric → threats → mobilisation → force within the window.

    Fires on a day when the dyad reaches a rung (threats or higher) above every rung it had
    reached in the preceding ``ladder_window_days``, having been on a lower rung in that time;
    a rising risk channel (hypothetical violence) counts as a step to mobilisation.
    """
    if not days:
        return []
    end = as_of or days[-1].period
    alerts = []
    for i, day in enumerate(days):
        if (end - day.period).days >= 7:
            continue
        rung = _rung(day, weights)
        if rung < 2:
            continue
        before = [p for p in days[:i] if (day.period - p.period).days <= t.ladder_window_days]
        prior = max((_rung(p, weights) for p in before), default=0)
        if prior == 0 or prior >= rung:
            continue
        names = {r.rung: r.name for r in weights.ladder}
        steps = [p for p in before if _rung(p, weights) > 0] + [day]
        alerts.append(
            Alert(
                kind="ladder",
                level=LADDER_LEVELS.get(rung, "info"),
                actor=day.actor,
                recipient=day.recipient,
                window_start=steps[0].period,
                window_end=day.period,
                reason=(
                    f"moved from {names.get(prior, prior)} to {names.get(rung, rung)} "
                    f"on {day.period} (first step {steps[0].period})"
                ),
                score=float(rung - prior),
                key=f"rung:{rung}:{day.period.isoformat()}",
                incident_ids=_ids(steps),
            )
        )
    return alerts


def _rung(period: DyadPeriod, weights: SignalWeights) -> int:
    """Highest ladder rung of a day: happened events, and risk as mobilisation-level."""
    rung = 0
    for event, weight in period.events.items():
        step = weights.rung_of(event)
        if step is not None and weight > 0:
            rung = max(rung, step.rung)
    if period.hypothetical > 0:
        rung = max(rung, 3)
    return rung


def risk_rise(days: list[DyadPeriod], t: Thresholds, first_seen: date | None = None) -> list[Alert]:
    """The risk channel (threats, mobilisation, forecast violence) rising against its baseline."""
    if not days:
        return []
    end = days[-1].period
    week = [p for p in days if (end - p.period).days < 7]
    base_days, weeks = _baseline_days(days, t, first_seen)
    current = sum(p.risk for p in week)
    baseline = t.baseline(sum(p.risk for p in base_days), weeks)
    if current < t.surge_min or current < t.surge_ratio * baseline:
        return []
    forecast = sum(p.hypothetical for p in week)
    week_start = end - timedelta(days=end.weekday())
    return [
        Alert(
            kind="risk",
            level="warning",
            actor=days[0].actor,
            recipient=days[0].recipient,
            window_start=end - timedelta(days=6),
            window_end=end,
            reason=(
                f"risk channel at {current:.1f} in the 7 days to {end} (threats, mobilisation "
                f"and {forecast:.1f} of possible or future violence) against a "
                f"{weeks:.0f}-week baseline of {baseline:.1f}/week"
            ),
            score=current / baseline,
            key=f"week:{week_start.isoformat()}",
            incident_ids=_ids([p for p in week if p.risk > 0]),
        )
    ]
