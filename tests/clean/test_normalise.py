"""Character-level normalisation."""

from __future__ import annotations

from tocsin.clean.normalise import normalise_text


def test_character_references_are_decoded() -> None:
    text = "The &#8220;Liberation Front&#8221; shells the town&#8217;s market &amp; port"
    assert (
        normalise_text(text) == "The \u201cLiberation Front\u201d shells the town's market & port"
    )


def test_an_ampersand_outside_a_reference_is_kept() -> None:
    assert normalise_text("R&D spending at AT&T; a &bogus; word") == (
        "R&D spending at AT&T; a &bogus; word"
    )
