"""The API's response models are the records: what the store's readers return passes through
unchanged and matches the generated schema."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from jsonschema import Draft202012Validator

from tocsin.api import claims as claim_queries
from tocsin.api import queries
from tocsin.records import schemas


def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(schemas()[name])


def as_json(value: object) -> object:
    return json.loads(json.dumps(value, default=str))


@pytest.mark.parametrize(
    ("path", "key", "schema", "read"),
    [
        (
            "/api/incidents",
            "incidents",
            "incident.schema.json",
            lambda s: queries.incidents(s, limit=100),
        ),
        ("/api/alerts", "alerts", "alert.schema.json", lambda s: queries.alerts(s, limit=200)),
        ("/api/claims", "claims", "claim.schema.json", lambda s: claim_queries.claims(s)),
    ],
)
def test_lists_are_served_as_read_and_match_their_schema(
    client: TestClient, seeded, path: str, key: str, schema: str, read
) -> None:
    store, _settings = seeded
    served = client.get(path).json()[key]
    assert served, f"the seeded store must hold {key}"
    assert served == as_json(read(store))
    check = validator(schema)
    for item in served:
        assert list(check.iter_errors(item)) == [], item["id"]
    one = client.get(f"{path}/{served[0]['id']}").json()
    assert one == served[0]
    assert list(check.iter_errors(one)) == []


def test_events_are_served_as_stored(client: TestClient, seeded) -> None:
    store, _settings = seeded
    served = client.get("/api/events").json()
    assert served["events"], "the seeded store must hold events"
    assert served["events"] == [e.to_dict() for e in store.events()][: len(served["events"])]
    check = validator("event.schema.json")
    one = client.get(f"/api/events/{served['events'][0]['id']}").json()
    incident = one.pop("incident_id")
    assert incident is None or incident.startswith("inc-")
    assert one == served["events"][0] and list(check.iter_errors(one)) == []


def test_the_openapi_document_names_the_records(client: TestClient) -> None:
    components = client.get("/openapi.json").json()["components"]["schemas"]
    assert {"AlertRecord", "ClaimRecord", "IncidentRecord", "Event"} <= set(components)
