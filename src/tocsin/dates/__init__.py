"""When: each event's date with a precision, and an inferred publication date."""

from tocsin.dates.resolver import DateResolver

__all__ = ["DateResolver"]
