"""Reading and extracting inputs, in this process or in a pool of worker processes.

Extraction is CPU-bound pure Python, so a long run spreads it over the machine's cores; the parent
process alone writes the warehouse. Workers are spawned, not forked: the parent holds DuckDB's and
tqdm's threads, and forking a threaded process can leave locks held in the child.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Callable, Iterator, Sequence

from ingest.errors import IssueError, NotPublished
from ingest.extract import extract_article
from ingest.gazetteer import Gazetteer, load_gazetteer
from ingest.model import ArticleFacts, Issue, Outcome

log = logging.getLogger(__name__)

MIN_ITEMS_PER_WORKER = 8  # below this, starting workers (about 1 s each) costs more than it saves


@dataclass(frozen=True)
class Item:
    """One input to load: its source (path or URL) and how to turn it into an Issue."""

    source: str
    read: Callable[[], Issue]


@dataclass(frozen=True)
class Prepared:
    """An item read and extracted, or what stopped it (`outcome` set, `issue` None)."""

    source: str
    issue: Issue | None = None
    facts: tuple[ArticleFacts, ...] = ()
    outcome: Outcome | None = None


def extract_issue(issue: Issue, gazetteer: Gazetteer) -> list[ArticleFacts]:
    """Facts of every article of an issue, in article order."""
    return [extract_article(article, issue.issue_date, gazetteer) for article in issue.articles]


def prepare(item: Item, gazetteer: Gazetteer, known_hashes: frozenset[str] = frozenset()) -> Prepared:
    """Read an item and extract its facts; an issue whose text is already loaded is not extracted."""
    try:
        issue = item.read()
        if issue.content_sha256 in known_hashes:
            return Prepared(item.source, outcome=Outcome(item.source, "skipped", issue.issue_date))
        return Prepared(item.source, issue, tuple(extract_issue(issue, gazetteer)))
    except NotPublished as exc:
        return Prepared(item.source, outcome=Outcome(item.source, "not_yet", reason=str(exc)))
    except IssueError as exc:
        return Prepared(item.source, outcome=Outcome(item.source, "failed", reason=str(exc)))
    except OSError as exc:
        return Prepared(item.source, outcome=Outcome(item.source, "failed", reason=f"cannot read: {exc.strerror or exc}"))
    except Exception as exc:  # a bug must not stop the other inputs; the log keeps the trace
        log.error("internal error on %s\n%s", item.source, traceback.format_exc())
        return Prepared(item.source, outcome=Outcome(
            item.source, "failed", reason=f"internal error: {type(exc).__name__}: {exc}"))


def default_workers() -> int:
    return int(os.environ.get("GOVWATCH_WORKERS", os.cpu_count() or 1))


def prepare_all(items: Sequence[Item], gazetteer_path, known_hashes: frozenset[str],
                workers: int | None = None) -> Iterator[Prepared]:
    """Prepared items in input order: inline for short runs, across worker processes for long ones."""
    workers = default_workers() if workers is None else workers
    workers = min(workers, len(items) // MIN_ITEMS_PER_WORKER)
    if workers < 2:
        gazetteer = load_gazetteer(gazetteer_path)
        for item in items:
            yield prepare(item, gazetteer, known_hashes)
        return
    done = 0
    try:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                                 initargs=(gazetteer_path, known_hashes, os.getpid())) as pool:
            for ready in pool.map(_prepare_in_worker, items, chunksize=4):
                done += 1
                yield ready
    except BrokenProcessPool:
        # A worker died (killed, out of memory): finish the run in this process instead.
        log.warning("worker pool broke after %d of %d inputs; continuing in one process", done, len(items))
        yield from prepare_all(items[done:], gazetteer_path, known_hashes, workers=1)


_worker_state: dict = {}
_PARENT_CHECK_SECONDS = 1.0


def _start_worker(gazetteer_path, known_hashes: frozenset[str], parent: int) -> None:
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _worker_state["gazetteer"] = load_gazetteer(gazetteer_path)
    _worker_state["known"] = known_hashes


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (SIGKILL, out of memory) would wait for work forever: each
    worker holds the task queue's write end too, so it never reads an end of file. Leave instead."""
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(1)


def _prepare_in_worker(item: Item) -> Prepared:
    return prepare(item, _worker_state["gazetteer"], _worker_state["known"])
