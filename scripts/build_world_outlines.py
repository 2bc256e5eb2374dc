"""Derive the dashboard map's country outlines from Natural Earth 1:110m (public domain).

The shapes come from the ``naturalearth_lowres`` shapefile shipped in the geopandas 0.14 wheel
(BSD-3-Clause package; Natural Earth data is in the public domain). Usage:

    pip download --no-deps geopandas==0.14.4 -d /tmp/gp
    unzip /tmp/gp/geopandas-0.14.4-*.whl 'geopandas/datasets/naturalearth_lowres/*' -d /tmp/gp
    python scripts/build_world_outlines.py /tmp/gp/geopandas/datasets/naturalearth_lowres \
        src/tocsin/api/static/world.json

The shapefile (polygon records) and its dBase table are read with the standard library.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

# Natural Earth leaves iso_a3 as -99 for a few countries; their ISO 3166-1 codes.
ISO_FIXES = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX"}
PRECISION = 2  # decimal degrees kept (about 1 km), plenty for a 1:110m outline


def read_dbf(path: Path) -> list[dict[str, str]]:
    """Records of a dBase III table as dictionaries of stripped strings."""
    data = path.read_bytes()
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields = []
    for offset in range(32, header_len - 1, 32):
        raw = data[offset : offset + 32]
        name = raw[:11].split(b"\0", 1)[0].decode("ascii")
        fields.append((name, raw[16]))
    rows = []
    for i in range(count):
        start = header_len + i * record_len + 1  # skip the deletion flag
        row, cursor = {}, start
        for name, length in fields:
            row[name] = data[cursor : cursor + length].decode("utf-8", "replace").strip()
            cursor += length
        rows.append(row)
    return rows


def read_polygons(path: Path) -> list[list[list[tuple[float, float]]]]:
    """Rings of each polygon record of a shapefile."""
    data = path.read_bytes()
    cursor, shapes = 100, []
    while cursor < len(data):
        _, length = struct.unpack(">II", data[cursor : cursor + 8])
        content = data[cursor + 8 : cursor + 8 + 2 * length]
        cursor += 8 + 2 * length
        shape_type = struct.unpack("<i", content[:4])[0]
        if shape_type != 5:
            shapes.append([])
            continue
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", content[44 : 44 + 4 * n_parts]))
        base = 44 + 4 * n_parts
        points = [
            struct.unpack("<dd", content[base + 16 * k : base + 16 * k + 16])
            for k in range(n_points)
        ]
        bounds = [*parts, n_points]
        shapes.append([points[bounds[j] : bounds[j + 1]] for j in range(n_parts)])
    return shapes


def area_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Absolute area and centroid of a ring (shoelace formula)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        x, y = ring[0]
        return 0.0, x, y
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def build(folder: Path) -> dict:
    stem = folder / "naturalearth_lowres"
    records = read_dbf(stem.with_suffix(".dbf"))
    shapes = read_polygons(stem.with_suffix(".shp"))
    countries = []
    for record, rings in zip(records, shapes, strict=True):
        if not rings:
            continue
        name = record["name"]
        iso3 = ISO_FIXES.get(name, record["iso_a3"])
        _, lon, lat = max(area_centroid(r) for r in rings)
        countries.append(
            {
                "iso3": iso3 if iso3 != "-99" else None,
                "name": name,
                "label": [round(lon, 1), round(lat, 1)],
                "rings": [
                    [[round(x, PRECISION), round(y, PRECISION)] for x, y in ring] for ring in rings
                ],
            }
        )
    countries.sort(key=lambda c: c["name"])
    return {
        "provenance": {
            "source": "Natural Earth 1:110m Admin 0 countries, as shipped in the geopandas 0.14.4 "
            "wheel (geopandas/datasets/naturalearth_lowres); converted by "
            "scripts/build_world_outlines.py",
            "licence": "Public domain (Natural Earth); geopandas is BSD-3-Clause",
        },
        "version": 1,
        "countries": countries,
    }


def main() -> None:
    folder, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.write_text(json.dumps(build(folder), separators=(",", ":")), encoding="utf-8")
    print(f"{out}: {out.stat().st_size:,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
