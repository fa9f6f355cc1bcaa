"""Score what the system extracted from an issue against a hand-checked gold file.

The rules follow the gold README ("How an extractor is scored"); where it leaves room, this module
decides as follows.

- Text is compared after `normalise_text`: Unicode NFKC folds full-width punctuation, digits and
  letters to half-width (，→,  （→(  ：→:  ！→!), curly and corner quotes become straight ones
  (“”「」→"  ‘’→'), dashes become "-", and all whitespace (including the ideographic space) is dropped.
- An article is found when the system headline (kicker, headline and subtitle joined) contains the
  gold headline or an `also_accept` line, or one of those contains the system headline. The contained
  text must have at least MIN_HEADLINE_CHARS characters, so a stray short line cannot claim an article
  (a short headline, such as a column's 简讯, is found only by an equal one).
- Matching is one to one and greedy: gold items in printed order each take the best unused system
  item (ties go to the earliest). Within a found article: townships by name; money by yuan within
  MONEY_TOLERANCE of the gold figure (the closest first, then the one whose sentence holds the gold
  evidence, then the one of the same kind); people by (count, unit) (the one whose sentence holds the
  gold evidence first, then the same kind); projects by name, where one name
  contains the other or the characters they share (as a multiset) make up at least
  PROJECT_NAME_OVERLAP of the longer name, unless both name a phase and not the same one (某工程二期
  is never 某工程三期).
- A system fact that matches an `optional` gold fact is dropped from both sides (neither TP nor FP);
  an optional gold fact left unmatched is not a miss.
- Every fact of a gold article that was not found is a miss (FN); every fact of a system article that
  matched no gold article is a false hit (FP).
- Precision and recall are micro-averaged: TP, FP and FN are summed over an issue, and over all issues
  in a report. With nothing predicted precision is 1; with nothing to find recall is 1.
- kind, qualifier, township, type and status are scored as accuracy over matched pairs (a null
  township equals a null township); event_date and continued likewise over matched articles.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ingest.extract.project_words import PHASE
from ingest.model import ArticleFacts, Issue

MONEY_TOLERANCE = 0.005
PROJECT_NAME_OVERLAP = 0.6
_PHASE = re.compile(PHASE)
MIN_HEADLINE_CHARS = 4
FACT_ATTRIBUTES = {
    "townships": (),
    "money": ("kind", "qualifier", "township"),
    "people": ("kind", "qualifier", "township"),
    "projects": ("type", "status", "township"),
}
CATEGORIES = ("articles", *FACT_ATTRIBUTES)
_FOLDED = str.maketrans({"“": '"', "”": '"', "「": '"', "」": '"', "『": '"', "』": '"',
                         "‘": "'", "’": "'", "—": "-", "–": "-", "―": "-", "－": "-"})


class GoldError(Exception):
    """A gold file that cannot be used; the message says which file and why."""


@dataclass(frozen=True)
class SystemMoney:
    """A money fact (the system's; gold facts are read into the same shape to compare them)."""

    yuan: float
    yuan_max: float | None
    kind: str
    qualifier: str
    township: str | None
    evidence: str


@dataclass(frozen=True)
class SystemPeople:
    count: int
    unit: str
    kind: str
    qualifier: str
    township: str | None
    evidence: str


@dataclass(frozen=True)
class SystemProject:
    name: str
    type: str
    township: str | None
    status: str | None
    evidence: str


@dataclass(frozen=True)
class SystemArticle:
    """One article as the system sees it; townships by official name."""

    kicker: str
    headline: str
    subtitle: str
    body: str
    event_date: date | None
    continued: bool
    townships: list[str] = field(default_factory=list)
    money: list[SystemMoney] = field(default_factory=list)
    people: list[SystemPeople] = field(default_factory=list)
    projects: list[SystemProject] = field(default_factory=list)

    @property
    def full_headline(self) -> str:
        return " ".join(part for part in (self.kicker, self.headline, self.subtitle) if part)


@dataclass(frozen=True)
class SystemIssue:
    issue_date: date | None
    articles: list[SystemArticle]


def system_from_issue(issue: Issue, facts: Sequence[ArticleFacts], gazetteer) -> SystemIssue:
    """Build the system's answer from parse + extract output, without a warehouse."""
    def name(township_id: str | None) -> str | None:
        return None if township_id is None else gazetteer.township_by_id(township_id).name

    articles = [_system_article(article, found, name)
                for article, found in zip(issue.articles, facts, strict=True)]
    return SystemIssue(issue.issue_date, articles)


def _system_article(article, found: ArticleFacts, name: Callable) -> SystemArticle:
    townships = list(dict.fromkeys(name(a.township_id) for a in found.activity))
    money = [SystemMoney(m.amount_yuan, m.amount_yuan_max, m.kind, m.qualifier,
                         name(m.township_id), m.evidence.sentence) for m in found.money]
    people = [SystemPeople(p.count, p.unit, p.kind, p.qualifier, name(p.township_id),
                           p.evidence.sentence) for p in found.people]
    projects = [SystemProject(p.name, p.project_type, name(p.township_id), p.status,
                              p.evidence.sentence) for p in found.projects]
    # The extractor may resolve a date the parser could not; prefer its answer.
    event_date = found.event_date or article.event_date
    return SystemArticle(article.kicker, article.headline, article.subtitle, article.body,
                         event_date, article.continued, townships, money, people, projects)


@dataclass(frozen=True)
class Tally:
    right: int = 0
    total: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.right + other.right, self.total + other.total)

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass(frozen=True)
class CategoryScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    accuracy: dict[str, Tally] = field(default_factory=dict)

    def __add__(self, other: CategoryScore) -> CategoryScore:
        names = dict.fromkeys([*self.accuracy, *other.accuracy])
        accuracy = {n: self.accuracy.get(n, Tally()) + other.accuracy.get(n, Tally()) for n in names}
        return CategoryScore(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, accuracy)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Finding:
    """One thing a verbose report lists: a miss, a false hit or a wrong attribute."""

    outcome: str  # "miss" | "false hit" | "wrong <attribute>"
    category: str
    headline: str
    item: str
    evidence: str = ""


