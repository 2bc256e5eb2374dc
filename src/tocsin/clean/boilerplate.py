"""Dropping lines that are page furniture rather than reporting (patterns are data)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tocsin.errors import DataFileError
from tocsin.resources import load_yaml


@dataclass(frozen=True)
class BoilerplateRule:
    id: str
    regex: re.Pattern[str]


class BoilerplateFilter:
    """Whole-line patterns loaded from ``data/clean/boilerplate.yaml``."""

    def __init__(self, rules: list[BoilerplateRule]) -> None:
        self.rules = rules

    @classmethod
    def load(cls, path: str = "clean/boilerplate.yaml") -> BoilerplateFilter:
        rules = []
        for entry in load_yaml(path)["patterns"]:
            try:
                rules.append(BoilerplateRule(entry["id"], re.compile(entry["pattern"], re.I)))
            except (KeyError, re.error) as exc:
                raise DataFileError(f"{path}: bad boilerplate pattern {entry!r}: {exc}") from exc
        return cls(rules)

    def match(self, line: str) -> str | None:
        """Id of the first rule matching the whole ``line``, or ``None``."""
        stripped = line.strip()
        if not stripped:
            return None
        for rule in self.rules:
            if rule.regex.fullmatch(stripped):
                return rule.id
        return None
