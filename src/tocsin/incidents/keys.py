"""The keys two reports must share to describe one incident: dyad, event family, dates, place."""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import date, timedelta

from tocsin.models import ActorRef, Event, EventDate, Location


@dataclass(frozen=True)
class Party:
    """An actor or recipient reduced to what incident matching compares."""

    key: str | None  # country code, else the actor code, else None
    sector: str | None

    @classmethod
    def of(cls, ref: ActorRef | None, place_country: str | None = None) -> Party:
        """The party of an actor reference.

        A bare sector agent ("civilians", "police") with no country takes the country where the
        event happened, when the record has one: civilians shelled in Poonch are Indian.
        """
        if ref is None:
            return cls(None, None)
        if ref.country is None and ref.sector and place_country:
            return cls(place_country, ref.sector)
        return cls(ref.country or ref.code or ref.name, ref.sector)

    def compatible(self, other: Party) -> bool:
        """Same country (or code); sectors agree or one of them is unknown."""
        if self.key is None or other.key is None or self.key != other.key:
            return False
        return self.sector is None or other.sector is None or self.sector == other.sector


def family(event: Event) -> str:
    """The event family: the PLOVER type, else the two-digit CAMEO root."""
    return event.event or f"cameo:{event.cameo[:2]}"


@dataclass(frozen=True)
class Interval:
    """The days an event date could denote, with its precision."""

    start: date
    end: date
    precision: str

    @property
    def width(self) -> int:
        return (self.end - self.start).days

    def gap(self, other: Interval) -> int:
        """Days between the two intervals (0 when they overlap)."""
        if self.end < other.start:
            return (other.start - self.end).days
        if other.end < self.start:
            return (self.start - other.end).days
        return 0


def interval_of(value: EventDate | None, published: date | None) -> Interval | None:
    """Days covered by an event date (``2026-03`` is the whole month), else the publication day."""
    if value is None or not value.value:
        return None if published is None else Interval(published, published, "published")
    text = value.value
    try:
        if len(text) >= 10:
            day = date.fromisoformat(text[:10])
            if value.precision == "week":
                return Interval(day, day + timedelta(days=6), "week")
            return Interval(day, day, value.precision or "day")
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            last = calendar.monthrange(year, month)[1]
            return Interval(date(year, month, 1), date(year, month, last), "month")
        year = int(text[:4])
        return Interval(date(year, 1, 1), date(year, 12, 31), "year")
    except ValueError:
        return None if published is None else Interval(published, published, "published")


def distance_km(a: Location, b: Location) -> float | None:
    """Great-circle distance between two located places, or ``None`` without coordinates."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def place_match(a: Location | None, b: Location | None, max_km: float) -> str | None:
    """How two places agree (a short reason), or ``None`` when they cannot be the same place."""
    if a is None or b is None:
        return "unknown"
    if a.country and b.country and a.country != b.country:
        return None
    if a.name.casefold() == b.name.casefold():
        return "same place"
    km = distance_km(a, b)
    if (
        km is not None
        and a.precision not in ("country", "admin1")
        and b.precision
        not in (
            "country",
            "admin1",
        )
    ):
        return f"{km:.0f} km apart" if km <= max_km else None
    if "country" in (a.precision, b.precision):
        return "same country"
    if a.admin1 and b.admin1:
        return "same admin1" if a.admin1 == b.admin1 else None
    if "admin1" in (a.precision, b.precision):
        region = a if a.precision == "admin1" else b
        other = b if region is a else a
        if other.admin1 is None or other.admin1 == region.name:
            return "within admin1"
        return None
    if km is not None:
        return f"{km:.0f} km apart" if km <= max_km else None
    return None
