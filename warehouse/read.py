"""Reads for the command line: table counts, recent runs and failures."""
from __future__ import annotations

import duckdb

STATUS_TABLES = (
    "issues", "articles", "fact_township_activity", "fact_investment", "fact_beneficiary",
    "fact_livelihood_project", "dim_township", "dim_village", "ingest_runs", "ingest_failures",
)


def table_counts(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    return [(t, con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in STATUS_TABLES]


def recent_runs(con: duckdb.DuckDBPyConnection, limit: int = 5) -> list[tuple]:
    return con.execute(
        "SELECT run_id, trigger, status, started_at, finished_at, files_seen, issues_loaded,"
        " issues_skipped, issues_failed FROM ingest_runs ORDER BY run_id DESC LIMIT ?", [limit]
    ).fetchall()


def recent_failures(con: duckdb.DuckDBPyConnection, limit: int = 10) -> list[tuple]:
    return con.execute(
        "SELECT run_id, source, reason, failed_at FROM ingest_failures"
        " ORDER BY failed_at DESC, source LIMIT ?", [limit]
    ).fetchall()


def issue_date_range(con: duckdb.DuckDBPyConnection) -> tuple:
    return con.execute("SELECT min(issue_date), max(issue_date) FROM issues").fetchone()
