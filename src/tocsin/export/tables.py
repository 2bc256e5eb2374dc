"""Lookup tables the export formats share: countries, sectors, CAMEO names, column orders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tocsin.resources import iter_tsv, load_yaml


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    numeric: str
    fips: str
    name: str
    region: str


@dataclass(frozen=True)
class Sector:
    code: str
    name: str
    inter: int
    acled: str


class ExportTables:
    """Every table an exporter needs, loaded once from ``data/export`` and ``data/events``."""

    def __init__(
        self,
        countries: dict[str, Country],
        sectors: dict[str, Sector],
        cameo_names: dict[str, str],
        formats: dict[str, Any],
    ) -> None:
        self.countries = countries
        self.sectors = sectors
        self.cameo_names = cameo_names
        self.formats = formats

    @classmethod
    def load(cls) -> ExportTables:
        countries = {
            row["iso3"]: Country(
                row["iso3"],
                row["iso2"],
                row["numeric"],
                row["fips"],
                row["name"],
                row["acled_region"],
            )
            for row in iter_tsv("export/countries.tsv")
        }
        sectors = {
            code: Sector(code, entry["name"], int(entry["inter"]), entry["acled"])
            for code, entry in load_yaml("export/sectors.yaml")["sectors"].items()
        }
        cameo = {row["code"]: row["name"] for row in iter_tsv("events/cameo.tsv")}
        formats = load_yaml("export/formats.yaml")
        return cls(countries, sectors, cameo, formats)

    def columns(self, fmt: str) -> list[str]:
        return list(self.formats[fmt]["columns"])

    def fips(self, iso3: str | None) -> str:
        """FIPS 10-4 code of an ISO3 country ('' when unknown or not a country)."""
        country = self.countries.get(iso3 or "")
        return country.fips if country else ""

    def country_name(self, code: str | None) -> str:
        """English name of an ISO3 country, or the code itself (IGOs such as ``EU``)."""
        if not code:
            return ""
        country = self.countries.get(code)
        return country.name if country else code

    def sector(self, code: str | None) -> Sector | None:
        return self.sectors.get(code or "")
