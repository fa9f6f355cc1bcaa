"""The scheduler service: APScheduler jobs that run each configured source on its timetable."""
from __future__ import annotations

import fcntl
import logging
import logging.handlers
import os
import signal
import threading
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from ingest.config import ServiceConfig, SourceConfig
from ingest.model import RunSummary
from warehouse.db import upgrade_if_needed

log = logging.getLogger("govwatch.schedule")


class SchedulerRunning(RuntimeError):
    """Another scheduler already serves this warehouse."""


def build_trigger(source: SourceConfig, timezone: str):
    # The time zone goes on the trigger itself: without it a cron trigger uses the host's zone.
    if source.cron:
        return CronTrigger.from_crontab(source.cron, timezone=timezone)
    return IntervalTrigger(minutes=source.interval_minutes, timezone=timezone)


def run_source(source: SourceConfig, config: ServiceConfig, *, db_path=None, trigger: str = "schedule",
               progress: bool = False, stop: threading.Event | None = None) -> RunSummary:
    """One run of one source."""
    if source.type == "inbox":
        from ingest.sources.inbox import InboxConfig, run_inbox
        return run_inbox(InboxConfig.from_dict(source.options), db_path=db_path, trigger=trigger,
                         progress=progress, stop=stop)
    from ingest.backfill import recent_days, run_epaper
    from ingest.sources.epaper import EpaperConfig
    epaper_config = EpaperConfig.from_dict(source.options)
    days = recent_days(int(source.options.get("lookback_days", 3)), config.timezone)
    return run_epaper(epaper_config, days, db_path=db_path, trigger=trigger, progress=progress, stop=stop)


def next_runs(config: ServiceConfig, now: datetime | None = None) -> dict[str, datetime | None]:
    """When each source will run next, as the scheduler would compute it."""
    now = now or datetime.now(ZoneInfo(config.timezone))
    return {s.name: build_trigger(s, config.timezone).get_next_fire_time(None, now) for s in config.sources}


def build_scheduler(config: ServiceConfig, db_path, stop: threading.Event) -> BlockingScheduler:
    # One worker thread: the sources take turns, since only one process may write the warehouse
    # at a time and a second job would only wait for the writer lock.
    scheduler = BlockingScheduler(
        timezone=config.timezone,
        executors={"default": ThreadPoolExecutor(max_workers=1)},
        job_defaults={"coalesce": True, "max_instances": 1,
                      "misfire_grace_time": config.misfire_grace_seconds},
    )
    for source in config.sources:
        scheduler.add_job(_job, build_trigger(source, config.timezone), args=[source, config, db_path, stop],
                          id=source.name, name=source.name, next_run_time=datetime.now(ZoneInfo(config.timezone)))
    return scheduler


def _job(source: SourceConfig, config: ServiceConfig, db_path, stop: threading.Event) -> None:
    try:
        summary = run_source(source, config, db_path=db_path, stop=stop)
    except Exception:  # the scheduler must keep going; the next run tries again
        log.exception("%s: the run failed", source.name)
        return
    if not summary.outcomes:
        log.info("%s: run %s found nothing new", source.name, summary.run_id)
        return
    log.info("%s: run %s loaded %d, skipped %d, failed %d", source.name, summary.run_id,
             summary.loaded, summary.skipped, summary.failed)
    for failure in summary.failures:
        log.warning("%s: failed: %s: %s", source.name, failure.source, failure.reason)


def hold_scheduler_lock(db: Path):
    """An exclusive lock held for the life of the process: one scheduler per warehouse."""
    db.parent.mkdir(parents=True, exist_ok=True)
    lock_file = open(db.with_name(db.name + ".scheduler.lock"), "a+")
    try:
        fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock_file.seek(0)
        pid = lock_file.read().strip() or "?"
        lock_file.close()
        raise SchedulerRunning(f"another govwatch scheduler (pid {pid}) is running for {db}") from None
    lock_file.seek(0)
    lock_file.truncate()
    lock_file.write(f"{os.getpid()}\n")
    lock_file.flush()
    return lock_file


def setup_logging(log_file: str) -> None:
    """Log to a rotating file and to stderr."""
    Path(log_file).parent.mkdir(parents=True, exist_ok=True)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    file_handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=5_000_000, backupCount=5,
                                                        encoding="utf-8")
    stream_handler = logging.StreamHandler()
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in (file_handler, stream_handler):
        handler.setFormatter(fmt)
        root.addHandler(handler)


def serve(config: ServiceConfig, db: Path) -> None:
    """Run the scheduler until SIGTERM or SIGINT; the run in hand ends after its current issue."""
    if not config.sources:
        raise ValueError("the configuration has no [[sources]]: nothing to schedule")
    lock = hold_scheduler_lock(db)
    upgrade_if_needed(db)
    stop = threading.Event()
    scheduler = build_scheduler(config, db, stop)

    def request_stop(signum, _frame):
        log.info("signal %s: stopping after the issue in hand", signum)
        stop.set()
        if scheduler.running:  # a second Ctrl+C finds it already stopping
            scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    log.info("scheduler started for %s with sources %s", db, ", ".join(s.name for s in config.sources))
    try:
        scheduler.start()
    finally:
        # Jobs run in executor threads; wait for the one in hand to publish or roll back.
        for thread in threading.enumerate():
            if thread is not threading.current_thread() and not thread.daemon:
                thread.join()
        lock.close()
        log.info("scheduler stopped")
