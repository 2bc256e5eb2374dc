"""Headlines in French, Spanish and Portuguese glossed word for word into English.

tocsin's pipeline reads English. Many of the reports the field's datasets cite for the Sahel,
Central Africa, Colombia, Mexico or Mozambique are French, Spanish or Portuguese headlines
("Mali : au moins 20 soldats tués dans une attaque jihadiste"), short, formulaic and made of a
small vocabulary of war. A glossary (``data/clean/gloss/<language>.yaml``) turns such a
headline into English the pipeline codes: phrases first, longest first, then single words; a
word it does not list (a name, a place, a number) passes through as written; an adjective that
follows its noun in those languages ("attaque *jihadiste*", "soldats *maliens*") is moved
before it. It is a gloss, not a translation: only short texts are glossed (:data:`MAX_WORDS`),
and a gloss that leaves most of its words untranslated is no gloss (the text is refused as
before).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from tocsin.resources import data_path, load_yaml

GLOSS_DIR = "clean/gloss"
ENGLISH_FILE = "clean/gloss_english.yaml"
MAX_WORDS = 40  # a headline or a caption; longer texts are articles, not glossed
MIN_FUNCTION_WORDS = 2  # words of the language that a short text must hold to be taken for it
MIN_SHARE_GLOSSED = 0.5  # of the words that are neither names nor numbers
MAX_PHRASE = 6  # words in the longest phrase looked up
ELISION = re.compile(r"^(l|d|qu|n|s|j|c|jusqu|lorsqu|puisqu)['’](.+)$", re.IGNORECASE)
TOKEN = re.compile(r"[\w'’-]+|[^\w\s]", re.UNICODE)
NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "%"})
VOWELS = frozenset("aeiouAEIOU")


@dataclass(frozen=True)
class Unit:
    """One glossed word or phrase: its English, whether it is a content word (a noun an
    adjective after it may describe), whether it passed through untranslated and whether it
    is an adjective to move before that noun."""

    text: str
    content: bool
    passed: bool
    postposed: bool = False


@dataclass(frozen=True)
class Glossary:
    """One language's glossary."""

    language: str
    function_words: frozenset[str]
    phrases: dict[tuple[str, ...], str]
    words: dict[str, str]
    postposed: dict[str, str]
    openings: dict[tuple[str, ...], str] = field(default_factory=dict)
    after_noun: dict[str, str] = field(default_factory=dict)
    grammar: frozenset[str] = frozenset()  # English glosses no adjective describes

    @classmethod
    def load(cls, language: str) -> Glossary:
        data = load_yaml(f"{GLOSS_DIR}/{language}.yaml")
        words = {str(k).lower(): str(v) for k, v in data["words"].items()}
        phrases: dict[tuple[str, ...], str] = {}
        for key, value in data["phrases"].items():
            tokens = tuple(split(str(key).lower()))
            if len(tokens) == 1:  # "nord-ouest" is one token: a word
                words[tokens[0]] = str(value)
            else:
                phrases[tokens] = str(value)
        return cls(
            language=str(data["language"]),
            function_words=frozenset(str(w) for w in data["function_words"]),
            phrases=phrases,
            words=words,
            postposed={str(k).lower(): str(v) for k, v in data["postposed"].items()},
            openings={
                tuple(split(str(k).lower())): str(v)
                for k, v in (data.get("openings") or {}).items()
            },
            after_noun={str(k).lower(): str(v) for k, v in (data.get("after_noun") or {}).items()},
            grammar=english().grammar,
        )

    def score(self, tokens: list[str]) -> int:
        """How many of ``tokens`` are this language's function words."""
        return sum(1 for t in tokens if t.lower() in self.function_words)

    def gloss(self, text: str) -> str | None:
        """``text`` in English word for word, or ``None`` when too little of it is known."""
        tokens = split(text)
        units = self._units(tokens)
        words = [u for u, t in zip(units, tokens, strict=False) if _is_word(t)]
        lexical = [u for u in words if not (u.passed and _is_name_or_number(u.text))]
        if lexical and sum(not u.passed for u in lexical) / len(lexical) < MIN_SHARE_GLOSSED:
            return None
        return _join(_reordered(units))

    def _units(self, tokens: list[str]) -> list[Unit]:
        units: list[Unit] = []
        i = 0
        while i < len(tokens):
            lowered = [t.lower() for t in tokens[i : i + MAX_PHRASE]]
            opening = i == 0 or tokens[i - 1] == ":"
            for size in range(len(lowered), 0, -1):
                key = tuple(lowered[:size])
                found = self.openings.get(key) if opening else None
                if found is None and size > 1:
                    found = self.phrases.get(key)
                if found is not None:
                    units.append(Unit(found, self._content(found), False))
                    units.extend(Unit("", False, False) for _ in range(size - 1))
                    i += size
                    break
            else:
                units.append(self._word(tokens[i], units))
                i += 1
        return units

    def _content(self, gloss: str) -> bool:
        """An English gloss a following adjective may describe: not a grammatical word, not a
        number, not a verb form of the glossary's acts ("killed", "kill")."""
        return _is_content(gloss, self.grammar)

    def _word(self, token: str, before: list[Unit]) -> Unit:
        lowered = token.lower()
        previous = next((u for u in reversed(before) if u.text), None)
        if lowered in self.postposed and previous is not None and previous.content:
            return Unit(self.postposed[lowered], False, False, postposed=True)
        if lowered in self.after_noun and previous is not None and previous.content:
            return Unit(self.after_noun[lowered], False, False)  # "l'attaque *des* ADF"
        if lowered in self.words:
            gloss = self.words[lowered]
            return Unit(gloss, self._content(gloss), False)
        return Unit(token, _is_word(token) and not token[:1].isdigit(), True)


