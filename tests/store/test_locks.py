"""Store locks: one holder at a time, a clear refusal naming it, freed when the holder dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from tocsin.errors import StoreBusyError
from tocsin.store import Store
from tocsin.store.locks import StoreLock

HOLD = """
import sys, time
from tocsin.store import Store
from tocsin.store.locks import StoreLock
store = Store(sys.argv[1])
with StoreLock(store, "batch-x", purpose="a test holder"):
    print("held", flush=True)
    time.sleep(600)
"""


def test_a_second_holder_is_refused_with_the_first_named(store: Store) -> None:
    with StoreLock(store, "batch-x", purpose="tocsin code a.jsonl"):
        with pytest.raises(StoreBusyError) as caught:
            StoreLock(store, "batch-x").acquire()
        message = str(caught.value)
        assert caught.value.code == "E302"
        assert "tocsin code a.jsonl" in message and f"pid {os.getpid()}" in message
        with StoreLock(store, "analysis"):  # another name is another lock
            pass
    with StoreLock(store, "batch-x"):  # free again
        pass


def test_a_waiting_holder_gets_the_lock_when_it_is_let_go(store: Store) -> None:
    first = StoreLock(store, "analysis")
    first.acquire()
    threading.Timer(0.5, first.release).start()
    began = time.monotonic()
    with StoreLock(store, "analysis", wait=10):
        waited = time.monotonic() - began
    assert 0.3 < waited < 8


def test_a_killed_holder_frees_the_lock(store: Store, db_url: str) -> None:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, db_url], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        with pytest.raises(StoreBusyError) as caught:
            StoreLock(store, "batch-x").acquire()
        assert "a test holder" in str(caught.value)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with StoreLock(store, "batch-x", wait=10):  # the server or the OS let it go
        pass
