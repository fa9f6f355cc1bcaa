"""Counts of people: 100名, 两千余人, 1.2万人次, 300户, 百余人.

Ages (85岁), ranks (第3名, 前10名), counts of things (72件, 3所) and a lone 一 (一名学生 is
"a student", not a statistic) are not counts of people.
"""
from __future__ import annotations

import re

from ingest.extract.document import Document
from ingest.extract.figures import nearest_label, qualifier, read_quantity
from ingest.extract.numerals import APPROX, MULTIPLIER, NUMERAL
from ingest.model import People

FIELD = "people"

_UNIT = r"(?P<unit>人次|人(?![民大才工口均制])|名(?![单称片列义气牌字额次])|位(?![于置数居列])|户(?![籍口型外主]))"
_PEOPLE = re.compile(
    rf"(?<![\d.第前])(?P<qty>{NUMERAL}{APPROX}?{MULTIPLIER}?{APPROX}?|[百千万]{APPROX}){_UNIT}"
)
_A_SINGLE = ("一", "1")

KINDS = (
    ("employment", ("就业", "务工", "用工", "岗位", "招聘", "招工", "上岗", "创业")),
    ("beneficiaries", ("受益", "惠及", "受惠", "服务", "帮扶", "救助", "覆盖", "义诊", "慰问",
                       "体检", "就诊", "接种", "受助", "结对", "资助", "补助")),
    ("participants", ("参加", "参与", "参训", "培训", "学员", "参会", "出席", "报名", "参赛",
                      "听课", "观看", "到场", "轮训", "学习", "比赛", "志愿")),
)


def extract(doc: Document) -> tuple[People, ...]:
    """Every count of people in the article body."""
    found = []
    for sentence in doc.sentences:
        text = doc.sentence_text(sentence)
        for match in _PEOPLE.finditer(text):
            people = _read(doc, sentence, text, match)
            if people is not None:
                found.append(people)
    return tuple(found)


def _read(doc: Document, sentence, text: str, match: re.Match) -> People | None:
    quantity = match["qty"]
    if quantity in _A_SINGLE:
        return None
    if quantity[0] in "百千万":
        quantity = "一" + quantity  # 百余人 is 一百余人
    value = read_quantity(quantity)
    if value is None or not float(value[0]).is_integer() or value[0] < 1:
        return None
    count, _, approximate = value
    start, end = match.start(), match.end()
    return People(
        count=int(count),
        unit=match["unit"],
        kind=nearest_label(text, start, end, KINDS, "other"),
        qualifier=qualifier(text, start, end, approximate),
        township_id=doc.township_at(sentence.start + start),
        evidence=doc.evidence(sentence, start, end),
    )
