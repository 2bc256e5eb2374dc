import pytest

from tocsin.clean.dateline import split_dateline


@pytest.mark.parametrize(
    ("paragraph", "place", "agencies", "rest"),
    [
        (
            "WASHINGTON (Politico/Azatutyun) — Officials met on Monday.",
            "Washington",
            ("Politico", "Azatutyun"),
            "Officials met on Monday.",
        ),
        (
            "YEREVAN (Reuters) - Protesters gathered.",
            "Yerevan",
            ("Reuters",),
            "Protesters gathered.",
        ),
        ("NEW DELHI — The ministry said.", "New Delhi", (), "The ministry said."),
        (
            "SAN DIEGO, Calif. (AP) — A sailor was arrested.",
            "San Diego, Calif.",
            ("AP",),
            "A sailor was arrested.",
        ),
    ],
)
def test_dateline_is_split(paragraph: str, place: str, agencies: tuple, rest: str) -> None:
    dateline, remainder = split_dateline(paragraph)
    assert dateline is not None
    assert (dateline.place, dateline.agencies, remainder) == (place, agencies, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "NATO - the alliance - met in Brussels.",
        "The UN said on Monday that talks would resume.",
        "US troops arrived - officials said - on Tuesday.",
    ],
)
def test_ordinary_paragraphs_have_no_dateline(paragraph: str) -> None:
    dateline, remainder = split_dateline(paragraph)
    assert dateline is None
    assert remainder == paragraph
