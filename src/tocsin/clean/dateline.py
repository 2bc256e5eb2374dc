"""Splitting a dateline ("WASHINGTON (Politico/Azatutyun) — ") from the first paragraph."""

from __future__ import annotations

import re
from collections.abc import Collection

from tocsin.models import Dateline

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_REGION = (
    rf"(?:,[ ](?P<region>(?!{_MONTH}[ ]\d)[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?))?"  # , Calif.
)
_DATE = rf"(?:,?[ ]{_MONTH}[ ]\d{{1,2}})?"  # , Oct 3
_AGENCIES = r"\((?P<agencies>[^()\n]{1,80})\)"  # (Politico/Azatutyun)
_SEPARATOR = r"[ ]*(?:[\u2014\u2013]|--|-[ ]|:[ ])[ ]*"
_CAPITALS = r"[A-Z][A-Z.'\-]+(?:[ /][A-Z][A-Z.'\-]+){0,3}"  # WASHINGTON, CAIRO/GAZA
_DATELINE = re.compile(rf"^(?P<place>{_CAPITALS}){_REGION}{_DATE}[ ]*(?:{_AGENCIES})?{_SEPARATOR}")
# a wire's dateline in title case is one only with its agency: "Kabul (AFP) - "
_TITLE = r"[A-Z][a-z'\-]+(?:[ /][A-Z][a-z'\-]+){0,2}"
_TITLE_DATELINE = re.compile(rf"^(?P<place>{_TITLE}){_REGION}{_DATE}[ ]*{_AGENCIES}{_SEPARATOR}")
_AGENCY_SPLIT = re.compile(r"\s*[/,;&]\s*|\s+and\s+")


def split_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """Return the dateline (if the paragraph opens with one) and the rest of the paragraph."""
    match = _DATELINE.match(paragraph) or _TITLE_DATELINE.match(paragraph)
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


_TOPIC = re.compile(r"^(?P<place>[A-Z][\w'’.-]*(?:[ ][A-Za-z][\w'’.-]*){0,3}):[ ]+(?=\S)")


def split_topic_country(headline: str, countries: Collection[str]) -> tuple[Dateline | None, str]:
    """A headline that opens with the country it is about: "Nigeria: Troops Kill 20 …".

    News sites put the country before a colon; it is no part of the sentence (the parser would
    make it the subject: "Kenya: Al-Shabaab Kills Five Police Officers"). The country becomes
    the dateline, the rest the headline. ``countries`` holds lower-case country names; a speaker
    before a colon ("Putin: Russia will respond") is not one and stays.
    """
    match = _TOPIC.match(headline)
    if not match or match.group("place").lower() not in countries:
        return None, headline
    rest = headline[match.end() :]
    return Dateline(place=match.group("place")), rest[:1].upper() + rest[1:]
