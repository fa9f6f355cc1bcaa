"""Keep the gold files honest: each one parses, points at a real issue, quotes only what is printed
there, uses the documented vocabularies, and names only townships the article gives evidence for."""
from __future__ import annotations

import codecs
import csv
import json
import re
from calendar import monthrange
from datetime import date
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"
GAZETTEER = ROOT / "ingest" / "data" / "gazetteer.csv"
DOWN_MARK = re.compile(r"下转第?\s*[一二三四五六七八九十\d]+\s*版")
UP_MARK = re.compile(r"上接第?\s*[一二三四五六七八九十\d]+\s*版")
GOLD_FILES = sorted(GOLD_DIR.glob("*.gold.json"))

TOP_KEYS = {"source", "paper", "district", "issue_date", "issue_month", "articles"}
ARTICLE_KEYS = {"headline", "also_accept", "starts_with", "event_date", "continued",
                "townships", "money", "people", "projects"}
FACT_CATEGORIES = ("townships", "money", "people", "projects")
MONEY_KINDS = {"investment", "output", "sales", "income", "other"}
PEOPLE_KINDS = {"beneficiaries", "employment", "participants", "other"}
QUALIFIERS = {"exact", "about", "over", "under"}
PEOPLE_UNITS = {"人", "人次", "名", "户", "位"}
PROJECT_TYPES = {"交通", "水利", "养老", "医疗卫生", "教育", "文化旅游", "产业发展", "农业农村",
                 "生态环境", "住房安居", "法治与基层治理", "就业与社保", "其他"}
PROJECT_STATUSES = {"planned", "in_progress", "completed", None}
# How far before its issue a reported event may lie (a January issue reports December events).
MAX_EVENT_LAG_DAYS = 62


def read_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def source_path(gold_file: Path) -> Path:
    return (gold_file.parent / read_gold(gold_file)["source"]).resolve()


def decode_issue(data: bytes) -> str:
    """UTF-8 (BOM or not), else GB18030, strictly. Deliberately independent of ingest's decoder:
    the gold check must not share a bug with the code the gold measures."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


@cache
def source_text(gold_file: Path) -> str:
    return decode_issue(source_path(gold_file).read_bytes())


@cache
def gazetteer() -> tuple[set[str], dict[str, str]]:
    """(official township names, every printable place name -> the township it belongs to)."""
    with GAZETTEER.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    official = {row["name"] for row in rows if row["level"] == "township"}
    owner: dict[str, str] = {}
    for row in rows:
        township = {"township": row["name"], "village": row["parent"]}.get(row["level"])
        if township in official:
            names = [row["name"], *split_names(row.get("aliases"))]
            # A township's guarded short forms (湖南, 莲花) do name it in our texts; a village's
            # guarded forms are ordinary words (山塘, 江滨) and would vouch for anything.
            if row["level"] == "township":
                names += split_names(row.get("guarded_aliases"))
            owner.update((name, township) for name in names)
    return official, owner


def townships_printed(text: str) -> set[str]:
    """Townships a text names, directly or through a village; longest names first, so that
    下张村 (樟潭街道) is not also read as 张村 (后溪镇)."""
    _, owner = gazetteer()
    found = set()
    for name in sorted(owner, key=len, reverse=True):
        if name in text:
            found.add(owner[name])
            text = text.replace(name, "\0")
    return found


def split_names(field: str | None) -> list[str]:
    return [name for name in (field or "").split(";") if name]


def article_spans(gold_file: Path) -> list[str]:
    """Each article's text: from its `starts_with` to the headline block of the next article, then
    (for an article that says 下转第N版) its continuation after the 上接 marker that follows."""
    text = source_text(gold_file)
    articles = read_gold(gold_file)["articles"]
    starts = [text.find(article["starts_with"]) for article in articles]
    ends = [head_of_next(text, start, articles, starts) for start in starts]
    return [text[start:end] + continuation(text, start, end, articles, starts) for start, end in zip(starts, ends)]


def head_of_next(text: str, after: int, articles: list[dict], starts: list[int]) -> int:
    """Where the headline block of the first article starting after `after` begins (or the end)."""
    following = [(start, article) for start, article in zip(starts, articles) if start > after]
    if not following:
        return len(text)
    next_start, article = min(following, key=lambda pair: pair[0])
    heads = [text.rfind(line, after, next_start) for line in [article["headline"], *article["also_accept"]]]
    return min([found for found in heads if found > after], default=next_start)


def continuation(text: str, start: int, end: int, articles: list[dict], starts: list[int]) -> str:
    """The rest of an article that says 下转第N版 between `start` and `end`: from the next 上接 marker
    to the next article's headline; empty when it goes on nowhere."""
    down = DOWN_MARK.search(text, start, end)
    up = UP_MARK.search(text, down.end()) if down else None
    return "" if up is None else "\n" + text[up.start():head_of_next(text, up.start(), articles, starts)]


