"""Which townships an article is credited with: villages, guarded aliases, outside places."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.extract import extract_article
from ingest.gazetteer import load_gazetteer
from ingest.model import Article

ISSUE_DATE = date(2024, 5, 10)

SYNTHETIC = """\
level,id,name,kind,parent,code,aliases,guarded_aliases
district,990001,示例区,区,示例市,990001,示例,
township,t1,东岭镇,镇,示例区,,东岭,
township,t2,西岭乡,乡,示例区,,西岭,
township,t3,南塘镇,镇,示例区,,,南塘
village,v1,石门村,村,东岭镇,,,
village,v2,石门村,村,西岭乡,,,
village,v3,竹园村,村,东岭镇,,,
outside,,邻县,县,示例市,,,
"""


def townships(body: str, gazetteer=None, headline: str = "示例") -> list[str]:
    gazetteer = gazetteer or load_gazetteer()
    facts = extract_article(Article(1, headline, body), ISSUE_DATE, gazetteer)
    return [gazetteer.township_by_id(a.township_id).name for a in facts.activity]


@pytest.fixture
def synthetic(tmp_path):
    path = tmp_path / "gazetteer.csv"
    path.write_text(SYNTHETIC, encoding="utf-8")
    return load_gazetteer(path)


def test_a_village_counts_for_its_township():
    assert townships("近日,银坑村鱼文化产业园二期开工。") == ["太真乡"]


def test_a_shared_village_name_alone_is_left_out(synthetic):
    assert townships("石门村新修了一条道路。", synthetic) == []


def test_a_shared_village_name_goes_to_the_township_named_in_the_article(synthetic):
    assert townships("西岭乡召开会议。会后,石门村新修了一条道路。", synthetic) == ["西岭乡"]
    assert townships("石门村新修了道路。", synthetic, headline="西岭乡办实事") == ["西岭乡"]


def test_a_shared_village_name_stays_out_when_both_townships_are_named(synthetic):
    facts = extract_article(Article(1, "示例", "东岭镇和西岭乡的干部来到石门村。"), ISSUE_DATE, synthetic)
    assert {(a.township_id, a.mentions) for a in facts.activity} == {("t1", 1), ("t2", 1)}


def test_a_unique_village_is_credited_without_its_township(synthetic):
    assert townships("竹园村的茶叶丰收了。", synthetic) == ["东岭镇"]


def test_villages_listed_after_an_outside_place_are_not_ours(synthetic):
    assert townships("干部们前往邻县竹园村、石门村学习。", synthetic) == []
    assert townships("干部们前往邻县学习,回到竹园村后分享体会。", synthetic) == ["东岭镇"]


def test_a_guarded_alias_counts_only_in_a_list_of_townships(synthetic):
    assert townships("南塘的风景很美。", synthetic) == []
    assert townships("东岭、南塘等乡镇参加了比赛。", synthetic) == ["东岭镇", "南塘镇"]


@pytest.mark.parametrize("body", [
    "上方的天空格外晴朗。",
    "湖南省的客人来参观。",
    "高家的干部也发了言。",
    "他在双桥上拍照。",
])
def test_guarded_aliases_alone_are_not_townships(body):
    assert townships(body) == []


def test_guarded_aliases_in_a_list_of_townships_count():
    assert townships("上方、峡川等乡镇的干部分享了体会。") == ["上方镇", "峡川镇"]


@pytest.mark.parametrize("body", [
    "大家前往永康园周村、大陈村,东阳花园村等地学习。",
    "代表团考察了龙游县湖镇镇周家村。",
    "建德市莲花镇的客人来访。",
])
def test_places_of_other_counties_are_not_credited(body):
    assert townships(body) == []


@pytest.mark.parametrize("body", ["各乡镇、镇街、村社都要落实责任。", "全区286个行政村实现全覆盖。"])
def test_generic_words_and_district_wide_text_have_no_township(body):
    assert townships(body) == []


def test_a_village_name_inside_another_word_is_not_a_mention():
    # 张村 is a village of 后溪镇, but here jieba reads 主张 / 村民.
    assert townships("我们主张村民自治。") == []


def test_the_longest_name_wins():
    # 山下村 is in 廿里镇, 西山下村 in 莲花镇.
    assert townships("西山下村举办了农民运动会。") == ["莲花镇"]


def test_mentions_are_counted_per_township():
    facts = extract_article(Article(1, "太真乡办实事", "太真乡的银坑村和洞口乡旧址。太真乡干部说。"),
                            ISSUE_DATE, load_gazetteer())
    # the headline's 太真乡, then 太真乡, 银坑村, 洞口乡 (its former name) and 太真乡 in the body
    assert [(a.township_id, a.mentions) for a in facts.activity] == [("330803202", 5)]
