"""Money facts: each amount with the township and project its sentence attributes it to."""
from __future__ import annotations

from ingest.extract.amounts import amounts_in, settled_kind
from ingest.extract.document import Document
from ingest.extract.projects import project_at
from ingest.model import Money

FIELD = "money"


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
                kind=settled_kind(amount, text, project is not None),
                qualifier=amount.qualifier,
                township_id=doc.township_of_figure(position, project),
                evidence=doc.evidence(sentence, amount.start, amount.end),
                amount_yuan_max=amount.yuan_max,
                project=project.name if project else None,
            ))
    return tuple(found)

