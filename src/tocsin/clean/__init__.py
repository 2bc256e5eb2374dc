"""Cleaning: normalise the text, drop page furniture, split the dateline, detect the language."""

from tocsin.clean.cleaner import Cleaner, UnsupportedLanguageError

__all__ = ["Cleaner", "UnsupportedLanguageError"]
