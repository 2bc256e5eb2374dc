"""Series and incident pages cut from months: a write about a key in one month empties that
month of that key only, and nothing answered is ever stale."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fastapi.testclient import TestClient

from api.conftest import TOKEN, no_pipeline
from api.seed import ARTICLES, build, seed
from tocsin.api import create_app, queries
from tocsin.api.months import month_end
from tocsin.api.scopes import range_scopes, read_scopes
from tocsin.settings import Settings
from tocsin.store import Store
from tocsin.store.version import month_key, month_keys, month_starts

MAY = {"since": "2026-05-01", "until": "2026-05-31"}
JULY = {"since": "2026-07-01", "until": "2026-07-31"}


def _app(tmp_path: Path) -> tuple[TestClient, Store, Settings]:
    settings = Settings.from_env(
        environ={}, db_url=f"sqlite:///{tmp_path / 'm.db'}", api_token=TOKEN
    )
    store = Store.open(settings.db_url)
    seed(store, settings)
    client = TestClient(create_app(settings, pipeline_factory=no_pipeline, store=store))
    return client, store, settings


def _write(store: Store, settings: Settings, article: dict) -> None:
    """Save and analyse one article, as a write of the API does."""
    from tocsin.analysis import analyse_stored

    coded = build(article)
    store.save([coded])
    analyse_stored(store, [e.id for e in coded.events], settings)


def _month_cache(client: TestClient) -> dict:
    """What the app keeps per month: ``(name…, month) → (versions, value)``."""
    state = client.app.state.tocsin  # type: ignore[attr-defined]
    kept = {**state.cache._values, **state.incident_months._values}
    return {key: found for key, found in kept.items() if isinstance(key[-1], date)}


def test_months_and_their_keys() -> None:
    assert month_key("ARM", date(2023, 5, 14)) == "ARM@2023-05"
    assert month_starts(date(2023, 11, 20), date(2024, 2, 1)) == [
        date(2023, 11, 1),
        date(2023, 12, 1),
        date(2024, 1, 1),
        date(2024, 2, 1),
    ]
    assert month_starts(date(2023, 5, 2), date(2023, 5, 1)) == []
    assert month_keys("ARM", date(2023, 12, 31), date(2024, 1, 1)) == ["ARM@2023-12", "ARM@2024-01"]
    assert month_starts(date(9999, 11, 5), date(9999, 12, 31)) == [
        date(9999, 11, 1),
        date(9999, 12, 1),
    ]
    assert month_end(date(9999, 12, 1)) == date(9999, 12, 31)
    assert month_end(date(2024, 2, 1)) == date(2024, 2, 29)
    assert month_end(date(2023, 12, 1)) == date(2023, 12, 31)
    assert range_scopes("PER", date(2026, 5, 3), date(2026, 6, 1)) == (
        "incidents!",
        "incidents:PER@2026-05",
        "incidents:PER@2026-06",
    )
    assert range_scopes("PER", None, date(2026, 6, 1)) == ("incidents!", "incidents:PER")
    whole = range_scopes("PER", date(1, 1, 1), date(9999, 12, 31))  # too many months: the key
    assert whole == ("incidents!", "incidents:PER")


def test_a_series_with_both_ends_depends_on_its_months_only() -> None:
    path = "/api/signals/country"
    assert read_scopes(path, b"country=PER&since=2026-05-03&until=2026-05-09") == (
        "incidents!",
        "incidents:PER@2026-05",
    )
    # an open range follows the key's first and last days; an unusual day form, the key
    for query in (b"country=PER&since=2026-05-03", b"country=PER&since=20260503&until=2026-06-01"):
        assert read_scopes(path, query) == ("incidents!", "incidents:PER")
    dyad = b"actor=CHL/GOV&recipient=PER&freq=week&since=2026-04-27&until=2026-05-31"
    assert read_scopes("/api/signals/dyad", dyad) == (
        "incidents!",
        "incidents:CHL@2026-04",
        "incidents:CHL@2026-05",
    )


def test_a_write_declares_its_keys_with_their_months(tmp_path: Path) -> None:
    _, store, settings = _app(tmp_path)
    scopes = ["incidents:CHL@2026-07", "incidents:CHL@2026-05"]
    scopes += ["incidents:PER@2026-07", "incidents:BOL@2026-07", "incidents:CHL"]
    before = dict(zip(scopes, store.versions(scopes), strict=True))
    _write(store, settings, {**ARTICLES[3], "id": "doc-july", "date": date(2026, 7, 8)})
    after = dict(zip(scopes, store.versions(scopes), strict=True))
    moved = {scope for scope in scopes if after[scope] != before[scope]}
    assert moved == {
        "incidents:CHL@2026-07",
        "incidents:PER@2026-07",
        "incidents:CHL",
    }
    store.close()


def test_a_write_in_one_month_empties_that_month_of_its_keys_only(tmp_path: Path) -> None:
    client, store, settings = _app(tmp_path)
    reads = [
        ("/api/signals/country", {"country": "PER", **MAY}),
        ("/api/signals/country", {"country": "PER", **JULY}),
        ("/api/signals/country", {"country": "PER", "since": "2026-04-20", "until": "2026-07-31"}),
        ("/api/signals/country", {"country": "BOL", **JULY}),
        ("/api/signals/dyad", {"actor": "CHL", "recipient": "PER", **JULY}),
        ("/api/signals/dyad", {"actor": "CHL", "recipient": "PER", "freq": "week", **JULY}),
        ("/api/signals/dyad", {"actor": "PER", "recipient": "CHL", "since": "2026-05-01"}),
        ("/api/incidents", {"country": "PER", "since": "2026-05-01"}),
        ("/api/incidents", {"actor": "CHL", "since": "2026-07-02", "until": "2026-07-30"}),
        ("/api/incidents", {"country": "PER", "since": "2026-05-05", "limit": 1, "offset": 1}),
    ]

    def answers(app: TestClient) -> list[dict]:
        found = []
        for path, params in reads:
            response = app.get(path, params=params)
            assert response.status_code == 200, (path, params, response.text)
            found.append(response.json())
        return found

    with client:
        first = answers(client)
        kept = _month_cache(client)
        may = {key for key in kept if key[-1] == date(2026, 5, 1)}
        assert may  # the months were kept
        # Chile and Peru in July: their July months are emptied, May stays as it was
        _write(store, settings, {**ARTICLES[3], "id": "doc-july", "date": date(2026, 7, 8)})
        second = answers(client)
        with TestClient(create_app(settings, pipeline_factory=no_pipeline, store=store)) as fresh:
            assert second == answers(fresh)  # nothing stale
        assert second != first  # the July reads saw the write
        assert second[0] == first[0] and second[3] == first[3]  # PER in May, BOL in July
        assert any(day["incidents"] for day in second[1]["series"])
        now = _month_cache(client)
        for key in may:  # the same values, not recomputed
            assert now[key] is kept[key]
        for key, found in kept.items():
            if key[-1] == date(2026, 7, 1) and ("PER" in key or "CHL" in key):
                assert now[key] is not found
    store.close()


def test_incident_pages_cut_from_months_equal_the_stores(tmp_path: Path) -> None:
    client, store, settings = _app(tmp_path)
    _write(store, settings, {**ARTICLES[0], "id": "doc-june", "date": date(2026, 6, 30)})
    _write(store, settings, {**ARTICLES[2], "id": "doc-april", "date": date(2026, 4, 1)})
    pages = [
        {"country": "PER", "since": "2026-01-01"},
        {"country": "PER", "since": "2026-05-06", "until": "2026-06-29"},
        {"actor": "PER", "since": "2026-04-01", "limit": 2, "offset": 1},
        {"recipient": "CHL", "since": "2026-05-05", "limit": 1},
        {"country": "CHL", "since": "2026-07-01"},
        {"country": "XXX", "since": "2020-01-01"},
        {"country": "PER", "since": "2026-01-01", "limit": 1000},  # deeper: the store
    ]
    with client:
        for params in pages:
            answer = client.get("/api/incidents", params=params).json()["incidents"]
            keys = ("country", "actor", "recipient")
            filters = {k: v for k, v in params.items() if k in keys}
            since = date.fromisoformat(params["since"])
            until = date.fromisoformat(params["until"]) if "until" in params else None
            expected = queries.incidents(
                store,
                **filters,
                since=since,
                until=until,
                limit=params.get("limit", 100),
                offset=params.get("offset", 0),
            )
            assert answer == expected, params
        assert any(key[0] == "incidents-month" for key in _month_cache(client))
    store.close()


def test_ranges_at_the_ends_of_the_calendar(tmp_path: Path) -> None:
    client, store, _ = _app(tmp_path)
    with client:
        last = {"country": "PER", "since": "9999-01-01", "until": "9999-12-31"}
        assert client.get("/api/signals/country", params=last).status_code == 200
        dyad = {"actor": "CHL", "recipient": "PER", "freq": "week", **last}
        assert client.get("/api/signals/dyad", params=dyad).status_code == 200
        early = client.get("/api/incidents", params={"country": "PER", "since": "0001-01-01"})
        assert early.status_code == 200 and early.json()["incidents"]
        assert early.json()["incidents"] == queries.incidents(store, country="PER")
    store.close()
