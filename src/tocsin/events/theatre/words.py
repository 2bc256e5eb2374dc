"""Words of a war report: phrases of a theatre's vocabularies among tokens, and the clause of
an event word."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token


def phrase_table(words: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """Vocabulary entries (``"barrel bombs"``) as word sequences, for :func:`phrases`."""
    return tuple(tuple(w.split()) for w in words)


def phrases(table: Iterable[tuple[str, ...]], tokens: Iterable[Token]) -> list[str]:
    """The phrases of ``table`` found among ``tokens`` (contiguous, by word or lemma), in
    their order."""
    ordered = sorted(set(tokens), key=lambda t: t.i)
    return phrases_in(table, [(t.i, t.lower_, t.lemma_.lower()) for t in ordered])


def phrases_in(table: Iterable[tuple[str, ...]], forms: list[tuple[int, str, str]]) -> list[str]:
    """The phrases of ``table`` found among ``forms`` (position, word, lemma), contiguous."""
    found = []
    for phrase in table:
        n = len(phrase)
        for k in range(len(forms) - n + 1):
            window = forms[k : k + n]
            if window[-1][0] - window[0][0] != n - 1:
                continue
            if all(w in (form, lemma) for w, (_, form, lemma) in zip(phrase, window, strict=True)):
                found.append(" ".join(phrase))
                break
    return found


def clause_tokens(head: Token) -> list[Token]:
    """The words of the clause an event word stands in: from the word up through the nouns,
    phrases and participles that hold it to its verb (or the root of a verbless headline),
    whose words are taken without its coordinated clauses ("Clashes continue *in the desert of
    Homs* and shelling targets Hama": the first clause only)."""
    top = head
    for _ in range(8):
        if top.dep_ in ("ROOT", "conj", "ccomp", "advcl", "parataxis") or top.head.i == top.i:
            break
        top = top.head
    skipped = {
        t.i for c in top.children if c.dep_ in ("conj", "cc", "parataxis") for t in c.subtree
    }
    return [t for t in top.subtree if t.i not in skipped]


def governors(head: Token) -> list[Token]:
    """The words that hold an act whose doer is their subject ("Coalition *airstrikes* kill 15
    civilians", where the tagger reads "airstrikes" as the verb and "kill" as its complement;
    "warplanes *continue* to bomb"): the heads up a chain of open complements, without their
    other words."""
    held = []
    word = head
    for _ in range(4):
        if word.dep_ != "xcomp" or word.head.i == word.i:
            break
        word = word.head
        held.append(word)
    return held
