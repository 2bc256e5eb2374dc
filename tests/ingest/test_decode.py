import codecs

import pytest

from tocsin.errors import BinaryInputError
from tocsin.ingest.decode import decode_bytes, decode_line, looks_binary, sniff_encoding


def test_utf8_and_bom() -> None:
    assert decode_bytes("Zürich talks".encode()).encoding == "utf-8"
    decoded = decode_bytes(codecs.BOM_UTF8 + "Zürich talks".encode())
    assert decoded.text == "Zürich talks" and not decoded.guessed


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("The minister’s “red line” – crossed in Zürich.", "cp1252"),
        ("Café owners in Besançon protested the decree.", "cp1252"),
        ("Москва заявила о готовности к переговорам с Киевом", "cp1251"),
    ],
)
def test_legacy_encodings_are_detected(text: str, encoding: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text and decoded.guessed


def test_binary_detection() -> None:
    assert looks_binary(b"GIF89a\x00\x01\x00")
    assert looks_binary(bytes(range(1, 32)) * 4)
    assert not looks_binary(b"Tab\tseparated\r\nlines")
    assert not looks_binary("wide".encode("utf-16"))
    with pytest.raises(BinaryInputError):
        sniff_encoding(b"\x7fELF\x02\x01\x01\x00\x00")


def test_multibyte_character_cut_at_sample_end_is_still_utf8() -> None:
    sample = "Ελλάδα".encode()[:-1]
    assert sniff_encoding(sample) == ("utf-8", False)


def test_decode_line_falls_back() -> None:
    assert decode_line("Malmö".encode(), "utf-8").text == "Malmö"
    fallback = decode_line("Malmö".encode("cp1252"), "utf-8")
    assert fallback.text == "Malmö" and fallback.guessed
