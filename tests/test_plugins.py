"""The registry: the package's own steps, formats and commands, and plugins by entry point."""

from __future__ import annotations

import copy
import io
import textwrap
from dataclasses import replace
from datetime import date
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tocsin.cli.main import COMMAND_MODULES, build_app
from tocsin.errors import PluginError
from tocsin.export import ExportItem, ExportTables, export_text
from tocsin.models import Document
from tocsin.plugins import ENTRY_POINT_GROUP, Registry
from tocsin.settings import Settings
from tocsin.steps import DEFAULT_STEPS

PLUGIN = '''
"""A plugin for tests: one step, one export format, one command."""
from dataclasses import replace

from tocsin.export.formats import ExportFormat


def louder(pipeline):
    def step(candidate, where):
        return replace(candidate, rule=candidate.rule + "+louder")
    return step


def write_ids(items, out, tables):
    count = 0
    for item in items:
        out.write(item.event.id + "\\n")
        count += 1
    return count


def hello(name: str = "world") -> None:
    """Say hello."""
    print(f"hello {name}")


def register(registry):
    registry.add_step("louder", louder)
    registry.add_export(ExportFormat("ids", "one event id per line", write_ids))
    registry.add_command("hello", hello)
'''


def install_plugin(site: Path) -> None:
    """A distribution with a ``tocsin.plugins`` entry point, as pip would leave it."""
    (site / "tocsin_test_plugin.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    info = site / "tocsin_test_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: tocsin-test-plugin\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        f"[{ENTRY_POINT_GROUP}]\ntest = tocsin_test_plugin:register\n", encoding="utf-8"
    )


@pytest.fixture
def plugged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Registry:
    install_plugin(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    registry = Registry.load()
    assert registry.plugins == ["test"]
    return registry


def test_the_package_fills_the_registry() -> None:
    registry = Registry.load(plugins=())
    assert tuple(registry.steps) == DEFAULT_STEPS
    assert all(spec.infers_parties for spec in registry.steps.values())
    # only the step reading a record's final parties runs again once its parts completed them
    after = [name for name, spec in registry.steps.items() if spec.after_parts]
    assert after == ["theatre_front_victims"]
    assert {"plover", "gdelt", "icews", "acled", "parquet", "jsonl", "table"} == set(
        registry.exports
    )
    assert tuple(registry.commands) == COMMAND_MODULES
    steps_only = Registry.load(plugins=(), builtin=("tocsin.steps",))  # what the pipeline loads
    assert tuple(steps_only.steps) == DEFAULT_STEPS and not steps_only.exports
    assert Settings().steps.split(",") == list(DEFAULT_STEPS)


def test_names_are_unique_unless_replaced() -> None:
    registry = Registry.load(plugins=())
    jsonl = registry.export("jsonl")
    with pytest.raises(PluginError, match="'jsonl' is already registered"):
        registry.add_export(jsonl)
    registry.add_export(replace(jsonl, help="mine"), replace=True)
    assert registry.export("jsonl").help == "mine"
    with pytest.raises(PluginError, match=r"\[E700\] unknown step 'nope'; registered: subtree"):
        registry.step("nope")


def test_a_broken_plugin_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "broken_plugin.py").write_text("def register(r):\n    1 / 0\n", encoding="utf-8")
    info = tmp_path / "broken_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(
        f"[{ENTRY_POINT_GROUP}]\nbroken = broken_plugin:register\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    found = entry_points(group=ENTRY_POINT_GROUP)
    assert [e.name for e in found] == ["broken"]
    with pytest.raises(PluginError, match=r"plugin 'broken' \(broken_plugin:register\) failed"):
        Registry.load()


def test_an_entry_point_adds_a_command_and_a_format(plugged: Registry) -> None:
    runner = CliRunner()
    said = runner.invoke(build_app(plugged), ["hello", "--name", "Yerevan"])
    assert said.exit_code == 0, said.output
    assert said.stdout == "hello Yerevan\n"
    assert plugged.export("ids").text


def test_an_entry_point_adds_a_step_the_settings_choose(plugged: Registry, pipeline) -> None:
    text = "Azerbaijan could soon invade Armenia."
    document = Document(id=Document.make_id(text), text=text, date=date(2023, 10, 18))
    plain = pipeline.code(document).events
    assert plain, "the sentence must yield an event"
    louder = copy.copy(pipeline)
    louder.settings = replace(pipeline.settings, steps=",".join((*DEFAULT_STEPS, "louder")))
    louder.registry = plugged
    louder.steps = louder._candidate_steps()
    events = louder.code(document).events
    assert [e.evidence.rule for e in events] == [e.evidence.rule + "+louder" for e in plain]
    out = io.StringIO()
    items = [ExportItem.of(e, document) for e in events]
    assert export_text(items, plugged.export("ids"), out, ExportTables.load()) == len(events)
    assert out.getvalue().split() == [e.id for e in events]


def test_an_unknown_step_in_the_settings_is_refused(pipeline) -> None:
    wrong = copy.copy(pipeline)
    wrong.settings = replace(pipeline.settings, steps="subtree_recipient,no_such_step")
    with pytest.raises(PluginError, match="unknown step 'no_such_step'"):
        wrong._candidate_steps()
