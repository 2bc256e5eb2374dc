"""Misspelt names: "Afganistan", "Ethopia", "President Bouteflicka".

A capitalised word that matched no dictionary name is compared with the one-word names of
countries and territories and with people's surnames. It is read as that name when exactly one
candidate lies within one edit (two for names of nine letters or more) and starts with the same
letter. People's surnames are tried only on words the parser took for part of a person's name;
country names on the others, and on a one-word "person" only when it lacks one letter of the
name (the parser takes many countries for people). A surname is refused when a given name
written before it is not the person's ("Dragan Milovanovic" is not Zoran Milanovic). The hit is
marked ``fuzzy``. A word that is a known place's name is none: "Marawi", a city of the
Philippines, is not Malawi.
"""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Token

from tocsin.actors.dictionary import ActorDictionary
from tocsin.actors.entries import Alias
from tocsin.actors.matching import NameHit

MIN_LENGTH = 6
LONG = 9  # from this length two edits are allowed
RULE = "fuzzy"
NATIONAL = frozenset({"country", "territory"})


class SpellingMatcher:
    """Near matches of single capitalised words against one-word names."""

    def __init__(
        self, dictionary: ActorDictionary, place_names: Callable[[str], bool] | None = None
    ) -> None:
        self.known = frozenset(dictionary.aliases)
        self.place_names = place_names
        self.full_names = {key: entry.name for key, entry in dictionary.entries.items()}
        # candidate names by first letter: a misspelling keeps it, and each word is compared
        # with a few dozen names instead of all of them
        self.places: dict[str, list[tuple[str, Alias]]] = {}
        self.people: dict[str, list[tuple[str, Alias]]] = {}
        for text, alias in dictionary.aliases.items():
            entry = dictionary.entries.get(alias.entry)
            if entry is None or " " in text or len(text) < MIN_LENGTH or not text.isalpha():
                continue
            if alias.rule != "dict":
                continue
            if entry.kind in NATIONAL:
                self.places.setdefault(text[0], []).append((text, alias))
            elif entry.kind == "person":
                self.people.setdefault(text[0], []).append((text, alias))

    def find(self, doc: Doc, taken: set[int]) -> list[NameHit]:
        """Hits for the capitalised words outside ``taken`` that are near one name."""
        person_start = {
            i: ent.start
            for ent in doc.ents
            if ent.label_ == "PERSON"
            for i in range(ent.start, ent.end)
        }
        hits = []
        for token in doc:
            if token.i in taken or not _candidate(token.text) or token.tag_ not in ("NNP", "NNPS"):
                continue
            if token.text in self.known:
                continue  # an exact name the matcher left out on purpose ("New *Jersey*")
            if self.place_names is not None and self.place_names(token.text):
                continue  # "Marawi": a city, not a misspelt Malawi
            in_person = token.i in person_start
            if not in_person and _inside_longer_name(token):
                continue
            pool = self.people if in_person else self.places
            alias = _nearest(token.text, pool.get(token.text[0], []))
            if alias is None and in_person and person_start[token.i] == token.i:
                # the parser takes many countries for people: "Venezula recalled …"; only a
                # dropped letter is read as a country here ("Jordana" is a name, not Jordan)
                alias = _nearest(
                    token.text, self.places.get(token.text[0], []), dropped_letter=True
                )
                in_person = False
            if alias is None:
                continue
            # a surname takes the given names before it: "Abdelaziz *Bouteflicka*"
            start = person_start[token.i] if in_person else token.i
            if taken.intersection(range(start, token.i)):
                start = token.i
            if in_person and not self._given_names_agree(doc, start, token.i, alias.entry):
                continue  # "Dragan *Milovanovic*" is not Zoran Milanovic
            text = doc[start : token.i + 1].text
            hits.append(NameHit(start, token.i + 1, Alias(text, alias.entry, RULE)))
        return hits

    def _given_names_agree(self, doc: Doc, start: int, end: int, entry: str) -> bool:
        """Every given name written before the surname is one of the entry's names."""
        names = {w.lower() for w in self.full_names.get(entry, "").split()}
        return all(t.lower_ in names for t in doc[start:end] if t.is_alpha)


def _inside_longer_name(token: Token) -> bool:
    """A word next to another capitalised word mid-sentence is part of a longer name."""
    doc = token.doc
    before = token.i > token.sent.start and doc[token.i - 1].is_title
    after = token.i + 1 < len(doc) and doc[token.i + 1].is_title
    return before or after


def _candidate(text: str) -> bool:
    return len(text) >= MIN_LENGTH and text.isalpha() and text.istitle()


def _nearest(
    text: str, pool: list[tuple[str, Alias]], dropped_letter: bool = False
) -> Alias | None:
    """The one entry within the allowed edits of ``text`` (names starting with its letter)."""
    limit = 1 if dropped_letter else (2 if len(text) >= LONG else 1)
    found = [
        alias
        for name, alias in pool
        if abs(len(name) - len(text)) <= limit
        and (not dropped_letter or len(name) == len(text) + 1)
        and Levenshtein.distance(name, text, score_cutoff=limit) <= limit
    ]
    entries = {a.entry for a in found}
    return found[0] if len(entries) == 1 else None
