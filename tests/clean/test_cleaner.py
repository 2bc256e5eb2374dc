import pytest

from tocsin.clean import Cleaner, UnsupportedLanguageError
from tocsin.models import Document


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner.load()


def test_clean_drops_furniture_and_splits_dateline(cleaner: Cleaner) -> None:
    raw = (
        "Minister Jane Doe (Ministry Photo by John Smith/ Public Domain)\n\n"
        "KYIV (Wire)  — Russian forces shelled the city\u2019s outskirts overnight.\n\n"
        "Get the Bulletin in your inbox:\n\n"
        "The mayor said   two people were killed.\n"
    )
    cleaned = cleaner.clean(Document(id="d1", text=raw))
    assert cleaned.dateline is not None and cleaned.dateline.place == "Kyiv"
    assert cleaned.text == (
        "Russian forces shelled the city's outskirts overnight.\n\n"
        "The mayor said two people were killed."
    )
    assert cleaned.language == "en"


def test_non_english_text_is_refused(cleaner: Cleaner) -> None:
    text = (
        "Le ministre des affaires étrangères a déclaré lundi que les négociations "
        "reprendraient la semaine prochaine à Genève malgré les tensions."
    )
    with pytest.raises(UnsupportedLanguageError, match="only en"):
        cleaner.clean(Document(id="fr", text=text, origin="note.txt"))


def test_short_text_is_not_guessed(cleaner: Cleaner) -> None:
    assert cleaner.clean(Document(id="s", text="Talks resumed.")).language is None


def test_a_headline_s_country_before_a_colon_becomes_the_dateline(pipeline) -> None:
    coded = pipeline.code(
        Document(id="d-topic", text="Kenya: Al-Shabaab Kills Five Police Officers in Mandera")
    )
    assert coded.document.dateline is not None and coded.document.dateline.place == "Kenya"
    assert coded.document.text == "Al-Shabaab kills five police officers in Mandera"
    attack = next(e for e in coded.events if e.event == "ASSAULT")
    assert attack.actor is not None and attack.actor.entry == "org.al-shabaab"
