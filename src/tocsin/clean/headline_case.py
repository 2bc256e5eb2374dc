"""Sentence case for a headline written in title case (``data/clean/headline_case.yaml``).

Many news sites capitalise every word of a headline: "Boko Haram Kills 15 in Borno Village".
The parser reads such a line as a run of names ("Boko Haram Kills" as one), so the headline
loses its verb, its actor and its count. A headline is in **title case** when most of its longer
words are capitalised (``title_share`` of the words of ``min_letters`` letters or more, at least
``min_words`` of them). Each capitalised word of it is then lowered when it is one of tocsin's
**common words** — the English stop words, the words of the trigger patterns, the actor
dictionary's agent nouns and the file's ``common`` list, under any inflection spaCy's own
lemmatizer tables give ("Kills" → kill) — or an English word of the lemmatizer's own index
("Erupt", "Yesterday") that the gazetteer knows as no place, unless it opens the headline (the
line's first word, not a number's), is a ``keep`` word (months and days), or belongs to a name
the actor dictionary knows ("Islamic State", "Syrian Democratic Forces", "Senate") or to a
place name of two words or more ("North Kivu"). Names and unknown words keep their capital:
"Boko Haram kills 15 in Borno village". Only letters' case changes, so the headline keeps its
length and offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from tocsin.resources import load_yaml

CASE_FILE = "clean/headline_case.yaml"
INFLECTED_POS = ("noun", "verb", "adj")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_SPLIT = re.compile(r"[\s/]+")
MAX_NAME_WORDS = 6
ARTICLES = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class Inflections:
    """spaCy's rule lemmatizer tables: a form's possible lemmas, read without a parse."""

    rules: Mapping[str, tuple[tuple[str, str], ...]]
    exceptions: Mapping[str, Mapping[str, tuple[str, ...]]]
    english: frozenset[str] = frozenset()  # the lemma index: English nouns, verbs, adjectives …

    @classmethod
    def from_lookups(cls, lookups: object) -> Inflections:
        """From a spaCy ``Lookups`` holding ``lemma_rules``, ``lemma_exc`` and ``lemma_index``."""
        rules_table = lookups.get_table("lemma_rules", {})  # type: ignore[attr-defined]
        exc_table = lookups.get_table("lemma_exc", {})  # type: ignore[attr-defined]
        index_table = lookups.get_table("lemma_index", {})  # type: ignore[attr-defined]
        rules = {pos: tuple(tuple(r) for r in rules_table.get(pos, ())) for pos in INFLECTED_POS}
        exceptions = {
            pos: {k: tuple(v) for k, v in dict(exc_table.get(pos, {})).items()}
            for pos in INFLECTED_POS
        }
        english = frozenset(
            str(w) for pos in (*INFLECTED_POS, "adv") for w in index_table.get(pos, ())
        )
        return cls(rules, exceptions, english)  # type: ignore[arg-type]

    def lemmas(self, form: str) -> set[str]:
        """The form and every lemma the tables allow for it, as a noun, verb or adjective."""
        found = {form}
        for pos in INFLECTED_POS:
            found.update(self.exceptions.get(pos, {}).get(form, ()))
            for old, new in self.rules.get(pos, ()):
                if old and form.endswith(old) and len(form) > len(old):
                    found.add(form[: len(form) - len(old)] + new)
        return found


@dataclass(frozen=True)
class HeadlineCase:
    """Puts a title-case headline in sentence case; leaves any other line as it is."""

    common: frozenset[str]
    keep: frozenset[str]
    names: frozenset[str]  # lower-case names of two words or more, and capitalised single names
    inflections: Inflections | None = None
    is_place: Callable[[str], bool] | None = None  # whether a name of two words or more is a place
    title_share: float = 0.8
    min_letters: int = 4
    min_words: int = 3
    max_words: int = 40

    @classmethod
    def build(
        cls,
        words: Iterable[str],
        names: Iterable[str],
        inflections: Inflections | None = None,
        is_place: Callable[[str], bool] | None = None,
    ) -> HeadlineCase:
        """From tocsin's common ``words`` (lower case), the dictionary's ``names`` and the
        gazetteer's test for a place name (``is_place``: "North Kivu", "Lower Shabelle")."""
        data = load_yaml(CASE_FILE)
        keep = frozenset(str(w).lower() for w in data["keep"])
        listed = frozenset(str(w).lower() for w in data["common"])
        common = frozenset(w.lower() for w in words) | listed
        return cls(
            common=common - keep,
            keep=keep,
            names=frozenset(
                _name_key(n) for n in names if _is_name(n) and n.strip().lower() not in listed
            ),
            inflections=inflections,
            is_place=is_place,
            title_share=float(data["title_share"]),
            min_letters=int(data["min_letters"]),
            min_words=int(data["min_words"]),
            max_words=int(data["max_words"]),
        )

    def is_title_case(self, line: str) -> bool:
        """Whether most of the line's longer words are capitalised (a title-case headline)."""
        words = _WORD.findall(line)
        if len(words) > self.max_words:
            return False
        longer = [w for w in words if sum(c.isalpha() for c in w) >= self.min_letters]
        if len(longer) < self.min_words:
            return False
        return sum(w[0].isupper() for w in longer) / len(longer) >= self.title_share

    def recase(self, line: str) -> str:
        """The line in sentence case when it is a title-case headline, else unchanged."""
        if not self.is_title_case(line):
            return line
        words = list(_WORD.finditer(line))
        kept = self._named(line, words)
        chars = list(line)
        opening = len(line) - len(line.lstrip())
        for index, match in enumerate(words):
            word = match.group()
            if match.start() == opening or index in kept or not self._lowerable(word):
                continue  # the headline's first word keeps its capital ("164 Killed": not it)
            lowered = word.lower()
            if len(lowered) == len(word):
                chars[match.start() : match.end()] = lowered
        return "".join(chars)

    def _lowerable(self, word: str) -> bool:
        """A capitalised common word (not a name, an acronym or a kept word)."""
        if not word[:1].isupper() or word[1:] != word[1:].lower():
            return False  # lower already, or an acronym ("RSF", "UN") or a "McName"
        form = word.lower().rstrip(".").replace("’", "'")
        if form in self.keep:
            return False
        if form in self.common:
            return True
        stem = form[:-2] if form.endswith("'s") else form
        candidates = self.inflections.lemmas(stem) if self.inflections else {stem}
        if candidates & self.common:
            return True
        if self.inflections is None or not candidates & self.inflections.english:
            return False
        return self.is_place is None or not self.is_place(word)  # "Aleppo" is in the index too

    def _named(self, line: str, words: list[re.Match[str]]) -> set[int]:
        """Indexes of the words inside a name the dictionary knows (longest names first)."""
        kept: set[int] = set()
        index = 0
        while index < len(words):
            for size in range(min(MAX_NAME_WORDS, len(words) - index), 0, -1):
                span = line[words[index].start() : words[index + size - 1].end()]
                if self._is_name(span, size):
                    kept.update(range(index, index + size))
                    index += size
                    break
            else:
                index += 1
        return kept

    def _is_name(self, span: str, size: int) -> bool:
        if size == 1:
            return span in self.names
        parts = _WORD.findall(span)
        first, last = parts[0], parts[-1]
        if first.lower() in ARTICLES or not (first[:1].isupper() and last[:1].isupper()):
            return False  # "the Southern": no name, though the gazetteer reads "Southern"
        return _name_key(span) in self.names or (self.is_place is not None and self.is_place(span))


def _is_name(name: str) -> bool:
    """Names worth keeping: several words, or one capitalised word ("Senate", not "taliban")."""
    return len(_SPLIT.split(name.strip())) > 1 or name[:1].isupper()


def _name_key(name: str) -> str:
    """A name's lookup key: lower case, single spaces; single words keep their case."""
    parts = _SPLIT.split(name.strip())
    return " ".join(p.lower() for p in parts) if len(parts) > 1 else name.strip()