def closed(text: str) -> str:
    """Text with line breaks removed, so a name split by a column break reads whole again."""
    return re.sub(r"\s*\n\s*", "", text)


def fact_items(article: dict, category: str) -> list[dict]:
    return list(article.get(category, [])) + list((article.get("optional") or {}).get(category, []))


def each_article(gold_file: Path):
    gold = read_gold(gold_file)
    yield from zip(gold["articles"], article_spans(gold_file))


gold_files = pytest.mark.parametrize("gold_file", GOLD_FILES, ids=[p.name for p in GOLD_FILES])


def test_there_are_gold_files():
    assert len(GOLD_FILES) >= 2


@gold_files
def test_gold_file_has_the_documented_shape(gold_file):
    gold = read_gold(gold_file)
    assert TOP_KEYS <= gold.keys()
    assert gold["paper"] == "衢江报" and gold["district"] == "衢江区"
    assert re.fullmatch(r"\d{4}-\d{2}", gold["issue_month"])
    if gold["issue_date"] is not None:
        assert date.fromisoformat(gold["issue_date"]).strftime("%Y-%m") == gold["issue_month"]
    assert gold["articles"]
    for article in gold["articles"]:
        assert ARTICLE_KEYS <= article.keys(), article.get("headline")
        assert isinstance(article["continued"], bool)
        assert set(article.get("optional") or {}) <= set(FACT_CATEGORIES)


@gold_files
def test_source_exists_beside_the_gold_file(gold_file):
    assert source_path(gold_file).is_file()
    assert "本报讯" in source_text(gold_file)


@gold_files
def test_headlines_are_printed_and_articles_start_in_printed_order(gold_file):
    text = source_text(gold_file)
    positions = []
    for article in read_gold(gold_file)["articles"]:
        for line in [article["headline"], *article["also_accept"]]:
            assert line and line in text, line
        assert text.count(article["starts_with"]) >= 1, article["starts_with"]
        positions.append(text.find(article["starts_with"]))
    assert positions == sorted(positions) and len(set(positions)) == len(positions)


@gold_files
def test_every_evidence_is_quoted_from_its_own_article(gold_file):
    # Evidence quotes the rejoined text: the seed's gold quotes across a column break (今/年6月).
    for article, span in each_article(gold_file):
        for category in ("money", "people", "projects"):
            for item in article[category]:
                assert item.get("evidence"), (article["headline"], item)
                assert closed(item["evidence"]) in closed(span), (article["headline"], item["evidence"])


@gold_files
def test_evidence_shows_the_figure_it_supports(gold_file):
    for article, _ in each_article(gold_file):
        for item in article["money"]:
            assert "元" in item["evidence"], item
        for item in article["people"]:
            assert item["unit"] in item["evidence"], item


