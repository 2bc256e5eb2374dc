"""Every dashboard page renders from the store, and article text is always escaped."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from api.seed import SCRIPT

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.I)


def event_id(client: TestClient, **params) -> str:
    return client.get("/api/events", params=params).json()["events"][0]["id"]


def incident_id(client: TestClient, **params) -> str:
    return client.get("/api/incidents", params=params).json()["incidents"][0]["id"]


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/alerts",
        "/incidents",
        "/incidents?actor=CHL&status=asserted",
        "/map",
        "/claims",
        "/code",
        "/dyad?actor=CHL&recipient=PER",
        "/dyad?actor=CHL&recipient=PER&freq=week",
        "/dyad?level=pair&unit=CHL–PER",
        "/dyad?level=dyad&unit=CHL–PER",
        "/documents/doc-api-3",
    ],
)
def test_page_renders_without_external_resources(pages: TestClient, path: str) -> None:
    response = pages.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert not EXTERNAL.search(response.text), "pages must work offline"


@pytest.mark.parametrize("path", ["/", "/documents/doc-api-3", "/dyad?actor=CHL&recipient=PER"])
def test_script_in_an_article_is_shown_escaped(pages: TestClient, path: str) -> None:
    html = pages.get(path).text
    assert SCRIPT not in html
    assert "&lt;script&gt;window.__injected = 1&lt;/script&gt;" in html


def test_script_in_an_event_sentence_is_escaped_in_the_evidence_view(pages: TestClient) -> None:
    html = pages.get(f"/events/{event_id(pages, event='THREATEN')}").text
    assert SCRIPT not in html
    assert "&lt;script&gt;" in html


def test_overview_has_timeline_and_event_list(pages: TestClient) -> None:
    html = pages.get("/").text
    assert 'id="timeline"' in html
    assert 'id="series-data"' in html
    assert html.count('class="event ') >= 6


def test_evidence_view_highlights_trigger_and_actors(pages: TestClient) -> None:
    html = pages.get(f"/events/{event_id(pages, status='possible')}").text
    assert '<mark class="hl-trigger" title="trigger">send</mark>' in html
    assert '<mark class="hl-actor" title="actor">Chile</mark>' in html
    assert "two officials familiar with the plans" in html
    assert "anonymous sourcing" in html
    assert "possible" in html


def test_evidence_view_lists_every_source_of_the_incident(pages: TestClient) -> None:
    html = pages.get(f"/events/{event_id(pages, event='ASSAULT', status='denied')}").text
    sources = html.split('id="sources"', 1)[1]
    assert "Harbour Gazette" in sources and "Andes Wire" in sources


def test_incident_filters_narrow_the_table(pages: TestClient) -> None:
    every = pages.get("/incidents").text
    assert ">5 incidents<" in every
    assault = pages.get("/incidents", params={"event": "ASSAULT"}).text
    assert "1 incident<" in assault
    placed = pages.get("/incidents", params={"place": "arica"}).text
    assert "1 incident<" in placed and "AGREE" in placed
    bad = pages.get("/incidents", params={"since": "soon"}).text
    assert "expected a date" in bad


def test_map_embeds_located_points_only(pages: TestClient) -> None:
    html = pages.get("/map").text
    data = html.split('id="points-data">', 1)[1].split("</script>", 1)[0]
    assert '"place": "Tacna"' in data and '"place": "Arica"' in data
    assert "without a place precise enough" in html


def test_claims_page_shows_the_denial(pages: TestClient) -> None:
    html = pages.get("/claims").text
    assert "denial" in html
    assert "Chile denied that its troops had shelled the post." in html


def test_incident_page_lists_mentions_with_merge_reasons(pages: TestClient) -> None:
    html = pages.get(f"/incidents/{incident_id(pages, event='ASSAULT')}").text
    assert "contested" in html
    assert html.count('class="event"') == 2


def test_unknown_records_are_404(pages: TestClient) -> None:
    for path in ("/events/ev-none", "/incidents/inc-none", "/documents/doc-none"):
        assert pages.get(path).status_code == 404


def test_code_page_warns_when_writes_are_off(pages: TestClient) -> None:
    html = pages.get("/code").text
    assert 'id="code-form"' in html
    assert 'id="writes-off"' not in html


def test_unknown_page_record_is_an_html_404(pages: TestClient) -> None:
    response = pages.get("/events/ev-none")
    assert response.headers["content-type"].startswith("text/html")
    assert "ev-none" in response.text and 'id="error-detail"' in response.text
    api = pages.get("/api/events/ev-none")
    assert api.headers["content-type"] == "application/json"


def test_search_page_finds_sentences_and_articles(pages: TestClient) -> None:
    html = pages.get("/search", params={"q": "talks"}).text
    events = html.split('id="search-events"', 1)[1].split("</section>", 1)[0]
    assert "AGREE" in events and "ASSAULT" not in events
    assert "Talks agreed" in html.split('id="search-documents"', 1)[1]
    assert "at least two characters" in pages.get("/search", params={"q": "x"}).text


def test_search_query_is_escaped(pages: TestClient) -> None:
    html = pages.get("/search", params={"q": "<b>x</b>"}).text
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html


def test_incident_page_offers_to_split_a_merged_report(pages: TestClient) -> None:
    html = pages.get(f"/incidents/{incident_id(pages, event='ASSAULT')}").text
    assert html.count('data-correct="split"') == 2
    assert "/static/correct.js" in html


def test_pair_page_has_probability_and_reliability_charts(pages: TestClient) -> None:
    html = pages.get("/dyad", params={"level": "pair", "unit": "CHL–PER"}).text
    assert "<h1>Chile – Peru</h1>" in html
    assert 'id="probability"' in html and 'id="reliability"' in html
    assert '"probability":' in html  # the weekly series the chart draws
    assert pages.get("/dyad", params={"level": "pair", "unit": "XXX–YYY"}).status_code == 404
    assert pages.get("/dyad").status_code == 400


def test_alerts_page_groups_by_level_of_dyad(pages: TestClient) -> None:
    html = pages.get("/alerts").text
    for scope in ("pair", "family", "dyad"):
        assert f'id="alerts-{scope}"' in html
    dyads = html.split('id="alerts-dyad"', 1)[1]
    assert "Chilean state forces – Peruvian state forces" in dyads
