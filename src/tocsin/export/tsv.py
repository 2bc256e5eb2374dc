"""Tab-separated output shared by the GDELT and ICEWS formats."""

from __future__ import annotations

from typing import Any, TextIO


def cell(value: Any) -> str:
    """One TSV cell: None is empty, floats lose trailing noise, tabs/newlines become spaces."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:.1f}"
    return " ".join(str(value).split())


def write_row(out: TextIO, values: list[Any]) -> None:
    out.write("\t".join(cell(v) for v in values) + "\n")
