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


def test_eval_command_meets_the_targets_on_every_gold_file():
    """The whole pipeline, warehouse included, against the seed's and our own gold files."""
    golds = sorted(str(p) for p in (ROOT / "tests" / "gold").glob("*.gold.json"))
    assert len(golds) >= 5
    result = CliRunner().invoke(main, ["eval", *golds])
    assert result.exit_code == 0, result.output
    overall = result.output[result.output.index("overall"):]
    assert re.search(r"articles\s+(\d+)\s+\1\s+\1\s+0\s+0\s+1\.000", overall), overall
    strict = CliRunner().invoke(main, ["eval", golds[0], "--min-f1", "1.01"])
    assert strict.exit_code == 1


def test_demo_loads_the_samples_and_serves_the_dashboard(tmp_path):
    import subprocess
    import sys

    from tests.conftest import free_port, wait_until_healthy
    from warehouse.db import connect_reader

    port = free_port()
    db = tmp_path / "demo.duckdb"
    demo = subprocess.Popen([sys.executable, "-m", "ingest.cli", "demo", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=tmp_path)
    try:
        wait_until_healthy(f"http://127.0.0.1:{port}/", demo, seconds=90)
        con = connect_reader(db)
        samples = len(list((ROOT / "ingest" / "samples").glob("*.txt")))
        assert con.execute("SELECT count(*) FROM issues").fetchone()[0] == samples
        con.close()
    finally:
        demo.terminate()
        out, _ = demo.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}" in out


def test_every_environment_setting_is_documented():
    used = set()
    for folder in ("ingest", "warehouse", "dashboard"):
        for path in (ROOT / folder).rglob("*.py"):
            used |= set(re.findall(r"GOVWATCH_[A-Z_]+", path.read_text(encoding="utf-8")))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert used and all(f"`{name}`" in readme for name in used), used
