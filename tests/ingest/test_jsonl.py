import gzip
import json
import random
from datetime import date
from pathlib import Path

from tocsin.models import Document


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_records_with_all_fields(ingest, tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "dump.jsonl",
        [
            json.dumps(
                {
                    "id": "wire-17",
                    "text": "Rebels seized the airport.",
                    "date": "2022-05-01",
                    "title": "Airport seized",
                    "url": "https://news.example/a",
                    "source": "Example Wire",
                }
            ),
            json.dumps({"text": "Talks ended without agreement.", "date": "2022-05-02T23:10:00Z"}),
        ],
    )
    result = ingest([path])
    first, second = result.documents
    assert (first.id, first.date, first.title, first.url, first.source) == (
        "wire-17",
        date(2022, 5, 1),
        "Airport seized",
        "https://news.example/a",
        "Example Wire",
    )
    assert first.origin == f"{path}#1"
    assert second.id == Document.make_id("Talks ended without agreement.")
    assert second.date == date(2022, 5, 2)
    assert result.log.problems == []


def test_invalid_lines_are_skipped_with_their_number(ingest, tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "mixed.jsonl",
        [
            '{"text": "First report."}',
            '{"text": "unterminated',
            "",
            '["not", "an", "object"]',
            '{"title": "no text field"}',
            '{"text": "   "}',
            '{"text": 42}',
            '{"text": "Last report.", "date": "last Tuesday"}',
        ],
    )
    result = ingest([path])
    assert [d.text for d in result.documents] == ["First report.", "Last report."]
    assert result.documents[1].date is None
    errors = {p.origin.rsplit("#", 1)[1]: p for p in result.log.errors}
    assert sorted(errors, key=int) == ["2", "4", "5", "6", "7"]
    assert "invalid JSON" in errors["2"].message
    assert all(p.code and p.code.startswith("E1") for p in errors.values())
    (warning,) = result.log.warnings
    assert warning.origin == f"{path}#8" and "last Tuesday" in warning.message


def test_non_utf8_line_is_decoded_and_warned_once(ingest, tmp_path: Path) -> None:
    path = tmp_path / "legacy.jsonl"
    path.write_bytes(
        '{"text": "Protest in Malmö."}\n{"text": "Strike in Görlitz."}\n'.encode("cp1252")
    )
    result = ingest([path])
    assert [d.text for d in result.documents] == ["Protest in Malmö.", "Strike in Görlitz."]
    assert len(result.log.warnings) == 1 and not result.log.errors


def test_overlong_line_is_skipped_and_reading_continues(ingest, tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    long_text = "x" * 70_000  # beyond 4 bytes per allowed character plus the sniff window
    write_lines(path, [json.dumps({"text": long_text}), '{"text": "Short one."}'])
    result = ingest([path], max_document_chars=100)
    assert [d.text for d in result.documents] == ["Short one."]
    (problem,) = result.log.errors
    assert problem.origin == f"{path}#1" and "longer than" in problem.message


def test_gzip_archive(ingest, tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write('{"text": "Ceasefire announced."}\n')
    assert [d.text for d in ingest([path]).documents] == ["Ceasefire announced."]


def test_empty_and_binary_archives(ingest, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\x00\x01\x02\x03" * 50)
    result = ingest([empty, binary])
    assert result.documents == []
    assert [p.code for p in result.log.errors] == ["E101", "E102"]


def test_archive_is_streamed_not_loaded(ingest, tmp_path: Path) -> None:
    """A JSONL archive bigger than max_input_bytes is read document by document."""
    path = tmp_path / "big.jsonl"
    line = json.dumps({"text": "Troops withdrew from the village. " * 20}) + "\n"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(3000):
            handle.write(line.replace("village", f"village {number}"))
    result = ingest([path], max_input_bytes=100_000)
    assert len(result.documents) == 3000
    assert result.log.problems == []


def test_truncated_gzip_keeps_documents_read_before_the_damage(ingest, tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    rng = random.Random(3)
    lines = "".join(
        json.dumps({"text": f"Report {n}: {rng.getrandbits(1600):0400x}"}) + "\n"
        for n in range(400)
    )
    data = gzip.compress(lines.encode("utf-8"))
    path.write_bytes(data[: len(data) // 2])
    result = ingest([path])
    assert 0 < len(result.documents) < 400
    (problem,) = result.log.errors
    assert problem.origin == str(path) and "cannot read" in problem.message


def test_memory_stays_bounded_on_a_large_archive(ingest, tmp_path: Path, settings) -> None:
    import tracemalloc

    from tocsin.ingest import ProblemLog, iter_documents

    path = tmp_path / "large.jsonl"
    line = json.dumps({"text": "Shelling resumed near the river crossing overnight. " * 40})
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(8_000):  # about 17 MB
            handle.write(line + "\n")
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_documents([str(path)], settings, on_problem=ProblemLog()))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 8_000
    assert peak < 2_000_000  # a few lines at a time, never the whole file


def test_utf16_archive_is_refused_clearly(ingest, tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes('{"text": "Talks resumed."}\n'.encode("utf-16"))
    result = ingest([path])
    assert result.documents == []
    assert result.log.errors[0].code == "E104" and "UTF-8" in result.log.errors[0].message
