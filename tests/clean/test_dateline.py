import pytest

from tocsin.clean.dateline import split_dateline, split_topic_country


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
        (
            "KABUL, Oct 3 (Reuters) - Gunmen attacked a checkpoint.",
            "Kabul",
            ("Reuters",),
            "Gunmen attacked a checkpoint.",
        ),
        (
            "MAIDUGURI, Nigeria, Sept. 9 (Reuters) - Troops repelled a raid.",
            "Maiduguri, Nigeria",
            ("Reuters",),
            "Troops repelled a raid.",
        ),
        (
            "JERUSALEM/GAZA, May 31 (Reuters) - Medics said.",
            "Jerusalem/Gaza",
            ("Reuters",),
            "Medics said.",
        ),
        ("Kabul (AFP) - A bomb exploded.", "Kabul", ("AFP",), "A bomb exploded."),
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
        "Yemen - a country at war - saw no aid.",
    ],
)
def test_ordinary_paragraphs_have_no_dateline(paragraph: str) -> None:
    dateline, remainder = split_dateline(paragraph)
    assert dateline is None
    assert remainder == paragraph


COUNTRIES = frozenset({"nigeria", "kenya", "central african republic", "syria"})


@pytest.mark.parametrize(
    ("headline", "place", "rest"),
    [
        ("Nigeria: Troops Kill 20 in Borno", "Nigeria", "Troops Kill 20 in Borno"),
        (
            "Syria: rebels shell western Aleppo, kill 7",
            "Syria",
            "Rebels shell western Aleppo, kill 7",
        ),
        (
            "Central African Republic: Militia Kill 25",
            "Central African Republic",
            "Militia Kill 25",
        ),
    ],
)
def test_a_country_before_a_colon_is_the_headline_s_dateline(
    headline: str, place: str, rest: str
) -> None:
    dateline, text = split_topic_country(headline, COUNTRIES)
    assert dateline is not None and dateline.place == place
    assert text == rest


@pytest.mark.parametrize(
    "headline",
    ["Putin: Russia will respond to any attack", "Kenya:", "Troops kill 20 in Nigeria: army"],
)
def test_a_speaker_or_anything_else_before_a_colon_stays(headline: str) -> None:
    assert split_topic_country(headline, COUNTRIES) == (None, headline)
