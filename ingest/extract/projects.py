"""Livelihood projects: one Project per project per article, from its best-evidenced mention.

A name found by project_names.py becomes a project only where the text says something a dashboard
can use: a status (启动, 开工, 完工, 建成, 投入使用 ...), an investment, or a 民生实事 context.
Mentions of the same project (one name inside the other, or 该工程 pointing back) are merged.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ingest.extract.amounts import SUBSIDY, amounts_in
from ingest.extract.dates import find_deadline
from ingest.extract.document import Document
from ingest.extract.numerals import APPROX, NUMERAL
from ingest.extract.project_names import NameMention, may_hold_names, names_in, refers_back
from ingest.extract.project_words import CONSTRUCTION, TYPES, YIELDING
from ingest.extract.sentences import Sentence, clause_bounds
from ingest.model import Project

FIELD = "projects"

COMPLETED = ("完工", "竣工", "建成", "投入使用", "投用", "通车", "开通", "落成", "交付", "启用", "开业", "并网",
             "完成建设", "开办", "开园", "开街", "投入运营", "投运")
IN_PROGRESS = ("启动", "开工", "动工", "在建", "开建", "实施", "施工", "建设中", "正在建设", "推进", "开班")
PLANNED = ("计划", "拟", "规划", "谋划", "筹建", "即将")
FUTURE = ("将", "预计", "计划", "力争", "争取", "有望", "确保", "即将", "拟", "年底前", "月底前")
PAST = ("已", "刚", "均已", "已经")
LIVELIHOOD = ("民生实事", "实事", "民生工程", "惠民工程")
INVESTMENT_KINDS = ("investment", SUBSIDY)
# A plan word in 计划投资130万元的X describes the money (a relative clause), not the works.
_MONEY_PLAN = re.compile(r"(?:计划|拟|预计)(?=(?:总?投资|投入)[^,，。;；的]*元的)")
# 已完工131户: a count after the completion word says part of the works is done.
_PARTIAL = re.compile(rf"(?:{NUMERAL}){APPROX}?(?:户|座|个|所|处|条|间|套|家|公里|千米|米)")
# A sentence opening with how far things have got (截至目前,已完工131户) reports on the project
# the sentence before named, without naming it again.
_PROGRESS = re.compile(r"^(?:截至目前|截至[^,，]{1,8}(?:底|末)|目前|眼下|如今|现在)[,，]")
_BARE_YEAR = re.compile(r"\d{4}年|今年")
# 完成除险加固 is done; 已完成工程量的七成 (or 80%) is under way; 完成前期设计 says nothing of the works.
_DONE_WORKS = rf"完成了?(?:{'|'.join(sorted(CONSTRUCTION, key=len, reverse=True))})"
_SHARE_DONE = r"完成了?(?:总|全部)?(?:工程量|工作量|进度)?的?(?:\d+(?:\.\d+)?%|[一二三四五六七八九]成|过半)"
# 让8600余户群众喝上了自来水: what people now have from the works, so the works are done.
_IN_USE = r"让[^,，。]{1,14}?[喝用住吃走坐看]上了"
_STATUS_FORMS = ((re.compile("|".join((*COMPLETED, _DONE_WORKS, _IN_USE))), "completed"),
                 (re.compile("|".join((*IN_PROGRESS, _SHARE_DONE))), "in_progress"),
                 (re.compile("|".join(PLANNED)), "planned"))
_DIRECTIVE = re.compile(r"(?<![重主只需必])要(?![求素点闻])|务必|必须")
_NEWS = re.compile("|".join((*(form.pattern for form, _ in _STATUS_FORMS), *LIVELIHOOD, "元")))
_TAKES_OBJECT = ("开通", "启用", "开办")
# What follows an opening without being its object (正式开通运营, 启用仪式, 开通以来).
_AFTER_OPENING = ("运营", "运行", "使用", "仪式", "以来", "以后", "后", "并", "迎", "当天", "首日", "至今", "试运")
_RANK = {None: 0, "planned": 1, "in_progress": 2, "completed": 3}
_ANTECEDENT_SENTENCES = 3


@dataclass(frozen=True)
class Sighting:
    name: str
    sentence: Sentence
    start: int  # offsets in the sentence
    end: int
    status: str | None
    completion: date | None
    investment: float | None
    livelihood: bool

    @property
    def weight(self) -> int:
        return (self.status is not None) + (self.investment is not None) + (self.completion is not None)


def extract(doc: Document) -> tuple[Project, ...]:
    """The projects of the article, in order of first mention."""
    return tuple(project for project, _ in _projects(doc))


def project_at(doc: Document, position: int) -> Project | None:
    """The project mentioned in the sentence holding `position` (the nearest before it, else after)."""
    index = doc.sentence_index(position)
    here = [(s.sentence.start + s.start, n) for n, (_, sightings) in enumerate(_projects(doc))
            for s in sightings if s.sentence is doc.sentences[index]]
    before = [item for item in here if item[0] <= position]
    chosen = max(before) if before else min(here) if here else None
    return None if chosen is None else _projects(doc)[chosen[1]][0]


def _projects(doc: Document) -> list[tuple[Project, list[Sighting]]]:
    if "projects" not in doc.memo:
        groups = _group(_sightings(doc))
        doc.memo["projects"] = [(_project(doc, group), group) for group in groups if _is_reported(group)]
    return doc.memo["projects"]


def _sightings(doc: Document) -> list[Sighting]:
    found: list[Sighting] = []
    for index in _worth_reading(doc):
        sentence = doc.sentences[index]
        text = doc.sentence_text(sentence)
        mentions = names_in(text, doc.gazetteer)
        progress = _progress_after(doc, index) if len(mentions) == 1 else ""
        for mention in mentions:
            name = mention.name or _antecedent(found, doc.sentences, index)
            # A programme of no known kind (“一站式”服务) is a way of working, not a project.
            if name and not (mention.programme and _type_in(name) is None):
                found.append(_sighting(doc, sentence, text, mention, name, progress))
    return found


def _progress_after(doc: Document, index: int) -> str:
    """The next sentence of the paragraph when it reports progress without naming a project."""
    if index + 1 >= len(doc.sentences) or doc.sentences[index + 1].paragraph != doc.sentences[index].paragraph:
        return ""
    text = doc.sentence_text(doc.sentences[index + 1])
    return text if _PROGRESS.match(text) and not (may_hold_names(text) and names_in(text, doc.gazetteer)) else ""


def _worth_reading(doc: Document) -> list[int]:
    """Sentences that may name a project and say something about it or where it is, and the few
    before a sentence that refers back (该工程). Segmenting only these keeps extraction cheap."""
    texts = [doc.sentence_text(sentence) for sentence in doc.sentences]
    placed = {doc.sentence_index(m.start) for m in doc.mentions}
    # Sentences that place a named facility (在高家镇的安仁水库) tell where a project is.
    chosen = {i for i, text in enumerate(texts) if may_hold_names(text) and (_NEWS.search(text) or i in placed)}
    for i in [i for i in chosen if refers_back(texts[i])]:
        chosen.update(j for j in range(max(0, i - _ANTECEDENT_SENTENCES), i) if may_hold_names(texts[j]))
    return sorted(chosen)


def _antecedent(found: list[Sighting], sentences, index: int) -> str | None:
    recent = [s for s in found if s.sentence in sentences[max(0, index - _ANTECEDENT_SENTENCES):index + 1]]
    return recent[-1].name if recent else None


def _sighting(doc: Document, sentence: Sentence, text: str, mention: NameMention, name: str,
              progress: str) -> Sighting:
    clause_start, clause_end = clause_bounds(text, mention.start)
    if mention.programme:
        # A quoted programme counts only where its own clause reports it (“爱心托管”服务在某地启动).
        text = text[:clause_end]
        window = text[clause_start:]
    else:
        window = text[clause_start:] + progress
    status, completion = _status(window, doc.issue_date, mention.end - clause_start)
    investment = next((a.yuan for a in amounts_in(text)
                       if a.kind in INVESTMENT_KINDS and a.end > clause_start), None)
    livelihood = any(word in text[clause_start:] if mention.programme else word in text for word in LIVELIHOOD)
    return Sighting(name, sentence, mention.start, mention.end, status, completion, investment, livelihood)


def _status(window: str, issue_date: date, name_end: int = 0) -> tuple[str | None, date | None]:
    """Status and planned completion said in `window` (from the name's clause to the sentence end;
    the name ends at `name_end`)."""
    best, completion = None, None
    window = _MONEY_PLAN.sub(lambda m: "_" * len(m.group()), window)
    for form, label in _STATUS_FORMS:
        for match in form.finditer(window):
            at, after = match.start(), match.end()
            clause_start, _ = clause_bounds(window, at)
            lead = window[clause_start:at]
            if lead.endswith(("未", "尚未", "没有")) or _DIRECTIVE.search(lead):
                continue  # 尚未开工; 要加快推进…: what someone asks for, not what happened
            if label == "completed" and (window.startswith("后", after) or "主体" in window[:at]):
                continue  # 建成后将…: a condition; 主体已完工: only the structure is done
            if at >= name_end and _opens_something(window, match):
                continue  # 区中医院开通“急救绿色通道”: the hospital opened something else
            said = "in_progress" if label == "completed" and _PARTIAL.match(window, after) else label
            deadline = find_deadline(lead, issue_date)
            future = not any(p in lead for p in PAST) and (
                any(f in lead for f in FUTURE) or _is_ahead(lead, deadline, issue_date))
            if said == "completed" and future:
                completion = completion or (deadline[0] if deadline else None)
            said = "planned" if future else said
            if _RANK[said] > _RANK[best]:
                best = said
    return best, completion


def _opens_something(window: str, match: re.Match) -> bool:
    """Whether a verb that takes an object (开通, 启用, 开办) has one after it."""
    if match.group() not in _TAKES_OBJECT:
        return False
    rest = window[match.end():].removeprefix("了")
    return bool(rest) and (rest[0] in "“\"「《" or rest[0].isdigit() or "\u4e00" <= rest[0] <= "\u9fff") \
        and not rest.startswith(_AFTER_OPENING)


def _is_ahead(lead: str, deadline, issue_date: date) -> bool:
    """A deadline after the issue that says its year (明年6月, 2024年底) or is a limit (6月底前).

    A bare month (于11月中旬启动) is more often a past date than a plan, and the issue's own year
    alone (2023年衢江区暑期…服务启动) names an edition, so neither counts.
    """
    if deadline is None or deadline[0] <= issue_date:
        return False
    printed = lead[deadline[1]:deadline[2]]
    if deadline[0].year == issue_date.year and _BARE_YEAR.fullmatch(printed):
        return False
    return "年" in printed or lead.startswith("前", deadline[2])


def _group(sightings: list[Sighting]) -> list[list[Sighting]]:
    """Mentions of one project: each name contains, or is contained in, every other name of it."""
    groups: list[list[Sighting]] = []
    for sighting in sightings:
        home = next((g for g in groups if all(_same_project(sighting.name, s.name) for s in g)), None)
        if home is None:
            groups.append([sighting])
        else:
            home.append(sighting)
    return groups


def _same_project(one: str, other: str) -> bool:
    return one in other or other in one


def _is_reported(group: list[Sighting]) -> bool:
    return any(s.status or s.investment or s.livelihood for s in group)


def _project(doc: Document, group: list[Sighting]) -> Project:
    best = max(group, key=lambda s: s.weight)  # max keeps the first of equals
    name = max((s.name for s in group), key=len)
    return Project(
        name=name,
        project_type=project_type(name, doc.sentence_text(best.sentence)),
        status=max((s.status for s in group), key=lambda status: _RANK[status]),
        township_id=_township(doc, group, best),
        evidence=doc.evidence(best.sentence, best.start, best.end),
        investment_yuan=next((s.investment for s in group if s.investment), None),
        planned_completion=next((s.completion for s in group if s.completion), None),
    )


def _township(doc: Document, group: list[Sighting], best: Sighting) -> str | None:
    """Where the project is: the places in its name (one across townships has none), else none
    when the district is named just before it, else the first sentence naming it that names a
    township, else where its best sentence is attributed."""
    named = {m.township_id for s in group for m in doc.mentions
             if s.sentence.start + s.start <= m.start < s.sentence.start + s.end}
    if named:
        return named.pop() if len(named) == 1 else None
    for sighting in group:
        text = sighting.sentence.text
        if doc.names_district(text[clause_bounds(text, sighting.start)[0]:sighting.end]):
            return None  # 衢江区暑期“爱心托管”服务在某村启动: the district's, whatever the venue
        found = doc.township_in_sentence(sighting.sentence.start + sighting.start)
        if found:
            return found
    return doc.township_at(best.sentence.start + best.start)


def project_type(name: str, context: str) -> str:
    """The type whose keyword ends furthest right in the name; else found in the sentence; else 其他."""
    return _type_in(name) or _type_in(context) or "其他"


def _type_in(text: str) -> str | None:
    hits = [(text.rfind(word) + len(word), len(word), label, word)
            for label, words in TYPES for word in words if word in text]
    if not hits:
        return None
    best = max(hits)
    if best[3] in YIELDING:
        owners = [hit for hit in hits if hit[0] <= best[0] - len(best[3]) and hit[3] not in YIELDING]
        best = max(owners, default=best)
    return best[2]
