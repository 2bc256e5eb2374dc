"""``/api/actors``, ``/api/dyads`` and the dyad and country series."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_actors_count_both_roles(client: TestClient) -> None:
    actors = client.get("/api/actors").json()["actors"]
    chile = [a for a in actors if a["code"] == "CHLGOV"]
    assert chile == [{"country": "CHL", "code": "CHLGOV", "as_actor": 2, "as_recipient": 2}]


def test_dyads_total_conflict_cooperation_and_risk(client: TestClient) -> None:
    dyads = {(d["actor"], d["recipient"]): d for d in client.get("/api/dyads").json()["dyads"]}
    assert set(dyads) == {("CHL", "PER"), ("PER", "CHL")}
    chl_per = dyads[("CHL", "PER")]
    assert chl_per["conflict"] > 0 and chl_per["cooperation"] == 0
    assert chl_per["risk"] > 0, "the possible mobilisation feeds the risk channel"
    assert dyads[("PER", "CHL")]["cooperation"] > 0


def test_dyad_series_by_day_has_every_day(client: TestClient) -> None:
    body = client.get("/api/signals/dyad", params={"actor": "CHL", "recipient": "PER"}).json()
    days = [p["period"] for p in body["series"]]
    assert days == sorted(days)
    assert days[0] == "2026-05-04"
    assert body["series"][0]["quad4"] > 0


def test_country_series_by_week(client: TestClient) -> None:
    body = client.get("/api/signals/country", params={"country": "PER", "freq": "week"}).json()
    assert [p["period"] for p in body["series"]] == ["2026-05-04"]
    assert body["series"][0]["incidents"] >= 3


def test_signal_input_errors_are_422(client: TestClient) -> None:
    assert client.get("/api/signals/dyad", params={"actor": "CHL"}).status_code == 422
    params = {"actor": "CHL", "recipient": "PER", "freq": "month"}
    assert client.get("/api/signals/dyad", params=params).status_code == 422
    assert client.get("/api/signals/country").status_code == 422


def test_units_at_three_levels(client: TestClient) -> None:
    units = client.get("/api/units").json()["units"]
    assert {(u["level"], u["key"]) for u in units} == {("pair", "CHL–PER"), ("dyad", "CHL–PER")}
    pair = client.get("/api/units", params={"level": "pair"}).json()["units"]
    assert [u["label"] for u in pair] == ["Chile – Peru"]


def test_forecast_of_a_pair(client: TestClient) -> None:
    body = client.get("/api/forecast", params={"unit": "CHL–PER", "level": "pair"}).json()
    assert body["label"] == "Chile – Peru" and body["first_seen"] == "2026-05-04"
    (week,) = body["series"]
    assert week["week"] == "2026-05-04" and 0.0 <= week["probability"] <= 1.0
    assert body["model"]["horizon_days"] == 28 and body["model"]["thresholds"]["warning"] > 0
    dyad = client.get("/api/forecast", params={"unit": "CHL–PER", "level": "dyad"}).json()
    assert dyad["model"] is None and "probability" not in dyad["series"][0]
    missing = client.get("/api/forecast", params={"unit": "XXX–YYY", "level": "pair"})
    assert missing.status_code == 404


RANGES = [
    ("2026-05-04", "2026-05-04"),
    ("2026-04-20", "2026-05-10"),
    ("2026-05-05", "2026-06-30"),
    ("2025-01-01", "2025-01-31"),
    ("2026-05-01", "2026-05-31"),
]


def test_a_range_by_day_is_cut_from_the_cached_days(seeded, client: TestClient) -> None:
    from datetime import date

    from tocsin.api import queries

    store, _ = seeded
    for since, until in RANGES:
        start, end = date.fromisoformat(since), date.fromisoformat(until)
        for country in ("PER", "CHL", "BOL"):
            params = {"country": country, "since": since, "until": until}
            answer = client.get("/api/signals/country", params=params).json()["series"]
            assert answer == queries.country_series(store, country, "day", start, end)
        for actor, recipient in (("CHL", "PER"), ("PER", "CHL"), ("CHL", "BOL")):
            params = {"actor": actor, "recipient": recipient, "since": since, "until": until}
            answer = client.get("/api/signals/dyad", params=params).json()["series"]
            assert answer == queries.dyad_series(store, actor, recipient, "day", start, end)
    busy = client.get(
        "/api/signals/country",
        params={"country": "PER", "since": "2026-05-04", "until": "2026-05-04"},
    ).json()["series"]
    assert busy[0]["incidents"] > 0  # the days compared are not all empty
