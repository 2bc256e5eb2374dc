"""Read a UCDP Georeferenced Event Dataset (GED) CSV export.

Each row is one event: the two sides (``side_a``, ``side_b``), the type of violence (1 state-based,
2 non-state, 3 one-sided), the place, the deaths (``best``, ``low``, ``high``) and the articles
behind it in ``source_article`` — ``"Office,YYYY-MM-DD,Headline"`` entries separated by ``;``.

UCDP data are CC BY 4.0: Sundberg & Melander 2013, "Introducing the UCDP Georeferenced Event
Dataset", Journal of Peace Research 50(4); Davies, Pettersson & Öberg, UCDP.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tocsin.errors import InputError

REQUIRED_COLUMNS = ("id", "date_start", "side_a", "side_b", "type_of_violence", "best")
"""Columns that mark a CSV file as a GED export."""

HOLDOUT_MODULUS = 5
"""An event whose id is divisible by this is in the holdout part (its misses are never read)."""

VIOLENCE_TYPES = {1: "state-based", 2: "non-state", 3: "one-sided"}

_ENTRY = re.compile(
    r'"(?P<office>[^"]*?),(?P<date>\d{4}-\d{2}-\d{2}),(?P<headline>.*?)(?:"(?=;"|\s*$)|$)', re.S
)
_BARE_HEAD = r"(?P<office>[^;,\"]+?),(?P<date>\d{4}-\d{2}-\d{2}),"
_BARE_ENTRY = re.compile(
    rf"(?:^|(?<=;)){_BARE_HEAD}(?P<headline>.*?)(?=;[^;,\"]+?,\d{{4}}-\d{{2}}-\d{{2}},|$)", re.S
)
"""An entry written without its quotes (``Office,YYYY-MM-DD,Headline``), as files other than
UCDP's own export may give them; a ``;`` ends one only before the next entry's office and date."""


@dataclass(frozen=True)
class SourceArticle:
    """One article behind an event: who published it, when, and its headline (first line)."""

    office: str
    date: date
    headline: str


@dataclass(frozen=True)
class GedEvent:
    """One UCDP GED event (the columns tocsin uses)."""

    id: int
    date_start: date
    date_end: date
    type_of_violence: int
    conflict_name: str
    dyad_name: str
    side_a: str
    side_b: str
    country: str | None
    adm_1: str | None
    where: str | None
    latitude: float | None
    longitude: float | None
    date_prec: int | None
    where_prec: int | None
    best: int
    low: int | None
    high: int | None
    deaths_civilians: int | None
    sources: tuple[SourceArticle, ...]

    @property
    def holdout(self) -> bool:
        """True for the holdout part of the development/holdout split (``id % 5 == 0``)."""
        return is_holdout(self.id)

    @property
    def violence(self) -> str:
        return VIOLENCE_TYPES.get(self.type_of_violence, "unknown")

    @property
    def dated_to_day(self) -> bool:
        """True when the deaths belong to one day or a few (not a month or a year at once)."""
        precise = self.date_prec is None or self.date_prec <= 3
        return precise and (self.date_end - self.date_start).days <= 6


def is_holdout(event_id: int) -> bool:
    return event_id % HOLDOUT_MODULUS == 0


def parse_sources(field: str) -> tuple[SourceArticle, ...]:
    """The ``source_article`` field as articles; bylines after a headline's first line dropped."""
    articles = []
    field = field or ""
    entries = _ENTRY if field.lstrip().startswith('"') else _BARE_ENTRY
    for match in entries.finditer(field.strip()):
        headline = match["headline"].strip().splitlines()
        text = headline[0].strip() if headline else ""
        if not text:
            continue
        try:
            day = date.fromisoformat(match["date"])
        except ValueError:
            continue
        articles.append(SourceArticle(office=match["office"].strip(), date=day, headline=text))
    return tuple(articles)


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else None
    except ValueError:
        return None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _country(row: dict[str, str]) -> str | None:
    """The country column of a full export, else the prefix of a state-based conflict's name
    ("Syria: Government"); None for a conflict named by its sides ("IS - SDF")."""
    if row.get("country"):
        return row["country"].strip()
    name = row.get("conflict_name") or ""
    if ":" not in name:
        return None
    return name.split(":", 1)[0].strip() or None


def main_country(events: Iterable[GedEvent]) -> str | None:
    """The country most events of an export name (for events whose row names none)."""
    counts: dict[str, int] = {}
    for event in events:
        if event.country:
            counts[event.country] = counts.get(event.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def is_ged_header(columns: Iterable[str]) -> bool:
    """True when ``columns`` are those of a GED export."""
    names = {c.strip().lower() for c in columns}
    return all(c in names for c in REQUIRED_COLUMNS)


def read_ged(path: str | Path) -> Iterator[GedEvent]:
    """The events of a GED CSV export, in file order.

    Raises :class:`InputError` when the file is not a GED export.
    """
    file = Path(path)
    with file.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if not is_ged_header(reader.fieldnames or ()):
            raise InputError(
                f"{file}: not a UCDP GED export (needs the columns {', '.join(REQUIRED_COLUMNS)})"
            )
        for n, row in enumerate(reader, start=2):
            try:
                start = date.fromisoformat(row["date_start"][:10])
                end = date.fromisoformat((row.get("date_end") or row["date_start"])[:10])
                event_id = int(row["id"])
            except (KeyError, ValueError) as exc:
                raise InputError(f"{file}: line {n}: bad id or date ({exc})") from exc
            yield GedEvent(
                id=event_id,
                date_start=start,
                date_end=end,
                type_of_violence=_int(row.get("type_of_violence")) or 0,
                conflict_name=row.get("conflict_name") or "",
                dyad_name=row.get("dyad_name") or "",
                side_a=(row.get("side_a") or "").strip(),
                side_b=(row.get("side_b") or "").strip(),
                country=_country(row),
                adm_1=row.get("adm_1") or None,
                where=row.get("where_coordinates") or None,
                latitude=_float(row.get("latitude")),
                longitude=_float(row.get("longitude")),
                date_prec=_int(row.get("date_prec")),
                where_prec=_int(row.get("where_prec")),
                best=_int(row.get("best")) or 0,
                low=_int(row.get("low")),
                high=_int(row.get("high")),
                deaths_civilians=_int(row.get("deaths_civilians")),
                sources=parse_sources(row.get("source_article") or ""),
            )


@dataclass(frozen=True)
class Headline:
    """One distinct headline (office, date, text) and the GED events it stands behind."""

    office: str
    date: date
    text: str
    events: tuple[GedEvent, ...]

    @property
    def holdout(self) -> bool:
        """A headline behind any holdout event is holdout, so no holdout event is read in dev."""
        return any(e.holdout for e in self.events)

    @property
    def id(self) -> str:
        return f"{self.date.isoformat()}|{self.office}|{self.text}"


def headlines(events: Iterable[GedEvent]) -> list[Headline]:
    """Distinct headlines with their events, in date order."""
    grouped: dict[tuple[str, date, str], list[GedEvent]] = {}
    for event in events:
        for source in event.sources:
            grouped.setdefault((source.office, source.date, source.headline), []).append(event)
    return [
        Headline(office=office, date=day, text=text, events=tuple(found))
        for (office, day, text), found in sorted(grouped.items(), key=lambda kv: (kv[0][1], kv[0]))
    ]
