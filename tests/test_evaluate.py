"""The scorer against hand-made gold and system answers whose scores were worked out by hand."""
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from ingest.evaluate import (
    GoldError,
    SystemArticle,
    SystemIssue,
    SystemMoney,
    SystemPeople,
    SystemProject,
    check_thresholds,
    combine,
    format_report,
    load_gold,
    meets_targets,
    normalise_text,
    score_issue,
    system_from_issue,
)
from ingest.model import Article, ArticleFacts, Evidence, Issue, Money, People, Project, TownshipActivity

CASES = Path(__file__).parent / "cases" / "eval"


def read_system(name: str) -> SystemIssue:
    data = json.loads((CASES / name).read_text(encoding="utf-8"))
    return SystemIssue(_date(data["issue_date"]), [_system_article(a) for a in data["articles"]])


def _date(text):
    return date.fromisoformat(text) if text else None


def _system_article(data: dict) -> SystemArticle:
    return SystemArticle(
        data["kicker"], data["headline"], data["subtitle"], data["body"], _date(data["event_date"]),
        data["continued"], data["townships"], [SystemMoney(**m) for m in data["money"]],
        [SystemPeople(**p) for p in data["people"]], [SystemProject(**p) for p in data["projects"]])


@pytest.fixture(scope="module")
def gold():
    return load_gold(CASES / "sample.gold.json")


def counts(score):
    return score.tp, score.fp, score.fn


def accuracies(score):
    return {name: (t.right, t.total) for name, t in score.accuracy.items()}


def test_perfect_system_scores_one_everywhere(gold):
    score = score_issue(gold, read_system("sample.perfect.system.json"))
    assert {c: counts(s) for c, s in score.categories.items()} == {
        "articles": (4, 0, 0), "townships": (4, 0, 0), "money": (3, 0, 0),
        # the 30户 the system also reports is optional in the gold: neither TP nor FP
        "people": (2, 0, 0), "projects": (3, 0, 0)}
    for s in score.categories.values():
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
        assert all(t.right == t.total for t in s.accuracy.values())
    assert (score.issue_month.right, score.issue_month.total) == (1, 1)
    assert score.findings == ()
    assert meets_targets(combine([score])) == []


def test_flawed_system_counts_every_mistake(gold):
    score = score_issue(gold, read_system("sample.flawed.system.json"))
    cats = score.categories
    # Articles: 天气预报 matches nothing (FP); the 区交通局 article is not found (FN).
    assert counts(cats["articles"]) == (3, 1, 1)
    assert accuracies(cats["articles"]) == {"event_date": (2, 3), "continued": (3, 3)}
    # 莲花镇, 杜泽镇 found; 上方镇 missed; 高家镇 lost with its article; 樟潭街道 from 天气预报.
    assert counts(cats["townships"]) == (2, 1, 2)
    assert cats["townships"].f1 == pytest.approx(4 / 7)
    # 502万 is within 0.5 % of 500万; 121万 is 0.83 % off 120万 (FN and FP); 5万 in 天气预报 FP.
    assert counts(cats["money"]) == (2, 2, 1)
    assert (cats["money"].precision, cats["money"].recall) == (0.5, pytest.approx(2 / 3))
    assert accuracies(cats["money"]) == {"kind": (1, 2), "qualifier": (2, 2), "township": (2, 2)}
    # 200人次 missed; the optional 30户 neither helps nor hurts.
    assert counts(cats["people"]) == (1, 0, 1)
    assert cats["people"].f1 == pytest.approx(2 / 3)
    # 共富工坊 and 新建老年幸福食堂 match by containment; 助餐服务点 is optional; the road is lost.
    assert counts(cats["projects"]) == (2, 0, 1)
    assert cats["projects"].f1 == pytest.approx(0.8)
    assert accuracies(cats["projects"]) == {"type": (2, 2), "status": (1, 2), "township": (2, 2)}


def test_combine_sums_counts_before_dividing(gold):
    report = combine([score_issue(gold, read_system("sample.perfect.system.json")),
                      score_issue(gold, read_system("sample.flawed.system.json"))])
    townships = report.overall["townships"]
    assert counts(townships) == (6, 1, 2)
    assert (townships.precision, townships.recall) == (pytest.approx(6 / 7), 0.75)
    assert accuracies(report.overall["money"])["kind"] == (4, 5)
    assert (report.issue_month.right, report.issue_month.total) == (2, 2)


def test_targets_and_thresholds_name_what_falls_short(gold):
    report = combine([score_issue(gold, read_system("sample.flawed.system.json"))])
    assert meets_targets(report) == [
        "articles F1 0.750 < 1.000", "townships F1 0.571 < 0.950", "money F1 0.571 < 0.950",
        "money kind accuracy 0.500 < 0.900", "people F1 0.667 < 0.900"]
    assert check_thresholds(report, None) == meets_targets(report)
    assert check_thresholds(report, 0.7) == [
        "townships F1 0.571 < 0.700", "money F1 0.571 < 0.700", "people F1 0.667 < 0.700"]
    assert check_thresholds(report, 0.5) == []


