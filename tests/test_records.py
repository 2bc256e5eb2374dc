"""One definition per record: the shipped JSON Schemas are generated from the dataclasses, and
the store's readers, the API and the schemas agree."""

from __future__ import annotations

import sys
from pathlib import Path

from jsonschema import Draft202012Validator

from tocsin.records import SCHEMAS, schemas
from tocsin.resources import data_path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import gen_schema  # noqa: E402


def test_the_shipped_schemas_are_generated_from_the_records() -> None:
    generated = schemas()
    assert (
        set(generated)
        == set(SCHEMAS)
        == {"event.schema.json", "incident.schema.json", "alert.schema.json", "claim.schema.json"}
    )
    for name, document in generated.items():
        Draft202012Validator.check_schema(document)
        shipped = data_path(f"schema/{name}").read_text(encoding="utf-8")
        stale = f"{name} is stale: run scripts/gen_schema.py"
        assert shipped == gen_schema.rendered(document), stale


def test_the_event_schema_keeps_the_contract() -> None:
    event = schemas()["event.schema.json"]
    assert event["required"][:4] == ["id", "doc_id", "sentence_index", "sentence"]
    assert event["properties"]["size"] == {"$ref": "#/$defs/Size"}  # never null in the JSON
    assert event["properties"]["actor"]["anyOf"][1] == {"type": "null"}
    actor = event["$defs"]["ActorRef"]["properties"]
    assert actor["country"] == {"type": ["string", "null"], "pattern": "^[A-Z]{2,6}$"}
