"""JSON Schema generated from the record dataclasses: the records are defined once, in Python.

Each field's type gives its JSON type (``str | None`` → ``["string", "null"]``, a nested record
→ a ``$ref``, ``tuple[X, ...]`` → an array, ``date`` → an ISO date string); the field's
metadata (:func:`tocsin.models.constrain`) narrows it (patterns, enums, bounds). Every field is
required and no other is allowed, as the JSON always carries every key.

``scripts/gen_schema.py`` writes the shipped files in ``tocsin/data/schema``; a test fails when
they differ from what this module generates.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from typing import Any

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
PRIMITIVES: dict[Any, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}


def _is_optional(kind: Any) -> tuple[bool, Any]:
    """``(True, X)`` for ``X | None``, else ``(False, kind)``."""
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(kind) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(kind)) == 2:
            return True, args[0]
    return False, kind


class SchemaBuilder:
    """Collects the ``$defs`` of the nested records while describing one record."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def record(self, cls: type) -> dict[str, Any]:
        """The object schema of dataclass ``cls`` (nested records go to ``$defs``)."""
        hints = typing.get_type_hints(cls)
        properties = {}
        for f in dataclasses.fields(cls):
            properties[f.name] = self.field(hints[f.name], f.metadata)
        return {
            "type": "object",
            "additionalProperties": False,
            "required": list(properties),
            "properties": properties,
        }

    def field(self, kind: Any, metadata: Any = None) -> dict[str, Any]:
        metadata = metadata or {}
        nullable, inner = _is_optional(kind)
        schema = self.kind(inner)
        schema.update(metadata.get("schema") or {})
        if nullable and not metadata.get("not_null"):
            schema = _nullable(schema)
        return schema

    def kind(self, kind: Any) -> dict[str, Any]:
        if kind in PRIMITIVES:
            return {"type": PRIMITIVES[kind]}
        if kind is date:
            return {"type": "string", "format": "date"}
        if kind is datetime:
            return {"type": "string", "format": "date-time"}
        if kind is Any:
            return {}
        if dataclasses.is_dataclass(kind):
            name = kind.__name__
            if name not in self.defs:
                self.defs[name] = {}  # reserve first: records may refer to themselves
                self.defs[name] = self.record(kind)
            return {"$ref": f"#/$defs/{name}"}
        origin, args = typing.get_origin(kind), typing.get_args(kind)
        if origin in (tuple, list) and args and (origin is list or args[-1] is Ellipsis):
            return {"type": "array", "items": self.kind(args[0])}
        if origin is dict:
            return {"type": "object", "additionalProperties": self.kind(args[1])}
        if origin is typing.Literal:
            return {"enum": list(args)}
        nullable, inner = _is_optional(kind)
        if nullable:
            return _nullable(self.kind(inner))
        raise TypeError(f"no JSON Schema for {kind!r}")


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if isinstance(schema.get("type"), str):
        return {**schema, "type": [schema["type"], "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


def json_schema(cls: type, *, name: str, title: str, description: str) -> dict[str, Any]:
    """The JSON Schema document of record ``cls``, as shipped in ``data/schema/NAME``."""
    builder = SchemaBuilder()
    root = builder.record(cls)
    document = {
        "$schema": SCHEMA_DIALECT,
        "$id": f"tocsin/{name}",
        "title": title,
        "description": description,
        **root,
    }
    if builder.defs:
        document["$defs"] = dict(sorted(builder.defs.items()))
    return document
