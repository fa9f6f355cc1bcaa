"""Money facts: each amount with the township and project its sentence attributes it to."""
from __future__ import annotations

import re

from ingest.extract.amounts import SUBSIDY, Amount, amounts_in
from ingest.extract.document import Document
from ingest.extract.projects import project_at
from ingest.extract.project_words import CONSTRUCTION, SUFFIXES
from ingest.extract.sentences import clause_bounds
from ingest.model import Money

FIELD = "money"
_ABSTRACT = frozenset({"提升", "提质"})  # 提升幸福感: works only with what they are done to
# Something built (改造成老年食堂, 食堂建设, 危房改造): not 提升, an abstract 建设 (加强人才队伍建设) or
# a time after building (建成后).
_BUILT = re.compile("|".join((*sorted(CONSTRUCTION - _ABSTRACT, key=len, reverse=True), "新建", "建成(?![后的])",
                              rf"(?:{'|'.join(SUFFIXES)})建设")))
# Money handed out to people (发放养老服务补贴, 发放就业补助资金), or paid per head (每人每月奖励200元).
_HANDED_OUT = re.compile(r"发放[^,，。;；]*?(?:补贴|补助|奖励|慰问|救助)|每人|每餐|每月|人均")
_MONEY = "元"
# What money is for, said right after it (…万元,专项用于…): relief, or works (something built).
_USE = re.compile(r"[,，]?(?:专项|主要|全部)?用于([^,，。;；]{1,24})")
_RELIEF_USES = ("慰问", "救助", "资助", "助学", "奖学", "救灾")
_SPENT_KINDS = ("investment", "other", SUBSIDY)


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
                kind=_kind(amount.kind, text, amount, project is not None),
                qualifier=amount.qualifier,
                township_id=doc.township_of_figure(position, project),
                evidence=doc.evidence(sentence, amount.start, amount.end),
                amount_yuan_max=amount.yuan_max,
                project=project.name if project else None,
            ))
    return tuple(found)


def _kind(kind: str, text: str, amount: Amount, of_a_project: bool) -> str:
    """The kind of an amount, decided here for money spent: a stated use first (用于走访慰问: other;
    专项用于道路修复: investment); money handed out to people is other; a subsidy is investment when
    it pays for works."""
    if kind not in _SPENT_KINDS:
        return kind  # income, sales and output stay what they are, whatever they are used for
    use = _USE.match(text, amount.end)
    if use and any(word in use[1] for word in _RELIEF_USES):
        return "other"
    if use and _BUILT.search(use[1]):
        return "investment"
    if _HANDED_OUT.search(text, clause_bounds(text, amount.start)[0], amount.start):
        return "other"
    if kind == SUBSIDY:
        return "investment" if of_a_project or _built_before(text, amount.start) else "other"
    return kind


def _built_before(text: str, at: int) -> bool:
    """Whether something is built in the clause of the amount at `at`, or just before the clauses of
    funding that lead to it (村里将老仓库改造成老年食堂,区民政局补助15万元,村集体和乡贤出资7万元)."""
    low, _ = clause_bounds(text, at)
    if _BUILT.search(text, low, at):
        return True
    while low >= 2:
        low, high = clause_bounds(text, low - 2)
        if _BUILT.search(text, low, high):
            return True
        if _MONEY not in text[low:high]:
            return False
    return False
