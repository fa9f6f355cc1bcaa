"""Money facts: each amount with the township and project its sentence attributes it to."""
from __future__ import annotations

import re

from ingest.extract.amounts import SUBSIDY, amounts_in
from ingest.extract.document import Document
from ingest.extract.projects import project_at
from ingest.extract.project_words import CONSTRUCTION, SUFFIXES
from ingest.extract.sentences import clause_bounds
from ingest.model import Money

FIELD = "money"
_ABSTRACT = frozenset({"提升", "提质"})  # 提升幸福感: works only with what they are done to# Something built (改造成老年食堂, 食堂建设, 危房改造): not 提升 or an abstract 建设 (加强人才队伍建设).
_BUILT = re.compile("|".join((*sorted(CONSTRUCTION - _ABSTRACT, key=len, reverse=True), "新建", "建成",
                              rf"(?:{'|'.join(SUFFIXES)})建设")))
_HANDED_OUT = "发放"  # 发放居家养老服务补贴: money handed to people
_MONEY = "元"


def extract(doc: Document) -> tuple[Money, ...]:
    """Every amount of money in the article body."""
    found = []
    for sentence in doc.sentences:
        text = doc.sentence_text(sentence)
        for amount in amounts_in(text):
            position = sentence.start + amount.start
            project = project_at(doc, position)
            found.append(Money(
                amount_yuan=amount.yuan,
                kind=_kind(amount.kind, text, amount.start, project is not None),
                qualifier=amount.qualifier,
                township_id=doc.township_of_figure(position, project),
                evidence=doc.evidence(sentence, amount.start, amount.end),
                amount_yuan_max=amount.yuan_max,
                project=project.name if project else None,
            ))
    return tuple(found)


def _pays_for_works(text: str, at: int, of_a_project: bool) -> bool:
    """Whether a subsidy at `at` pays for works: it is a project's, or something is built in its
    clause or just before the clauses of funding that lead to it (村里将老仓库改造成老年食堂,区民政局
    补助15万元,村集体和乡贤出资7万元); never when it is handed out to people (发放养老服务补贴)."""
    low, _ = clause_bounds(text, at)
    if _HANDED_OUT in text[low:at]:
        return False
    if of_a_project or _BUILT.search(text, low, at):
        return True
    while low >= 2:
        low, high = clause_bounds(text, low - 2)
        if _BUILT.search(text, low, high):
            return True
        if _MONEY not in text[low:high]:
            return False
    return False


def _kind(kind: str, text: str, at: int, of_a_project: bool) -> str:
    """A subsidy is investment when it pays for works; money handed out (发放…资金) never is."""
    if kind == SUBSIDY:
        return "investment" if _pays_for_works(text, at, of_a_project) else "other"
    if kind == "investment" and _HANDED_OUT in text[clause_bounds(text, at)[0]:at]:
        return "other"
    return kind
