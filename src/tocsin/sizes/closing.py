"""A headline's closing count: "Troops clash with rebels in the east, 20 dead".

Wire headlines often report an act and then, after a comma, colon or semicolon, its toll as a
bare count: "…, 20 dead", "…: 14 civilians killed", "…; at least 30 people dead". The parser
hangs that count anywhere (a clause of its own, the root with the act under it, an apposition),
so the tree does not tie it to the act. Read by its words instead: the count belongs to an act
before the mark when the words after the mark are only the count, its people, auxiliaries and
the word that says what happened to them, then at most a phrase of place ("near Qamhana in
Hama's countryside") before the next mark or the end.
"""

from __future__ import annotations

from spacy.tokens import Token

from tocsin.events.matching import HEADLINE_MARKS
from tocsin.sizes.vocabulary import CountVocabulary

# acts whose toll a closing count tells ("…, 20 dead"; "…, 40 arrested"), not a visit's or a talk's
CLOSING_EVENTS = frozenset({"ASSAULT", "COERCE", "PROTEST"})
CLOSING_MARKS = HEADLINE_MARKS
# parts of speech a count phrase is made of ("at least 30 Syrian soldiers were")
COUNT_POS = frozenset({"NUM", "NOUN", "PROPN", "ADJ", "ADV", "DET", "AUX", "ADP", "CCONJ"})
# parts of speech a closing phrase of place is made of, beside the vocabulary's place nouns
PLACE_POS = frozenset({"ADP", "PROPN", "DET", "PART", "ADJ", "CCONJ", "NUM"})


def closing_count(trigger: Token, noun: Token, vocab: CountVocabulary) -> bool:
    """True when ``noun`` (a counted noun or bare number) stands in the closing count of a
    headline whose act, before the count's mark, is ``trigger``."""
    sentence = trigger.sent
    mark = next(
        (t for t in reversed(sentence[: noun.i - sentence.start]) if t.text in CLOSING_MARKS),
        None,
    )
    if mark is None or trigger.i >= mark.i:
        return False
    end = next((t.i for t in sentence if t.i > noun.i and t.text in CLOSING_MARKS), sentence.end)
    words = [t for t in sentence.doc[mark.i + 1 : end] if not t.is_punct]
    said = next((i for i, t in enumerate(words) if t.i >= noun.i and _says_what(t, vocab)), None)
    if said is None:
        return False
    count, place = words[:said], words[said + 1 :]
    return all(t.pos_ in COUNT_POS for t in count) and all(
        t.pos_ in PLACE_POS or t.lemma_.lower() in vocab.closing_place_words for t in place
    )


def _says_what(token: Token, vocab: CountVocabulary) -> bool:
    """The word that says what happened to the counted people ("dead", "killed", "died")."""
    lemma = token.lemma_.lower()
    return (
        vocab.by_adjective(token.lower_) is not None
        or vocab.by_object_verb(lemma) is not None
        or vocab.by_subject_verb(lemma) is not None
    )
