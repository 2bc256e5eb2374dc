"""Reading ACLED exports: dates in both formats, actor types as numbers or words."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from tocsin.errors import InputError
from tocsin.truth.acled import parse_inter, read_acled

COLUMNS = [
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "country",
    "admin1",
    "location",
    "fatalities",
]


def write_acled(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in COLUMNS})
    return path


def test_read_acled_rows(tmp_path: Path) -> None:
    path = write_acled(
        tmp_path / "acled.csv",
        [
            {
                "event_id_cnty": "RUR1",
                "event_date": "2021-04-03",
                "time_precision": "1",
                "event_type": "Battles",
                "actor1": "Military Forces of Ruritania (2010-)",
                "inter1": "1",
                "actor2": "Red Hand Brigade",
                "inter2": "Rebel group",
                "country": "Ruritania",
                "fatalities": "12",
            },
            {
                "event_id_cnty": "RUR2",
                "event_date": "05 April 2021",
                "time_precision": "3",
                "event_type": "Protests",
                "actor1": "Protesters (Ruritania)",
                "inter1": "6",
                "country": "Ruritania",
                "fatalities": "0",
            },
        ],
    )
    first, second = read_acled(path)
    assert (first.id, first.date, first.inter1, first.inter2) == ("RUR1", date(2021, 4, 3), 1, 2)
    assert first.violent and first.dated_to_day and first.fatalities == 12
    assert second.date == date(2021, 4, 5)
    assert not second.violent and not second.dated_to_day


def test_actor_types_as_words() -> None:
    assert parse_inter("Identity militia") == 4
    assert parse_inter("7") == 7
    assert parse_inter("") is None


def test_bad_files_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="not an ACLED export"):
        list(read_acled(other))
    bad = write_acled(
        tmp_path / "bad.csv",
        [{"event_date": "someday", "event_type": "Battles", "actor1": "X", "country": "Y"}],
    )
    with pytest.raises(InputError, match="line 2: bad event_date"):
        list(read_acled(bad))
