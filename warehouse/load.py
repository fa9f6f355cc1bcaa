"""Writes runs, failures, dimensions and one issue's rows, each issue in one transaction."""
from __future__ import annotations

from datetime import datetime
from typing import Sequence

import duckdb
import pyarrow as pa

from ingest.model import ArticleFacts, Issue, RunSummary
from warehouse.db import transaction

FACT_TABLES = ("fact_township_activity", "fact_investment", "fact_beneficiary", "fact_livelihood_project")


def start_run(con: duckdb.DuckDBPyConnection, trigger: str, source_name: str | None = None) -> int:
    row = con.execute(
        "INSERT INTO ingest_runs (started_at, trigger, status, source_name)"
        " VALUES (?, ?, 'running', ?) RETURNING run_id",
        [_now(), trigger, source_name],
    ).fetchone()
    return int(row[0])


def finish_run(con: duckdb.DuckDBPyConnection, summary: RunSummary) -> None:
    status = "ok" if summary.failed == 0 else ("failed" if summary.loaded == 0 and summary.skipped == 0 else "partial")
    con.execute(
        "UPDATE ingest_runs SET finished_at = ?, status = ?, files_seen = ?, issues_loaded = ?,"
        " issues_skipped = ?, issues_failed = ?, issues_replaced = ? WHERE run_id = ?",
        [_now(), status, summary.files_seen, summary.loaded, summary.skipped, summary.failed, summary.replaced,
         summary.run_id],
    )


def record_failure(con: duckdb.DuckDBPyConnection, run_id: int, source: str, reason: str) -> None:
    con.execute("INSERT INTO ingest_failures VALUES (?, ?, ?, ?)", [run_id, source, reason, _now()])


def replace_dimensions(con: duckdb.DuckDBPyConnection, townships: Sequence[tuple], villages: Sequence[tuple]) -> None:
    """Make dim_township / dim_village hold exactly the gazetteer's rows."""
    t_cols = ("township_id", "name", "kind", "district", "code", "aliases", "sort_order")
    v_cols = ("village_id", "name", "kind", "township_id")
    with transaction(con):
        con.execute("DELETE FROM dim_village")
        con.execute("DELETE FROM dim_township")
        _insert_rows(con, "dim_township", [dict(zip(t_cols, row)) for row in townships])
        _insert_rows(con, "dim_village", [dict(zip(v_cols, row)) for row in villages])


