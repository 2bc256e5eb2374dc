"""French and Spanish headlines glossed word for word into English (tocsin.clean.gloss)."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.clean import Cleaner, UnsupportedLanguageError
from tocsin.clean.gloss import Glossary, gloss_short_text, split
from tocsin.models import Document

LANGUAGES = ("fr", "es", "pt")


@pytest.mark.parametrize(
    ("text", "language", "english"),
    [
        (
            "au moins 20 soldats tués dans une attaque jihadiste près de Mopti",
            "fr",
            "At least 20 soldiers killed in a jihadist attack near Mopti",
        ),
        (
            "L'armée malienne affirme avoir neutralisé une trentaine de terroristes",
            "fr",
            "Malian army says it neutralised about thirty terrorists",
        ),
        (
            "Frappe aérienne française contre des jihadistes dans le nord du Mali",
            "fr",
            "French air strike against jihadists in northern Mali",
        ),
        (
            "Hombres armados asesinan a 9 personas en Guanajuato",
            "es",
            "Gunmen kill 9 people in Guanajuato",
        ),
        (
            "Asesinan a líder social en el Cauca",
            "es",
            "Unidentified gunmen kill community leader in Cauca",
        ),
        (
            "le bilan de l'attaque des ADF à Beni s'alourdit à 22 morts",
            "fr",
            "The toll of the attack of the ADF in Beni rises to 22 dead",
        ),
        (
            "Emboscan a policías estatales en Jalisco; mueren 13",
            "es",
            "Unidentified gunmen ambush state police officers in Jalisco; die 13",
        ),
        (
            "Ataque de homens armados mata seis civis no centro de Moçambique",
            "pt",
            "Attack by gunmen kills six civilians in central Mozambique",
        ),
    ],
)
def test_headlines_are_glossed(text: str, language: str, english: str) -> None:
    assert gloss_short_text(text, LANGUAGES) == (language, english)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes in Deir ez-Zor kill 12 as the army advances",
        "Air strikes hit Al Tabaqa and al Mansoura, monitor says",
        "La Paz mayor meets envoy",
    ],
)
def test_english_is_not_glossed(text: str) -> None:
    assert gloss_short_text(text, LANGUAGES) is None


def test_a_language_not_asked_for_is_not_glossed() -> None:
    assert gloss_short_text("Hombres armados asesinan a 9 personas en Guanajuato", ("fr",)) is None


def test_text_the_glossary_mostly_does_not_know_is_no_gloss() -> None:
    """Too few of the words are known: a gloss would be the original with its grammar changed."""
    text = "Le ministre des affaires étrangères a déclaré que les négociations reprendraient"
    assert gloss_short_text(text, LANGUAGES) is None


def test_elided_articles_are_words_of_their_own() -> None:
    assert split("l'attaque d’Inates") == ["l'", "attaque", "d'", "Inates"]


def test_an_adjective_after_a_number_is_not_moved() -> None:
    """ "71 militaires": soldiers, not "military 71"."""
    glossary = Glossary.load("fr")
    assert glossary.gloss("71 militaires tués") == "71 soldiers killed"


def test_a_cleaned_headline_keeps_its_original_and_language() -> None:
    cleaner = Cleaner.load(topic_countries=frozenset({"burkina"}), glossed=LANGUAGES)
    text = "Burkina: 15 civils tués par des hommes armés dans le Nord"
    cleaned = cleaner.clean(Document(id="fr", text=text))
    assert cleaned.language == "fr"
    assert cleaned.text == "15 civilians killed by gunmen in the north"
    assert cleaned.dateline is not None and cleaned.dateline.place == "Burkina"
    assert cleaned.sanitised == (f"glossed from fr: {text}",)


def test_a_french_article_is_still_refused() -> None:
    cleaner = Cleaner.load(glossed=LANGUAGES)
    text = " ".join(
        ["Des hommes armés ont attaqué un poste de police dans le nord du pays, selon l'armée."] * 6
    )
    with pytest.raises(UnsupportedLanguageError, match="only en"):
        cleaner.clean(Document(id="fr-article", text=text))


def test_a_glossed_headline_is_coded(pipeline) -> None:
    text = "Mali: au moins 20 soldats tués dans une attaque jihadiste près de Mopti"
    coded = pipeline.code(Document(id="fr-coded", text=text, date=date(2019, 5, 18)))
    attack = next(e for e in coded.events if e.event == "ASSAULT")
    assert attack.actor is not None and attack.actor.code == "MLIREB"
    assert attack.recipient is not None and attack.recipient.code == "MLIMIL"
    assert attack.size is not None and attack.size.killed == 20
    assert coded.document.language == "fr"
