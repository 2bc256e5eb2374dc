"""The alerts that surges of deaths reported raise on pairs and families: an onset in the making.

A pair or conflict family whose deaths reported in the week so far (Monday to the day) reach a
share of the week's onset threshold, but not the threshold itself, raises an alert at the level
that share gives (:meth:`tocsin.signals.surges.SurgeRule.reading`: a warning at half the
threshold, a critical alert at three quarters, by default). These are tocsin's warnings: on the
Syria development years they did better than random days where the forecasts' and the
detectors' warnings did not (``docs/benchmarks.md``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from tocsin.alerts.model import Alert
from tocsin.signals.levels import label
from tocsin.signals.surges import SURGE_LEVELS, SurgeRule, reported_deaths
from tocsin.signals.weekly import WeeklyTable


def surge_alerts(
    table: WeeklyTable,
    day: date,
    rule: SurgeRule,
    levels: Iterable[str] = SURGE_LEVELS,
    only: set[str] | None = None,
) -> list[Alert]:
    """An alert for each pair and family (in ``only``, when given) whose deaths reported in
    the week so far reach a level of ``rule`` on ``day``."""
    first = rule.first_day(day)
    alerts = []
    for unit in table.active(day, tuple(levels)):
        if only is not None and unit.id not in only:
            continue
        reading = rule.reading(reported_deaths(table, unit.id, first, day), day)
        if reading.level is None:
            continue
        rows = table.rows_between(unit.id, reading.week, day)
        actor, recipient = unit.sides
        alerts.append(
            Alert(
                kind="onset",
                level=reading.level,
                actor=actor,
                recipient=recipient,
                window_start=reading.week,
                window_end=day,
                reason=(
                    f"{reading.so_far:.0f} deaths reported from {reading.week} to {day}: "
                    f"{reading.share:.0%} of the week's onset threshold ({reading.threshold:.0f}: "
                    f"the larger of {rule.min_deaths} and {rule.ratio:g}× the mean weekly deaths "
                    f"of the {rule.baseline_weeks} weeks before), an onset in the making"
                ),
                score=reading.share,
                key=f"week:{reading.week.isoformat()}",
                incident_ids=tuple(r.incident_id for r in rows if r.happened > 0 and r.killed > 0),
                as_of=day,
                scope=unit.level,
                unit=unit.key,
                label=label(unit),
            )
        )
    return alerts
