"""`govwatch reextract`: rebuild every fact table from the stored articles, without re-reading files."""
from __future__ import annotations

from tqdm import tqdm

from ingest.extract import EXTRACTOR_VERSION
from ingest.gazetteer import load_gazetteer
from ingest.model import Article, Issue, Outcome, RunSummary
from ingest.prepare import extract_issue
from warehouse import load, read
from warehouse.db import Writer

def article_from_row(a: dict) -> Article:
    return Article(seq=a["seq"], headline=a["headline"], body=a["body"], kicker=a["kicker"] or "",
                   subtitle=a["subtitle"] or "", byline=a["byline"] or "", page=a["page"],
                   continued=a["continued"], event_date=a["event_date"])


def issue_from_row(row: dict) -> Issue:
    """An Issue as it was loaded, rebuilt from its stored rows."""
    articles = tuple(article_from_row(a) for a in row["articles"])
    return Issue(paper=row["paper"], issue_date=row["issue_date"], issue_date_inferred=row["issue_date_inferred"],
                 source=row["source"], content_sha256=row["content_sha256"], text=row["text"],
                 articles=articles, parser_version=row["parser_version"])


def reextract(db_path=None, gazetteer_path=None, progress: bool = False) -> RunSummary:
    """Extract facts again from every stored issue and replace all fact rows in one transaction."""
    gazetteer = load_gazetteer(gazetteer_path)
    with Writer(db_path) as writer:
        load.replace_dimensions(writer.con, gazetteer.township_rows(), gazetteer.village_rows())
        summary = RunSummary(run_id=load.start_run(writer.con, "reextract"))
        issues = [issue_from_row(r) for r in read.stored_issues(writer.con)]
        extracted = [(issue, extract_issue(issue, gazetteer))
                     for issue in tqdm(issues, desc="重新抽取", unit="期", disable=not progress)]
        load.replace_all_facts(writer.con, extracted, EXTRACTOR_VERSION)
        summary.outcomes += [Outcome(issue.source, "loaded", issue.issue_date) for issue in issues]
        load.finish_run(writer.con, summary)
    return summary
