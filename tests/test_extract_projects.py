"""Project names and statuses in invented sentences: forms beyond a facility word with a place."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.extract import extract_article
from ingest.gazetteer import load_gazetteer
from ingest.model import Article

ISSUE_DATE = date(2024, 4, 12)


def projects(body: str) -> list[tuple]:
    found = extract_article(Article(1, "示例", body), ISSUE_DATE, load_gazetteer()).projects
    return [(p.name, p.project_type, p.status) for p in found]


@pytest.mark.parametrize("body, expected", [
    # An ordinal says which one, as a phase does.
    ("城区第三实验小学扩建工程已于3月开工。", ("城区第三实验小学扩建工程", "教育", "in_progress")),
    # A facility inside a works name, the district as its owner.
    ("区社会福利院改造工程近日完工。", ("区社会福利院改造工程", "养老", "completed")),
    # A name with a time of day in it.
    ("莲花镇西山下村四点半课堂正式启用。", ("莲花镇西山下村四点半课堂", "教育", "completed")),
    # Works ending a name without 工程, in a sentence with no facility word.
    ("今年全区计划实施农村危房改造80户。", ("农村危房改造", "住房安居", "planned")),
    # A road section assembled across 的 with the works done to it.
    ("明年将启动灰坪乡至大洲镇交界路段的拓宽改造。", ("灰坪乡至大洲镇交界路段拓宽改造", "交通", "planned")),
])
def test_names(body, expected):
    assert projects(body) == [expected]


def test_a_count_after_the_completion_word_is_progress_not_completion():
    assert projects("湖南镇农房改造已完工42户。") == [("湖南镇农房改造", "住房安居", "in_progress")]


def test_the_next_sentence_reports_progress_of_the_project_named_before():
    body = "今年,峡川镇计划完成农村危旧房改造60户。截至目前,已完工40户,其余正在施工。"
    assert projects(body) == [("农村危旧房改造", "住房安居", "in_progress")]


def test_progress_in_another_paragraph_is_not_the_project_s():
    body = "今年,峡川镇计划完成农村危旧房改造60户。\n截至目前,全镇已完工40户。"
    assert projects(body) == [("农村危旧房改造", "住房安居", "planned")]
