"""Plain data passed between the pipeline stages: parse -> extract -> load."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One article of an issue, as printed. `body` is the rejoined text facts point into."""

    seq: int
    headline: str
    body: str
    kicker: str = ""
    subtitle: str = ""
    byline: str = ""
    page: int | None = None
    continued: bool = False
    event_date: date | None = None


@dataclass(frozen=True)
class Failure:
    """A file that could not be loaded, and why (one line, in English for logs)."""

    source: str
    reason: str


@dataclass(frozen=True)
class Issue:
    """One newspaper issue: where it came from, its date and its articles."""

    paper: str
    issue_date: date
    issue_date_inferred: bool
    source: str
    content_sha256: str
    text: str
    articles: tuple[Article, ...]
    parser_version: str
    dropped: tuple[Failure, ...] = ()  # parts of the source that could not be read (e.g. one web page)

    @property
    def issue_id(self) -> str:
        return self.content_sha256[:16]

    @property
    def month(self) -> date:
        return self.issue_date.replace(day=1)


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence and its offsets in `Article.body`,
    plus the offsets of the figure or name itself (for highlighting)."""

    sentence: str
    span_start: int
    span_end: int
    match_start: int
    match_end: int


@dataclass(frozen=True)
class TownshipActivity:
    township_id: str
    mentions: int
    activity_type: str


@dataclass(frozen=True)
class Money:
    amount_yuan: float
    kind: str  # investment | output | sales | income | other
    qualifier: str  # exact | about | over | under
    township_id: str | None
    evidence: Evidence
    amount_yuan_max: float | None = None  # upper bound of a range (20—30万元)
    project: str | None = None


@dataclass(frozen=True)
class People:
    count: int
    unit: str  # as printed: 人, 人次, 名, 位, 户
    kind: str  # beneficiaries | employment | participants | other
    qualifier: str
    township_id: str | None
    evidence: Evidence
    count_max: int | None = None


@dataclass(frozen=True)
class Project:
    name: str
    project_type: str
    status: str | None  # planned | in_progress | completed | None
    township_id: str | None
    evidence: Evidence
    investment_yuan: float | None = None
    planned_completion: date | None = None


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one article."""

    activity: tuple[TownshipActivity, ...] = ()
    money: tuple[Money, ...] = ()
    people: tuple[People, ...] = ()
    projects: tuple[Project, ...] = ()
    event_date: date | None = None


@dataclass(frozen=True)
class Outcome:
    """What happened to one input: loaded, replaced, skipped (already there), failed, or
    not_yet (its source has not published it)."""

    source: str
    status: str
    issue_date: date | None = None
    reason: str = ""


@dataclass
class RunSummary:
    run_id: int
    outcomes: list[Outcome] = field(default_factory=list)

    def _count(self, *statuses: str) -> int:
        return sum(1 for o in self.outcomes if o.status in statuses)

    @property
    def files_seen(self) -> int:
        return len(self.outcomes)

    @property
    def loaded(self) -> int:
        return self._count("loaded", "replaced")

    @property
    def replaced(self) -> int:
        """Of the loaded issues, those that replaced an earlier version of the same file."""
        return self._count("replaced")

    @property
    def skipped(self) -> int:
        return self._count("skipped")

    @property
    def failed(self) -> int:
        return self._count("failed")

    @property
    def failures(self) -> list[Failure]:
        return [Failure(o.source, o.reason) for o in self.outcomes if o.status == "failed"]
