"""The inbox source: a folder where new issue files are dropped.

Each settled file is ingested; once the warehouse is published, loaded and already-known files
move to `archive/YYYY/MM/` (by issue date) and failed ones to `quarantine/` with a
`.reason.txt` beside them. Nothing is ever deleted. Files move only after publishing, so a crash
in between leaves them in the inbox, and the next run skips them by content hash and archives them.
"""
from __future__ import annotations

import logging
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from ingest.model import RunSummary
from ingest.pipeline import DEFAULT_PAPER, expand_paths, file_item, ingest_items
from ingest.quarantine import free_name, keep_aside

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InboxConfig:
    name: str
    folder: Path
    archive: Path
    quarantine: Path
    paper: str = DEFAULT_PAPER
    settle_seconds: float = 2.0

    @classmethod
    def from_dict(cls, d: dict) -> "InboxConfig":
        if "folder" not in d:
            raise ValueError(f"inbox source {d.get('name', '?')!r}: 'folder' is required")
        folder = Path(d["folder"])
        return cls(
            name=d.get("name", "inbox"), folder=folder,
            archive=Path(d.get("archive", folder.parent / "archive")),
            quarantine=Path(d.get("quarantine", folder.parent / "quarantine")),
            paper=d.get("paper", DEFAULT_PAPER), settle_seconds=float(d.get("settle_seconds", 2.0)),
        )


def settled_files(folder: Path, settle_seconds: float) -> list[Path]:
    """Files whose size did not change between two looks `settle_seconds` apart."""
    first = {p: p.stat().st_size for p in expand_paths([folder])}
    if not first:
        return []
    time.sleep(settle_seconds)
    settled = []
    for path, size in first.items():
        try:
            if path.stat().st_size == size:
                settled.append(path)
            else:
                log.info("%s is still being written; it waits for the next run", path)
        except FileNotFoundError:
            log.info("%s disappeared before it could be read", path)
    return settled


def run_inbox(config: InboxConfig, *, db_path=None, trigger: str = "schedule",
              progress: bool = False, stop=None) -> RunSummary:
    """Ingest the inbox's settled files and file them away (a run that finds none is recorded too)."""
    config.folder.mkdir(parents=True, exist_ok=True)
    files = settled_files(config.folder, config.settle_seconds)
    summary = ingest_items([file_item(p, config.paper) for p in files], db_path=db_path, trigger=trigger,
                           source_name=config.name, progress=progress, stop=stop)
    for outcome in summary.outcomes:
        path = Path(outcome.source)
        if outcome.status == "failed":
            keep_aside(path, outcome.reason, config.quarantine, move=True)
        else:
            archive(path, config.archive, outcome.issue_date)
    return summary


def archive(path: Path, archive_root: Path, issue_date) -> Path:
    folder = archive_root / f"{issue_date:%Y}" / f"{issue_date:%m}"
    folder.mkdir(parents=True, exist_ok=True)
    target = free_name(folder, path.name)
    shutil.move(str(path), target)
    return target
