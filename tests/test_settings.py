"""Settings from defaults, a TOML file and TOCSIN_* variables, typed like their defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from tocsin.settings import Settings


def test_environment_values_take_the_type_of_the_default() -> None:
    settings = Settings.from_env(
        {"TOCSIN_PORT": "9000", "TOCSIN_SURGE_RATIO": "2.5", "TOCSIN_INFER_PARTIES": "off"}
    )
    assert (settings.port, settings.surge_ratio, settings.infer_parties) == (9000, 2.5, False)
    assert Settings.from_env({"TOCSIN_INFER_PARTIES": "Yes"}).infer_parties is True


def test_a_flag_that_is_neither_true_nor_false_is_an_error() -> None:
    with pytest.raises(ValueError, match="true or false"):
        Settings.from_env({"TOCSIN_INFER_PARTIES": "maybe"})


def test_file_then_environment_then_arguments(tmp_path: Path) -> None:
    config = tmp_path / "tocsin.toml"
    config.write_text("[tocsin]\nport = 8000\nhost = '0.0.0.0'\n", encoding="utf-8")
    environ = {"TOCSIN_CONFIG": str(config), "TOCSIN_PORT": "8001"}
    settings = Settings.from_env(environ, host="10.0.0.1")
    assert (settings.port, settings.host) == (8001, "10.0.0.1")


def test_unknown_settings_are_refused(tmp_path: Path) -> None:
    config = tmp_path / "tocsin.toml"
    config.write_text("[tocsin]\nno_such_setting = 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no_such_setting"):
        Settings.from_env({"TOCSIN_CONFIG": str(config)})


def test_a_dyad_alert_level_must_be_an_alert_level() -> None:
    with pytest.raises(ValueError, match="dyad_alert_max_level"):
        Settings.from_env(environ={}, dyad_alert_max_level="severe")
    raised = Settings.from_env(environ={"TOCSIN_DYAD_ALERT_MAX_LEVEL": "warning"})
    assert raised.dyad_alert_max_level == "warning"


def test_a_forecast_alert_level_must_be_an_alert_level() -> None:
    assert Settings.from_env(environ={}).forecast_alert_max_level == "info"
    with pytest.raises(ValueError, match="forecast_alert_max_level"):
        Settings.from_env(environ={}, forecast_alert_max_level="high")
