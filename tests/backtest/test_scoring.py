"""Self-referential scoring: lead time, precision and recall against coded violence."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.backtest.scoring import FiredAlert, score


def fired(day: int, unit: str = "IND–PAK", level: str = "warning", scope: str = "pair"):
    return FiredAlert(
        f"al-{unit}-{day}", "ladder", level, scope, unit, date(2026, 3, day), "", None
    )


VIOLENCE = {"pair:IND–PAK": [date(2026, 3, 30), date(2026, 4, 6)]}


def test_lead_time_and_true_positive() -> None:
    result = score([fired(23)], {"pair:IND–PAK": [date(2026, 3, 30)]}, horizon_days=14)
    (alert,) = result.alerts
    assert alert.lead_days == 7 and alert.true_positive
    assert result.precision == 1.0 and result.recall == 1.0
    assert result.to_dict()["self_referential"] is True


def test_alert_too_early_is_a_false_positive() -> None:
    result = score([fired(1)], {"pair:IND–PAK": [date(2026, 3, 30)]}, horizon_days=14)
    assert result.alerts[0].lead_days == 29
    assert not result.alerts[0].true_positive
    assert result.precision == 0.0 and result.recall == 0.0


def test_alert_on_the_day_of_violence_does_not_warn() -> None:
    result = score([fired(30)], {"pair:IND–PAK": [date(2026, 3, 30)]}, horizon_days=14)
    assert result.alerts[0].lead_days == 0
    assert not result.alerts[0].true_positive
    assert result.recall == 0.0


def test_other_dyads_levels_and_scopes() -> None:
    alerts = [fired(23), fired(24, "GRC–TUR"), fired(25, level="info"), fired(26, scope="dyad")]
    result = score(alerts, VIOLENCE, horizon_days=14, min_level="warning")
    assert [a.alert.unit for a in result.alerts] == ["IND–PAK", "GRC–TUR", "IND–PAK"]
    assert result.precision == pytest.approx(1 / 3)  # the dyad-level alert has no dyad violence
    assert result.alerts[1].first_violence is None and result.alerts[1].lead_days is None
    # 30 March is warned (alert on the 23rd); 6 April is 14 days after: warned too.
    assert result.violent_days == 2 and result.recall == 1.0


def test_levels_reached_on_the_way() -> None:
    alert = FiredAlert(
        "al-1",
        "ladder",
        "critical",
        "dyad",
        "IND–PAK",
        date(2026, 3, 16),
        "",
        reached=(
            ("info", date(2026, 3, 16)),
            ("warning", date(2026, 3, 23)),
            ("critical", date(2026, 3, 30)),
        ),
    )
    assert alert.since("warning") == date(2026, 3, 23)
    assert alert.unit_id == "dyad:IND–PAK"
    assert (
        FiredAlert("a", "k", "info", "pair", "X–Y", date(2026, 1, 1), "").since("warning") is None
    )
