"""The jieba user dictionary and the activity keywords."""
from __future__ import annotations

from datetime import date

import jieba

from ingest.extract import extract_article, segment
from ingest.extract.townships import activity_type
from ingest.gazetteer import load_gazetteer
from ingest.model import Article


def test_place_names_stay_single_words():
    words = segment.cut("樟潭街道银坑村和上方镇上龙村的干部", load_gazetteer())
    assert {"樟潭街道", "银坑村", "上方镇", "上龙村"} <= set(words)


def test_the_dictionary_is_built_once_per_process(tmp_path):
    gazetteer = load_gazetteer()
    assert segment.tokenizer_for(gazetteer) is segment.tokenizer_for(gazetteer)
    other = tmp_path / "gazetteer.csv"
    other.write_text("level,id,name,kind,parent,code,aliases,guarded_aliases\n"
                     "district,990001,示例区,区,示例市,990001,,\ntownship,t1,东岭镇,镇,示例区,,,\n",
                     encoding="utf-8")
    # Another gazetteer adds its words to the same tokenizer instead of loading a second one.
    assert segment.tokenizer_for(load_gazetteer(other)) is segment.tokenizer_for(gazetteer)


def test_the_global_jieba_dictionary_is_left_alone():
    extract_article(Article(1, "示例", "银坑村鱼文化产业园二期开工。"), date(2024, 1, 1), load_gazetteer())
    jieba.initialize()
    assert "银坑村" not in jieba.dt.FREQ


def test_activity_type_follows_the_keywords():
    assert activity_type({"区人大常委会开展智慧督政 调研共享法庭": 3}) == "督查调研"
    assert activity_type({"太真乡下槽桥改建工程开工": 3, "该工程总投资80万元。": 1}) == "项目建设"
    assert activity_type({"全旺镇做优助老三件事 让老人安享幸福晚年": 3}) == "民生服务"
    assert activity_type({"天气晴朗": 1}) == "其他"


def test_each_township_gets_an_activity_type():
    body = "12月13日,区人大常委会开展智慧督政,连线樟潭街道、上方镇的人大代表。"
    facts = extract_article(Article(1, "区人大常委会开展“智慧督政”", body), date(2023, 12, 14), load_gazetteer())
    assert [(a.township_id, a.mentions, a.activity_type) for a in facts.activity] == [
        ("330803001", 1, "督查调研"), ("330803100", 1, "督查调研")]