@dataclass(frozen=True)
class IssueScore:
    label: str
    categories: dict[str, CategoryScore]
    issue_month: Tally
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Report:
    issues: tuple[IssueScore, ...]
    overall: dict[str, CategoryScore]
    issue_month: Tally


def normalise_text(text: str) -> str:
    """Fold full/half-width punctuation, quotes and dashes, and drop whitespace, for comparison."""
    folded = unicodedata.normalize("NFKC", text).translate(_FOLDED)
    return "".join(folded.split())


def score_issue(gold: dict, system: SystemIssue) -> IssueScore:
    """Score one issue's system output against its gold annotations."""
    totals = {category: CategoryScore() for category in CATEGORIES}
    findings: list[Finding] = []

    def add(category: str, score: CategoryScore, found: list[Finding]) -> None:
        totals[category] += score
        findings.extend(found)

    pairs, missed, extra = _pair(gold["articles"], system.articles, _article_key)
    add("articles", *_score_articles(pairs, missed, extra))
    for gold_article, system_article in [*pairs, *((g, None) for g in missed),
                                         *((None, s) for s in extra)]:
        for category in FACT_ATTRIBUTES:
            add(category, *_score_facts(category, gold_article, system_article))
    return IssueScore(_label(gold), totals, _score_month(gold, system), tuple(findings))


def combine(scores: Iterable[IssueScore]) -> Report:
    """Sum issue scores into one report (micro-averaged)."""
    issues = tuple(scores)
    overall = {category: CategoryScore() for category in CATEGORIES}
    month = Tally()
    for issue in issues:
        month += issue.issue_month
        for category in CATEGORIES:
            overall[category] += issue.categories[category]
    return Report(issues, overall, month)


def _label(gold: dict) -> str:
    return Path(gold["gold_file"]).name if "gold_file" in gold else str(gold.get("source", "gold"))


def _score_month(gold: dict, system: SystemIssue) -> Tally:
    if not gold.get("issue_month"):
        return Tally()
    month = system.issue_date.strftime("%Y-%m") if system.issue_date else None
    return Tally(int(month == gold["issue_month"]), 1)


def _pair(gold: Sequence, system: Sequence, key: Callable) -> tuple[list, list, list]:
    """Match each gold item, in order, to the unused system item with the highest key.

    `key(gold_item, system_item)` returns None when the two do not match.
    """
    used: set[int] = set()
    pairs, missed = [], []
    for gold_item in gold:
        best = None
        for index, system_item in enumerate(system):
            rank = None if index in used else key(gold_item, system_item)
            if rank is not None and (best is None or rank > best[0]):
                best = (rank, index)
        if best is None:
            missed.append(gold_item)
        else:
            used.add(best[1])
            pairs.append((gold_item, system[best[1]]))
    return pairs, missed, [item for index, item in enumerate(system) if index not in used]


def _contains(outer: str, inner: str) -> bool:
    return len(inner) >= MIN_HEADLINE_CHARS and inner in outer


def _article_key(gold: dict, system: SystemArticle) -> int | None:
    system_line = normalise_text(system.full_headline)
    for line in (gold["headline"], *gold.get("also_accept", ())):
        line = normalise_text(line)
        if line and system_line == line or _contains(system_line, line) or _contains(line, system_line):
            return 0
    return None


