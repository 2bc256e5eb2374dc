"""The country an outlet reports on (``data/clean/outlets.yaml``): a conflict monitor's or a
local site's reports are about its own country ("SOHR": Syria), as a wire's dateline says where
a report comes from. A document that names its outlet and has no dateline of its own is given
the outlet's country as its dateline (``clean.outlet_dateline.v1``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tocsin.errors import DataFileError
from tocsin.resources import load_yaml

OUTLETS_FILE = "clean/outlets.yaml"
PARTS = re.compile(r"[;,/()]")
_NOISE = re.compile(r"[^\w]+")


def _key(name: str) -> str:
    words = _NOISE.sub(" ", name.lower()).split()
    return " ".join(words[1:] if words[:1] == ["www"] else words)  # a host's "www." is no name


@dataclass(frozen=True)
class Outlets:
    """Outlet names (folded) to the country they report on."""

    countries: dict[str, str]

    @classmethod
    def load(cls, data: dict[str, Any] | None = None) -> Outlets:
        data = load_yaml(OUTLETS_FILE) if data is None else data
        countries: dict[str, str] = {}
        for i, item in enumerate(data.get("outlets") or []):
            country, names = item.get("country"), item.get("names")
            if not isinstance(country, str) or not isinstance(names, list) or not names:
                raise DataFileError(f"{OUTLETS_FILE}: outlets[{i}]: expected country and names")
            for name in names:
                key = _key(str(name))
                if countries.get(key, country) != country:
                    raise DataFileError(f"{OUTLETS_FILE}: {name!r} is listed for two countries")
                countries[key] = country
        return cls(countries)

    def country(self, source: str | None) -> str | None:
        """The country the outlet ``source`` reports on: the whole name or one of its parts
        ("SOHR; AFP" is SOHR's), the first part that is listed."""
        if not source:
            return None
        for part in (source, *PARTS.split(source)):
            found = self.countries.get(_key(part))
            if found is not None:
                return found
        return None
