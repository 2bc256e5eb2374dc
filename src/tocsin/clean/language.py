"""Language identification with py3langid's bundled model (no download)."""

from __future__ import annotations

from dataclasses import dataclass

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier


@dataclass(frozen=True)
class LanguageGuess:
    language: str
    probability: float


class LanguageDetector:
    """Wraps one loaded identifier; ``min_chars`` guards against guessing on scraps.

    Only languages with an ISO 639-1 code are candidates: the model's regional and creole
    varieties (Nigerian Pidgin, Bikol, …) otherwise capture informal English sentences.
    """

    def __init__(self, min_chars: int = 60) -> None:
        self.identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
        self.identifier.set_languages([code for code in self.identifier.labels if len(code) == 2])
        self.min_chars = min_chars

    def guess(self, text: str) -> LanguageGuess | None:
        sample = text[:5000]
        if sum(ch.isalpha() for ch in sample) < self.min_chars:
            return None
        language, probability = self.identifier.classify(sample)
        return LanguageGuess(language, float(probability))
