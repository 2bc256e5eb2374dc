from pathlib import Path

from tocsin.models import Document

ARTICLE = (
    "ANKARA (Example Wire) — The defence ministry said on Monday that it had moved two "
    "brigades toward the border after talks with its neighbour stalled.\n"
)
PAGE = """<!doctype html><html><head><title>Brigades move to border | Example Wire</title>
<meta property="article:published_time" content="2024-03-04T09:30:00+00:00">
<meta property="og:site_name" content="Example Wire"></head><body>
<nav>Home | World | Share on Facebook</nav>
<article><h1>Brigades move to border</h1>
<p>The defence ministry said on Monday that it had moved two brigades toward the border after
talks with its neighbour stalled, and warned that it would respond to any provocation.</p>
<p>The neighbour's foreign ministry denied massing troops of its own and called for observers
from the regional security organisation to visit the frontier next week.</p></article>
<footer>Subscribe to our newsletter. Copyright 2019 Example Wire.</footer></body></html>"""


def test_text_file_gets_content_hash_id_and_origin(ingest, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = ingest([path])
    assert [d.text for d in result.documents] == [ARTICLE]
    document = result.documents[0]
    assert document.id == Document.make_id(ARTICLE)
    assert document.origin == str(path)
    assert result.log.problems == []


def test_reingesting_gives_the_same_id(ingest, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE + "\n\n", encoding="utf-8")
    first, second = ingest([tmp_path / "a.txt", tmp_path / "b.txt"]).documents
    assert first.id == second.id


def test_html_file_main_text_title_and_date(ingest, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    result = ingest([path])
    (document,) = result.documents
    assert "moved two brigades" in document.text
    assert "denied massing troops" in document.text
    assert "Subscribe" not in document.text
    assert "Share on Facebook" not in document.text
    assert document.title == "Brigades move to border"
    assert document.date is not None and document.date.isoformat() == "2024-03-04"
    assert result.log.problems == []


def test_broken_html_still_gives_text(ingest, tmp_path: Path) -> None:
    path = tmp_path / "broken.htm"
    path.write_bytes(b"<html><body><div><p>Police detained <b>forty protesters <p>near the square")
    result = ingest([path])
    (document,) = result.documents
    assert "detained" in document.text and "forty protesters" in document.text
    assert not result.log.errors


def test_html_without_any_text_is_an_error(ingest, tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body></body></html>")
    result = ingest([path])
    assert result.documents == []
    (problem,) = result.log.errors
    assert problem.origin == str(path) and "no text" in problem.message


def test_empty_file_is_reported(ingest, tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n")
    result = ingest([path])
    assert result.documents == []
    (problem,) = result.log.problems
    assert problem.fatal and problem.code == "E101" and problem.origin == str(path)


def test_binary_file_is_reported_and_next_input_still_read(ingest, tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    result = ingest([binary, good])
    assert [d.origin for d in result.documents] == [str(good)]
    (problem,) = result.log.errors
    assert problem.code == "E102" and problem.origin == str(binary)


def test_non_utf8_text_is_decoded_with_a_warning(ingest, tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("The minister’s “final offer” – rejected in Zürich.".encode("cp1252"))
    result = ingest([path])
    (document,) = result.documents
    assert document.text == "The minister’s “final offer” – rejected in Zürich."
    (warning,) = result.log.warnings
    assert "cp1252" in warning.message and not warning.fatal


def test_utf16_with_bom_is_text_not_binary(ingest, tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Talks resumed in Vienna.".encode("utf-16"))
    result = ingest([path])
    assert [d.text for d in result.documents] == ["Talks resumed in Vienna."]


def test_huge_file_is_refused_quickly_without_reading(ingest, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # a sparse 50 MB file: cheap to make, never read
        handle.truncate(50 * 1024 * 1024)
    result = ingest([path], max_input_bytes=20_000_000)
    assert result.documents == []
    (problem,) = result.log.errors
    assert problem.code == "E103" and "max_input_bytes" in problem.message
