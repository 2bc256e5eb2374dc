"""The dashboard in headless Chromium on the demo data: pages load cleanly and offline, the
charts and the map draw, filters work, pasting an article codes it, and the alerts page shows
the onset warnings with the last day each of their levels was detected."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from web.browser import Watched, watch
from web.conftest import TOKEN, LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def web(chromium: Any, demo_server: LiveServer) -> Iterator[Watched]:
    yield from watch(chromium, demo_server.url)


def first(server: LiveServer, path: str, key: str, **params: Any) -> dict[str, Any]:
    import httpx

    body = httpx.get(server.url + path, params=params, timeout=30).json()
    assert body[key], f"no {key} in the demo data"
    return body[key][0]


def test_demo_page_shows_timeline_and_event_list(web: Watched) -> None:
    page = web.open("/")
    page.wait_for_selector("#timeline svg")
    assert page.locator("#timeline svg rect.bar").count() > 0
    assert page.locator("#event-list li.event").count() > 0
    assert page.locator("#event-list q.sentence").first.inner_text().strip()
    assert web.screenshot("overview").stat().st_size > 10_000
    web.assert_clean()


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("alerts", "/alerts"),
        ("incidents", "/incidents"),
        ("claims", "/claims"),
        ("code", "/code"),
        ("docs", "/docs"),
        ("search", "/search?q=Kashmir"),
    ],
)
def test_page_loads_cleanly_offline(web: Watched, name: str, path: str) -> None:
    page = web.open(path)
    assert page.locator("h1, .swagger-ui").count() > 0
    if name == "docs":
        page.wait_for_selector(".opblock", timeout=30_000)
    web.screenshot(name)
    web.assert_clean()


def test_dyad_page_draws_the_timeline(web: Watched, demo_server: LiveServer) -> None:
    dyad = first(demo_server, "/api/dyads", "dyads")
    page = web.open(f"/dyad?actor={dyad['actor']}&recipient={dyad['recipient']}")
    page.wait_for_selector("#timeline svg")
    assert page.locator("#timeline rect.bar").count() > 0
    assert page.locator("#event-list li.event").count() > 0
    web.screenshot("dyad")
    web.assert_clean()
    busy = page.locator("#timeline rect.hit[style*=pointer]")
    assert busy.count() > 0
    with page.expect_navigation():
        busy.first.dispatch_event("click")
    assert "/incidents?" in page.url
    assert page.locator("#incident-table tbody tr td a").count() > 0


def test_map_draws_outlines_and_incidents(web: Watched) -> None:
    page = web.open("/map")
    page.wait_for_selector("#map[data-drawn=outlines]")
    assert page.locator("#map path.country").count() > 150
    points = page.locator("#map circle.pt")
    assert points.count() > 0
    points.first.dispatch_event("click")
    assert page.locator("#map-detail a").get_attribute("href").startswith("/incidents/")
    web.screenshot("map")
    web.assert_clean()


def test_evidence_view_highlights_the_trigger(web: Watched, demo_server: LiveServer) -> None:
    event = first(demo_server, "/api/events", "events", event="ASSAULT")
    page = web.open(f"/events/{event['id']}")
    assert page.locator("mark.hl-trigger").first.inner_text() == event["trigger"]["text"]
    web.screenshot("evidence")
    web.assert_clean()


def test_incident_filter_narrows_the_list(web: Watched) -> None:
    page = web.open("/incidents")
    every = page.locator("#incident-table tbody tr").count()
    page.select_option("select[name=event]", "PROTEST")
    with page.expect_navigation():
        page.click("#filters button[type=submit]")
    rows = page.locator("#incident-table tbody tr")
    assert 0 < rows.count() < every
    for i in range(rows.count()):
        assert "PROTEST" in rows.nth(i).inner_text()
    web.screenshot("incidents-filtered")
    web.assert_clean()


def test_pasting_an_article_codes_it(web: Watched, demo_server: LiveServer) -> None:
    page = web.open(f"/code#token={TOKEN}")
    page.fill(
        "#code-text",
        "HARARE (Test Wire) — Zimbabwe's police arrested forty opposition activists in Harare "
        "on Saturday, the opposition said. Zambia urged Zimbabwe to release the activists.",
    )
    page.fill("#code-date", "2026-04-25")
    page.click("#code-submit")
    page.wait_for_selector("#code-events li.event", timeout=60_000)
    assert "Coded and stored" in page.inner_text("#code-status")
    assert "Harare" in page.inner_text("#code-events")
    assert page.locator("#code-events mark.hl-trigger").count() > 0
    web.screenshot("code-result")
    web.assert_clean()
    assert demo_server.store.count_documents() > 0


def test_markup_in_a_pasted_article_stays_text(web: Watched) -> None:
    page = web.open(f"/code#token={TOKEN}")
    page.fill(
        "#code-text",
        'LUSAKA — <img src=x onerror="window.__pwned = 1"> Zambia condemned Malawi on Monday. '
        "<script>window.__pwned = 2</script>",
    )
    page.click("#code-submit")
    page.wait_for_selector("#code-summary a", timeout=60_000)
    page.click("#code-summary a")
    page.wait_for_selector("#doc-text")
    assert '<img src=x onerror="window.__pwned = 1">' in page.inner_text("#doc-text")
    assert page.evaluate("window.__pwned === undefined")
    web.assert_clean()


def test_splitting_a_report_from_the_incident_page(web: Watched, demo_server: LiveServer) -> None:
    import httpx

    incidents = httpx.get(
        demo_server.url + "/api/incidents", params={"limit": 1000}, timeout=30
    ).json()["incidents"]
    merged = next(i for i in incidents if len(i["mentions"]) > 1)
    page = web.open(f"/incidents/{merged['id']}")
    page.evaluate(f"sessionStorage.setItem('tocsin-token', '{TOKEN}')")
    with page.expect_navigation():
        page.locator("button[data-correct=split]").last.click()
    assert page.locator("button[data-correct=unsplit]").count() == 1
    web.screenshot("incident-split")
    with page.expect_navigation():
        page.click("button[data-correct=unsplit]")
    assert page.url.endswith(f"/incidents/{merged['id']}")
    assert page.locator("li.event").count() == len(merged["mentions"])
    web.assert_clean()


def test_family_page_draws_probability_and_reliability(
    web: Watched, demo_server: LiveServer
) -> None:
    family = first(demo_server, "/api/units", "units", level="family")
    page = web.open(f"/dyad?level=family&unit={family['key']}")
    page.wait_for_selector("#probability svg circle.prob-point")
    assert page.locator("#probability svg polyline.probability").count() == 1
    weeks = page.locator("#probability svg circle.prob-point").count()
    assert weeks >= 4, "a probability for every week of the family's history"
    assert page.locator("#probability svg line.threshold").count() == 3
    page.wait_for_selector("#reliability svg circle.rel-point")
    assert page.locator("#reliability svg line.diagonal").count() == 1
    assert page.locator("#unit-weeks svg rect.bar").count() > 0
    web.screenshot("family-forecast")
    web.assert_clean()


def test_alerts_page_groups_alerts_by_level_of_dyad(web: Watched) -> None:
    page = web.open("/alerts")
    groups = {g: page.locator(f"#alerts-{g} li.alert").count() for g in ("pair", "family", "dyad")}
    assert sum(1 for n in groups.values() if n) >= 2, groups
    for g, n in groups.items():
        if n:
            levels = page.locator(f"#alerts-{g} li.alert").evaluate_all(
                "items => items.map(i => i.dataset.dyadLevel)"
            )
            assert set(levels) == {g}
    web.screenshot("alerts-by-level")
    link = page.locator("#alerts-family li.alert a.dyad-link, #alerts-dyad li.alert a.dyad-link")
    with page.expect_navigation():
        link.first.click()
    assert "/dyad?level=" in page.url
    web.assert_clean()


def test_alerts_page_shows_an_onset_warning_its_reason_and_when_it_lapsed(
    web: Watched, demo_server: LiveServer
) -> None:
    import re

    import httpx

    from tocsin.alerts.model import LEVELS

    url = demo_server.url + "/api/alerts"
    served = httpx.get(url, params={"limit": 1000}, timeout=30).json()["alerts"]
    onsets = [
        a
        for a in served
        if a["kind"] == "onset"
        and a["dyad_level"] in ("pair", "family")
        and a["level"] != "info"
        and "onset threshold" in a["reason"]
    ]
    assert onsets, "the demo's Syria headlines raise onset warnings (docs/warning.md, Surges)"
    alert = next((a for a in onsets if a["level"] == "warning"), onsets[0])
    page = web.open("/alerts")
    day = page.locator("#data-day b").inner_text()
    card = page.locator(f"#alerts-{alert['dyad_level']} #alert-{alert['id']}")
    assert card.count() == 1 and card.get_attribute("data-kind") == "onset"
    assert card.locator(".level").inner_text().lower() == alert["level"]
    reason = card.locator(".reason").inner_text()
    share = int(re.search(r"(\d+)% of the week's onset threshold", reason).group(1))
    assert 50 <= share < 100, reason  # half the threshold warns; reaching it is the onset
    assert LEVELS.index(alert["level"]) >= (2 if share >= 75 else 1), reason
    # its level, then each lower level last detected later than the one above it
    steps: list[tuple[str, str]] = []
    for level in LEVELS[: LEVELS.index(alert["level"]) + 1][::-1]:
        until = alert["detected"][level]
        if not steps or until != steps[-1][1]:
            steps.append((level, until))
    words = [f"{lv} still detected" if on >= day else f"{lv} until {on}" for lv, on in steps]
    assert card.locator(".lapse").all_inner_texts() == words
    web.screenshot("alerts-onset")
    with page.expect_navigation():
        card.locator("a.dyad-link").click()
    assert f"level={alert['dyad_level']}" in page.url
    page.wait_for_selector("#probability svg circle.prob-point")
    assert page.locator("#probability svg polyline.probability").count() == 1
    assert page.locator(f"#unit-alerts #alert-{alert['id']} .lapse").all_inner_texts() == words
    web.screenshot("onset-unit")
    web.assert_clean()
