from pathlib import Path

from tocsin.ingest.sources import SUPPORTED_EXTENSIONS, reader_for


def test_directory_is_read_recursively_in_sorted_order(ingest, tmp_path: Path) -> None:
    (tmp_path / "b_dir").mkdir()
    (tmp_path / "b_dir" / "inner.txt").write_text("Inner report.")
    (tmp_path / "a.txt").write_text("First report.")
    (tmp_path / "c.jsonl").write_text('{"text": "Archived report."}\n')
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    result = ingest([tmp_path])
    assert [d.text for d in result.documents] == [
        "First report.",
        "Inner report.",
        "Archived report.",
    ]
    (warning,) = result.log.warnings
    assert "1 file(s) with unsupported extensions" in warning.message


def test_unknown_extension_and_missing_path(ingest, tmp_path: Path) -> None:
    odd = tmp_path / "article.docx"
    odd.write_bytes(b"PK\x03\x04")
    result = ingest([odd, tmp_path / "missing.txt"])
    assert result.documents == []
    unsupported, missing = result.log.errors
    assert unsupported.code == "E104" and ".docx" in unsupported.message
    assert missing.origin.endswith("missing.txt") and "no such file" in missing.message


def test_empty_directory_is_reported(ingest, tmp_path: Path) -> None:
    result = ingest([tmp_path])
    assert result.documents == [] and "no supported files" in result.log.errors[0].message


def test_non_http_url_schemes_are_refused(ingest) -> None:
    result = ingest(["file:///etc/hostname", "ftp://files.example/a.txt"])
    assert result.documents == []
    assert [p.code for p in result.log.errors] == ["E401", "E401"]


def test_reader_lookup_uses_longest_extension() -> None:
    assert reader_for(Path("x.jsonl.gz")) is not None
    assert reader_for(Path("X.HTML")) is not None
    assert reader_for(Path("x.gz")) is None
    assert ".csv" in SUPPORTED_EXTENSIONS
