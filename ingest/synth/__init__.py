"""govwatch synth: deterministic synthetic issues of the district paper, each marked 示例 in its
masthead, with a gold file per issue, so that a scale run doubles as an accuracy check.

    generate(years, out_dir, seed=0, start=date(2014, 1, 1)) -> SynthSummary

writes out_dir/YYYY/YYYY-MM-DD.txt and out_dir/YYYY/YYYY-MM-DD.gold.json. The same seed gives the
same bytes; each issue depends only on the seed and its date."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from random import Random

from ingest.gazetteer import load_gazetteer
from ingest.synth.issue import write_issue
from ingest.synth.writer import World

ISSUES_PER_YEAR = 200
DAYS_PER_YEAR = 365.25
NO_PAPER_WEEKDAY = 6  # Sunday


@dataclass(frozen=True)
class SynthSummary:
    out_dir: Path
    seed: int
    issues: int
    articles: int
    facts: int  # money, people and projects in the gold files (optional ones left out)
    text_bytes: int
    first_issue: date | None
    last_issue: date | None


def add_years(start: date, years: float) -> date:
    whole = int(years)
    try:
        moved = start.replace(year=start.year + whole)
    except ValueError:  # 29 February
        moved = start.replace(year=start.year + whole, day=28)
    return moved + timedelta(days=round((years - whole) * DAYS_PER_YEAR))


def issue_dates(start: date, years: float, seed: int, per_year: int = ISSUES_PER_YEAR) -> list[date]:
    """Printed dates: `per_year` days a year (pro rata for a part year), never on a Sunday."""
    end = add_years(start, years)
    dates: list[date] = []
    k = 0
    while (window := add_years(start, k)) < end:
        full_end = add_years(start, k + 1)
        stop = min(full_end, end)
        days = [window + timedelta(i) for i in range((stop - window).days)]
        days = [d for d in days if d.weekday() != NO_PAPER_WEEKDAY]
        count = round(per_year * (stop - window).days / (full_end - window).days)
        dates += sorted(Random(f"{seed}:dates:{k}").sample(days, min(count, len(days))))
        k += 1
    return dates


def generate(years: float, out_dir: str | Path, seed: int = 0, start: date = date(2014, 1, 1),
             issues_per_year: int = ISSUES_PER_YEAR) -> SynthSummary:
    """Write `years` years of synthetic issues and their gold files under `out_dir`."""
    out = Path(out_dir)
    world = World(load_gazetteer(), seed)
    dates = issue_dates(start, years, seed, issues_per_year)
    articles = facts = size = 0
    for issue_date in dates:
        text, gold = write_issue(world, issue_date)
        folder = out / str(issue_date.year)
        folder.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (folder / f"{issue_date.isoformat()}.txt").write_bytes(data)
        (folder / f"{issue_date.isoformat()}.gold.json").write_bytes(
            (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
        articles += len(gold["articles"])
        facts += sum(len(a[c]) for a in gold["articles"] for c in ("money", "people", "projects"))
        size += len(data)
    return SynthSummary(out, seed, len(dates), articles, facts, size,
                        dates[0] if dates else None, dates[-1] if dates else None)
