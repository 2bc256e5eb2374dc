"""Splitting a dateline ("WASHINGTON (Politico/Azatutyun) — ") from the first paragraph."""

from __future__ import annotations

import re

from tocsin.models import Dateline

_DATELINE = re.compile(
    r"""^(?P<place>[A-Z][A-Z.'\-]+(?:[ ][A-Z][A-Z.'\-]+){0,3})      # WASHINGTON, NEW DELHI
        (?:,[ ](?P<region>[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?))?   # , Calif.
        [ ]*(?:\((?P<agencies>[^()\n]{1,80})\))?                      # (Politico/Azatutyun)
        [ ]*(?:[\u2014\u2013]|--|-[ ]|:[ ])[ ]*""",
    re.X,
)
_AGENCY_SPLIT = re.compile(r"\s*[/,;&]\s*|\s+and\s+")


def split_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """Return the dateline (if the paragraph opens with one) and the rest of the paragraph."""
    match = _DATELINE.match(paragraph)
    if not match or len(match.group("place")) < 3:
        return None, paragraph
    rest = paragraph[match.end() :]
    if not rest or not rest[0].isupper():
        return None, paragraph
    place = match.group("place").title()
    if match.group("region"):
        place = f"{place}, {match.group('region')}"
    agencies = tuple(
        a for a in _AGENCY_SPLIT.split(match.group("agencies") or "") if a and a.strip()
    )
    return Dateline(place=place, agencies=agencies), rest
