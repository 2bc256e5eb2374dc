"""Render a backtest result as Markdown (for docs/benchmarks.md and the terminal)."""

from __future__ import annotations

from tocsin.backtest.replay import ReplayResult


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def markdown(result: ReplayResult, command: str | None = None) -> str:
    """A Markdown report: totals, precision and recall, and one line per alert."""
    s = result.score
    lines = []
    if command:
        lines += ["```", command, "```", ""]
    lines += [
        f"- replayed {result.days} days, {result.documents} documents, {result.events} event "
        f"records, {result.incidents} incidents",
        f"- alerts at level {s.min_level} or above: {len(s.alerts)}; horizon {s.horizon_days} days",
        f"- precision (violence in the pair follows within the horizon): {_pct(s.precision)}",
        f"- recall (violent pair-days warned within the horizon before): {_pct(s.recall)} "
        f"({s.violent_days_warned} of {s.violent_days})",
        "",
        "| first fired | level | kind | dyad | first violence | lead (days) | TP | reason |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for a in s.alerts:
        lead = "" if a.lead_days is None else str(a.lead_days)
        first = a.first_violence.isoformat() if a.first_violence else "none"
        lines.append(
            f"| {a.alert.first_seen} | {a.alert.level} | {a.alert.kind} | "
            f"{a.alert.actor}→{a.alert.recipient} | {first} | {lead} | "
            f"{'yes' if a.true_positive else 'no'} | {a.alert.reason} |"
        )
    return "\n".join(lines) + "\n"
