"""Row conversions: the first day of partial ISO dates used for date filters."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.store.rows import first_day


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-09-20", date(2023, 9, 20)),
        ("2023-09", date(2023, 9, 1)),
        ("2023", date(2023, 1, 1)),
        ("2023-W38", date(2023, 9, 18)),
        ("2023-02-30", None),
        ("September", None),
        (None, None),
    ],
)
def test_first_day(value: str | None, expected: date | None) -> None:
    assert first_day(value) == expected
