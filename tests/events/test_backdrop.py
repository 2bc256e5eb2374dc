"""Acts of force named as the backdrop of another: the campaign it is set in."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.events.backdrop import in_backdrop

WHEN = date(2015, 2, 10)


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "framed"),
    [
        ("Clashes erupted on the third day of the offensive near Mosul", "offensive", True),
        ("Shelling resumed since the start of the battle for the airport", "battle", True),
        ("In the shadow of the raids on the camp, a car bomb hit Kabul", "raids", True),
        ("The offensive on the third day took the bridge", "offensive", False),
        ("Troops shelled the village of the rebels", "shelled", False),
    ],
)
def test_a_campaign_named_as_a_backdrop(pipeline, text, word, framed) -> None:
    doc = pipeline.nlp(text)
    assert in_backdrop(_token(doc, word)) is framed


def test_an_attack_set_in_a_campaign_is_one_record_of_the_attack(pipeline) -> None:
    found = [
        e
        for e in pipeline.code_text(
            "Heavy clashes erupted on the third day of the offensive near Mosul", date=WHEN
        )
        if e.event == "ASSAULT"
    ]
    assert len(found) == 1
    assert found[0].trigger.text.lower() == "clashes"
    assert any(m.startswith("offensive@") for m in found[0].evidence.merged)
