"""A bound on sentence length, set before the parser so that coding costs stay linear in text.

Coding one sentence costs more than linear time in its length (each event candidate reads its
sentence's tree), so a stretch of text with no sentence-final stop — a table flattened to text,
a list of names, a pasted log — would otherwise be read as one sentence of thousands of
tokens. The component below cuts such stretches into pieces of at most ``max_tokens`` tokens,
preferring a cut after a comma, semicolon, colon or dash, or before a conjunction, in the
last third of the piece. A stop ends a stretch, so ordinary sentences are never touched.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_BOUND = "tocsin_sentence_bound"
CUTS = "tocsin_sentence_cuts"  # key of ``doc.user_data``: how many cuts were made
STOPS = frozenset({".", "!", "?", "...", "…"})
AFTER = frozenset({",", ";", ":", "—", "–", "-", ")"})
BEFORE = frozenset({"and", "but", "while", "whereas", "as", "after", "before", "when"})


@dataclass(frozen=True)
class SentenceBound:
    """Cuts stretches of more than ``max_tokens`` tokens without a stop (0 turns it off)."""

    max_tokens: int

    def __call__(self, doc: Doc) -> Doc:
        if self.max_tokens <= 0 or len(doc) <= self.max_tokens:
            return doc
        # 1 starts a sentence, -1 does not, 0 is for the parser to decide
        marks = doc.to_array([SENT_START]).astype("int64")
        start = 0
        cuts = 0
        for i in range(1, len(doc)):
            if marks[i] == 1 or doc[i - 1].text in STOPS:
                start = i
            elif i - start >= self.max_tokens:
                start = self._cut(doc, start, i)
                marks[start] = 1
                cuts += 1
        if cuts:
            # one write: setting token.is_sent_start costs a pass over the whole document
            doc.from_array([SENT_START], marks.astype("uint64"))
            doc.user_data[CUTS] = cuts
        return doc

    def _cut(self, doc: Doc, start: int, end: int) -> int:
        """Where to start the next piece: a clause break in the last third of ``start:end``."""
        low = start + max(1, (2 * (end - start)) // 3)
        for i in range(end, low - 1, -1):
            if doc[i - 1].text in AFTER or doc[i].lower_ in BEFORE:
                return i
        return end


@Language.factory(SENTENCE_BOUND, default_config={"max_tokens": 150})
def make_sentence_bound(nlp: Language, name: str, max_tokens: int) -> SentenceBound:
    """The spaCy factory of :class:`SentenceBound`."""
    return SentenceBound(max_tokens)


def with_sentence_bound(nlp: Language, max_tokens: int) -> Language:
    """``nlp`` with stretches longer than ``max_tokens`` tokens cut before its parser."""
    if SENTENCE_BOUND in nlp.pipe_names:
        nlp.remove_pipe(SENTENCE_BOUND)
    if "parser" in nlp.pipe_names and max_tokens > 0:
        nlp.add_pipe(SENTENCE_BOUND, before="parser", config={"max_tokens": max_tokens})
    return nlp
