"""Input signatures change when a file changes and are absent for stdin and URLs."""

from __future__ import annotations

import os
from pathlib import Path

from tocsin.batch import input_signature


def test_signature_tracks_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Armenia asked Russia for help.", encoding="utf-8")
    first = input_signature([str(folder)])
    assert first is not None and first == input_signature([str(folder)])
    (folder / "b.txt").write_text("Azerbaijan denied the report.", encoding="utf-8")
    second = input_signature([str(folder)])
    assert second != first
    os.utime(folder / "a.txt", ns=(1, 1))
    assert input_signature([str(folder)]) != second


def test_no_signature_for_streams() -> None:
    assert input_signature(["-"]) is None
    assert input_signature(["https://news.example.org/feed"]) is None
    assert input_signature(["/no/such/file.txt"]) is None
