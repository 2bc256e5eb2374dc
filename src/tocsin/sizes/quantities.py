"""Read a number phrase: ``more than 100,000`` → (100000, approximate), ``a dozen`` → 12."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tocsin.sizes.vocabulary import CountVocabulary

NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
NUMBER_DEPS = frozenset({"nummod", "quantmod", "compound", "advmod", "amod", "det", "prep", "pobj"})


@dataclass(frozen=True)
class Quantity:
    value: int
    approximate: bool
    token: Token  # the head of the number phrase


class QuantityReader:
    """Numbers and number words as integers, with an approximate flag."""

    def __init__(self, vocab: CountVocabulary) -> None:
        self.vocab = vocab

    def is_quantity(self, token: Token) -> bool:
        if token.ent_type_ in NOT_COUNTS:
            return False
        lower = token.lower_
        if lower == "one":
            return token.dep_ == "nummod"
        return token.like_num or lower in self.vocab.number_words or lower in self.vocab.vague

    def number(self, token: Token) -> tuple[int, bool] | None:
        """Value of one number token, combining ``1.5 million`` / ``two hundred`` neighbours."""
        lower = token.lower_.replace(",", "")
        if lower in self.vocab.vague:
            value, approx = self.vocab.vague[lower]
            tens = token.nbor(-2) if token.i >= 2 else None
            if tens is not None and token.nbor(-1).lower_ == "of" and tens.lower_ in self.vocab.vague:
                value *= 10  # tens of thousands, hundreds of thousands
            return value, approx
        value = self._plain(lower)
        if value is None:
            return None
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if nxt is not None and nxt.lower_ in self.vocab.multipliers:
            value = value * self.vocab.multipliers[nxt.lower_]
        return (int(value), False) if value == int(value) else (round(value), True)

    def _plain(self, text: str) -> float | None:
        if text in self.vocab.number_words:
            return float(self.vocab.number_words[text])
        if text in self.vocab.multipliers:
            return float(self.vocab.multipliers[text])
        if "-" in text:  # twenty-three
            parts = [self.vocab.number_words.get(p) for p in text.split("-")]
            return float(sum(parts)) if all(p is not None for p in parts) else None
        try:
            return float(text)
        except ValueError:
            return None

    def approximate_cue(self, token: Token) -> bool:
        """``more than``, ``at least``, ``about`` … in the few words before the number."""
        words = {t.lower_ for t in token.subtree if t.i < token.i}
        if token.i > 0 and token.nbor(-1).lower_ in ("some", "about", "around", "nearly"):
            words.add(token.nbor(-1).lower_)
        return bool(words & self.vocab.approximate_cues)