def gold_article(headline, also_accept=(), **facts):
    return {"headline": headline, "also_accept": list(also_accept), "event_date": None,
            "continued": False, "townships": [], "money": [], "people": [], "projects": [], **facts}


def system_article(headline, kicker="", subtitle="", **facts):
    return SystemArticle(kicker, headline, subtitle, "正文", None, False, **facts)


def score_one(gold_articles, system_articles):
    return score_issue({"source": "x.txt", "issue_month": "2023-12", "articles": gold_articles},
                       SystemIssue(date(2023, 12, 1), system_articles)).categories


def money(yuan, kind="investment"):
    return SystemMoney(yuan, None, kind, "exact", None, f"{yuan}元")


def gold_money(yuan, kind="investment"):
    return {"yuan": yuan, "kind": kind, "qualifier": "exact", "township": None, "evidence": "e"}


@pytest.mark.parametrize(("system_yuan", "expected"), [
    (1_004_000, (1, 0, 0)), (996_000, (1, 0, 0)), (1_006_000, (0, 1, 1)), (994_000, (0, 1, 1))])
def test_money_matches_within_half_a_percent(system_yuan, expected):
    cats = score_one([gold_article("区里投资一百万元", money=[gold_money(1_000_000)])],
                     [system_article("区里投资一百万元", money=[money(system_yuan)])])
    assert counts(cats["money"]) == expected


def test_each_gold_fact_matches_one_system_fact():
    cats = score_one([gold_article("两笔八十万元", money=[gold_money(800_000)] * 2,
                                   people=[{"count": 5, "unit": "人", "kind": "other"}])],
                     [system_article("两笔八十万元", money=[money(800_000)],
                                     people=[SystemPeople(5, "人", "other", "exact", None, "")] * 2
                                     + [SystemPeople(5, "名", "other", "exact", None, "")])])
    assert counts(cats["money"]) == (1, 0, 1)
    # 5人 matches once; the second 5人 and the 5名 (another unit) are false hits.
    assert counts(cats["people"]) == (1, 2, 0)


def test_money_prefers_the_closer_figure_then_the_same_kind():
    cats = score_one(
        [gold_article("产值与投资", money=[gold_money(1_000_000, "output")])],
        [system_article("产值与投资", money=[money(1_003_000, "output"), money(1_000_000, "income")])])
    assert counts(cats["money"]) == (1, 1, 0)
    assert accuracies(cats["money"])["kind"] == (0, 1)


def test_equal_figures_pair_by_the_sentence_holding_the_gold_evidence():
    said = SystemMoney(2000, None, "income", "about", None, "工坊人均月增收约2000元。")
    other = SystemMoney(2000, 3000, "income", "exact", None, "一个月也能挣两三千元。")
    people = [SystemPeople(12, "人", "employment", "exact", None, "来了12人参观。"),
              SystemPeople(12, "人", "employment", "exact", None, "工坊吸纳12人就业。")]
    gold = gold_article("同额两句", money=[{"yuan": 2000, "kind": "income", "qualifier": "about", "township": None,
                                            "evidence": "人均月增收约2000元"}],
                        people=[{"count": 12, "unit": "人", "kind": "employment", "evidence": "吸纳12人就业"}])
    report = score_issue({"source": "x.txt", "issue_month": "2023-12", "articles": [gold]},
                         SystemIssue(date(2023, 12, 1), [system_article("同额两句", money=[other, said], people=people)]))
    assert accuracies(report.categories["money"])["qualifier"] == (1, 1)
    assert [finding.evidence for finding in report.findings if finding.outcome == "false hit"] \
        == ["一个月也能挣两三千元。", "来了12人参观。"]


def test_optional_facts_are_neither_rewarded_nor_penalised():
    optional = {"money": [gold_money(20_000)], "townships": ["上方镇"]}
    gold = [gold_article("可选事实的文章", townships=["峡川镇"], optional=optional)]
    with_optional = score_one(gold, [system_article(
        "可选事实的文章", townships=["峡川镇", "上方镇"], money=[money(20_000)])])
    without_optional = score_one(gold, [system_article("可选事实的文章", townships=["峡川镇"])])
    for cats in (with_optional, without_optional):
        assert counts(cats["townships"]) == (1, 0, 0)
        assert counts(cats["money"]) == (0, 0, 0)
        assert cats["money"].f1 == 1.0


