"""``tocsin serve``: what the server process sets up before it answers."""

from __future__ import annotations

import gc

from tocsin.cli import serve


def test_the_server_collects_garbage_less_often_and_never_walks_what_lives_forever() -> None:
    thresholds = gc.get_threshold()
    kept = [object() for _ in range(3)]
    try:
        serve.collect_less()
        assert gc.get_threshold()[0] == serve.YOUNG_COLLECTION
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
    assert kept
