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


@pytest.mark.parametrize("body, expected", [
    # A quoted name, then the facility it is.
    ("“幸福里”邻里中心近日投入使用。", ("“幸福里”邻里中心", "其他", "completed")),
    ("“浙里康养”服务中心在周家乡投入运营。", ("“浙里康养”服务中心", "养老", "completed")),
    # A quoted name keeps its verb; a works verb before it is not a place (jieba knows 新建 as a county).
    ("上坪村的“共享书房”正式启用。", ("“共享书房”", "文化旅游", "completed")),
    ("全旺镇新建“邻里食堂”于近日开业。", ("“邻里食堂”", "养老", "completed")),
    # A canteen is of whatever it belongs to.
    ("大洲镇中心小学食堂改造工程已完工。", ("大洲镇中心小学食堂改造工程", "教育", "completed")),
])
def test_quoted_names_and_types(body, expected):
    assert projects(body) == [expected]


def test_a_quoted_programme_before_works_is_not_a_name():
    assert projects("“千万工程”建设项目已全面启动。") == []


def test_a_count_after_the_completion_word_is_progress_not_completion():
    assert projects("湖南镇农房改造已完工42户。") == [("湖南镇农房改造", "住房安居", "in_progress")]


def test_the_next_sentence_reports_progress_of_the_project_named_before():
    body = "今年,峡川镇计划完成农村危旧房改造60户。截至目前,已完工40户,其余正在施工。"
    assert projects(body) == [("农村危旧房改造", "住房安居", "in_progress")]


def test_progress_in_another_paragraph_is_not_the_project_s():
    body = "今年,峡川镇计划完成农村危旧房改造60户。\n截至目前,全镇已完工40户。"
    assert projects(body) == [("农村危旧房改造", "住房安居", "planned")]


@pytest.mark.parametrize("body, expected", [
    ("岭洋乡“爱心助餐”服务正式启动。", ("岭洋乡“爱心助餐”服务", "养老", "in_progress")),
    ("高家镇“暖心托管”服务在镇中心小学开班。", ("高家镇“暖心托管”服务", "教育", "in_progress")),
    ("区卫健局将于5月启动“两癌”筛查。", ("“两癌”筛查", "医疗卫生", "planned")),
    ("3路公交专线已开通运营。", ("3路公交专线", "交通", "completed")),
    ("K21路公交延伸线将于6月开通。", ("K21路公交延伸线", "交通", "planned")),
])
def test_programmes_and_bus_routes(body, expected):
    assert projects(body) == [expected]


@pytest.mark.parametrize("body", [
    "区人社局开通“一站式”服务窗口。",  # a way of working: no kind of project in the name
    "我区全面推行“最多跑一次”服务,已惠及群众2万人次。",
    "“暖心托管”服务受到家长欢迎,全镇学校均已建成食堂。",  # the status is another clause's
    "游客乘坐12路公交车前来参观新建成的文化礼堂。",  # a bus ride, and a venue without a name
])
def test_not_programmes(body):
    assert projects(body) == []


@pytest.mark.parametrize("body, name", [
    ("我区“快乐托管”服务在后溪镇中心小学开班。", "“快乐托管”服务"),
    ("衢江区“爱心助餐”服务在樟潭街道文化礼堂启动。", "衢江区“爱心助餐”服务"),
])
def test_a_programme_the_district_runs_has_no_township_whatever_the_venue(body, name):
    found = extract_article(Article(1, "示例", body), ISSUE_DATE, load_gazetteer()).projects
    assert [(p.name, p.township_id) for p in found] == [(name, None)]


def test_the_issue_s_own_year_before_a_name_is_an_edition_not_a_deadline():
    assert projects("2024年岭洋乡“爱心助餐”服务近日启动。") == [("岭洋乡“爱心助餐”服务", "养老", "in_progress")]
