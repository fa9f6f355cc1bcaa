"""govwatch synth: deterministic synthetic issues and their gold files."""
from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from random import Random

import cn2an
import pytest

from ingest import evaluate
from ingest.gazetteer import load_gazetteer
from ingest.model import ArticleFacts
from ingest.parse import read_issue
from ingest.synth import figures, generate, issue_dates
from ingest.synth.issue import KINDS
from ingest.synth.layout import print_story
from ingest.synth.vocabulary import OUTSIDE_SITES, PARTNER_DISTRICTS
from ingest.synth.writer import World, Writer

MONEY_KINDS = {"investment", "output", "sales", "income", "other"}
PEOPLE_KINDS = {"beneficiaries", "employment", "participants", "other"}
QUALIFIERS = {"exact", "about", "over", "under"}
PROJECT_TYPES = {"交通", "水利", "养老", "医疗卫生", "教育", "文化旅游", "产业发展", "农业农村", "生态环境", "住房安居",
                 "法治与基层治理", "就业与社保", "其他"}
STATUSES = {"planned", "in_progress", "completed", None}
UNITS = {"人", "人次", "名", "户", "位"}
QUALIFIER_WORDS = {"about": ("约", "近", "左右"), "over": ("余", "多", "超", "逾", "以上"), "under": ("不到", "以下")}


