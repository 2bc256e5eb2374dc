"""Lead time, precision and recall of alerts against later violence."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.backtest.scoring import FiredAlert, pair, score


def fired(day: int, actor: str = "IND", recipient: str = "PAK", level: str = "warning"):
    return FiredAlert(
        f"al-{actor}-{day}", "ladder", level, actor, recipient, date(2026, 3, day), ""
    )


VIOLENCE = {("IND", "PAK"): [date(2026, 3, 30), date(2026, 4, 6)]}


def test_pair_is_undirected_and_ignores_sectors() -> None:
    assert pair("PAK/MIL", "IND") == pair("IND", "PAK") == ("IND", "PAK")


def test_lead_time_and_true_positive() -> None:
    result = score([fired(23)], {("IND", "PAK"): [date(2026, 3, 30)]}, horizon_days=14)
    (alert,) = result.alerts
    assert alert.lead_days == 7 and alert.true_positive
    assert result.precision == 1.0 and result.recall == 1.0


def test_alert_too_early_is_a_false_positive() -> None:
    result = score([fired(1)], {("IND", "PAK"): [date(2026, 3, 30)]}, horizon_days=14)
    assert result.alerts[0].lead_days == 29
    assert not result.alerts[0].true_positive
    assert result.precision == 0.0 and result.recall == 0.0


def test_alert_on_the_day_of_violence_does_not_warn() -> None:
    result = score([fired(30)], {("IND", "PAK"): [date(2026, 3, 30)]}, horizon_days=14)
    assert result.alerts[0].lead_days == 0
    assert not result.alerts[0].true_positive
    assert result.recall == 0.0


def test_other_dyads_and_levels() -> None:
    alerts = [fired(23), fired(24, "GRC", "TUR"), fired(25, level="info")]
    result = score(alerts, VIOLENCE, horizon_days=14, min_level="warning")
    assert [a.alert.actor for a in result.alerts] == ["IND", "GRC"]
    assert result.precision == pytest.approx(0.5)
    assert result.alerts[1].first_violence is None and result.alerts[1].lead_days is None
    # 30 March is warned (alert on the 23rd); 6 April is 14 days after: warned too.
    assert result.violent_days == 2 and result.recall == 1.0


def test_empty() -> None:
    result = score([], {}, horizon_days=14)
    assert result.precision is None and result.recall is None
