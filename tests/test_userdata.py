"""User pattern and actor files: every mistake is named with its file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from tocsin.actors.dictionary import ActorDictionary
from tocsin.actors.userdirs import load_actors_dirs
from tocsin.errors import DataFileError
from tocsin.events.userpatterns import read_patterns
from tocsin.userdata import field_name

CODES = {"030", "190"}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "patterns:\n  - id: a.v1\n    kind: verb\n    lemmas: [woo]\n    code: '030'\n"
            "    colour: red\n",
            ":6: patterns[0].colour: unknown field",
        ),
        (
            "patterns:\n  - {id: a.v1, kind: verb, lemmas: [woo], code: '030'}\n"
            "  - {id: b.v1, kind: verbal, lemmas: [woo], code: '030'}\n",
            ":3: patterns[1].kind: must be one of verb, noun, adj",
        ),
        (
            "patterns:\n  - {id: a.v1, kind: verb, lemmas: [woo], code: '030'}\n"
            "  - {id: b.v1, kind: verb, lemmas: [no], code: '030'}\n",
            ":3: patterns[1].lemmas: expected a word or a list of words",
        ),
        (
            "patterns:\n  - {id: a.v1, kind: verb, lemmas: [woo]}\n",
            ":2: patterns[0]: missing required field 'code'",
        ),
        (
            "patterns:\n  - {id: a.v1, kind: verb, lemmas: [woo], code: '030', symmetric: 1}\n",
            ":2: patterns[0].symmetric: expected true or false",
        ),
        ("patterns:\n  - {id: a.v1, kind: verb\n", ":3: not valid YAML"),
    ],
)
def test_a_bad_pattern_is_named(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(DataFileError) as caught:
        read_patterns(path, CODES)
    assert str(caught.value).startswith(f"[E200] {path}{message}"), str(caught.value)


def test_good_patterns_are_read(tmp_path: Path) -> None:
    path = write(tmp_path, "patterns:\n  - {id: a.v1, kind: verb, lemmas: [woo], code: '030'}\n")
    assert [(p.id, p.lemmas, p.code) for p in read_patterns(path, CODES)] == [
        ("a.v1", ("woo",), "030")
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "actors:\n  - {id: g.x, name: X, country: Armenia}\n",
            ":2: actors[0].country: 'Armenia' is not a code",
        ),
        (
            "actors:\n  - id: p.x\n    name: X\n    roles:\n"
            "      - {country: ARM, start: 2023-13-01}\n",
            ":5: actors[0].roles[0].start: '2023-13-01' is not a date",
        ),
        ("actors:\n  - {id: g.x}\n", ":2: actors[0]: missing required field 'name'"),
        ("agents:\n  rebels: {person: [fighter]}\n", ":2: agents.rebels: 'rebels' is not a code"),
        ("agents:\n  REB: {persons: [fighter]}\n", ":2: agents.REB.persons: unknown field"),
        ("actor:\n  - {id: g.x, name: X}\n", ":1: actor: unknown field"),
    ],
)
def test_a_bad_actor_file_is_named(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(DataFileError) as caught:
        load_actors_dirs(ActorDictionary(), [str(tmp_path)])
    assert str(caught.value).startswith(f"[E200] {path}{message}"), str(caught.value)


def test_a_missing_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="not a directory"):
        load_actors_dirs(ActorDictionary(), [str(tmp_path / "nowhere")])


def test_field_names_read_like_paths() -> None:
    assert field_name(["patterns", 2, "code"]) == "patterns[2].code"
    assert field_name([]) == "<file>"
