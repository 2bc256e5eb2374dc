"""Headline conventions of wire services and monitors (``data/clean/wire.yaml``).

* A slug before the headline ("UPDATE 2-", "WRAPUP 3-", "EXCLUSIVE-", "RPT-") is removed.
* A short phrase after " - ", " -- " or ": " at the end of a headline whose last word names a
  source ("- military", ": interior minister", "- war monitor", "-- health ministry") is set
  apart as its own paragraph; the pipeline takes it as the source of the headline's events
  (``tocsin.events.wire_source``).
* A headline written in capitals only is put in title case, so the parser sees names and words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tocsin.resources import load_yaml

WIRE_FILE = "clean/wire.yaml"
MAX_HEADLINE_WORDS = 40
SOURCE_SEPARATOR = re.compile(r"\s+(?:--|[-–—])\s+|:\s+")
_WORD = re.compile(r"[\w'’.-]+")


@dataclass(frozen=True)
class WireForms:
    prefix: re.Pattern[str]
    source_heads: frozenset[str]
    max_source_words: int

    @classmethod
    def load(cls) -> WireForms:
        data = load_yaml(WIRE_FILE)
        slugs = sorted((re.escape(str(p)) for p in data["prefixes"]), key=len, reverse=True)
        prefix = re.compile(rf"^(?:(?:{'|'.join(slugs)})(?:\s*\d+)?\s*[-–:]\s*)+")
        heads = frozenset(str(h).lower() for h in data["source_heads"])
        return cls(prefix, heads, int(data.get("max_source_words") or 5))

    def headline_parts(self, line: str) -> list[str]:
        """The line without its slug, and its source phrase apart when it ends with one."""
        if len(_WORD.findall(line)) > MAX_HEADLINE_WORDS:
            return [line]
        stripped = self.prefix.sub("", line, count=1)
        if stripped and stripped[0].islower():
            stripped = stripped[0].upper() + stripped[1:]
        stripped = self._recase(stripped)
        source = self._source_split(stripped)
        return [stripped] if source is None else [stripped[: source[0]], stripped[source[1] :]]

    def _source_split(self, line: str) -> tuple[int, int] | None:
        separators = list(SOURCE_SEPARATOR.finditer(line))
        if not separators:
            return None
        last = separators[-1]
        before, after = line[: last.start()], line[last.end() :].rstrip(" .")
        words = _WORD.findall(after)
        if not words or len(words) > self.max_source_words or len(_WORD.findall(before)) < 3:
            return None
        if words[-1].lower().strip(".") not in self.source_heads:
            return None
        if last.group().strip() == ":" and len(_WORD.findall(before)) < 4:
            return None  # "Syria: rebels shell …" names a place before the colon
        return last.start(), last.start() + len(last.group()) - len(last.group().lstrip())

    @staticmethod
    def _recase(line: str) -> str:
        """Title case for a headline in capitals only ("REBELS SHELL ALEPPO")."""
        letters = [c for c in line if c.isalpha()]
        if len(letters) < 12 or any(c.islower() for c in letters):
            return line
        return " ".join(
            w if len(w) <= 3 and w.isalpha() and w in {"UN", "US", "EU", "IS"} else w.capitalize()
            for w in line.split(" ")
        )
