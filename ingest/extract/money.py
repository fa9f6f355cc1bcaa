"""Money facts: each amount with the township and project its sentence attributes it to."""
from __future__ import annotations

from ingest.extract.amounts import amounts_in, settled_kind
from ingest.extract.document import Document
from ingest.extract.figures import respective_items
from ingest.extract.projects import project_at, rate_for_each
from ingest.model import Money

FIELD = "money"


def extract(doc: Document) -> tuple[Money, ...]:
    """Every amount of money in the article body."""
    found: list[Money] = []
    for index, sentence in enumerate(doc.sentences):
        text = doc.sentence_text(sentence)
        amounts = amounts_in(text, doc.column_names(sentence), _kind_before(doc, found, index))
        items = respective_items(text, [(amount.start, amount.end) for amount in amounts])
        for index, amount in enumerate(amounts):
            position = sentence.start + amount.start
            project = project_at(doc, position)
            listed = index in items and doc.township_named_in(sentence.start + items[index][0],
                                                              sentence.start + items[index][1])
            found.append(Money(
                amount_yuan=amount.yuan,
                kind=settled_kind(amount, text, project is not None),
                qualifier=amount.qualifier,
                township_id=listed or doc.township_of_figure(position, project),
                evidence=doc.evidence(sentence, amount.start, amount.end),
                amount_yuan_max=amount.yuan_max,
                project=project.name if project and not rate_for_each(text, amount.start) else None,
            ))
    return tuple(found)


def _kind_before(doc: Document, found: list[Money], index: int) -> str | None:
    """The kind of the money the sentence before says, in the same paragraph (…分红180万元。其中,…),
    when it says money of one kind only (not 总投资300万元,每年可增收20万元。其中,一期100万元)."""
    if not index or doc.sentences[index - 1].paragraph != doc.sentences[index].paragraph:
        return None
    kinds = set()
    for money in reversed(found):
        if doc.sentence_index(money.evidence.span_start) != index - 1:
            break
        kinds.add(money.kind)
    return kinds.pop() if len(kinds) == 1 else None