@pytest.fixture(scope="module")
def year(tmp_path_factory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("synth_year")
    return out, generate(1, out, seed=7, start=date(2019, 1, 1))


def issues(out: Path) -> list[tuple[Path, str, dict]]:
    found = []
    for gold_path in sorted(out.rglob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (gold_path.parent / gold["source"]).read_text(encoding="utf-8")
        found.append((gold_path, text, gold))
    return found


def folder_bytes(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_same_seed_gives_the_same_bytes_and_another_seed_does_not(tmp_path):
    first = generate(0.05, tmp_path / "a", seed=3)
    again = generate(0.05, tmp_path / "b", seed=3)
    other = generate(0.05, tmp_path / "c", seed=4)
    assert first.issues > 0 and first.issues == again.issues
    assert folder_bytes(tmp_path / "a") == folder_bytes(tmp_path / "b")
    assert folder_bytes(tmp_path / "a") != folder_bytes(tmp_path / "c")
    assert other.text_bytes != first.text_bytes


def test_an_issue_depends_only_on_seed_and_date(tmp_path):
    short = generate(0.05, tmp_path / "short", seed=5, start=date(2020, 3, 1))
    long = generate(0.2, tmp_path / "long", seed=5, start=date(2020, 3, 1))
    short_files, long_files = folder_bytes(tmp_path / "short"), folder_bytes(tmp_path / "long")
    shared = set(short_files) & set(long_files)
    assert 0 < short.issues < long.issues and shared
    assert all(short_files[name] == long_files[name] for name in shared)


def test_a_year_has_a_plausible_number_of_issues_never_on_sunday(year):
    out, summary = year
    dates = [date.fromisoformat(p.name[:10]) for p in out.rglob("*.txt")]
    assert 150 <= len(dates) <= 300 and summary.issues == len(dates)
    assert {d.year for d in dates} == {2019}
    assert all(d.weekday() != 6 for d in dates)
    assert summary.first_issue == min(dates) and summary.last_issue == max(dates)
    assert len(issue_dates(date(2014, 1, 1), 10, seed=0)) == 2000


def test_masthead_is_marked_and_dated_with_the_right_weekday(year):
    out, _ = year
    for gold_path, text, gold in issues(out):
        masthead = text.split("\n", 1)[0]
        day = date.fromisoformat(gold_path.name[:10])
        assert "示例" in masthead
        assert f"{day.year}年{day.month}月{day.day}日" in masthead
        assert masthead.endswith("星期" + "一二三四五六日"[day.weekday()])
        assert gold["issue_date"] == day.isoformat() and gold["issue_month"] == day.strftime("%Y-%m")
        assert gold["source"] == gold_path.name.replace(".gold.json", ".txt")


def test_every_evidence_starts_with_and_headline_is_in_the_text(year):
    out, _ = year
    for _, text, gold in issues(out):
        lines = set(text.split("\n"))
        for article in gold["articles"]:
            assert article["starts_with"] in text
            assert article["headline"] in lines and all(line in lines for line in article["also_accept"])
            for category in ("money", "people", "projects"):
                for fact in article[category]:
                    assert fact["evidence"] in text, fact


def test_gold_uses_official_names_and_the_vocabularies(year):
    out, _ = year
    official = {t.name for t in load_gazetteer().townships}
    found = issues(out)
    assert all(6 <= len(gold["articles"]) <= 10 for _, _, gold in found)
    for article in (a for _, _, gold in found for a in gold["articles"]):
        assert set(article["townships"]) <= official
        facts = [*article["money"], *article["people"], *article["projects"],
                 *(f for facts in article.get("optional", {}).values() for f in facts)]
        assert all(f["township"] is None or f["township"] in article["townships"] for f in facts)
        for money in article["money"]:
            assert money["kind"] in MONEY_KINDS and money["qualifier"] in QUALIFIERS
            assert isinstance(money["yuan"], int) and money["yuan"] > 0
        for people in article["people"]:
            assert people["kind"] in PEOPLE_KINDS and people["qualifier"] in QUALIFIERS
            assert people["unit"] in UNITS and people["evidence"].count(people["unit"]) >= 1
        for project in article["projects"]:
            assert project["type"] in PROJECT_TYPES and project["status"] in STATUSES
            assert project["name"] in project["evidence"]


def test_event_dates_fall_a_few_days_before_the_issue(year):
    out, _ = year
    dated = 0
    for gold_path, _, gold in issues(out):
        day = date.fromisoformat(gold["issue_date"])
        for article in gold["articles"]:
            if article["event_date"]:
                dated += 1
                event = date.fromisoformat(article["event_date"])
                assert timedelta(days=1) <= day - event <= timedelta(days=5)
                assert f"{event.month}月{event.day}日" in article["starts_with"]
    assert dated > 100


def test_the_corpus_exercises_what_the_extractor_must_handle(year):
    out, _ = year
    texts = "".join(text for _, text, _ in issues(out))
    golds = [a for _, _, gold in issues(out) for a in gold["articles"]]
    evidence = [m["evidence"] for a in golds for m in a["money"]]
    assert any(re.search("[一二两三四五六七八九十百千]+余?万元", e) for e in evidence)
    assert any(re.search(r"\d[万亿]?[—\-至]\d", e) for e in evidence)
    assert any("亿元" in e for e in evidence) and any("下转" in t for t in texts.split("\n"))
    assert any(not a["townships"] for a in golds) and any(a["continued"] for a in golds)
    assert all(word in texts for word in ("公斤", "亩", "岁以上", "%", "，", "（"))
    assert any(site in texts for site in OUTSIDE_SITES)
    assert {q for a in golds for m in a["money"] for q in [m["qualifier"]]} == QUALIFIERS


def test_named_townships_and_gold_townships_agree():
    """Both ways: every district township printed in an article is in its gold, and every gold
    township is printed (by name or short form) or has one of its villages printed."""
    gazetteer = load_gazetteer()
    world = World(gazetteer, seed=11)
    rng = Random(11)
    outside = sorted({*OUTSIDE_SITES, *PARTNER_DISTRICTS}, key=len, reverse=True)
    for n in range(300):
        story = rng.choices(*zip(*KINDS))[0](Writer(rng, world, date(2021, 6, 1) + timedelta(days=n)))
        printed = print_story(rng, story, None, False)
        text = "".join(printed.blocks)
        for site in outside:
            text = text.replace(site, "※")
        gold = printed.gold["townships"]
        for township in gazetteer.townships:
            if township.name in text:
                assert township.name in gold, (township.name, text)
        for name in gold:
            township = gazetteer.township_by_name(name)
            villages = [v.name for v in gazetteer.villages if v.township_id == township.township_id]
            assert name in text or any(a in text for a in township.aliases) or any(v in text for v in villages)


def test_parsing_generated_issues_finds_every_gold_article(year):
    out, _ = year
    for gold_path, _, _ in issues(out):
        gold = evaluate.load_gold(gold_path)
        issue = read_issue(Path(gold["source_path"]))
        system = evaluate.system_from_issue(issue, [ArticleFacts() for _ in issue.articles], load_gazetteer())
        score = evaluate.score_issue(gold, system).categories["articles"]
        assert len(issue.articles) == len(gold["articles"])
        assert (score.tp, score.fp, score.fn) == (len(gold["articles"]), 0, 0)
        assert issue.issue_date.isoformat() == gold["issue_date"]


def figure_value(text: str) -> float:
    """An independent reading of a printed figure (cn2an for the Chinese numerals)."""
    digits = re.search(r"[\d.]+|[一二两三四五六七八九十百千零]+", text).group()
    number = float(digits) if digits[0].isdigit() else cn2an.cn2an(digits, "smart")
    # A range prints its multiplier once, after the upper bound (20—30万元).
    multipliers = re.findall("[万亿]", text)
    return number * {"万": 10**4, "亿": 10**8}[multipliers[-1]] if multipliers else number


def test_figures_mean_what_they_say():
    rng = Random(2)
    assert [figures.chinese(n) for n in (10, 15, 80, 105, 1200, 1050)] == \
        ["十", "十五", "八十", "一百零五", "一千二百", "一千零五十"]
    assert figures.chinese(2000, liang=True) == "两千"
    for _ in range(2000):
        money = figures.money(rng, 1e3, 5e9)
        people = figures.people(rng, 5, 50000, rng.choice(sorted(UNITS)))
        for figure in (money, people):
            assert figure_value(figure.text) == pytest.approx(figure.value)
            words = QUALIFIER_WORDS.get(figure.qualifier, ())
            assert figure.qualifier == "exact" or any(w in figure.text for w in words), figure
            assert figure.qualifier != "exact" or not any(w in figure.text for ws in QUALIFIER_WORDS.values()
                                                           for w in ws), figure
        if money.value_max is not None:
            assert money.value_max > money.value and re.search(r"\d[万亿]?[—\-至]\d", money.text)
