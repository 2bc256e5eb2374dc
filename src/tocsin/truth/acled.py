"""Read an ACLED CSV export (the Armed Conflict Location & Event Data Project).

Each row is one event: ``event_date``, ``event_type`` (Battles, Explosions/Remote violence,
Violence against civilians, Riots, Protests, Strategic developments), the two actors with their
types (``inter1``/``inter2``: 1 state forces, 2 rebel groups, 3 political militias, 4 identity
militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces — numbers in older
exports, words in newer ones), the ``country``, ``time_precision`` (1 the day, 2 the week,
3 the month) and ``fatalities``.

ACLED data are licensed by ACLED for their users; cite Raleigh, Linke, Hegre & Karlsen 2010,
"Introducing ACLED", Journal of Peace Research 47(5).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from tocsin.errors import InputError

REQUIRED_COLUMNS = ("event_date", "event_type", "actor1", "country", "fatalities")
"""Columns that mark a CSV file as an ACLED export."""

VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
"""Event types whose fatalities are organised violence (riots and protests are not)."""

INTER_WORDS = {
    "state forces": 1,
    "rebel group": 2,
    "rebel groups": 2,
    "political militia": 3,
    "political militias": 3,
    "identity militia": 4,
    "identity militias": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external/other forces": 8,
}

_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y")


@dataclass(frozen=True)
class AcledEvent:
    """One ACLED event (the columns tocsin uses)."""

    id: str
    date: date
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    inter1: int | None
    inter2: int | None
    country: str
    admin1: str | None
    location: str | None
    time_precision: int | None
    fatalities: int

    @property
    def violent(self) -> bool:
        return self.event_type in VIOLENT_TYPES

    @property
    def dated_to_day(self) -> bool:
        """True when ACLED dates the event to its day or week, not only to its month."""
        return self.time_precision is None or self.time_precision <= 2


def parse_inter(value: str | None) -> int | None:
    """An actor type as its number (``"2"`` and ``"Rebel group"`` are both 2)."""
    text = (value or "").strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    return INTER_WORDS.get(text.casefold())


def parse_date(value: str) -> date:
    text = value.strip()
    for form in _DATE_FORMATS:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise ValueError(f"unknown date {value!r}")


def is_acled_header(columns: Iterable[str]) -> bool:
    """True when ``columns`` are those of an ACLED export."""
    names = {c.strip().lower() for c in columns}
    return all(c in names for c in REQUIRED_COLUMNS)


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else None
    except ValueError:
        return None


def read_acled(path: str | Path) -> Iterator[AcledEvent]:
    """The events of an ACLED CSV export, in file order.

    Raises :class:`InputError` when the file is not an ACLED export or a row has a bad date.
    """
    file = Path(path)
    with file.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if not is_acled_header(reader.fieldnames or ()):
            raise InputError(
                f"{file}: not an ACLED export (needs the columns {', '.join(REQUIRED_COLUMNS)})"
            )
        for n, row in enumerate(reader, start=2):
            row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
            try:
                day = parse_date(row["event_date"])
            except ValueError as exc:
                raise InputError(f"{file}: line {n}: bad event_date ({exc})") from exc
            yield AcledEvent(
                id=row.get("event_id_cnty") or row.get("data_id") or f"line-{n}",
                date=day,
                event_type=row["event_type"],
                sub_event_type=row.get("sub_event_type", ""),
                actor1=row["actor1"],
                actor2=row.get("actor2", ""),
                inter1=parse_inter(row.get("inter1")),
                inter2=parse_inter(row.get("inter2")),
                country=row["country"],
                admin1=row.get("admin1") or None,
                location=row.get("location") or None,
                time_precision=_int(row.get("time_precision")),
                fatalities=_int(row.get("fatalities")) or 0,
            )
