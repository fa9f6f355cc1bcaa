"""Golden cases: small articles in tests/cases/extract/ with every fact expected, compared whole.

Each case is `YYYY-MM-DD_name.txt` (the date is the issue date; first line the headline, the rest
the body) beside `YYYY-MM-DD_name.expected.json`. Run with GOVWATCH_REGEN=1 to rewrite the
expectations, then read the diff before committing it.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest

from ingest.extract import extract_article
from ingest.gazetteer import load_gazetteer
from ingest.model import Article, ArticleFacts

CASES = Path(__file__).parent / "cases" / "extract"
REGENERATE = os.environ.get("GOVWATCH_REGEN") == "1"


def read_case(path: Path) -> tuple[Article, date]:
    headline, _, body = path.read_text(encoding="utf-8").partition("\n")
    return Article(seq=1, headline=headline.strip(), body=body.strip("\n")), date.fromisoformat(path.name[:10])


def as_json(facts: ArticleFacts, article: Article) -> dict:
    """Facts with township names instead of ids and the evidence's printed text, for readable diffs."""
    gazetteer = load_gazetteer()

    def plain(fact) -> dict:
        row = asdict(fact)
        if "township_id" in row:
            township_id = row.pop("township_id")
            row["township"] = township_id and gazetteer.township_by_id(township_id).name
        if "evidence" in row:
            evidence = row.pop("evidence")
            row["match"] = article.body[evidence["match_start"]:evidence["match_end"]]
            row["sentence"] = evidence["sentence"]
        return {key: value.isoformat() if isinstance(value, date) else value for key, value in row.items()}

    return {field: [plain(fact) for fact in getattr(facts, field)]
            for field in ("activity", "money", "people", "projects")}


@pytest.mark.parametrize("case", sorted(CASES.glob("*.txt")), ids=lambda p: p.stem)
def test_case(case: Path):
    article, issue_date = read_case(case)
    found = as_json(extract_article(article, issue_date, load_gazetteer()), article)
    expected_file = case.with_suffix(".expected.json")
    if REGENERATE or not expected_file.exists():
        expected_file.write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if not REGENERATE:
            pytest.fail(f"wrote {expected_file.name}: review it, then run again")
    assert found == json.loads(expected_file.read_text(encoding="utf-8"))
