"""English plurals of agent nouns (enough for titles and group nouns; irregulars are data)."""

from __future__ import annotations

VOWELS = frozenset("aeiou")


def plural(phrase: str) -> str:
    """Plural of the last word: ``prime minister`` → ``prime ministers``, ``party`` → ``parties``.

    Phrases with "of" pluralise their head: ``secretary of state`` → ``secretaries of state``.
    """
    words = phrase.split(" ")
    index = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    words[index] = _plural_word(words[index])
    return " ".join(words)


def _plural_word(word: str) -> str:
    lower = word.lower()
    if lower.endswith("man") and not lower.endswith(("human", "german")):
        return word[:-3] + ("men" if word[-3:].islower() else "MEN")
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in VOWELS:
        return word[:-1] + "ies"
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.isupper():
        return word + "s"  # MPs, CEOs
    return word + "s"
