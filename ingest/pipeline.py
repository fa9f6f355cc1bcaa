"""The ingest stages in order: read and parse a file, extract facts, load them."""
from __future__ import annotations

import logging
import shutil
import time
import traceback
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Sequence

from tqdm import tqdm

from ingest.errors import IssueError
from ingest.extract import EXTRACTOR_VERSION, extract_article
from ingest.gazetteer import Gazetteer, load_gazetteer
from ingest.model import ArticleFacts, Failure, Issue, RunSummary
from ingest.parse import read_issue
from warehouse import load
from warehouse.db import Writer, resolve_db_path

log = logging.getLogger(__name__)

DEFAULT_PAPER = "衢江报"
ISSUE_SUFFIXES = (".txt",)
PUBLISH_EVERY_SECONDS = 60.0


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders contribute their .txt files, recursively, in name order."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in ISSUE_SUFFIXES and not p.name.startswith(".")
            )
        else:
            files.append(path)
    return files


def extract_issue(issue: Issue, gazetteer: Gazetteer) -> list[ArticleFacts]:
    """Facts of every article of an issue, in article order."""
    return [extract_article(article, issue.issue_date, gazetteer) for article in issue.articles]


def ingest_paths(
    paths: Sequence[str | Path],
    *,
    db_path: str | Path | None = None,
    trigger: str = "manual",
    paper: str = DEFAULT_PAPER,
    date_override: date | None = None,
    gazetteer_path: str | Path | None = None,
    progress: bool = False,
    quarantine_dir: str | Path | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> RunSummary:
    """Load every issue file under `paths` into the warehouse; one bad file never stops the rest."""
    files = expand_paths(paths)
    gazetteer = load_gazetteer(gazetteer_path)
    quarantine = Path(quarantine_dir) if quarantine_dir else resolve_db_path(db_path).parent / "quarantine"
    with Writer(db_path) as writer:
        load.replace_dimensions(writer.con, gazetteer.township_rows(), gazetteer.village_rows())
        summary = RunSummary(run_id=load.start_run(writer.con, trigger))
        last_publish = time.monotonic()
        for path in tqdm(files, desc="导入", unit="期", disable=not progress or len(files) < 2):
            summary.files_seen += 1
            outcome = _ingest_file(writer.con, path, summary.run_id, gazetteer, paper, date_override)
            if isinstance(outcome, Failure):
                summary.failed += 1
                summary.failures.append(outcome)
                load.record_failure(writer.con, summary.run_id, outcome.source, outcome.reason)
                keep_aside(path, outcome.reason, quarantine)
                if on_failure:
                    on_failure(outcome)
            elif outcome == "skipped":
                summary.skipped += 1
            else:
                summary.loaded += 1
            if time.monotonic() - last_publish > PUBLISH_EVERY_SECONDS:
                writer.publish()
                last_publish = time.monotonic()
        load.finish_run(writer.con, summary)
    return summary


def _ingest_file(con, path: Path, run_id: int, gazetteer: Gazetteer, paper: str,
                 date_override: date | None) -> str | Failure:
    source = str(path)
    try:
        issue = read_issue(path, paper=paper, date_override=date_override)
        facts = extract_issue(issue, gazetteer)
        return load.load_issue(con, issue, facts, run_id=run_id, extractor_version=EXTRACTOR_VERSION)
    except IssueError as exc:
        return Failure(source, str(exc))
    except OSError as exc:
        return Failure(source, f"cannot read file: {exc.strerror or exc}")
    except Exception as exc:  # a bug must not stop the other files; the log keeps the trace
        log.error("internal error on %s\n%s", source, traceback.format_exc())
        return Failure(source, f"internal error: {type(exc).__name__}: {exc}")


def keep_aside(path: Path, reason: str, quarantine: Path) -> None:
    """Copy a file that failed into the quarantine folder with its reason beside it."""
    if not path.is_file():
        return
    quarantine.mkdir(parents=True, exist_ok=True)
    target = quarantine / path.name
    shutil.copy2(path, target)
    target.with_name(target.name + ".reason.txt").write_text(f"{path}: {reason}\n", encoding="utf-8")
