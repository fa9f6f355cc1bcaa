"""The govwatch command line: parse arguments, call a stage, print a short result."""
from __future__ import annotations

import functools
import os
import sys
from importlib import resources
from pathlib import Path

import click

from warehouse import read
from warehouse.db import WriterBusy, connect_reader, resolve_db_path, upgrade_if_needed


def warehouse_options(command):
    """--db and --config for a command, which receives the resolved warehouse as `db` and the
    service configuration as `config`. A busy warehouse becomes a one-line error."""
    @click.option("--db", "db_path", type=click.Path(dir_okay=False), default=None,
                  help="Warehouse file (default: $GOVWATCH_DB, else the configuration's db, "
                       "else data/govwatch.duckdb).")
    @click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
                  help="Service configuration (default: $GOVWATCH_CONFIG or govwatch.toml).")
    @functools.wraps(command)
    def wrapper(*args, db_path, config_path, **kwargs):
        config = _config(config_path)
        try:
            return command(*args, db=_service_db(db_path, config), config=config, **kwargs)
        except WriterBusy as exc:
            raise click.ClickException(str(exc)) from exc
    return wrapper

gazetteer_option = click.option(
    "--gazetteer", "gazetteer_path", type=click.Path(exists=True, dir_okay=False), default=None,
    help="Gazetteer CSV of another district (default: the bundled 衢江区 file).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """govwatch: turn a district newspaper into facts officials can browse by township and month."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@warehouse_options
@gazetteer_option
@click.option("--date", "date_override", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Issue date for every file (else file name, masthead, or inferred from the text).")
@click.option("--paper", default="衢江报", show_default=True, help="Newspaper name.")
def ingest(paths, db, config, gazetteer_path, date_override, paper) -> None:
    """Load issue files (or folders of .txt files) into the warehouse."""
    from ingest import pipeline

    summary = pipeline.ingest_paths(
        paths, db_path=db, gazetteer_path=gazetteer_path, paper=paper,
        date_override=date_override.date() if date_override else None, progress=True,
        on_outcome=print_failure,
    )
    replaced = f" ({summary.replaced} replacing an earlier version)" if summary.replaced else ""
    click.echo(f"loaded {summary.loaded}, skipped {summary.skipped}, failed {summary.failed}{replaced}"
               f" (run {summary.run_id}, {db})")
    if summary.failed:
        sys.exit(1)


def print_failure(outcome) -> None:
    if outcome.status == "failed":
        click.echo(f"govwatch: failed: {outcome.source}: {outcome.reason}", err=True)


@main.command()
@warehouse_options
def status(db, config) -> None:
    """Show row counts, the last ingest runs, recent failures and each scheduled source."""
    path = db
    if not path.exists():
        click.echo(f"no warehouse at {path} yet: run `govwatch ingest PATH` or `govwatch demo`")
        return
    upgrade_if_needed(path)
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
        if config.sources:
            _print_sources(config, read.last_runs_by_source(con))
    finally:
        con.close()


def _print_sources(config, last_runs: dict) -> None:
    from ingest.schedule import next_runs

    click.echo("scheduled sources:")
    for name, when in next_runs(config).items():
        last = last_runs.get(name)
        result = ("never ran" if last is None else
                  f"last run {last[1]:%Y-%m-%d %H:%M} {last[0]}: loaded {last[2]}, skipped {last[3]}, failed {last[4]}")
        click.echo(f"  {name}: next {when:%Y-%m-%d %H:%M %Z}; {result}")


@main.command()
@warehouse_options
@click.option("--port", default=8501, show_default=True, help="Port to listen on.")
@click.option("--address", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 exposes the dashboard to the network.")
def dashboard(db, config, port, address) -> None:
    """Start the Streamlit dashboard on the warehouse."""
    upgrade_if_needed(db)
    run_dashboard(db, port, address)


@main.command()
@warehouse_options
@click.option("--port", default=8501, show_default=True, help="Port on 127.0.0.1.")
def demo(db, config, port) -> None:
    """Load the bundled sample issues (if not loaded yet) and start the dashboard."""
    from ingest import pipeline

    samples = sample_dir()
    summary = pipeline.ingest_paths([samples], db_path=db, progress=True)
    click.echo(f"sample issues: loaded {summary.loaded}, already there {summary.skipped},"
               f" failed {summary.failed}")
    run_dashboard(db, port, "127.0.0.1")


@main.command("eval")
@click.argument("gold_files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@gazetteer_option
@click.option("--min-f1", type=float, default=None,
              help="Fail if any category's F1 is below this (default: the project's target table).")
@click.option("--verbose", "-v", is_flag=True, help="List every miss and false hit with its sentence.")
def eval_command(gold_files, gazetteer_path, min_f1, verbose) -> None:
    """Score extraction against hand-checked gold files (each source is ingested into a scratch warehouse)."""
    from ingest import evaluate
    from ingest.eval_run import evaluate_gold_files

    try:
        report = evaluate_gold_files(gold_files, gazetteer_path=gazetteer_path)
    except evaluate.GoldError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(evaluate.format_report(report, verbose=verbose))
    unmet = evaluate.check_thresholds(report, min_f1)
    for line in unmet:
        click.echo(f"below target: {line}", err=True)
    if unmet:
        sys.exit(1)


@main.command()
@warehouse_options
@gazetteer_option
def reextract(db, config, gazetteer_path) -> None:
    """Rebuild every fact table from the stored articles with the current extractor (one transaction)."""
    from ingest.extract import EXTRACTOR_VERSION
    from ingest.reextract import reextract as run

    if not db.exists():
        raise click.ClickException(f"no warehouse at {db}")
    summary = run(db_path=db, gazetteer_path=gazetteer_path, progress=True)
    click.echo(f"re-extracted {summary.loaded} issues with extractor {EXTRACTOR_VERSION}"
               f" (run {summary.run_id})")


@main.command()
@warehouse_options
def schedule(db, config) -> None:
    """Run the scheduler service: each configured source on its timetable, until SIGTERM/Ctrl+C."""
    from ingest.schedule import SchedulerRunning, serve, setup_logging

    setup_logging(config.log_file)
    try:
        serve(config, db)
    except (SchedulerRunning, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.argument("source_name")
@click.option("--from", "first", type=click.DateTime(["%Y-%m-%d"]), required=True, help="First day (YYYY-MM-DD).")
@click.option("--to", "last", type=click.DateTime(["%Y-%m-%d"]), required=True, help="Last day (YYYY-MM-DD).")
@warehouse_options
def backfill(source_name, first, last, db, config) -> None:
    """Load every issue of an e-paper source between two dates; days already loaded are skipped."""
    from ingest.backfill import days_between, run_epaper
    from ingest.sources.epaper import EpaperConfig

    try:
        source = config.source(source_name)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    if source.type != "epaper":
        raise click.ClickException(f"{source_name} is an {source.type} source; backfill reads e-paper sources"
                                   " (for files, use `govwatch ingest FOLDER`)")
    days = days_between(first.date(), last.date())
    upgrade_if_needed(db)
    summary = run_epaper(EpaperConfig.from_dict(source.options), days, db_path=db, trigger="backfill",
                         progress=True)
    if not summary.outcomes:
        click.echo(f"all {len(days)} days already loaded (run {summary.run_id})")
        return
    not_yet = sum(1 for o in summary.outcomes if o.status == "not_yet")
    for failure in summary.failures:
        click.echo(f"govwatch: failed: {failure.source}: {failure.reason}", err=True)
    click.echo(f"{len(days)} days: loaded {summary.loaded}, already loaded {len(days) - summary.files_seen},"
               f" skipped {summary.skipped}, not published {not_yet}, failed {summary.failed}")
    if summary.failed:
        sys.exit(1)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False), required=True, help="Folder to write into.")
@warehouse_options
def export(fmt, out_dir, db, config) -> None:
    """Write the fact and dimension tables for other engines (Parquet partitioned by year and month)."""
    from warehouse.export import export_tables

    if not db.exists():
        raise click.ClickException(f"no warehouse at {db}")
    con = connect_reader(db)
    try:
        counts = export_tables(con, Path(out_dir), fmt)
    finally:
        con.close()
    for table, count in counts.items():
        click.echo(f"  {table:<26}{count:>8} rows")
    click.echo(f"written to {out_dir} as {fmt}")


@main.command()
@click.option("--years", type=float, default=10, show_default=True, help="How many years of issues.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), required=True, help="Folder to write into.")
@click.option("--seed", type=int, default=0, show_default=True, help="Same seed, same bytes.")
@click.option("--start", type=click.DateTime(["%Y-%m-%d"]), default="2014-01-01", show_default=True,
              help="Date of the first issue.")
def synth(years, out_dir, seed, start) -> None:
    """Write synthetic 示例 issues in the paper's style, each with a gold file, for scale and accuracy runs."""
    from ingest.synth import generate

    summary = generate(years, Path(out_dir), seed=seed, start=start.date())
    click.echo(f"{summary.issues} issues ({summary.first_issue} .. {summary.last_issue}), {summary.articles} articles,"
               f" {summary.facts} gold facts, {summary.text_bytes / 1e6:.1f} MB of text in {out_dir}")


def _config(config_path):
    from ingest.config import load_config

    try:
        return load_config(config_path)
    except (ValueError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc


def _service_db(db_path, config) -> Path:
    """--db, then GOVWATCH_DB, then the configuration's db, then the default."""
    if db_path or os.environ.get("GOVWATCH_DB") or not config.db:
        return resolve_db_path(db_path)
    return Path(config.db)


def sample_dir() -> Path:
    return Path(str(resources.files("ingest") / "samples"))


def run_dashboard(db: Path, port: int, address: str) -> None:
    app = Path(str(resources.files("dashboard") / "app.py"))
    env = {**os.environ, "GOVWATCH_DB": str(db.resolve())}
    click.echo(f"govwatch dashboard: http://{address}:{port}  (warehouse {db}; Ctrl+C stops it)")
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.address", address,
           "--server.port", str(port), "--server.headless", "true",
           "--browser.gatherUsageStats", "false"]
    sys.stdout.flush()
    # Become the Streamlit server, so that a signal to this process (Ctrl+C, systemd) reaches it.
    os.execve(sys.executable, cmd, env)


if __name__ == "__main__":
    main()
