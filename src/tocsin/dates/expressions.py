"""Find date expressions in text and read them against a publication date.

Each pattern has a name; :meth:`DatePatterns.find` yields non-overlapping matches (earlier,
longer patterns first) and :meth:`DatePatterns.read` turns one into an ISO value and a
precision. Past clauses read backwards from the publication date ("on Sunday" is the latest
Sunday at or before it), future clauses forwards.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, insort
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from tocsin.dates.vocabulary import DateVocabulary

UNITS = ("day", "week", "weekend", "month", "year")
YEARS = range(1800, 2100)  # the years a date may name ("project of 1070 apartments" names none)
WORD_WINDOW = 100  # characters before a match read for the word before it


@dataclass(frozen=True)
class Found:
    """One date expression in a text: character offsets, the pattern and its groups."""

    start: int
    end: int
    text: str
    kind: str
    groups: tuple[str | None, ...]


@dataclass(frozen=True)
class Reading:
    value: str
    precision: str  # day, week, month, year
    future: bool = False  # the expression itself points forward ("next month")


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class DatePatterns:
    """Compiled date patterns built from a :class:`DateVocabulary`."""

    def __init__(self, vocab: DateVocabulary) -> None:
        self.vocab = vocab
        months = _alternation([m.title() for m in vocab.months])
        weekdays = _alternation([w.title() for w in vocab.weekdays])
        numbers = _alternation(list(vocab.number_words))
        relative = _alternation(list(vocab.relative_words))
        day_words = _alternation(list(vocab.day_words))
        year = r"(1[89]\d\d|20\d\d)"  # a year of YEARS
        ci = "(?i:{})"
        self.patterns: list[tuple[str, re.Pattern[str]]] = [
            ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
            ("numeric", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")),
            (
                "month_day",
                re.compile(
                    rf"\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{year}\b)?(?!\s*[-–]?\s*(?:%|percent))"
                ),
            ),
            (
                "day_month",
                re.compile(
                    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({months})\b\.?(?:,?\s+{year}\b)?"
                ),
            ),
            (
                "part_month",
                re.compile(
                    ci.format(r"\b(early|mid|late|the end of|end of|the beginning of|beginning of)")
                    + rf"[\s-]+({months})\b(?:\s+{year}\b)?"
                ),
            ),
            ("month_year", re.compile(rf"\b({months})\.?,?\s+{year}\b")),
            (
                "month",
                re.compile(
                    ci.format(r"\b(in|since|by|during|until|till|from|through|of|last|this|next)")
                    + rf"\s+({months})\b"
                ),
            ),
            (
                "weekday",
                re.compile(ci.format(rf"\b(?:({relative}|on)\s+)?") + rf"({weekdays})\b"),
            ),
            (
                "relative_unit",
                re.compile(
                    ci.format(
                        rf"\b(earlier|later)?\s*\b({relative})\s+(day|week|weekend|month|year)\b"
                    )
                ),
            ),
            (
                "coming",
                re.compile(
                    ci.format(
                        r"\b(?:in|over|within)\s+the\s+(?:coming|next|following)\s+(?:few\s+)?"
                        r"(days|weeks|months|years)\b"
                    )
                ),
            ),
            ("weekend", re.compile(ci.format(r"\b(?:over|at|during|on)\s+the\s+weekend\b"))),
            (
                "ago",
                re.compile(
                    ci.format(rf"\b({numbers}|\d+)\s+(day|week|month|year)s?\s+(ago|earlier)\b")
                ),
            ),
            (
                "night",
                re.compile(ci.format(r"\b(last night|this morning|this afternoon|this evening)\b")),
            ),
            ("day_word", re.compile(ci.format(rf"\b({day_words})\b"))),
            (
                "year",
                re.compile(
                    ci.format(r"\b(in|since|by|during|until|till|from|through|of|early|late|mid)")
                    + rf"[\s-]+{year}\b"
                ),
            ),
        ]

    # -- finding -------------------------------------------------------------------------
    def find(self, text: str) -> Iterator[Found]:
        """Non-overlapping expressions in ``text``, in order of position."""
        taken: list[tuple[int, int]] = []  # sorted and disjoint: one neighbour tells an overlap
        found: list[Found] = []
        for kind, pattern in self.patterns:
            for match in pattern.finditer(text):
                start, end = match.span()
                before = bisect_left(taken, (end, -1)) - 1  # the last one starting before end
                if before >= 0 and taken[before][1] > start:
                    continue
                if self._not_a_date(text, start, kind, match):
                    continue
                if match.group(0).endswith(".") and len(match.group(0).split()[-1]) > 5:
                    end -= 1  # a sentence's full stop after "5 February", not "Feb."
                insort(taken, (start, end))
                found.append(Found(start, end, text[start:end].strip(), kind, match.groups()))
        yield from sorted(found, key=lambda f: f.start)

    def _not_a_date(self, text: str, start: int, kind: str, match: re.Match[str]) -> bool:
        before = text[max(0, start - WORD_WINDOW) : start].split()
        if before and before[-1].lower().strip(",") in self.vocab.not_a_date_before:
            return kind in ("ago", "relative_unit", "coming")
        after = text[match.end() : match.end() + 5]
        return after.startswith(("-old", " old", "-year")) if kind != "iso" else False

    # -- reading -------------------------------------------------------------------------
    def read(self, found: Found, pub: date, future: bool) -> Reading | None:
        """ISO value and precision of ``found`` relative to ``pub``."""
        reader = getattr(self, f"_read_{found.kind}")
        return reader(found.groups, pub, future)

    def _month(self, name: str) -> int:
        return self.vocab.months[name.lower().rstrip(".")]

    @staticmethod
    def _infer_year(month: int, day: int | None, pub: date, future: bool) -> int:
        """The year that puts month(/day) at or before ``pub`` (after it for the future)."""
        probe_day = day or 1
        probe_day = min(probe_day, calendar.monthrange(pub.year, month)[1])
        candidate = date(pub.year, month, probe_day)
        if future:
            if day is None:
                return pub.year if month >= pub.month else pub.year + 1
            return pub.year if candidate >= pub else pub.year + 1
        if day is None:
            return pub.year if month <= pub.month else pub.year - 1
        return pub.year if candidate <= pub else pub.year - 1

    def _read_iso(self, g, pub, future) -> Reading | None:
        try:
            return Reading(date(int(g[0]), int(g[1]), int(g[2])).isoformat(), "day")
        except ValueError:
            return None

    def _read_numeric(self, g, pub, future) -> Reading | None:
        """``5/3/2023``: month first as in US English, unless the first number exceeds 12."""
        first, second, year = int(g[0]), int(g[1]), int(g[2])
        month, day = (second, first) if first > 12 else (first, second)
        try:
            return Reading(date(year, month, day).isoformat(), "day")
        except ValueError:
            return None

    def _day(self, month: int, day: int, year: str | None, pub: date, future: bool):
        y = int(year) if year else self._infer_year(month, day, pub, future)
        try:
            return Reading(date(y, month, day).isoformat(), "day")
        except ValueError:
            return None

    def _read_month_day(self, g, pub, future):
        return self._day(self._month(g[0]), int(g[1]), g[2], pub, future)

    def _read_day_month(self, g, pub, future):
        return self._day(self._month(g[1]), int(g[0]), g[2], pub, future)

    def _month_reading(self, month: int, year: str | None, pub: date, future: bool) -> Reading:
        y = int(year) if year else self._infer_year(month, None, pub, future)
        return Reading(f"{y:04d}-{month:02d}", "month")

    def _read_part_month(self, g, pub, future):
        return self._month_reading(self._month(g[1]), g[2], pub, future)

    def _read_month_year(self, g, pub, future):
        return self._month_reading(self._month(g[0]), g[1], pub, future)

    def _read_month(self, g, pub, future):
        cue = g[0].lower()
        month = self._month(g[1])
        if cue == "last":
            return self._month_reading(month, None, pub - timedelta(days=1), False)
        if cue == "next":
            return Reading(
                self._month_reading(month, None, pub + timedelta(days=1), True).value,
                "month",
                future=True,
            )
        if cue == "this":
            return Reading(f"{pub.year:04d}-{month:02d}", "month")
        return self._month_reading(month, None, pub, future)

    def _read_weekday(self, g, pub, future):
        cue = (g[0] or "").lower()
        target = self.vocab.weekdays[g[1].lower()]
        direction = self.vocab.relative_words.get(cue, 0) if cue != "on" else 0
        if direction > 0 or (direction == 0 and cue != "this" and future):
            delta = (target - pub.weekday()) % 7 or 7
            return Reading((pub + timedelta(days=delta)).isoformat(), "day", future=direction > 0)
        if cue == "this":
            return Reading((monday(pub) + timedelta(days=target)).isoformat(), "day")
        delta = (pub.weekday() - target) % 7
        if direction < 0 and delta == 0:
            delta = 7
        return Reading((pub - timedelta(days=delta)).isoformat(), "day")

    def _unit_reading(self, unit: str, offset: int, pub: date) -> Reading:
        if unit == "day":
            return Reading((pub + timedelta(days=offset)).isoformat(), "day", future=offset > 0)
        if unit in ("week", "weekend"):
            start = monday(pub) + timedelta(weeks=offset)
            return Reading(start.isoformat(), "week", future=offset > 0)
        if unit == "month":
            y, m = shift_month(pub.year, pub.month, offset)
            return Reading(f"{y:04d}-{m:02d}", "month", future=offset > 0)
        return Reading(f"{pub.year + offset:04d}", "year", future=offset > 0)

    def _read_relative_unit(self, g, pub, future):
        offset = self.vocab.relative_words[g[1].lower()]
        return self._unit_reading(g[2].lower(), offset, pub)

    def _read_coming(self, g, pub, future):
        unit = g[0].lower().rstrip("s")
        if unit == "day":  # "in the coming days": the week that starts tomorrow
            return Reading(monday(pub + timedelta(days=1)).isoformat(), "week", future=True)
        return self._unit_reading(unit, 1, pub)

    def _read_weekend(self, g, pub, future):
        """``over the weekend``: the last one (the next one in a future clause), as its week."""
        on_weekend = pub.weekday() >= 5
        offset = int(on_weekend) - (0 if future else 1)
        return Reading((monday(pub) + timedelta(weeks=offset)).isoformat(), "week", future)

    def _read_ago(self, g, pub, future):
        raw = g[0].lower()
        n = int(raw) if raw.isdigit() else self.vocab.number_words[raw]
        unit = g[1].lower()
        if unit == "day":
            return Reading((pub - timedelta(days=n)).isoformat(), "day")
        if unit == "week":
            return Reading(monday(pub - timedelta(weeks=n)).isoformat(), "week")
        if unit == "month":
            y, m = shift_month(pub.year, pub.month, -n)
            return Reading(f"{y:04d}-{m:02d}", "month")
        return Reading(f"{pub.year - n:04d}", "year")

    def _read_night(self, g, pub, future):
        offset = -1 if g[0].lower() == "last night" else 0
        return Reading((pub + timedelta(days=offset)).isoformat(), "day")

    def _read_day_word(self, g, pub, future):
        offset = self.vocab.day_words[g[0].lower()]
        return Reading((pub + timedelta(days=offset)).isoformat(), "day", future=offset > 0)

    def _read_year(self, g, pub, future):
        return Reading(f"{int(g[1]):04d}", "year")