def test_a_required_fact_takes_a_match_before_an_optional_one():
    gold = [gold_article("同额两项", money=[gold_money(300_000)],
                         optional={"money": [gold_money(300_000, "income")]})]
    cats = score_one(gold, [system_article("同额两项", money=[money(300_000), money(300_000)])])
    assert counts(cats["money"]) == (1, 0, 0)


@pytest.mark.parametrize(("kicker", "headline", "subtitle"), [
    ("", "王慧杰走访调研重点企业", ""),
    ("贯彻二十大精神 踔厉奋进新征程", "王慧杰走访调研重点企业", "强化服务保障 化解发展难题"),
    ("", "强化服务保障  化解发展难题", ""),  # an also_accept line alone, spaced differently
    ("", "走访调研重点企业", ""),  # the system headline is part of the gold one
    ("", "区水利局：为水库“强壮筋骨”　保灌溉、促民生", ""),  # full-width forms of the gold below
])
def test_headlines_match_by_containment_either_way(kicker, headline, subtitle):
    gold = [gold_article("王慧杰走访调研重点企业", ["强化服务保障 化解发展难题"]),
            gold_article('区水利局:为水库"强壮筋骨" 保灌溉、促民生')]
    cats = score_one(gold, [system_article(headline, kicker, subtitle)])
    assert counts(cats["articles"]) == (1, 0, 1)


def test_unrelated_or_too_short_headlines_do_not_match():
    gold = [gold_article("王慧杰走访调研重点企业")]
    cats = score_one(gold, [system_article("重点"), system_article("学生拾金不昧")])
    assert counts(cats["articles"]) == (0, 2, 1)


def test_a_short_headline_matches_only_an_equal_one():
    gold = [gold_article("简讯", townships=["岭洋乡"])]
    assert counts(score_one(gold, [system_article("简讯", townships=["岭洋乡"])])["articles"]) == (1, 0, 0)
    assert counts(score_one(gold, [system_article("衢江简讯")])["articles"]) == (0, 1, 1)


def test_a_gold_article_matches_one_system_article():
    gold = [gold_article("学生拾金不昧 失主致谢", townships=["樟潭街道"])]
    cats = score_one(gold, [system_article("学生拾金不昧 失主致谢", townships=["樟潭街道"]),
                            system_article("学生拾金不昧 失主致谢", townships=["樟潭街道"])])
    assert counts(cats["articles"]) == (1, 1, 0)
    # the duplicate's township is a false hit because its article matched no gold article
    assert counts(cats["townships"]) == (1, 1, 0)


def test_normalise_text_folds_width_quotes_and_spaces():
    assert normalise_text("区水利局：为水库“强壮筋骨”　保灌溉， 促民生（二）") == \
        '区水利局:为水库"强壮筋骨"保灌溉,促民生(二)'


def project(name, type_="水利", status="completed"):
    return SystemProject(name, type_, None, status, "")


@pytest.mark.parametrize(("gold_name", "system_name", "matched"), [
    ("安仁水库除险加固工程", "安仁水库除险加固", True),  # containment
    ("衢江数字经济产业园", "数字经济产业园项目", True),  # 7 of 9 characters shared
    ("下槽桥改建工程", "下槽大桥改建", True),  # 5 of 7 shared
    ("安仁水库除险加固工程", "安仁小学改造工程", False),  # 4 of 10 shared
    ("老年幸福食堂", "楼山后村老年幸福食堂", True),  # the system name holds the gold one
    ("盈川溪生态治理二期工程", "盈川溪生态治理工程三期", False),  # another phase, though 10 of 11 shared
    ("盈川溪生态治理二期工程", "高家镇盈川溪生态治理工程二期", True),  # the same phase
    ("盈川溪生态治理工程", "盈川溪生态治理工程二期", True),  # a phase of the works named whole
])
def test_project_names_match_when_one_contains_the_other_or_most_characters_agree(
        gold_name, system_name, matched):
    cats = score_one([gold_article("项目新闻一则", projects=[
        {"name": gold_name, "type": "水利", "township": None, "status": "completed"}])],
        [system_article("项目新闻一则", projects=[project(system_name)])])
    assert counts(cats["projects"]) == ((1, 0, 0) if matched else (0, 1, 1))