@gold_files
def test_facts_use_the_documented_vocabularies(gold_file):
    for article, _ in each_article(gold_file):
        for item in fact_items(article, "money"):
            assert item["kind"] in MONEY_KINDS and item["qualifier"] in QUALIFIERS, item
            assert isinstance(item["yuan"], (int, float)) and item["yuan"] > 0, item
            if "yuan_max" in item:
                assert item["yuan_max"] > item["yuan"], item
        for item in fact_items(article, "people"):
            assert item["kind"] in PEOPLE_KINDS and item["qualifier"] in QUALIFIERS, item
            assert isinstance(item["count"], int) and item["count"] > 0, item
            assert item["unit"] in PEOPLE_UNITS, item
        for item in fact_items(article, "projects"):
            assert item["name"] and item["type"] in PROJECT_TYPES, item
            assert item["status"] in PROJECT_STATUSES, item


@gold_files
def test_townships_are_official_names(gold_file):
    official, _ = gazetteer()
    assert len(official) >= 20
    for article, _ in each_article(gold_file):
        for category in ("money", "people", "projects"):
            for item in fact_items(article, category):
                assert item["township"] is None or item["township"] in official, item
        assert set(article["townships"]) <= official, article["headline"]


@gold_files
def test_each_township_is_printed_in_its_article_or_through_a_village(gold_file):
    for article, span in each_article(gold_file):
        printed = townships_printed(closed(" ".join([article["headline"], *article["also_accept"], span])))
        assert set(article["townships"]) <= printed, article["headline"]


@gold_files
def test_fact_townships_are_among_the_article_townships(gold_file):
    for article, _ in each_article(gold_file):
        for category in ("money", "people", "projects"):
            for item in fact_items(article, category):
                assert item["township"] in (None, *article["townships"]), (article["headline"], item)


@gold_files
def test_event_dates_are_printed_and_precede_the_issue(gold_file):
    gold = read_gold(gold_file)
    year, month = map(int, gold["issue_month"].split("-"))
    latest = (date.fromisoformat(gold["issue_date"]) if gold["issue_date"]
              else date(year, month, monthrange(year, month)[1]))
    for article, span in each_article(gold_file):
        if article["event_date"] is None:
            continue
        event = date.fromisoformat(article["event_date"])
        assert f"{event.month}月{event.day}日" in span, article["headline"]
        assert 0 <= (latest - event).days <= MAX_EVENT_LAG_DAYS, article["headline"]


@gold_files
def test_illustrative_issues_say_so_on_their_first_line(gold_file):
    gold = read_gold(gold_file)
    first_line = source_text(gold_file).lstrip().splitlines()[0]
    assert ("示例" in gold.get("notes", "")) == ("示例" in first_line)


def test_gold_sources_cover_the_other_encodings():
    raw = [source_path(path).read_bytes() for path in GOLD_FILES]
    assert any(data.startswith(codecs.BOM_UTF8) for data in raw)
    assert any(not is_utf8(data) for data in raw)


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_a_continued_article_spans_its_continuation_and_not_the_next_headline(tmp_path):
    issue = ("2026年3月6日 第1版 示例\n\n甲镇新建卫生院\n\n本报讯 甲文字开头。投资100万元。(下转第2版)\n\n"
             "乙村修路\n\n本报讯 乙文字开头。\n\n第2版\n\n(上接第1版)卫生院惠及3000人。\n\n丙桥通车\n\n本报讯 丙文字开头。\n")
    (tmp_path / "issue.txt").write_text(issue, encoding="utf-8")
    heads = ["甲镇新建卫生院", "乙村修路", "丙桥通车"]
    gold = {"source": "issue.txt", "articles": [
        {"headline": head, "also_accept": [], "starts_with": f"本报讯 {head[0]}"} for head in heads]}
    (tmp_path / "x.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    first, second, third = article_spans(tmp_path / "x.gold.json")
    assert "卫生院惠及3000人" in first and "丙桥通车" not in first
    assert "乙文字开头" in second and "卫生院惠及3000人" in second  # printed there too; only first gains it
    assert third.startswith("本报讯 丙") and "卫生院惠及" not in third
