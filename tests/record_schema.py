"""The JSON Schema of the event record, shared by the tests that check records."""

from __future__ import annotations

import json

from jsonschema import Draft202012Validator

from tocsin.resources import data_path


def record_validator() -> Draft202012Validator:
    schema = json.loads(data_path("schema/event.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_errors(record: dict) -> list[str]:
    """Every way ``record`` breaks the contract, as readable strings."""
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in record_validator().iter_errors(record)
    ]
