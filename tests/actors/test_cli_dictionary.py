"""``tocsin dict import`` and ``tocsin dict lookup``."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from typer.testing import CliRunner

from tocsin.cli.main import build_app

DATA = Path(__file__).resolve().parents[1] / "data" / "actors"


def test_import_writes_a_user_dictionary(tmp_path):
    out = tmp_path / "actors.yaml"
    result = CliRunner().invoke(
        build_app(), ["dict", "import", str(DATA / "petrarch_actors.txt"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert {"provenance", "version", "actors"} <= set(data)
    velkov = data["actors"][0]
    assert velkov["name"] == "Zoran Velkov"
    assert velkov["roles"][1] == {
        "country": "MKD", "sector": "GOV", "title": "MKDGOV",
        "start": "2017-01-01", "end": "2021-12-31",
    }  # fmt: skip


def test_import_missing_file_fails(tmp_path):
    result = CliRunner().invoke(build_app(), ["dict", "import", str(tmp_path / "none.txt")])
    assert result.exit_code != 0


def test_lookup_uses_date(tmp_path, pipeline, monkeypatch):
    import tocsin.nlp
    from tocsin.actors import ActorResolver

    monkeypatch.setattr(tocsin.nlp, "load_spacy", lambda name: pipeline.nlp)
    monkeypatch.setattr(ActorResolver, "load", classmethod(lambda cls, s, nlp: pipeline.actors))
    result = CliRunner().invoke(build_app(), ["dict", "lookup", "Blinken", "--date", "2023-01-05"])
    assert result.exit_code == 0, result.output
    actor = json.loads(result.output)
    assert actor["code"] == "USAGOV"
    assert actor["entry"] == "person.blinken#secretary-of-state"


def test_imported_yaml_codes_like_the_original(tmp_path, pipeline):
    from datetime import date

    from tocsin.actors import ActorResolver
    from tocsin.settings import Settings

    out = tmp_path / "actors.yaml"
    result = CliRunner().invoke(
        build_app(), ["dict", "import", str(DATA / "petrarch_actors.txt"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    resolver = ActorResolver.load(Settings(actors_file=str(out)), pipeline.nlp)
    assert resolver.lookup("Velkov", date(2019, 6, 1)).code == "MKDGOV"
    assert resolver.lookup("Blue Dawn").code == "MKDREB"