def test_verbose_report_lists_misses_false_hits_and_wrong_kinds(gold):
    report = combine([score_issue(gold, read_system("sample.flawed.system.json"))])
    brief, verbose = format_report(report), format_report(report, verbose=True)
    lines = verbose.splitlines()
    assert "  money          3       4     2     2     1   0.500   0.667   0.571  " \
        "kind 0.50 (1/2)  qualifier 1.00 (2/2)  township 1.00 (2/2)" in lines
    assert "sample.gold.json  (issue month right: 1/1)" in lines
    assert "overall (1 gold file)  (issue month right: 1/1)" in lines
    expected = [
        "    miss              articles  [区交通局：农村公路提升工程完工] 区交通局：农村公路提升工程完工  «本报讯 示例:12月5日»",
        "    false hit         articles  [天气预报] 天气预报  «示例:樟潭街道明日多云»",
        "    miss              money     [莲花镇“共富工坊”开工 带动百人就业] 1,200,000元 output about  «预计年产值约120万元»",
        "    false hit         money     [莲花镇“共富工坊”开工 带动百人就业] 1,210,000元 output about  «预计年产值约121万元»",
        "    wrong kind        money     [杜泽镇新建老年食堂投入使用] 300,000元 investment exact: gold investment, "
        "system income  «杜泽镇投资30万元新建的老年幸福食堂投入使用»",
        "    miss              people    [杜泽镇新建老年食堂投入使用] 200人次 beneficiaries over  «已服务老人200余人次»",
        "    wrong status      projects  [杜泽镇新建老年食堂投入使用] 老年幸福食堂 (养老, completed): gold completed, "
        "system in_progress  «杜泽镇投资30万元新建的老年幸福食堂投入使用»",
        "    wrong event_date  articles  [学生拾金不昧 失主致谢] gold None, system 2023-12-01",
        "    false hit         townships [天气预报] 樟潭街道",
    ]
    for line in expected:
        assert line in lines
    assert len(lines) == len(brief.splitlines()) + 13  # 13 findings in all
    assert not any(line.startswith("    ") for line in brief.splitlines())


def test_load_gold_resolves_source_beside_the_file_then_one_folder_up(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "seed").mkdir()
    (tmp_path / "seed" / "a.txt").write_text("示例", encoding="utf-8")
    gold_file = tmp_path / "gold" / "a.gold.json"
    gold_file.write_text(json.dumps({"source": "seed/a.txt", "articles": []}), encoding="utf-8")
    assert load_gold(gold_file)["source_path"] == str(tmp_path / "seed" / "a.txt")
    (tmp_path / "gold" / "seed").mkdir()
    (tmp_path / "gold" / "seed" / "a.txt").write_text("示例", encoding="utf-8")
    assert load_gold(gold_file)["source_path"] == str(tmp_path / "gold" / "seed" / "a.txt")


def test_load_gold_says_which_source_is_missing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    gold_file = tmp_path / "b.gold.json"
    gold_file.write_text(json.dumps({"source": "seed/b.txt", "articles": []}), encoding="utf-8")
    with pytest.raises(GoldError, match=r"source 'seed/b.txt' not found"):
        load_gold(gold_file)
    gold_file.write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldError, match="cannot read gold file"):
        load_gold(gold_file)


class OneTownshipGazetteer:
    """Just the lookup system_from_issue uses, so this test does not depend on the gazetteer data."""

    def township_by_id(self, township_id):
        return SimpleNamespace(name={"t-shangfang": "上方镇", "t-xiachuan": "峡川镇"}[township_id])


def test_system_from_issue_names_townships_and_keeps_evidence_sentences():
    evidence = Evidence("峡川镇农户均可收租金约2万元", 0, 14, 7, 10)
    article = Article(seq=1, headline="衢江以赛促干 培育头雁", kicker="走出去学 学回来用",
                      body="正文", continued=True, event_date=date(2023, 12, 11))
    facts = ArticleFacts(
        activity=(TownshipActivity("t-xiachuan", 2, "report"), TownshipActivity("t-shangfang", 1, "report"),
                  TownshipActivity("t-xiachuan", 1, "report")),
        money=(Money(20000.0, "income", "about", "t-xiachuan", evidence),),
        people=(People(100, "名", "participants", "exact", None, evidence),),
        projects=(Project("垦造耕地项目", "农业农村", "completed", "t-xiachuan", evidence),))
    issue = Issue("衢江报", date(2023, 12, 15), True, "x.txt", "ab" * 32, "text", (article,), "p1")
    system = system_from_issue(issue, [facts], OneTownshipGazetteer())
    assert system.issue_date == date(2023, 12, 15)
    [got] = system.articles
    assert got.full_headline == "走出去学 学回来用 衢江以赛促干 培育头雁"
    assert (got.event_date, got.continued) == (date(2023, 12, 11), True)
    assert got.townships == ["峡川镇", "上方镇"]
    assert got.money == [SystemMoney(20000.0, None, "income", "about", "峡川镇", evidence.sentence)]
    assert got.people == [SystemPeople(100, "名", "participants", "exact", None, evidence.sentence)]
    assert got.projects == [SystemProject("垦造耕地项目", "农业农村", "峡川镇", "completed", evidence.sentence)]
    later = system_from_issue(issue, [replace(facts, event_date=date(2023, 12, 12))], OneTownshipGazetteer())
    assert later.articles[0].event_date == date(2023, 12, 12)
