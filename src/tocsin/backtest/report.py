"""Render a backtest result as Markdown (for docs/benchmarks.md and the terminal)."""

from __future__ import annotations

from typing import Any

from tocsin.backtest.run import BacktestResult


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def _num(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def markdown(result: BacktestResult, command: str | None = None) -> str:
    """A Markdown report: what was replayed, the figures, and one line per alert."""
    r = result.replay
    lines = []
    if command:
        lines += ["```", command, "```", ""]
    lines += [
        f"- replayed {result.corpus or 'a corpus'}: {r.first_day} … {r.last_day}, {r.days} "
        f"days, {r.documents} documents ({r.failed} not coded), {r.events} event records, "
        f"{r.incidents} incidents, "
        f"{len(r.forecasts)} weekly forecasts",
        f"- time {r.seconds_total:.0f} s "
        + (
            "(coded documents read from the cache)"
            if r.coding_cached
            else f"({r.seconds_coding:.0f} s of it coding)"
        )
        + (f"; peak memory {result.peak_memory_mb:.0f} MB" if result.peak_memory_mb else ""),
    ]
    if result.truth is None:
        lines += _self_referential(result)
    else:
        lines += _against_truth(result)
    return "\n".join(lines) + "\n"


def _self_referential(result: BacktestResult) -> list[str]:
    s = result.self_score
    lines = [
        "",
        "**Self-referential.** No truth file was given: every figure below compares tocsin's "
        "alerts with violence that tocsin itself coded later. In a war, violence follows almost "
        "any alert, so these figures flatter; score against UCDP GED or ACLED with `--truth`.",
        "",
        f"- alerts at level {s.min_level} or above: {len(s.alerts)}; horizon {s.horizon_days} days",
        f"- precision (self-referential: coded violence in the dyad follows within the horizon): "
        f"{_pct(s.precision)}",
        f"- recall (self-referential: coded violent dyad-days warned within the horizon "
        f"before): {_pct(s.recall)} ({s.violent_days_warned} of {s.violent_days})",
        "",
        "| first fired | level | dyad level | kind | dyad | first violence | lead (days) | TP "
        "| reason |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for a in s.alerts:
        lead = "" if a.lead_days is None else str(a.lead_days)
        first = a.first_violence.isoformat() if a.first_violence else "none"
        lines.append(
            f"| {a.alert.first_seen} | {a.alert.level} | {a.alert.scope} | {a.alert.kind} | "
            f"{a.alert.label or a.alert.unit} | {first} | {lead} | "
            f"{'yes' if a.true_positive else 'no'} | {a.alert.reason} |"
        )
    return lines


def _figures_row(name: str, cell: dict[str, Any]) -> str:
    mine, chance = cell["tocsin"], cell["random_days"]
    return (
        f"| {name} | {mine['alerts']} | {mine['per_month']:.2f} | {_num(mine['precision'])} "
        f"| {_num(mine['recall'])} ({mine['onsets_warned']}/{mine['onsets']}) "
        f"| {_num(mine['median_lead_days'], 0)} | {_num(chance['precision'])} "
        f"| {_num(chance['recall'])} | {_lift(cell)} |"
    )


def _baseline_row(name: str, p: dict[str, Any]) -> str:
    return (
        f"| {name} | {p['alerts']} | {p['per_month']:.2f} | {_num(p['precision'])} "
        f"| {_num(p['recall'])} ({p['onsets_warned']}/{p['onsets']}) "
        f"| {_num(p['median_lead_days'], 0)} | {_num(p['random_days']['precision'])} "
        f"| {_num(p['random_days']['recall'])} | {_lift(p)} |"
    )


def _span(forecast: dict[str, Any]) -> str:
    """The Brier skill's 90% interval over a block bootstrap of the weeks."""
    found = forecast.get("brier_skill_interval")
    return "" if not found else f" (90%: {found[0]:.3f} to {found[1]:.3f})"


def _lift(cell: dict[str, Any]) -> str:
    """The lift, its p-value and the lift random days reach in 5% of draws."""
    if cell.get("lift") is None:
        return _num(cell.get("lift"))
    return (
        f"{_num(cell['lift'])} (p {_num(cell.get('p_value'), 3)}; "
        f"chance 95% {_num(cell.get('chance_lift_95'))})"
    )


def _against_truth(result: BacktestResult) -> list[str]:
    t = result.truth
    assert t is not None
    w = t.window
    lines = [
        f"- truth: {t.source} ({t.path}), countries {', '.join(t.countries)}; scored "
        f"{w.first} … {w.last} ({w.months:.1f} months); horizon {w.horizon_days} days",
        f"- onset rule: {t.rule.describe()}",
        f"- onsets scored: {len(t.onsets)} "
        f"({', '.join(sorted({o.unit.key for o in t.onsets})) or 'none'}); "
        f"alerts outside the truth's coverage (not scored): {t.outside}",
        "",
        "| alerts | n | a month | precision | recall (warned/onsets) | median lead (days) "
        "| random-day precision | random-day recall | lift (p-value; lift random days reach in "
        "5% of draws) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for level in ("warning", "critical", "info"):
        for scope in ("all", "pair", "family", "dyad"):
            cell = t.figures[level][scope]
            if scope != "all" and not cell["tocsin"]["alerts"]:
                continue
            name = f"{level}+" if level != "critical" else "critical"
            lines.append(_figures_row(f"{name}, {scope} dyads", cell))
    lines.append(_baseline_row("persistence baseline", t.persistence))
    if t.surges:
        lines.append(_baseline_row("surges of deaths reported (tocsin)", t.surges["tocsin"]))
        lines.append(_baseline_row("surges of the truth's own deaths", t.surges["truth"]))
    if t.surges:
        lines += [
            "",
            f"Surges: {t.surges['rule']}, read each day on tocsin's deaths reported as known "
            "that day, and on the truth's own daily deaths as if known the day they happened "
            "(what perfect coding of the deaths could give that rule; a surge of the truth's "
            "own deaths starts no earlier than the day an onset's surge began, so it warns only "
            "of onsets whose surge began later).",
        ]
    lines += [
        "",
        "Forecasts of an onset within the horizon (rolling origin, scored weeks only):",
        "",
    ]
    lines += [
        "| dyads | forecasts | onset weeks | Brier | Brier (climatology) | Brier skill (90% "
        "interval, weeks drawn in blocks of 4) | AUC "
        "| AUC within units (climatology's) | persistence: Brier skill / AUC / within units |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for group, f in t.forecast.items():
        ref = f.get("persistence") or {}
        lines.append(
            f"| {group} | {f['forecasts']} | {f['onset_weeks']} | {f['brier']:.4f} "
            f"| {f['brier_climatology']:.4f} | {_num(f['brier_skill'], 3)}{_span(f)} "
            f"| {_num(f['auc'], 3)} "
            f"| {_num(f.get('auc_within_units'), 3)} "
            f"({_num(f.get('auc_within_units_climatology'), 3)}) "
            f"| {_num(ref.get('brier_skill'), 3)} / "
            f"{_num(ref.get('auc'), 3)} / {_num(ref.get('auc_within_units'), 3)} |"
        )
    lines += [
        "",
        "Persistence: the same rolling-origin model on the truth's own weekly deaths (a ceiling "
        "for perfect coding of the deaths, not a forecast tocsin could issue).",
    ]
    if "all" in t.forecast:
        lines += [
            "",
            "| forecast bin | forecasts | mean forecast | observed |",
            "|---|---|---|---|",
        ]
        for b in t.forecast["all"]["reliability"]:
            lines.append(
                f"| {b['low']:.2f}–{b['high']:.2f} | {b['count']} | {_num(b['mean_forecast'], 3)} "
                f"| {_num(b['observed'], 3)} |"
            )
    lines += _agreement_lines(t.agreement)
    lines += [
        "",
        "| onset day | surge began (warn before) | dyad | deaths (baseline/week) | warned "
        "| lead (days) |",
        "|---|---|---|---|---|---|",
    ]
    for o in t.onset_rows:
        lead = "" if o["lead_days"] is None else str(o["lead_days"])
        lines.append(
            f"| {o['day']} | {o['surge_began']} | {o['unit']} | {o['deaths']} ({o['baseline']}) | "
            f"{'yes' if o['warned'] else 'no'} | {lead} |"
        )
    return lines


def _agreement_lines(agreement: dict[str, Any]) -> list[str]:
    """The weekly deaths of each unit against the truth's (``tocsin.backtest.agreement``)."""
    if not agreement.get("units"):
        return []
    mean = agreement["mean"]
    lines = [
        "",
        "Weekly deaths against the truth's (full weeks of the window; r of log(1 + deaths), and "
        "of their week-to-week changes): "
        f"mean r {_num(mean['correlation'], 3)}, of changes {_num(mean['change_correlation'], 3)}.",
        "",
        "| dyad | weeks | r | r of changes | deaths (tocsin) | deaths (truth) |",
        "|---|---|---|---|---|---|",
    ]
    for row in agreement["units"]:
        lines.append(
            f"| {row['unit']} | {row['weeks']} | {_num(row['correlation'], 3)} "
            f"| {_num(row['change_correlation'], 3)} | {row['deaths_tocsin']} "
            f"| {row['deaths_truth']} |"
        )
    return lines
