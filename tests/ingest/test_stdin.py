import json


def test_stdin_text(ingest) -> None:
    result = ingest(["-"], stdin=b"Police arrested twelve people.\n{not json}\n")
    (document,) = result.documents
    assert document.text.startswith("Police arrested") and document.origin == "-"


def test_stdin_jsonl_when_every_line_is_an_object(ingest) -> None:
    lines = [json.dumps({"id": f"s{n}", "text": f"Report {n}."}) for n in range(3)]
    result = ingest(["-"], stdin=("\n".join(lines) + "\n\n").encode())
    assert [d.id for d in result.documents] == ["s0", "s1", "s2"]
    assert result.documents[2].origin == "-#3"


def test_empty_stdin_is_reported(ingest) -> None:
    result = ingest(["-"], stdin=b"")
    assert result.documents == [] and result.log.errors[0].origin == "-"


def test_large_stdin_is_streamed_as_jsonl(ingest) -> None:
    lines = [json.dumps({"text": f"Statement number {n} " * 10}) for n in range(200)]
    data = ("\n".join(lines) + "\n").encode()
    result = ingest(["-"], stdin=data, max_input_bytes=2_000)
    assert len(result.documents) == 200 and not result.log.problems


def test_large_stdin_text_is_refused(ingest) -> None:
    result = ingest(["-"], stdin=b"Plain words. " * 500, max_input_bytes=2_000)
    assert result.documents == []
    assert result.log.errors[0].code == "E103"
