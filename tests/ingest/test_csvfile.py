from datetime import date
from pathlib import Path

import pytest


def test_csv_with_optional_columns(ingest, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "ID,Title,Body,Date,URL\n"
        'a1,Clash,"Two soldiers were killed, officials said.",2021-07-14,https://x.example/1\n'
        'a2,,"A second report\nover two lines.",,\n',
        encoding="utf-8",
    )
    result = ingest([path])
    first, second = result.documents
    assert (first.id, first.title, first.date, first.url) == (
        "a1",
        "Clash",
        date(2021, 7, 14),
        "https://x.example/1",
    )
    assert first.text == "Two soldiers were killed, officials said."
    assert first.origin == f"{path}#2"
    assert second.text == "A second report\nover two lines." and second.title is None
    assert second.origin == f"{path}#3"
    assert result.log.problems == []


@pytest.mark.parametrize(("delimiter", "column"), [("\t", "content"), (";", "text")])
def test_other_delimiters_and_column_names(ingest, tmp_path: Path, delimiter, column) -> None:
    path = tmp_path / "export.csv"
    path.write_text(f"id{delimiter}{column}\n7{delimiter}Markets fell sharply.\n")
    (document,) = ingest([path]).documents
    assert (document.id, document.text) == ("7", "Markets fell sharply.")


def test_bad_rows_are_reported_and_skipped(ingest, tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("text,date\n,2020-01-01\nGood row.,not-a-date\n\nAnother good row.,\n")
    result = ingest([path])
    assert [d.text for d in result.documents] == ["Good row.", "Another good row."]
    (error,) = result.log.errors
    assert error.origin == f"{path}#2" and error.code == "E101"
    (warning,) = result.log.warnings
    assert warning.origin == f"{path}#3"


def test_csv_without_text_column_is_an_error(ingest, tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("headline,when\nSomething,2020-01-01\n")
    result = ingest([path])
    assert result.documents == []
    (problem,) = result.log.errors
    assert "no text column" in problem.message


def test_cp1252_csv(ingest, tmp_path: Path) -> None:
    path = tmp_path / "legacy.csv"
    path.write_bytes("text\n“Quoted” statement from Bogotá\n".encode("cp1252"))
    result = ingest([path])
    assert [d.text for d in result.documents] == ["“Quoted” statement from Bogotá"]
    assert len(result.log.warnings) == 1
