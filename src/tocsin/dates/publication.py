"""Infer an article's publication date when the source gives none.

In order of trust: an ``Updated``/``Published`` stamp, a dated dateline
(``MOSCOW, Oct. 18 (Reuters) —``), then the latest full calendar date (with a year) in the text.
A dateline or stamp without a year takes the latest year the text names.
"""

from __future__ import annotations

import re
from datetime import date

from tocsin.dates.expressions import DatePatterns, Found

STAMP = re.compile(
    r"(?i:\b(?:last\s+)?(?:updated|published|posted|first published)\b)[:\s]*(?:on\s+)?"
    r"(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
)
DATELINE = re.compile(r"^\s*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .]+)?,\s+")
LEAD_CHARS = 400  # a dateline or stamp sits at the top of an article
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
FULL_KINDS = ("iso", "numeric", "month_day", "day_month")


class PublicationDateInferrer:
    """Reads a publication date out of an article's own text."""

    def __init__(self, patterns: DatePatterns) -> None:
        self.patterns = patterns

    def infer(self, text: str) -> date | None:
        found = list(self.patterns.find(text))
        latest_year = max((int(y) for y in YEAR.findall(text)), default=None)
        for match in STAMP.finditer(text):
            after = [f for f in found if f.start == match.end() and f.kind in FULL_KINDS]
            if after:
                return self._as_date(after[0], latest_year)
        dateline = DATELINE.match(text[:LEAD_CHARS])
        if dateline:
            after = [f for f in found if f.start == dateline.end() and f.kind in FULL_KINDS]
            if after:
                return self._as_date(after[0], latest_year)
        full = [
            d
            for f in found
            if f.kind in FULL_KINDS and f.groups[-1]
            if (d := self._as_date(f, None))
        ]
        return max(full, default=None)

    def _as_date(self, found: Found, year: int | None) -> date | None:
        if found.kind == "iso" or found.groups[-1]:
            reading = self.patterns.read(found, date(2000, 1, 1), False)
        elif year is not None:
            reading = self.patterns.read(found, date(year, 12, 31), False)
        else:
            return None
        return date.fromisoformat(reading.value) if reading else None