def _score_articles(pairs, missed, extra) -> tuple[CategoryScore, list[Finding]]:
    findings = [Finding("miss", "articles", g["headline"], g["headline"], g.get("starts_with", ""))
                for g in missed]
    findings += [Finding("false hit", "articles", s.full_headline, s.full_headline, s.body[:30])
                 for s in extra]
    dates, continued = Tally(), Tally()
    for gold, system in pairs:
        gold_date = gold.get("event_date")
        system_date = system.event_date.isoformat() if system.event_date else None
        gold_continued = bool(gold.get("continued", False))
        dates += Tally(int(gold_date == system_date), 1)
        continued += Tally(int(gold_continued == system.continued), 1)
        if gold_date != system_date:
            findings.append(Finding("wrong event_date", "articles", gold["headline"],
                                    f"gold {gold_date}, system {system_date}"))
        if gold_continued != system.continued:
            findings.append(Finding("wrong continued", "articles", gold["headline"],
                                    f"gold {gold_continued}, system {system.continued}"))
    score = CategoryScore(len(pairs), len(extra), len(missed),
                          {"event_date": dates, "continued": continued})
    return score, findings


def _score_facts(category: str, gold: dict | None,
                 system: SystemArticle | None) -> tuple[CategoryScore, list[Finding]]:
    """Score one category of facts for a matched article, or for one side alone."""
    read = _GOLD_READERS[category]
    required = [read(item) for item in gold.get(category, ())] if gold else []
    optional = [read(item) for item in (gold.get("optional") or {}).get(category, ())] if gold else []
    offered = list(getattr(system, category)) if system else []
    headline = gold["headline"] if gold else system.full_headline
    key = _FACT_KEYS[category]
    pairs, missed, extra = _pair(required, offered, key)
    _, _, extra = _pair(optional, extra, key)

    findings = [Finding("miss", category, headline, _describe(item), _evidence(item)) for item in missed]
    findings += [Finding("false hit", category, headline, _describe(item), _evidence(item))
                 for item in extra]
    accuracy = {}
    for attribute in FACT_ATTRIBUTES[category]:
        right = 0
        for gold_item, system_item in pairs:
            expected, got = getattr(gold_item, attribute), getattr(system_item, attribute)
            right += expected == got
            if expected != got:
                findings.append(Finding(f"wrong {attribute}", category, headline,
                                        f"{_describe(gold_item)}: gold {expected}, system {got}",
                                        _evidence(system_item)))
        accuracy[attribute] = Tally(right, len(pairs))
    return CategoryScore(len(pairs), len(extra), len(missed), accuracy), findings


def _gold_money(item: dict) -> SystemMoney:
    return SystemMoney(float(item["yuan"]), item.get("yuan_max"), item.get("kind"),
                       item.get("qualifier"), item.get("township"), item.get("evidence", ""))


def _gold_people(item: dict) -> SystemPeople:
    return SystemPeople(int(item["count"]), item["unit"], item.get("kind"), item.get("qualifier"),
                        item.get("township"), item.get("evidence", ""))


def _gold_project(item: dict) -> SystemProject:
    return SystemProject(item["name"], item.get("type"), item.get("township"), item.get("status"),
                         item.get("evidence", ""))


def _township_key(gold: str, system: str) -> int | None:
    return 0 if gold == system else None


def _money_key(gold: SystemMoney, system: SystemMoney) -> tuple | None:
    gap = abs(system.yuan - gold.yuan)
    if gap > MONEY_TOLERANCE * abs(gold.yuan):
        return None
    return (-gap, _quoted_in(gold, system), gold.kind == system.kind)


def _people_key(gold: SystemPeople, system: SystemPeople) -> tuple | None:
    if (gold.count, gold.unit) != (system.count, system.unit):
        return None
    return (_quoted_in(gold, system), gold.kind == system.kind)


def _quoted_in(gold: SystemMoney | SystemPeople, system: SystemMoney | SystemPeople) -> bool:
    """Whether the system fact's sentence holds the gold fact's evidence: of two equal figures, the one
    said where the gold one is (一个月增收约2000元 and 一个月能挣两三千元 both read 2000元)."""
    return bool(gold.evidence) and normalise_text(gold.evidence) in normalise_text(system.evidence)


def _project_key(gold: SystemProject, system: SystemProject) -> tuple | None:
    a, b = normalise_text(gold.name), normalise_text(system.name)
    phases = _PHASE.findall(a), _PHASE.findall(b)
    if all(phases) and phases[0] != phases[1]:
        return None
    contained = bool(a and b) and (a in b or b in a)
    shared = sum((Counter(a) & Counter(b)).values()) / max(len(a), len(b), 1)
    if not contained and shared < PROJECT_NAME_OVERLAP:
        return None
    return (a == b, contained, shared, gold.type == system.type)


_GOLD_READERS = {"townships": str, "money": _gold_money, "people": _gold_people,
                 "projects": _gold_project}
