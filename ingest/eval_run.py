"""`govwatch eval`: ingest each gold file's source into a scratch warehouse, read the facts back
from it, and score them with ingest.evaluate."""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Sequence

from ingest import evaluate
from ingest.pipeline import ingest_paths
from warehouse import read
from warehouse.db import connect_reader


def evaluate_gold_files(paths: Sequence[str | Path], gazetteer_path=None) -> evaluate.Report:
    """Score the whole pipeline, warehouse included, against each gold file."""
    scores = []
    with tempfile.TemporaryDirectory(prefix="govwatch-eval-") as scratch:
        for n, path in enumerate(paths):
            gold = evaluate.load_gold(path)
            db = Path(scratch) / f"eval{n}.duckdb"
            summary = ingest_paths([gold["source_path"]], db_path=db, gazetteer_path=gazetteer_path,
                                   quarantine_dir=Path(scratch) / "quarantine")
            scores.append(evaluate.score_issue(gold, system_from_warehouse(db, summary)))
    return evaluate.combine(scores)


def system_from_warehouse(db: Path, summary) -> evaluate.SystemIssue:
    """The system's answer as stored: an issue that failed to load is an empty answer."""
    if summary.failed or not summary.outcomes:
        return evaluate.SystemIssue(None, [])
    con = connect_reader(db)
    try:
        return system_for_source(con, summary.outcomes[0].source)
    finally:
        con.close()


def system_for_source(con, source: str) -> evaluate.SystemIssue:
    """The stored answer for the issue loaded from `source` (empty if it is not there)."""
    found = read.issue_for_source(con, source)
    if found is None:
        return evaluate.SystemIssue(None, [])
    issue_id, issue_date = found
    return evaluate.SystemIssue(issue_date, [_system_article(a) for a in read.articles_of_issue(con, issue_id)])


def _system_article(row: dict) -> evaluate.SystemArticle:
    return evaluate.SystemArticle(
        row["kicker"] or "", row["headline"], row["subtitle"] or "", row["body"], row["event_date"],
        row["continued"],
        townships=[t["township"] for t in row.get("townships", [])],
        money=[evaluate.SystemMoney(m["amount_yuan"], m["amount_yuan_max"], m["kind"], m["qualifier"],
                                    m["township"], m["evidence"]) for m in row.get("money", [])],
        people=[evaluate.SystemPeople(p["count"], p["unit"], p["kind"], p["qualifier"], p["township"],
                                      p["evidence"]) for p in row.get("people", [])],
        projects=[evaluate.SystemProject(p["name"], p["project_type"], p["township"], p["status"],
                                         p["evidence"]) for p in row.get("projects", [])],
    )
