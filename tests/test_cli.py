"""The command line: every command documented in --help and in the README; synth through the CLI."""
from __future__ import annotations

import json
import re

from click.testing import CliRunner

from ingest.cli import main
from tests.conftest import ROOT

COMMANDS = ("ingest", "status", "dashboard", "demo", "eval", "reextract", "schedule", "backfill", "export", "synth")


def test_help_lists_every_command_and_each_has_its_own_help():
    runner = CliRunner()
    top = runner.invoke(main, ["--help"])
    assert top.exit_code == 0
    assert set(COMMANDS) == set(main.commands)
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\s+\S", top.output, re.M), command
        own = runner.invoke(main, [command, "--help"])
        assert own.exit_code == 0 and "Usage:" in own.output, command


def test_readme_documents_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"govwatch {command}" in readme, command


def test_synth_writes_marked_issues_with_gold(tmp_path):
    result = CliRunner().invoke(main, ["synth", "--years", "0.05", "--out", str(tmp_path), "--seed", "3"])
    assert result.exit_code == 0, result.output
    issues = sorted(tmp_path.rglob("*.txt"))
    assert len(issues) == int(result.output.split()[0]) >= 5
    for issue in issues:
        assert "示例" in issue.read_text(encoding="utf-8").splitlines()[0]
        gold = json.loads(issue.with_suffix(".gold.json").read_text(encoding="utf-8"))
        assert gold["source"] == issue.name and gold["articles"]
