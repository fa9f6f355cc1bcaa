"""Reads for the command line, the scheduler, re-extraction and evaluation (the dashboard's are in
queries.py)."""
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


def loaded_issue_dates(con: duckdb.DuckDBPyConnection, paper: str, first, last) -> set:
    """Dates in [first, last] for which the paper already has a complete issue with a printed date."""
    rows = con.execute(
        "SELECT DISTINCT issue_date FROM issues WHERE paper = ? AND issue_date BETWEEN ? AND ?"
        " AND NOT issue_date_inferred AND parts_missing = 0", [paper, first, last]).fetchall()
    return {r[0] for r in rows}


def last_runs_by_source(con: duckdb.DuckDBPyConnection) -> dict[str, tuple]:
    """The latest run of each configured source: (status, started_at, loaded, skipped, failed)."""
    rows = con.execute(
        "SELECT source_name, status, started_at, issues_loaded, issues_skipped, issues_failed"
        " FROM ingest_runs WHERE source_name IS NOT NULL"
        " QUALIFY row_number() OVER (PARTITION BY source_name ORDER BY run_id DESC) = 1").fetchall()
    return {r[0]: r[1:] for r in rows}


def issue_for_source(con: duckdb.DuckDBPyConnection, source: str) -> tuple | None:
    """(issue_id, issue_date) of the issue loaded from `source`, if any."""
    return con.execute("SELECT issue_id, issue_date FROM issues WHERE source = ?", [source]).fetchone()


def articles_of_issue(con: duckdb.DuckDBPyConnection, issue_id: str) -> list[dict]:
    """Every article of an issue in printed order, each with its facts (township names, not ids)."""
    articles = _dicts(con, "SELECT article_id, kicker, headline, subtitle, body, event_date, continued"
                           " FROM articles WHERE issue_id = ? ORDER BY seq", [issue_id])
    facts = {
        "townships": "SELECT f.article_id, t.name AS township FROM fact_township_activity f"
                     " JOIN dim_township t USING (township_id)",
        "money": "SELECT f.article_id, f.amount_yuan, f.amount_yuan_max, f.kind, f.qualifier,"
                 " t.name AS township, f.evidence FROM fact_investment f",
        "people": "SELECT f.article_id, f.count, f.unit, f.kind, f.qualifier, t.name AS township,"
                  " f.evidence FROM fact_beneficiary f",
        "projects": "SELECT f.article_id, f.name, f.project_type, t.name AS township, f.status,"
                    " f.evidence FROM fact_livelihood_project f",
    }
    by_article = {a["article_id"]: a for a in articles}
    for key, select in facts.items():
        join = "" if "JOIN dim_township" in select else " LEFT JOIN dim_township t USING (township_id)"
        sql = (f"{select}{join} WHERE f.article_id IN (SELECT article_id FROM articles WHERE issue_id = ?)"
               " ORDER BY f.article_id, 1")
        for row in _dicts(con, sql, [issue_id]):
            by_article[row.pop("article_id")].setdefault(key, []).append(row)
    return articles


def _dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[dict]:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def stored_issues(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Every issue with its articles as stored (for re-extraction), oldest first."""
    issues = _dicts(con, "SELECT i.*, t.text FROM issues i JOIN issue_texts t USING (issue_id)"
                         " ORDER BY issue_date, issue_id", [])
    articles: dict[str, list[dict]] = {}
    for row in _dicts(con, "SELECT * FROM articles ORDER BY issue_id, seq", []):
        articles.setdefault(row["issue_id"], []).append(row)
    for issue in issues:
        issue["articles"] = articles.get(issue["issue_id"], [])
    return issues
