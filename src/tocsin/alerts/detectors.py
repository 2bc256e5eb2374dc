"""Escalation detectors on one dyad's daily series: surge, CUSUM change point, ladder move.

Each detector looks at a dyad against its own past (its baseline), never against other dyads,
and returns the alerts whose window ends on the series' last day.
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

    @classmethod
    def from_settings(cls, settings: object) -> Thresholds:
        return cls(
            surge_ratio=float(getattr(settings, "surge_ratio", cls.surge_ratio)),
            surge_min=float(getattr(settings, "surge_min_incidents", cls.surge_min)),
            baseline_weeks=int(getattr(settings, "baseline_weeks", cls.baseline_weeks)),
            cusum_threshold=float(getattr(settings, "cusum_threshold", cls.cusum_threshold)),
            cusum_drift=float(getattr(settings, "cusum_drift", cls.cusum_drift)),
            ladder_window_days=int(getattr(settings, "ladder_window_days", cls.ladder_window_days)),
        )


def _conflict(period: DyadPeriod) -> float:
    return period.quad.get(3, 0.0) + period.quad.get(4, 0.0)


def _ids(periods: list[DyadPeriod]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for p in periods for i in p.incident_ids))


def surge(days: list[DyadPeriod], t: Thresholds) -> list[Alert]:
    """This week's weighted conflict incidents against the mean of the previous weeks.

    As in ACLED's surge tracker, a week is a surge when it clearly exceeds the dyad's own
    recent average; a dyad with a quiet baseline surges when it reaches ``surge_min``.
    """
    if not days:
        return []
    end = days[-1].period
    week = [p for p in days if (end - p.period).days < 7]
    base_days = [p for p in days if 7 <= (end - p.period).days < 7 * (t.baseline_weeks + 1)]
    current = sum(_conflict(p) for p in week)
    baseline = sum(_conflict(p) for p in base_days) / t.baseline_weeks
    if current < t.surge_min or current < t.surge_ratio * baseline:
        return []
    violent = sum(p.quad.get(4, 0.0) for p in week)
    level = "critical" if violent >= t.surge_min else "warning"
    ratio = current / baseline if baseline else float("inf")
    versus = f"{ratio:.1f}× the" if baseline else "against a quiet"
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
                f"{versus} {t.baseline_weeks}-week average of {baseline:.1f}/week "
                f"({violent:.1f} of them material conflict)"
            ),
            score=min(ratio, 99.0),
            key=f"week:{week_start.isoformat()}",
            incident_ids=_ids([p for p in week if _conflict(p) > 0]),
        )
    ]


def cusum(days: list[DyadPeriod], t: Thresholds) -> list[Alert]:
    """One-sided CUSUM on daily conflict intensity, standardised by a trailing baseline.

    ``S_t = max(0, S_{t-1} + (x_t - mean) / sd - drift)``; a change point is the day ``S``
    first exceeds the threshold (then ``S`` restarts). Returns the change points of the last
    7 days.
    """
    window = 7 * t.baseline_weeks
    values = [p.intensity for p in days]
    score = 0.0
    run_start: int | None = None
    alerts: list[Alert] = []
    for i, x in enumerate(values):
        past = values[max(0, i - window) : i]
        mean = statistics.fmean(past) if past else 0.0
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


def risk_rise(days: list[DyadPeriod], t: Thresholds) -> list[Alert]:
    """The risk channel (threats, mobilisation, forecast violence) rising against its baseline."""
    if not days:
        return []
    end = days[-1].period
    week = [p for p in days if (end - p.period).days < 7]
    base_days = [p for p in days if 7 <= (end - p.period).days < 7 * (t.baseline_weeks + 1)]
    current = sum(p.risk for p in week)
    baseline = sum(p.risk for p in base_days) / t.baseline_weeks
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
                f"{t.baseline_weeks}-week average of {baseline:.1f}/week"
            ),
            score=current / baseline if baseline else current,
            key=f"week:{week_start.isoformat()}",
            incident_ids=_ids([p for p in week if p.risk > 0]),
        )
    ]
