"""An incident's own death toll: only the tolls of its own reports' span count."""

from __future__ import annotations

from incidents.factories import summaries as incidents

RAID = {"actor": "MLI/MIL", "recipient": "MLI/REB"}
MOPTI = {"name": "Mopti", "country": "MLI", "lat": 14.49, "lon": -4.19}


def test_a_years_toll_merged_into_a_days_raid_is_not_the_raids_toll(weights) -> None:
    found = incidents(
        [
            {**RAID, "doc": "a", "date": "2023-04-11", "place": MOPTI},
            {**RAID, "doc": "b", "date": "2023", "precision": "year", "killed": 3000}
            | {"published": "2024-01-03"},
        ],
        weights,
    )
    (raid,) = found  # the year's report matches the raid: one incident
    assert raid.n_documents == 2 and raid.date_precision == "day"
    assert raid.killed is None


def test_tolls_as_precise_as_the_incident_still_count(weights) -> None:
    (raid,) = incidents(
        [
            {**RAID, "doc": "a", "date": "2023-04-11", "place": MOPTI, "killed": 12},
            {**RAID, "doc": "b", "date": "2023-04-11", "place": MOPTI, "killed": 14},
            {**RAID, "doc": "c", "date": "2023-04", "precision": "month", "killed": 400}
            | {"published": "2023-05-01"},
        ],
        weights,
    )
    assert raid.killed == 14
    year = {"date": "2023", "precision": "year", "published": "2024-01-03"}
    (years_raids,) = incidents([{**RAID, **year, "doc": "a", "killed": 40}], weights)
    assert years_raids.killed == 40  # its own report: a year's span, as the incident's
