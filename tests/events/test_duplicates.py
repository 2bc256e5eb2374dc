"""One record per trigger and side."""

from __future__ import annotations

from datetime import date

WHEN = date(2016, 4, 12)


def _assaults(pipeline, text: str):
    return [e for e in pipeline.code_text(text, date=WHEN) if e.event == "ASSAULT"]


def test_victims_of_one_side_give_one_record(pipeline) -> None:
    found = _assaults(pipeline, "Gunmen shot dead a nurse and two farmers in a Nigerian village")
    assert len(found) == 1


def test_attackers_of_two_countries_stay_two_records(pipeline) -> None:
    found = _assaults(pipeline, "Russian jets and Syrian helicopters bombed the town of Saraqib")
    assert len(found) == 2
    assert {e.actor.country for e in found if e.actor is not None} == {"RUS", "SYR"}
