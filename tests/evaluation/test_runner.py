from __future__ import annotations

import pytest

from tocsin.evaluation.runner import guess_format


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("plv_dev.tsv", "plv"),
        ("case2021_task2_dev.tsv", "case"),
        ("plover_gsr_cameo.json", "gsr"),
        ("uw_factuality_dev.jsonl", "uw"),
        ("golden_events.jsonl", "golden"),
        ("mine.jsonl", "golden"),
    ],
)
def test_guess_format(name, fmt):
    assert guess_format(name) == fmt


def test_unknown_format():
    with pytest.raises(ValueError):
        guess_format("notes.txt")


def test_refused_input_counts_as_no_event():
    from tocsin.errors import EmptyInputError
    from tocsin.evaluation.runner import TolerantCoder

    def refuse(text):
        raise EmptyInputError("nothing left")

    coder = TolerantCoder(refuse)
    assert coder("x") == []
    assert coder.refused == 1


def test_a_crash_counts_as_no_event_apart_with_its_error():
    from tocsin.evaluation.runner import TolerantCoder

    def crash(text):
        raise IndexError("list index out of range")

    coder = TolerantCoder(crash)
    assert coder("x") == []
    assert (coder.refused, coder.crashed) == (0, 1)
    assert coder.crashes == ["IndexError: list index out of range"]