def known_hashes(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Texts that need no extraction when met again: those stored with a printed date (a text
    stored with an inferred date may come back with its printed date, which corrects it)."""
    return [r[0] for r in con.execute("SELECT content_sha256 FROM issues WHERE NOT issue_date_inferred").fetchall()]


def source_file_name(source: str) -> str:
    """The last part of a path or URL."""
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def replace_key(issue: Issue) -> tuple:
    """Two inputs are versions of one issue when paper, date and file name agree: a corrected file
    sent again replaces the first, while two files of one date (one per page, say) both stay."""
    return (issue.paper, issue.issue_date, source_file_name(issue.source))


def _earlier_versions(con: duckdb.DuckDBPyConnection, issue: Issue) -> list[tuple[str, int]]:
    """(issue_id, parts_missing) of stored issues with the same replace key."""
    rows = con.execute("SELECT issue_id, source, parts_missing FROM issues WHERE paper = ? AND issue_date = ?",
                       [issue.paper, issue.issue_date]).fetchall()
    name = source_file_name(issue.source)
    return [(issue_id, missing) for issue_id, source, missing in rows if source_file_name(source) == name]


def _same_text(con: duckdb.DuckDBPyConnection, issue: Issue) -> tuple | None:
    """(issue_id, issue_date_inferred, issue_date) of the stored issue with this text, if any."""
    return con.execute("SELECT issue_id, issue_date_inferred, issue_date FROM issues WHERE content_sha256 = ?",
                       [issue.content_sha256]).fetchone()


def _outdated(con: duckdb.DuckDBPyConnection, issue: Issue) -> list[str] | None:
    """The stored issues this one replaces ([] for none), or None when it must be skipped: its text
    is already stored (unless now with the printed date where an inferred one was stored), or it
    is a less complete copy of an e-paper issue than the stored one."""
    same = _same_text(con, issue)
    if same is not None:
        corrects_date = same[1] and not issue.issue_date_inferred and same[2] != issue.issue_date
        return [same[0]] if corrects_date else None
    versions = _earlier_versions(con, issue)
    if any(missing < len(issue.dropped) for _, missing in versions):
        return None
    return [issue_id for issue_id, _ in versions]


def load_issues(con: duckdb.DuckDBPyConnection, batch: Sequence[tuple[Issue, Sequence[ArticleFacts]]], *,
                run_id: int, extractor_version: str) -> list[str]:
    """Load whole issues in one transaction with one bulk insert per table.

    Returns 'skipped', 'loaded' or 'replaced' per issue. The issues of a batch must have distinct
    replace keys (the caller starts a new batch when one repeats). Any error rolls back the batch."""
    statuses: list[str] = []
    tables: dict[str, list[dict]] = {}
    seen: set[str] = set()
    with transaction(con):
        for issue, facts in batch:
            old = None if issue.content_sha256 in seen else _outdated(con, issue)
            if old is None:
                statuses.append("skipped")
                continue
            seen.add(issue.content_sha256)
            for issue_id in old:
                delete_issue(con, issue_id)
            for table, rows in rows_for_issue(issue, facts, run_id, extractor_version).items():
                tables.setdefault(table, []).extend(rows)
            statuses.append("replaced" if old else "loaded")
        for table, rows in tables.items():
            _insert_rows(con, table, rows)
    return statuses


def delete_issue(con: duckdb.DuckDBPyConnection, issue_id: str) -> None:
    articles = "(SELECT article_id FROM articles WHERE issue_id = ?)"
    for table in FACT_TABLES:
        con.execute(f"DELETE FROM {table} WHERE article_id IN {articles}", [issue_id])
    con.execute("DELETE FROM articles WHERE issue_id = ?", [issue_id])
    con.execute("DELETE FROM issue_texts WHERE issue_id = ?", [issue_id])
    con.execute("DELETE FROM issues WHERE issue_id = ?", [issue_id])


def article_id(issue: Issue, seq: int) -> str:
    return f"{issue.issue_id}-{seq:02d}"


def rows_for_issue(issue: Issue, facts: Sequence[ArticleFacts], run_id: int,
                   extractor_version: str) -> dict[str, list[dict]]:
    """Every row an issue adds, by table."""
    rows = {
        "issues": [{
            "issue_id": issue.issue_id, "paper": issue.paper, "issue_date": issue.issue_date,
            "issue_date_inferred": issue.issue_date_inferred, "source": issue.source,
            "content_sha256": issue.content_sha256, "ingested_at": _now(), "parser_version": issue.parser_version,
            "extractor_version": extractor_version, "run_id": run_id, "article_count": len(issue.articles),
            "parts_missing": len(issue.dropped),
        }],
        "issue_texts": [{"issue_id": issue.issue_id, "text": issue.text}],
        "articles": [{
            "article_id": article_id(issue, article.seq), "issue_id": issue.issue_id, "seq": article.seq,
            "page": article.page, "kicker": article.kicker, "headline": article.headline,
            "subtitle": article.subtitle, "byline": article.byline, "body": article.body,
            "event_date": found.event_date or article.event_date,
            "continued": article.continued, "month": issue.month,
        } for article, found in zip(issue.articles, facts)],
    }
    rows.update(fact_rows(issue, facts))
    return rows


def fact_rows(issue: Issue, facts: Sequence[ArticleFacts]) -> dict[str, list[dict]]:
    """The four fact tables' rows for an issue."""
    activity, money, people, projects = [], [], [], []
    for article, f in zip(issue.articles, facts):
        base = {"article_id": article_id(issue, article.seq), "month": issue.month}
        activity += [{**base, "township_id": a.township_id, "mentions": a.mentions,
                      "activity_type": a.activity_type} for a in f.activity]
        money += [{**base, **_evidence(m.evidence), "township_id": m.township_id, "amount_yuan": m.amount_yuan,
                   "amount_yuan_max": m.amount_yuan_max, "kind": m.kind, "qualifier": m.qualifier,
                   "project": m.project} for m in f.money]
        people += [{**base, **_evidence(p.evidence), "township_id": p.township_id, "count": p.count,
                    "count_max": p.count_max, "unit": p.unit, "kind": p.kind, "qualifier": p.qualifier}
                   for p in f.people]
        projects += [{**base, **_evidence(p.evidence), "township_id": p.township_id, "name": p.name,
                      "project_type": p.project_type, "status": p.status, "investment_yuan": p.investment_yuan,
                      "planned_completion": p.planned_completion} for p in f.projects]
    return {"fact_township_activity": activity, "fact_investment": money,
            "fact_beneficiary": people, "fact_livelihood_project": projects}


def _evidence(e) -> dict:
    return {"evidence": e.sentence, "span_start": e.span_start, "span_end": e.span_end,
            "match_start": e.match_start, "match_end": e.match_end}


def _insert_rows(con, table: str, rows: list[dict]) -> None:
    """Bulk insert through Arrow: one statement per table, columns matched by name."""
    if not rows:
        return
    batch = _as_arrow(con, table, rows)
    con.register("_govwatch_batch", batch)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _govwatch_batch")
    finally:
        con.unregister("_govwatch_batch")


def _as_arrow(con, table: str, rows: list[dict]) -> pa.Table:
    # Typing columns from the table itself keeps all-NULL columns from becoming Arrow 'null'.
    types = _column_types(con, table)
    columns = list(rows[0])
    arrays = [pa.array([r[c] for r in rows], type=_ARROW_TYPES.get(types[c])) for c in columns]
    return pa.Table.from_arrays(arrays, names=columns)


# Every warehouse a process writes is migrated by that process's code to the same schema first,
# so a table's column types can be read once per process.
_column_type_cache: dict[str, dict[str, str]] = {}


def _column_types(con, table: str) -> dict[str, str]:
    if table not in _column_type_cache:
        _column_type_cache[table] = dict(con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?", [table]
        ).fetchall())
    return _column_type_cache[table]


_ARROW_TYPES = {
    "VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
    "DATE": pa.date32(), "BOOLEAN": pa.bool_(), "TIMESTAMP": pa.timestamp("us"),
    "VARCHAR[]": pa.list_(pa.string()),
}


def _now() -> datetime:
    return datetime.now()


def replace_all_facts(con: duckdb.DuckDBPyConnection, issues_and_facts, extractor_version: str) -> None:
    """Swap every fact row for freshly extracted ones, in one transaction."""
    with transaction(con):
        for table in FACT_TABLES:
            con.execute(f"DELETE FROM {table}")
        tables: dict[str, list[dict]] = {}
        for issue, facts in issues_and_facts:
            for table, rows in fact_rows(issue, facts).items():
                tables.setdefault(table, []).extend(rows)
        for table, rows in tables.items():
            _insert_rows(con, table, rows)
        con.execute("UPDATE issues SET extractor_version = ?", [extractor_version])

