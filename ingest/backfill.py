"""Loading dated issues from an e-paper source: the recent days (scheduled) or a range (backfill)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from ingest.errors import IssueError, NotPublished
from ingest.model import Issue, RunSummary
from ingest.pipeline import ingest_items
from ingest.prepare import Item
from ingest.sources import epaper
from warehouse import read
from warehouse.db import connect_reader, resolve_db_path


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def recent_days(lookback_days: int, timezone: str, today: date | None = None) -> list[date]:
    """The last `lookback_days` days up to today in the paper's time zone."""
    today = today or datetime.now(ZoneInfo(timezone)).date()
    return days_between(today - timedelta(days=lookback_days - 1), today)


def days_to_fetch(config: epaper.EpaperConfig, days: list[date], db_path=None) -> list[date]:
    """The days not already loaded, so a second run (or a resumed backfill) fetches nothing twice."""
    live = resolve_db_path(db_path)
    if not days or not live.exists():
        return days
    con = connect_reader(live)
    try:
        loaded = read.loaded_issue_dates(con, config.paper, days[0], days[-1])
    finally:
        con.close()
    return [d for d in days if d not in loaded]


def epaper_item(config: epaper.EpaperConfig, day: date, fetcher) -> Item:
    def fetch() -> Issue:
        result = epaper.fetch_issue(config, day, fetcher=fetcher)
        if isinstance(result, epaper.NotYet):
            raise NotPublished(result.reason)
        if isinstance(result, epaper.FetchFailed):
            raise IssueError(result.reason)
        # A broken article or page must not cost the rest of the issue; the run records it.
        return replace(result.issue, dropped=result.failures)
    return Item(config.index_url(day), fetch)


def run_epaper(config: epaper.EpaperConfig, days: list[date], *, db_path=None, trigger: str = "schedule",
               progress: bool = False, stop=None) -> RunSummary:
    """Fetch and load each day not loaded yet (a run with every day already there is recorded too)."""
    todo = days_to_fetch(config, days, db_path)
    # One fetcher in this process keeps the polite rate limit; fetching is network-bound anyway.
    fetcher = epaper.make_fetcher(config)
    items = [epaper_item(config, day, fetcher) for day in todo]
    return ingest_items(items, db_path=db_path, trigger=trigger, source_name=config.name,
                        progress=progress, stop=stop, workers=1)
