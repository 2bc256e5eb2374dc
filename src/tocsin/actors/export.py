"""Write actor records as a tocsin user dictionary (YAML with a provenance header)."""

from __future__ import annotations

from datetime import date
from typing import Any

import yaml

try:  # the C emitter is much faster on whole Phoenix files
    from yaml import CSafeDumper as _Dumper
except ImportError:  # pragma: no cover - depends on the libyaml build
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v not in (None, [], "")}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def to_yaml(data: dict[str, Any], source: str) -> str:
    """``{"actors": [...], "agents": {...}}`` as a YAML user dictionary."""
    document = {
        "provenance": {
            "source": f"converted from the PETRARCH dictionary {source} by `tocsin dict import`",
            "licence": "that of the source dictionary",
        },
        "version": 1,
        "actors": _plain(list(data.get("actors") or [])),
        "agents": _plain(dict(data.get("agents") or {})),
    }
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
