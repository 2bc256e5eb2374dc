"""``tocsin claims``: stored claims with the denials linked to them."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from claims.records import Said, make_document
from tocsin.claims import update
from tocsin.cli.main import build_app
from tocsin.store import Store

DOCUMENT = make_document(
    "doc-cli",
    "2024-07-01",
    [
        Said(
            "Serbian police detained an opposition MP in Novi Sad, two officials said.",
            "detained",
            event="COERCE",
            actor="SRB",
            recipient="SRB",
            speaker="two officials",
            cue="said",
            anonymous=True,
        ),
        Said("“This report is false,” the interior ministry said in a statement.", None),
    ],
)


def test_claims_command_lists_claims_and_denials(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with Store(url) as store:
        store.save(DOCUMENT)
        update(store, [e.id for e in DOCUMENT.events])
    runner = CliRunner()
    result = runner.invoke(build_app(), ["claims", "--db", url, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    claim = next(r for r in rows if r["kind"] == "claim")
    assert claim["contested"] and claim["anonymous"]
    assert claim["responses"][0]["rule"] == "claims.reporting_denial"
    table = runner.invoke(build_app(), ["claims", "--db", url, "--contested"])
    assert table.exit_code == 0, table.output
    assert "CONTESTED" in table.stdout
    assert "two officials [anonymous]" in table.stdout
    assert "← denies" in table.stdout


def test_claims_command_refuses_unknown_formats(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    result = CliRunner().invoke(build_app(), ["claims", "--db", url, "--format", "xml"])
    assert result.exit_code != 0
