"""Reading UCDP GED exports: sources, split, headlines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tocsin.errors import InputError
from tocsin.truth.ucdp import headlines, is_holdout, parse_sources, read_ged
from truth.gedcsv import write_ged


def test_sources_split_on_semicolons_between_quoted_entries() -> None:
    field = (
        '"Agency One,2020-03-01,Troops shell the town; three dead";'
        '"Monitor,2020-03-02,Clashes go on, says monitor\nBY \tReporter Name"'
    )
    found = parse_sources(field)
    assert [(s.office, s.date, s.headline) for s in found] == [
        ("Agency One", date(2020, 3, 1), "Troops shell the town; three dead"),
        ("Monitor", date(2020, 3, 2), "Clashes go on, says monitor"),
    ]


def test_a_truncated_last_entry_still_reads() -> None:
    found = parse_sources('"Wire,2021-01-05,Rebels attack a convoy";"Wire,2021-01-06,Army ret')
    assert [s.headline for s in found] == ["Rebels attack a convoy", "Army ret"]


def test_holdout_is_every_fifth_id() -> None:
    assert is_holdout(10) and is_holdout(0)
    assert not is_holdout(11)


def test_read_ged_and_group_headlines(tmp_path: Path) -> None:
    shared = '"Wire,2020-05-02,Army and rebels fight near the river"'
    path = write_ged(
        tmp_path / "ged.csv",
        [
            {
                "id": "11",
                "date_start": "2020-05-01",
                "date_end": "2020-05-01",
                "type_of_violence": "1",
                "conflict_name": "Ruritania: Government",
                "side_a": "Government of Ruritania",
                "side_b": "Ruritanian insurgents",
                "source_article": shared,
                "best": "3",
                "date_prec": "1",
            },
            {
                "id": "15",
                "date_start": "2020-05-01",
                "date_end": "2020-05-31",
                "type_of_violence": "3",
                "conflict_name": "Ruritania: Government",
                "side_a": "Government of Ruritania",
                "side_b": "Civilians",
                "source_article": shared + ';"Monitor,2020-06-01,Monthly toll"',
                "best": "40",
                "date_prec": "4",
            },
        ],
    )
    events = list(read_ged(path))
    assert [e.id for e in events] == [11, 15]
    assert events[0].country == "Ruritania" and events[0].violence == "state-based"
    assert events[0].dated_to_day and not events[1].dated_to_day
    found = headlines(events)
    assert [h.text for h in found] == ["Army and rebels fight near the river", "Monthly toll"]
    assert [e.id for e in found[0].events] == [11, 15]
    assert found[0].holdout  # stands behind event 15, a holdout event


def test_a_file_that_is_not_ged_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a UCDP GED export"):
        list(read_ged(other))


def test_entries_written_without_their_quotes_still_read() -> None:
    field = (
        "Daily Wire,2019-04-02,Militants raid a village, kill four; army responds;"
        "Radio Two,2019-04-03,Army says raid repelled"
    )
    found = parse_sources(field)
    assert [(s.office, s.date, s.headline) for s in found] == [
        ("Daily Wire", date(2019, 4, 2), "Militants raid a village, kill four; army responds"),
        ("Radio Two", date(2019, 4, 3), "Army says raid repelled"),
    ]
