"""Counts of people: 100名, 两千余人, 1.2万人次, 300户, 百余人.

Ages (85岁), ranks (第3名, 前10名), counts of things (72件, 3所) and a lone 一 (一名学生 is
"a student", not a statistic) are not counts of people.
"""
from __future__ import annotations

import re

from ingest.extract.document import Document
from ingest.extract.figures import nearest_keyword, qualifier, read_quantity
from ingest.extract.numerals import APPROX, BARE, MULTIPLIER, NUMERAL
from ingest.extract.projects import project_at
from ingest.model import People

FIELD = "people"

_UNIT = r"(?P<unit>人次|人(?![民大才工口均制])|名(?![单称片列义气牌字额次])|位(?![于置数居列]|一体)|户(?![籍口型外主]))"
_PEOPLE = re.compile(
    rf"(?<![\d.第前])(?P<qty>(?:{NUMERAL}|{BARE}){APPROX}?{MULTIPLIER}?{APPROX}?){_UNIT}"
)
_A_SINGLE = ("一", "1")

KINDS = (
    ("employment", ("就业", "务工", "用工", "岗位", "招工", "上岗", "吸纳")),
    ("beneficiaries", ("受益", "惠及", "受惠", "服务", "帮扶", "救助", "覆盖", "义诊", "慰问", "体检",
                       "就诊", "接种", "受助", "结对", "资助", "补助", "提供", "筛查", "签约", "客流",
                       "乘客", "新生", "入学", "入住", "搬进", "新居", "保护", "理赔", "发放")),
    ("participants", ("参加", "参与", "参训", "培训", "学员", "参会", "出席", "报名", "参赛", "听课",
                      "观看", "观众", "到场", "轮训", "学习", "比赛", "吸引", "前来")),
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
    value = read_quantity(quantity)
    if value is None or not float(value[0]).is_integer() or value[0] < 1:
        return None
    count, _, approximate = value
    start, end = match.start(), match.end()
    return People(
        count=int(count),
        unit=match["unit"],
        kind=_kind(text, start, end, match["unit"]),
        qualifier=qualifier(text, start, end, approximate),
        township_id=_township(doc, sentence.start + start),
        evidence=doc.evidence(sentence, start, end),
    )


def _township(doc: Document, position: int) -> str | None:
    # People served by a project are where the project is (a road across two townships: neither).
    project = project_at(doc, position)
    return project.township_id if project else doc.township_at(position)


def _kind(text: str, start: int, end: int, unit: str) -> str:
    # Only the figure's own clause: a list of counts shares a sentence but not a kind.
    found = nearest_keyword(text, start, end, KINDS, whole_sentence=False)
    if found:
        return found[0]
    # Households are counted in this reporting as the ones a measure reaches.
    return "beneficiaries" if unit == "户" else "other"
