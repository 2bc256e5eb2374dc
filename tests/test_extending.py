"""The worked examples of docs/extending.md, run as written: a user pattern file and a user actor
file change the coding of a sentence, a broken file is named with its line and field, and a
plugin package installed by pip registers a step, an export format and a command."""

from __future__ import annotations

import copy
import io
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tocsin.actors import ActorResolver
from tocsin.cli.main import build_app
from tocsin.errors import DataFileError
from tocsin.events import EventExtractor
from tocsin.export import ExportItem, ExportTables, export_text
from tocsin.models import Document
from tocsin.plugins import Registry

PAGE = Path(__file__).resolve().parents[1] / "docs" / "extending.md"
PUBLISHED = date(2023, 10, 18)


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every ``# file: NAME`` block of the page, written under one directory."""
    root = tmp_path_factory.mktemp("extending")
    blocks = re.findall(r"```(\w+)\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.S)
    written = 0
    for _lang, body in blocks:
        first, _, rest = body.partition("\n")
        if first.startswith("# file: "):
            path = root / first.removeprefix("# file: ").strip()
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(rest if path.suffix == ".yaml" else body, encoding="utf-8")
            written += 1
    assert written == 5
    return root


def console(command: str) -> list[str]:
    """The lines the page shows after ``$ COMMAND`` (up to the next prompt or block end)."""
    page = PAGE.read_text(encoding="utf-8")
    start = page.index(f"$ {command}")
    lines = page[start:].split("\n")[1:]
    shown = []
    for line in lines:
        if line.startswith(("$ ", "```")):
            break
        shown.append(line)
    assert shown, command
    return shown


def document(text: str) -> Document:
    return Document(id=Document.make_id(text), text=text, date=PUBLISHED)


def table(events: tuple, doc: Document) -> list[str]:
    out = io.StringIO()
    export_text([ExportItem.of(e, doc) for e in events], "table", out, ExportTables.load())
    return out.getvalue().splitlines()


def test_a_pattern_file_adds_a_verb(examples: Path, pipeline) -> None:
    sentence = document("Azerbaijan courted Armenia.")
    assert pipeline.code(sentence).events == (), "the bundled rules must not know the verb"
    settings = replace(pipeline.settings, patterns_dirs=str(examples / "my-patterns"))
    mine = copy.copy(pipeline)
    mine.events = EventExtractor.load(settings, pipeline.nlp)
    events = mine.code(sentence).events
    assert [e.evidence.rule for e in events] == ["desk.verbs.court.v1"]
    command = next(
        line[2:]
        for line in PAGE.read_text().splitlines()
        if "courted" in line and line.startswith("$ TOCSIN_PATTERNS_DIRS=my-patterns")
    )
    assert table(events, sentence) == console(command)


def test_a_pattern_file_replaces_a_bundled_rule(tmp_path: Path, pipeline) -> None:
    (tmp_path / "praise.yaml").write_text(
        'patterns:\n  - {id: verbs.praise.v1, kind: verb, lemmas: [laud], code: "042"}\n',
        encoding="utf-8",
    )
    settings = replace(pipeline.settings, patterns_dirs=str(tmp_path))
    extractor = EventExtractor.load(settings, pipeline.nlp)
    replaced = [p for p in extractor.book.patterns if p.id == "verbs.praise.v1"]
    assert [(p.lemmas, p.code) for p in replaced] == [(("laud",), "042")]


def test_an_actor_file_names_a_group(examples: Path, pipeline) -> None:
    sentence = document("The Syunik Brigade attacked Azerbaijan.")
    before = pipeline.code(sentence).events
    assert before and before[0].actor is None
    settings = replace(pipeline.settings, actors_dirs=str(examples / "my-actors"))
    mine = copy.copy(pipeline)
    mine.actors = ActorResolver.load(settings, pipeline.nlp)
    events = mine.code(sentence).events
    assert [(e.actor.code, e.actor.entry) for e in events if e.actor] == [
        ("ARMREB", "group.syunik-brigade")
    ]
    command = next(
        line[2:]
        for line in PAGE.read_text().splitlines()
        if line.startswith("$ TOCSIN_ACTORS_DIRS=my-actors")
    )
    assert table(events, sentence) == console(command)
    assert mine.actors.dictionary.agents["partisan fighters"].sector == "REB"


def test_a_broken_file_is_named_with_its_line_and_field(examples: Path, pipeline) -> None:
    settings = replace(pipeline.settings, patterns_dirs=str(examples / "broken"))
    with pytest.raises(DataFileError) as caught:
        EventExtractor.load(settings, pipeline.nlp)
    shown = console(
        'TOCSIN_PATTERNS_DIRS=broken tocsin code - --no-store <<< "Azerbaijan courted Armenia."'
    )
    path = examples / "broken" / "courting.yaml"
    assert f"error: {caught.value}".replace(str(path), "broken/courting.yaml") == shown[0]


def test_a_plugin_installed_by_pip_registers_its_entries(
    examples: Path, pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(site),
            str(examples / "tocsin-desk"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert installed.returncode == 0, installed.stderr
    monkeypatch.syspath_prepend(str(site))
    registry = Registry.load()
    assert registry.plugins == ["desk"]

    listed = CliRunner().invoke(build_app(registry), ["steps"])
    assert listed.exit_code == 0, listed.output
    assert listed.stdout.splitlines() == console("tocsin steps")

    export = next(line for line in PAGE.read_text().splitlines() if "export TOCSIN_STEPS=" in line)
    steps = export.split("=", 1)[1]
    sentence = document(
        "Azerbaijan could invade Armenia, according to two people familiar with the conversation."
    )
    desk = copy.copy(pipeline)
    desk.settings = replace(pipeline.settings, steps=steps)
    desk.registry = registry
    desk.steps = desk._candidate_steps()
    events = desk.code(sentence).events
    assert events and all(e.evidence.rule.endswith("+desk.anonymous") for e in events)
    out = io.StringIO()
    items = [ExportItem.of(e, sentence) for e in events]
    assert export_text(items, registry.export("dyads"), out, ExportTables.load()) == 1
    command = next(line[2:] for line in PAGE.read_text().splitlines() if "--format dyads" in line)
    assert out.getvalue().splitlines() == console(command)
