"""Country codes and names from the bundled tables (``actors/countries.tsv`` and
``actors/country_names.yaml``): "Syria" → ``SYR`` and back, for truth files and dyad labels."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tocsin.resources import iter_tsv, load_yaml

_SUFFIX = re.compile(r"\s*\(.*\)\s*$")  # "Yemen (North Yemen)", "Russia (Soviet Union)"


def without_former_name(name: str) -> str:
    """A country's name as datasets write it without the former name in brackets: "DR Congo
    (Zaire)" → "DR Congo"."""
    return _SUFFIX.sub("", name.strip())


@dataclass(frozen=True)
class Countries:
    """ISO 3166-1 alpha-3 codes with the names news and datasets use for them."""

    names: dict[str, str]  # code → short name for labels
    adjectives: dict[str, str]  # code → adjective ("Syrian")
    codes: dict[str, str]  # casefolded name, adjective or code → code

    def code(self, name: str | None) -> str | None:
        """The alpha-3 code of a country name, demonym or code; ``None`` when unknown."""
        if not name:
            return None
        text = without_former_name(name).casefold()
        return self.codes.get(text) or self.codes.get(text.removeprefix("the "))

    def name(self, code: str) -> str:
        """A short English name for labels (the code itself when unknown)."""
        return self.names.get(code, code)

    def adjective(self, code: str) -> str:
        """The adjective of a country ("Syrian"), else its name."""
        return self.adjectives.get(code) or self.name(code)

    def is_country(self, code: str | None) -> bool:
        return code is not None and code in self.names


@cache
def countries() -> Countries:
    """The bundled country table (loaded once; read-only)."""
    curated = load_yaml("actors/country_names.yaml")["countries"]
    names: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    codes: dict[str, str] = {}
    for row in iter_tsv("actors/countries.tsv"):
        iso3 = row["iso3"]
        more = curated.get(iso3) or {}
        short = [*(more.get("names") or ()), row["common_name"], row["name"]]
        names[iso3] = next(n for n in short if n)
        if more.get("adj"):
            adjectives[iso3] = more["adj"][0]
        every = [
            iso3,
            row["name"],
            row["common_name"],
            row["official_name"],
            *(more.get("names") or ()),
            *(more.get("adj") or ()),
            *(more.get("historical") or ()),
        ]
        for value in every:
            if value:
                codes.setdefault(value.casefold(), iso3)
    return Countries(names=names, adjectives=adjectives, codes=codes)
