"""Money facts: each amount with the township and project its sentence attributes it to."""
from __future__ import annotations

import re

from ingest.extract.amounts import SUBSIDY, amounts_in
from ingest.extract.document import Document
from ingest.extract.projects import project_at
from ingest.extract.project_words import CONSTRUCTION
from ingest.model import Money

FIELD = "money"
# Works done earlier in the sentence (村里将老仓库改造成老年食堂,区民政局补助15万元): a subsidy pays for them.
_WORKS = re.compile("|".join(sorted({*CONSTRUCTION, "新建", "建设"}, key=len, reverse=True)))


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
                kind=_kind(amount.kind, project is not None or _WORKS.search(text, 0, amount.start) is not None),
                qualifier=amount.qualifier,
                township_id=doc.township_of_figure(position, project),
                evidence=doc.evidence(sentence, amount.start, amount.end),
                amount_yuan_max=amount.yuan_max,
                project=project.name if project else None,
            ))
    return tuple(found)


def _kind(kind: str, pays_for_works: bool) -> str:
    if kind == SUBSIDY:
        return "investment" if pays_for_works else "other"
    return kind
