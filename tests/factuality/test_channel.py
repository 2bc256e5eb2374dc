"""Which signal channel each factuality status feeds."""

from __future__ import annotations

import pytest

from tocsin.factuality import channel


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("asserted", "happened"),
        ("alleged", "happened"),
        ("possible", "risk"),
        ("future", "risk"),
        ("conditional", "risk"),
        ("requested", "risk"),
        ("negated", None),
        ("denied", None),
    ],
)
def test_channel(status: str, expected: str | None) -> None:
    assert channel(status) == expected


def test_unknown_status_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown factuality status"):
        channel("rumoured")