def _is_content(gloss: str, grammar: frozenset[str]) -> bool:
    first = gloss.split()[0].lower() if gloss.strip() else ""
    return bool(first) and first not in grammar and not first[:1].isdigit()


def split(text: str) -> list[str]:
    """Words and marks, with elided articles apart ("l'attaque" → "l'", "attaque")."""
    tokens: list[str] = []
    for token in TOKEN.findall(text):
        match = ELISION.match(token)
        if match:
            tokens.extend([f"{match.group(1)}'", match.group(2)])
        else:
            tokens.append(token.replace("’", "'"))
    return tokens


def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _is_name_or_number(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit()


def _reordered(units: list[Unit]) -> list[str]:
    """The units' English with each postposed adjective moved before the noun it follows."""
    out: list[str] = []
    last_content = -1  # index in ``out`` of the last content word
    for unit in units:
        if not unit.text:
            continue
        if unit.postposed and last_content >= 0:
            out.insert(last_content, unit.text)
            last_content += 1
            continue
        out.append(unit.text)
        if unit.content:
            last_content = len(out) - 1
    return out


def _join(words: list[str]) -> str:
    """The words as a line: "a" before a vowel is "an", "the" before a name goes ("the Mali"),
    marks close up."""
    text = ""
    for index, word in enumerate(words):
        after = words[index + 1] if index + 1 < len(words) else ""
        if word.lower() == "the" and after[:1].isupper() and not after.isupper():
            continue
        if word.lower() == "a" and after[:1] in VOWELS and not after.split()[0].isupper():
            word = word[0] + "n"
        if not text:
            text = word
        elif word in NO_SPACE_BEFORE:
            text += word
        else:
            text += " " + word
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class English:
    """The English words glossing reads (``data/clean/gloss_english.yaml``)."""

    headline_words: frozenset[str]
    grammar: frozenset[str]


@cache
def english() -> English:
    """The English word lists (read once; immutable)."""
    data = load_yaml(ENGLISH_FILE)
    return English(
        frozenset(str(w) for w in data["headline_words"]),
        frozenset(str(w) for w in data["grammar"]),
    )


@cache
def glossaries() -> tuple[Glossary, ...]:
    """Every bundled glossary (read once; they are immutable)."""
    files = sorted(data_path(GLOSS_DIR).glob("*.yaml"))
    return tuple(Glossary.load(f.stem) for f in files)


def gloss_short_text(text: str, languages: tuple[str, ...]) -> tuple[str, str] | None:
    """``(language, English)`` for a short text in one of ``languages`` that a glossary knows,
    else ``None``."""
    tokens = split(text)
    if sum(_is_word(t) for t in tokens) > MAX_WORDS:
        return None
    candidates = [g for g in glossaries() if g.language in languages]
    scored = sorted(((g.score(tokens), g) for g in candidates), key=lambda p: -p[0])
    english_words = sum(1 for t in tokens if t.lower() in english().headline_words)
    if not scored or scored[0][0] < MIN_FUNCTION_WORDS or scored[0][0] <= english_words:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None  # as much of one as of the other: neither
    glossary = scored[0][1]
    glossed = glossary.gloss(text)
    return (glossary.language, glossed) if glossed else None
