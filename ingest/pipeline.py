"""The ingest stages in order: read and parse an input, extract facts, load them."""
from __future__ import annotations

import logging
import os
import threading
import time
import traceback
from datetime import date
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Sequence

from tqdm import tqdm

from ingest.extract import EXTRACTOR_VERSION
from ingest.gazetteer import load_gazetteer
from ingest.model import Outcome, RunSummary
from ingest.parse import read_issue
from ingest.prepare import Item, Prepared, prepare_all
from ingest.quarantine import keep_aside
from warehouse import load
from warehouse.db import Writer, resolve_db_path

log = logging.getLogger(__name__)

DEFAULT_PAPER = "衢江报"
ISSUE_SUFFIXES = (".txt",)
BATCH_SIZE = 50  # issues per load transaction in bulk runs


def publish_every_seconds() -> float:
    """How often a long run publishes what it has loaded so far (GOVWATCH_PUBLISH_SECONDS, default 60)."""
    return float(os.environ.get("GOVWATCH_PUBLISH_SECONDS", "60"))


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
    workers: int | None = None,
) -> RunSummary:
    """Load the items and publish the warehouse; a bad item never stops the rest.

    Issues are loaded in batches of whole issues, one transaction and one bulk insert per table
    each. Setting `stop` ends the run after the item in hand; what was loaded so far is published."""
    gazetteer = load_gazetteer(gazetteer_path)
    with Writer(db_path) as writer:
        load.replace_dimensions(writer.con, gazetteer.township_rows(), gazetteer.village_rows())
        summary = RunSummary(run_id=load.start_run(writer.con, trigger, source_name))

        def record(outcomes: list[Outcome]) -> None:
            for outcome in outcomes:
                summary.outcomes.append(outcome)
                if outcome.status == "failed":
                    load.record_failure(writer.con, summary.run_id, outcome.source, outcome.reason)
                if on_outcome:
                    on_outcome(outcome)

        known = frozenset(load.known_hashes(writer.con))
        pending: list[Prepared] = []
        last_publish, every = time.monotonic(), publish_every_seconds()
        for ready in tqdm(prepare_all(items, gazetteer_path, known, workers), total=len(items), desc="导入",
                          unit="期", disable=not progress or len(items) < 2):
            if ready.outcome:
                record([ready.outcome])
            else:
                if len(pending) >= BATCH_SIZE or _repeats_key(ready, pending):
                    record(_load_batch(writer.con, pending, summary.run_id))
                    pending = []
                pending.append(ready)
            if time.monotonic() - last_publish >= every:
                record(_load_batch(writer.con, pending, summary.run_id))
                pending = []
                writer.publish()
                last_publish = time.monotonic()
            if stop is not None and stop.is_set():
                log.info("stop requested: run %s ends with %d of %d inputs read",
                         summary.run_id, len(summary.outcomes) + len(pending), len(items))
                break
        record(_load_batch(writer.con, pending, summary.run_id))
        load.finish_run(writer.con, summary)
    return summary


def _repeats_key(ready: Prepared, pending: list[Prepared]) -> bool:
    key = load.replace_key(ready.issue)
    return any(load.replace_key(p.issue) == key for p in pending)


def _load_batch(con, batch: list[Prepared], run_id: int) -> list[Outcome]:
    """Load a batch in one transaction; if it fails, load its issues one by one to isolate the bad one."""
    if not batch:
        return []
    try:
        statuses = load.load_issues(con, [(p.issue, p.facts) for p in batch], run_id=run_id,
                                    extractor_version=EXTRACTOR_VERSION)
    except Exception as exc:  # e.g. a constraint the data broke: record it, keep going
        if len(batch) > 1:
            return [outcome for ready in batch for outcome in _load_batch(con, [ready], run_id)]
        log.error("cannot load %s\n%s", batch[0].source, traceback.format_exc())
        return [Outcome(batch[0].source, "failed", batch[0].issue.issue_date,
                        f"cannot load: {type(exc).__name__}: {exc}")]
    for ready, status in zip(batch, statuses):
        if status != "skipped":
            for part in ready.issue.dropped:
                load.record_failure(con, run_id, part.source, part.reason)
    return [Outcome(p.source, status, p.issue.issue_date) for p, status in zip(batch, statuses)]
