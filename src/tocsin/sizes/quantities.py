"""Read a number phrase: ``more than 100,000`` → (100000, approximate), ``a dozen`` → 12."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tocsin.sizes.vocabulary import CountVocabulary

NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
NUMBER_PARTS = frozenset({"compound", "nummod", "quantmod"})
# where a lone number the entity recogniser calls a date is an argument of the clause: the
# number of people the verb acts on ("car bomb kills *77* at a camp")
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})
YEARS = range(1000, 2200)


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
        if token.ent_type_ in NOT_COUNTS and not (
            _argument_not_date(token) or self._counts_people_noun(token)
        ):
            return False
        lower = token.lower_
        if lower == "one":
            return token.dep_ == "nummod"
        return token.like_num or lower in self.vocab.number_words or lower in self.vocab.vague

    def _counts_people_noun(self, token: Token) -> bool:
        """A number the recogniser made part of a quantity or date but the parser hangs on a
        noun of people: "kill *8* al-Shabaab fighters" (read as "8 al-Shabaab", a quantity)."""
        head = token.head
        year = token.is_digit and int(token.text) in YEARS  # "the 2011 protesters"
        return (
            token.dep_ == "nummod"
            and token.like_num
            and not year
            and head.i > token.i
            and head.lemma_.lower() in self.vocab.people_nouns
        )

    def number(self, token: Token) -> tuple[int, bool] | None:
        """Value of one number token, combining ``1.5 million`` / ``two hundred`` neighbours."""
        lower = token.lower_.replace(",", "")
        if lower in self.vocab.vague:
            value, approx = self.vocab.vague[lower]
            scale = token.nbor(-2).lower_ if token.i >= 2 else ""
            if scale in self.vocab.scale_words and token.nbor(-1).lower_ == "of":
                value *= self.vocab.scale_words[scale]  # tens of thousands: at least 20,000
            return value, approx
        value = self._plain(lower)
        if value is None:
            return None
        parts = [c for c in token.children if c.i < token.i and c.dep_ in NUMBER_PARTS]
        if lower in self.vocab.multipliers:  # "1.5 million", "two hundred", "half a million"
            prefix = [self._plain(c.lower_.replace(",", "")) for c in parts]
            known = [p for p in prefix if p is not None]
            value = value * (sum(known) if known else self._fraction(token))
        else:  # "twenty-three" parsed as "twenty" + "three"
            value += sum(
                self._plain(c.lower_) or 0.0 for c in parts if c.lower_ in self.vocab.number_words
            )
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if nxt is not None and nxt.lower_ in self.vocab.multipliers and nxt.head.i == token.i:
            value = value * self.vocab.multipliers[nxt.lower_]
        return (int(value), False) if value == int(value) else (round(value), True)

    def _fraction(self, token: Token) -> float:
        """``half a million`` → 0.5; 1.0 when no fraction word precedes the multiplier."""
        if token.i >= 2 and token.nbor(-1).lower_ in ("a", "an"):
            return float(self.vocab.fractions.get(token.nbor(-2).lower_, 1.0))
        return 1.0

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
        """``more than``, ``at least``, ``an estimated`` … right before the number."""
        doc = token.doc
        start = min(
            [token.i - 2 if self._fraction(token) != 1.0 else token.i]
            + [
                c.i
                for c in token.children
                if c.dep_ in NUMBER_PARTS and c.like_num and c.i < token.i
            ]
        )
        words = [t.lower_ for t in doc[max(0, start - 4) : start]]
        while words and words[-1] in ("a", "an", "the"):
            words.pop()
        before = " ".join(words)
        return any(
            before == cue or before.endswith(" " + cue) for cue in self.vocab.approximate_cues
        )


def _argument_not_date(token: Token) -> bool:
    """A lone number marked as a date that is the subject or object of its verb and no year:
    the recogniser reads "kills 77 at …" as a date ('77), the parser as what was killed."""
    if token.ent_type_ != "DATE" or token.dep_ not in ARGUMENT_DEPS or not token.is_digit:
        return False
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return entity is not None and len(entity) == 1 and int(token.text) not in YEARS
