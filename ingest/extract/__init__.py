"""Facts of one article: township activity, money, people and livelihood projects.

Each fact kind is one module with `FIELD` (the ArticleFacts field it fills) and
`extract(doc) -> tuple`; a new kind is one module and one line in EXTRACTORS.
"""
from __future__ import annotations

from datetime import date

from ingest.extract import money, people, projects, townships
from ingest.extract.document import Document
from ingest.model import Article, ArticleFacts

# Bump on any rule change: stored facts carry the version that produced them.
EXTRACTOR_VERSION = "475"

EXTRACTORS = (townships, money, people, projects)


def extract_article(article: Article, issue_date: date, gazetteer) -> ArticleFacts:
    """Every fact of one article, each with its evidence in `article.body`."""
    doc = Document(article, issue_date, gazetteer)
    found = {extractor.FIELD: extractor.extract(doc) for extractor in EXTRACTORS}
    return ArticleFacts(**found, event_date=article.event_date)