_FACT_KEYS = {"townships": _township_key, "money": _money_key, "people": _people_key,
              "projects": _project_key}


def _describe(item) -> str:
    if isinstance(item, SystemMoney):
        return f"{_yuan(item.yuan)}元 {item.kind} {item.qualifier}"
    if isinstance(item, SystemPeople):
        return f"{item.count}{item.unit} {item.kind} {item.qualifier}"
    if isinstance(item, SystemProject):
        return f"{item.name} ({item.type}, {item.status})"
    return str(item)


def _evidence(item) -> str:
    return getattr(item, "evidence", "") or ""


def _yuan(amount: float) -> str:
    return f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"


def load_gold(path: str | Path) -> dict:
    """Read a gold file; `source` is resolved beside it, then one folder up, then from the cwd."""
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise GoldError(f"{path}: cannot read gold file ({error})") from error
    if not isinstance(gold, dict) or not isinstance(gold.get("articles"), list) or "source" not in gold:
        raise GoldError(f"{path}: not a gold file (needs 'source' and an 'articles' list)")
    tried = [path.parent / gold["source"], path.parent.parent / gold["source"],
             Path.cwd() / gold["source"]]
    found = next((candidate for candidate in tried if candidate.is_file()), None)
    if found is None:
        raise GoldError(f"{path}: source {gold['source']!r} not found; tried "
                        + ", ".join(str(candidate) for candidate in tried))
    return {**gold, "gold_file": str(path), "source_path": str(found.resolve())}


@dataclass(frozen=True)
class Target:
    category: str
    measure: str  # "f1" or an attribute whose accuracy is checked
    minimum: float


TARGETS = (
    Target("articles", "f1", 1.0),
    Target("townships", "f1", 0.95),
    Target("money", "f1", 0.95),
    Target("money", "kind", 0.9),
    Target("people", "f1", 0.9),
    Target("projects", "f1", 0.8),
    Target("projects", "type", 0.8),
)
_SLACK = 1e-9  # so a float F1 of 0.9999999999 still meets a target of 1.0


def _measured(report: Report, category: str, measure: str) -> float | None:
    score = report.overall[category]
    return score.f1 if measure == "f1" else score.accuracy.get(measure, Tally()).accuracy


def meets_targets(report: Report, targets: Sequence[Target] = TARGETS) -> list[str]:
    """The targets the report falls short of; an accuracy with no matched pairs is not checked."""
    unmet = []
    for target in targets:
        value = _measured(report, target.category, target.measure)
        if value is not None and value + _SLACK < target.minimum:
            what = "F1" if target.measure == "f1" else f"{target.measure} accuracy"
            unmet.append(f"{target.category} {what} {value:.3f} < {target.minimum:.3f}")
    return unmet


def check_thresholds(report: Report, min_f1: float | None) -> list[str]:
    """Failures: every category's overall F1 against `min_f1`, or the TARGETS table when None."""
    if min_f1 is None:
        return meets_targets(report)
    return meets_targets(report, [Target(category, "f1", min_f1) for category in CATEGORIES])


_HEADER = f"{'  category':<12}{'gold':>6}{'system':>8}{'TP':>6}{'FP':>6}{'FN':>6}{'P':>8}{'R':>8}{'F1':>8}  accuracy"


def _row(category: str, score: CategoryScore) -> str:
    accuracy = "  ".join(
        f"{name} {'-' if tally.accuracy is None else f'{tally.accuracy:.2f}'} ({tally.right}/{tally.total})"
        for name, tally in score.accuracy.items())
    return (f"  {category:<10}{score.tp + score.fn:>6}{score.tp + score.fp:>8}{score.tp:>6}{score.fp:>6}"
            f"{score.fn:>6}{score.precision:>8.3f}{score.recall:>8.3f}{score.f1:>8.3f}  {accuracy}".rstrip())


def _block(title: str, categories: dict[str, CategoryScore], month: Tally) -> list[str]:
    lines = [f"{title}  (issue month right: {month.right}/{month.total})"]
    return lines + [_row(category, categories[category]) for category in CATEGORIES]


def _finding_line(finding: Finding) -> str:
    evidence = f"  «{finding.evidence}»" if finding.evidence else ""
    return f"    {finding.outcome:<18}{finding.category:<10}[{finding.headline}] {finding.item}{evidence}"


def format_report(report: Report, verbose: bool = False) -> str:
    """A table per gold file and overall; with verbose, every miss, false hit and wrong attribute."""
    lines = [_HEADER]
    for issue in report.issues:
        lines += _block(issue.label, issue.categories, issue.issue_month)
        if verbose:
            lines += [_finding_line(finding) for finding in issue.findings]
    noun = "file" if len(report.issues) == 1 else "files"
    lines += _block(f"overall ({len(report.issues)} gold {noun})", report.overall, report.issue_month)
    return "\n".join(lines)
