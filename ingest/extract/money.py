"""Money facts: each amount with the township and project its sentence attributes it to."""
from __future__ import annotations

from ingest.extract.amounts import amounts_in
from ingest.extract.document import Document
from ingest.extract.projects import project_at
from ingest.model import Money

FIELD = "money"


def extract(doc: Document) -> tuple[Money, ...]:
    """Every amount of money in the article body."""
    found = []
    for sentence in doc.sentences:
        for amount in amounts_in(doc.sentence_text(sentence)):
            position = sentence.start + amount.start
            found.append(Money(
                amount_yuan=amount.yuan,
                kind=amount.kind,
                qualifier=amount.qualifier,
                township_id=doc.township_at(position),
                evidence=doc.evidence(sentence, amount.start, amount.end),
                amount_yuan_max=amount.yuan_max,
                project=project_at(doc, position),
            ))
    return tuple(found)
