"""The govwatch command line: parse arguments, call a stage, print a short result."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from importlib import resources
from pathlib import Path

import click

from warehouse import read
from warehouse.db import connect_reader, resolve_db_path

db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False), default=None,
    help="Warehouse file (default: $GOVWATCH_DB or data/govwatch.duckdb).",
)
gazetteer_option = click.option(
    "--gazetteer", "gazetteer_path", type=click.Path(exists=True, dir_okay=False), default=None,
    help="Gazetteer CSV of another district (default: the bundled 衢江区 file).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """govwatch: turn a district newspaper into facts officials can browse by township and month."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@gazetteer_option
@click.option("--date", "date_override", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Issue date for every file (else file name, masthead, or inferred from the text).")
@click.option("--paper", default="衢江报", show_default=True, help="Newspaper name.")
def ingest(paths, db_path, gazetteer_path, date_override, paper) -> None:
    """Load issue files (or folders of .txt files) into the warehouse."""
    from ingest import pipeline

    summary = pipeline.ingest_paths(
        paths, db_path=db_path, gazetteer_path=gazetteer_path, paper=paper,
        date_override=date_override.date() if date_override else None, progress=True,
        on_outcome=print_failure,
    )
    click.echo(f"loaded {summary.loaded}, skipped {summary.skipped}, failed {summary.failed}"
               f" (run {summary.run_id}, {resolve_db_path(db_path)})")
    if summary.failed:
        sys.exit(1)


def print_failure(outcome) -> None:
    if outcome.status == "failed":
        click.echo(f"govwatch: failed: {outcome.source}: {outcome.reason}", err=True)


@main.command()
@db_option
def status(db_path) -> None:
    """Show row counts, the last ingest runs and recent failures."""
    path = resolve_db_path(db_path)
    if not path.exists():
        click.echo(f"no warehouse at {path} yet: run `govwatch ingest PATH` or `govwatch demo`")
        return
    con = connect_reader(path)
    try:
        click.echo(f"warehouse {path}")
        first, last = read.issue_date_range(con)
        click.echo(f"issues dated {first} .. {last}")
        for table, count in read.table_counts(con):
            click.echo(f"  {table:<26}{count:>8}")
        click.echo("last runs:")
        for run in read.recent_runs(con):
            click.echo("  run {} {} {} started {:%Y-%m-%d %H:%M:%S}: seen {}, loaded {}, skipped {}, failed {}"
                       .format(run[0], run[1], run[2], run[3], *run[5:]))
        failures = read.recent_failures(con)
        if failures:
            click.echo("recent failures:")
            for run_id, source, reason, _ in failures:
                click.echo(f"  run {run_id}: {source}: {reason}")
    finally:
        con.close()


@main.command()
@db_option
@click.option("--port", default=8501, show_default=True, help="Port on 127.0.0.1.")
@click.option("--address", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 exposes the dashboard to the network.")
def dashboard(db_path, port, address) -> None:
    """Start the Streamlit dashboard on the warehouse."""
    run_dashboard(resolve_db_path(db_path), port, address)


@main.command()
@db_option
@click.option("--port", default=8501, show_default=True, help="Port on 127.0.0.1.")
def demo(db_path, port) -> None:
    """Load the bundled sample issues (if not loaded yet) and start the dashboard."""
    from ingest import pipeline

    samples = sample_dir()
    summary = pipeline.ingest_paths([samples], db_path=db_path, progress=True)
    click.echo(f"sample issues: loaded {summary.loaded}, already there {summary.skipped},"
               f" failed {summary.failed}")
    run_dashboard(resolve_db_path(db_path), port, "127.0.0.1")


def sample_dir() -> Path:
    return Path(str(resources.files("ingest") / "samples"))


def run_dashboard(db: Path, port: int, address: str) -> None:
    app = Path(str(resources.files("dashboard") / "app.py"))
    env = {**os.environ, "GOVWATCH_DB": str(db.resolve())}
    click.echo(f"govwatch dashboard: http://{address}:{port}  (warehouse {db}; Ctrl+C stops it)")
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.address", address,
           "--server.port", str(port), "--server.headless", "true",
           "--browser.gatherUsageStats", "false"]
    sys.exit(subprocess.call(cmd, env=env))


if __name__ == "__main__":
    main()
