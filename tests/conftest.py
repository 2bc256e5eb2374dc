"""Shared fixtures: one loaded pipeline per test session (loading spaCy is the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tocsin.settings import Settings

SHARED_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dev"


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    db = tmp_path_factory.mktemp("db") / "test.db"
    return Settings.from_env(environ={}, db_url=f"sqlite:///{db}")


@pytest.fixture(scope="session")
def weights():
    """The bundled signal weights (factuality and risk channels)."""
    from tocsin.weights import SignalWeights

    return SignalWeights.load()


@pytest.fixture(scope="session")
def pipeline(settings: Settings):
    from tocsin.pipeline import Pipeline

    return Pipeline.load(settings)


@pytest.fixture(scope="session")
def strict_pipeline(pipeline):
    """The session pipeline with ``infer_parties`` off: only the parties the text names."""
    import copy
    from dataclasses import replace

    strict = copy.copy(pipeline)  # shares the loaded stages; only the setting differs
    strict.settings = replace(pipeline.settings, infer_parties=False)
    return strict


@pytest.fixture(scope="session")
def rules_pipeline(pipeline):
    """The session pipeline without the learned event-type layer: the rules' own types."""
    import copy

    rules = copy.copy(pipeline)  # shares the loaded stages
    rules.event_types = None
    return rules


@pytest.fixture(scope="session")
def nlp(settings: Settings):
    """The bare spaCy pipeline, for testing one stage on its own."""
    from tocsin.nlp import load_spacy

    return load_spacy(settings.spacy_model)


@pytest.fixture
def dev_file():
    """Path of a shared dev gold file, skipping the test when it is absent."""

    def find(name: str) -> Path:
        path = SHARED_DEV / name
        if not path.exists():
            pytest.skip(f"dev gold file {name} not present at {SHARED_DEV}")
        return path

    return find
