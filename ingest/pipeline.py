"""The ingest stages in order: read and parse an input, extract facts, load them."""
from __future__ import annotations

import logging
import os
import threading
import time
import traceback
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Sequence

from tqdm import tqdm

from ingest.errors import IssueError, NotPublished
from ingest.extract import EXTRACTOR_VERSION, extract_article
from ingest.gazetteer import Gazetteer, load_gazetteer
from ingest.model import ArticleFacts, Issue, Outcome, RunSummary
from ingest.parse import read_issue
from ingest.quarantine import keep_aside
from warehouse import load
from warehouse.db import Writer, resolve_db_path

log = logging.getLogger(__name__)

DEFAULT_PAPER = "衢江报"
ISSUE_SUFFIXES = (".txt",)


def publish_every_seconds() -> float:
    """How often a long run publishes what it has loaded so far (GOVWATCH_PUBLISH_SECONDS, default 60)."""
    return float(os.environ.get("GOVWATCH_PUBLISH_SECONDS", "60"))


@dataclass(frozen=True)
class Item:
    """One input to load: its source (path or URL) and how to turn it into an Issue."""

    source: str
    read: Callable[[], Issue]


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


def file_item(path: Path, paper: str = DEFAULT_PAPER, date_override: date | None = None) -> Item:
    return Item(str(path), partial(read_issue, path, paper=paper, date_override=date_override))


def extract_issue(issue: Issue, gazetteer: Gazetteer) -> list[ArticleFacts]:
    """Facts of every article of an issue, in article order."""
    return [extract_article(article, issue.issue_date, gazetteer) for article in issue.articles]


def ingest_paths(
    paths: Sequence[str | Path],
    *,
    db_path: str | Path | None = None,
    paper: str = DEFAULT_PAPER,
    date_override: date | None = None,
    quarantine_dir: str | Path | None = None,
    **options,
) -> RunSummary:
    """Load every issue file under `paths`; failed files are copied to the quarantine folder."""
    files = expand_paths(paths)
    summary = ingest_items([file_item(p, paper, date_override) for p in files], db_path=db_path, **options)
    quarantine = Path(quarantine_dir) if quarantine_dir else resolve_db_path(db_path).parent / "quarantine"
    for failure in summary.failures:
        keep_aside(Path(failure.source), failure.reason, quarantine)
    return summary


def ingest_items(
    items: Sequence[Item],
    *,
    db_path: str | Path | None = None,
    trigger: str = "manual",
    source_name: str | None = None,
    gazetteer_path: str | Path | None = None,
    progress: bool = False,
    on_outcome: Callable[[Outcome], None] | None = None,
    stop: threading.Event | None = None,
) -> RunSummary:
    """Load each item in its own transaction and publish the warehouse; a bad item never stops the rest.

    Setting `stop` ends the run after the item in hand; what was loaded so far is published."""
    gazetteer = load_gazetteer(gazetteer_path)
    with Writer(db_path) as writer:
        load.replace_dimensions(writer.con, gazetteer.township_rows(), gazetteer.village_rows())
        summary = RunSummary(run_id=load.start_run(writer.con, trigger, source_name))
        last_publish, every = time.monotonic(), publish_every_seconds()
        for item in tqdm(items, desc="导入", unit="期", disable=not progress or len(items) < 2):
            if stop is not None and stop.is_set():
                log.info("stop requested: run %s ends after %d of %d inputs",
                         summary.run_id, len(summary.outcomes), len(items))
                break
            outcome = _ingest_item(writer.con, item, summary.run_id, gazetteer)
            summary.outcomes.append(outcome)
            if outcome.status == "failed":
                load.record_failure(writer.con, summary.run_id, outcome.source, outcome.reason)
            if on_outcome:
                on_outcome(outcome)
            if time.monotonic() - last_publish >= every:
                writer.publish()
                last_publish = time.monotonic()
        load.finish_run(writer.con, summary)
    return summary


def _ingest_item(con, item: Item, run_id: int, gazetteer: Gazetteer) -> Outcome:
    try:
        issue = item.read()
        facts = extract_issue(issue, gazetteer)
        status = load.load_issue(con, issue, facts, run_id=run_id, extractor_version=EXTRACTOR_VERSION)
        return Outcome(item.source, status, issue.issue_date)
    except NotPublished as exc:
        return Outcome(item.source, "not_yet", reason=str(exc))
    except IssueError as exc:
        return Outcome(item.source, "failed", reason=str(exc))
    except OSError as exc:
        return Outcome(item.source, "failed", reason=f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a bug must not stop the other inputs; the log keeps the trace
        log.error("internal error on %s\n%s", item.source, traceback.format_exc())
        return Outcome(item.source, "failed", reason=f"internal error: {type(exc).__name__}: {exc}")
