"""Money, people and projects read from single sentences: what counts, what does not, and how."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.extract import extract_article
from ingest.gazetteer import load_gazetteer
from ingest.model import Article, ArticleFacts

ISSUE_DATE = date(2023, 12, 14)


def facts_of(body: str, headline: str = "示例") -> ArticleFacts:
    return extract_article(Article(1, headline, body), ISSUE_DATE, load_gazetteer())


def money(body: str) -> list[tuple]:
    return [(m.amount_yuan, m.amount_yuan_max, m.kind, m.qualifier) for m in facts_of(body).money]


def people(body: str) -> list[tuple]:
    return [(p.count, p.unit, p.kind, p.qualifier) for p in facts_of(body).people]


@pytest.mark.parametrize("body, expected", [
    ("该工程总投资80万元。", (800_000, None, "investment", "exact")),
    ("园区实现规上工业产值4.1亿元。", (410_000_000, None, "output", "exact")),
    ("全年销售额超1亿元。", (100_000_000, None, "sales", "over")),
    ("村集体增加经营性收入三百余万元。", (3_000_000, None, "income", "over")),
    ("农户可收租金约2万元。", (20_000, None, "income", "about")),
    ("每户可增收20—30万元。", (200_000, 300_000, "income", "exact")),
    ("全国规模达1.2万亿元左右。", (1_200_000_000_000, None, "other", "about")),
    ("项目投资不到500万元。", (5_000_000, None, "investment", "under")),
    ("区财政安排资金近百万元。", (1_000_000, None, "investment", "about")),
    ("一个月能挣四千多元。", (4000, None, "income", "over")),
    ("全年投入资金１２００万元。", (12_000_000, None, "investment", "exact")),
    ("今年计划投资2亿3000万元。", (230_000_000, None, "investment", "exact")),
    ("项目总投资1亿5千万元。", (150_000_000, None, "investment", "exact")),
    ("累计投入一亿二千万元。", (120_000_000, None, "investment", "exact")),
    ("完成投资1亿5千多万元。", (150_000_000, None, "investment", "over")),
    ("总投资2亿3000余万元。", (230_000_000, None, "investment", "over")),
    ("合作社去年营收达380万元。", (3_800_000, None, "sales", "exact")),
    ("企业实现营业收入1.6亿元。", (160_000_000, None, "sales", "exact")),
    ("农家乐全年营业额超50万元。", (500_000, None, "sales", "over")),
    ("茶叶销售收入达1200万元。", (12_000_000, None, "sales", "exact")),
    ("村里向村民发放分红款36万元。", (360_000, None, "income", "exact")),
    ("今年共拨付分红资金48万元。", (480_000, None, "income", "exact")),
    ("股金分红每股可达200元。", (200, None, "income", "exact")),
    ("爱心人士为该村捐款5万元。", (50_000, None, "other", "exact")),
    ("活动共募集善款12万元。", (120_000, None, "other", "exact")),
    ("企业捐赠资金30万元。", (300_000, None, "other", "exact")),
    ("项目建成后预计年产值可达8000万元。", (80_000_000, None, "output", "exact")),
])
def test_money(body, expected):
    assert money(body) == [expected]


@pytest.mark.parametrize("body", [
    "已售出鳊鱼20万公斤。", "食堂占地面积约170㎡。", "让49亩抛荒地变成良田。", "同比增长12.5%。",
    "二〇二三年,全镇面貌一新。", "2023年度重点工作完成。", "推动多元化发展。", "万元户越来越多。",
    "大米每斤5元/斤。",
])
def test_not_money(body):
    assert money(body) == []


def test_a_subsidy_is_an_investment_only_for_a_project():
    assert money("今年向218家企业发放一次性扩岗补助126万元。")[0][2] == "other"
    assert money("银坑村便民桥新建工程获得补助资金50万元,已开工。")[0][2] == "investment"
    # Paid to run or build a facility: investment even when no project is named.
    assert money("每个站点每年可获得运营补助3万元。")[0][2] == "investment"
    assert money("每公里给予建设补助20万元。")[0][2] == "investment"
    assert money("对符合条件的农户给予奖补2000元。")[0][2] == "other"


@pytest.mark.parametrize("body, expected", [
    ("预计每年可促进约2000人就业。", (2000, "人", "employment", "about")),
    ("受益群众达2000余人次。", (2000, "人次", "beneficiaries", "over")),
    ("100名村干部分两批参加了轮训。", (100, "名", "participants", "exact")),
    ("吸引游客两千余人。", (2000, "人", "participants", "over")),
    ("累计服务1.2万人次。", (12_000, "人次", "beneficiaries", "exact")),
    ("十多名工人在施工作业。", (10, "名", "other", "over")),
    ("近百名村民参加了夜校。", (100, "名", "participants", "about")),
    ("为30多位老人提供午餐。", (30, "位", "beneficiaries", "over")),
    ("386户群众领到了新房钥匙。", (386, "户", "beneficiaries", "exact")),
    ("提前疏散景区游客2000余人。", (2000, "人", "other", "over")),  # moved out of danger
    ("12户村民连夜撤离。", (12, "户", "other", "exact")),
    ("组织志愿者近百名,走访慰问困难群众。", (100, "名", "participants", "about")),  # volunteers take part
    ("组织党员干部近百名,走访慰问困难群众。", (100, "名", "other", "about")),  # the ones doing the work
    ("村里为60多位老人送上月饼。", (60, "位", "beneficiaries", "over")),  # who is counted
    ("全村有300多名老人。", (300, "名", "other", "over")),  # a population
    ("该村现有低保户12户。", (12, "户", "other", "exact")),
    ("全镇已有300户农户用上了天然气。", (300, "户", "beneficiaries", "exact")),  # how far a measure got
    ("丰收节开幕式上,2000多名村民和游客欢聚一堂。", (2000, "名", "participants", "over")),
    ("公路沿线2000余名村民出行更加方便。", (2000, "名", "beneficiaries", "over")),  # served by a route
    ("当地村民两百余人来到田间,参加插秧比赛。", (200, "人", "participants", "over")),  # the event, a clause on
    ("景区国庆接待游客3万人次。", (30_000, "人次", "other", "exact")),  # a tourism figure
    ("游客中心今年接待游客1.5万人次。", (15_000, "人次", "beneficiaries", "exact")),
    ("便民服务中心全年接待群众8000余人次。", (8000, "人次", "beneficiaries", "over")),
    ("食堂累计助餐2.3万人次。", (23_000, "人次", "beneficiaries", "exact")),
    ("志愿者为老人送餐1200人次。", (1200, "人次", "beneficiaries", "exact")),
    ("全村312人人均分得红利500元。", (312, "人", "beneficiaries", "exact")),
    ("200余名村民齐聚文化礼堂。", (200, "名", "participants", "over")),
    ("近千名群众观看了演出。", (1000, "名", "participants", "about")),
    ("全年服务群众3万2千人。", (32_000, "人", "beneficiaries", "exact")),
    ("书屋今年接待读者2万5000人次。", (25_000, "人次", "beneficiaries", "exact")),
    ("受益群众达1万2千余人。", (12_000, "人", "beneficiaries", "over")),
    ("该项目投产后可容纳300人就业。", (300, "人", "employment", "exact")),  # jobs, no capacity
    ("安置小区建成后可安置群众398户。", (398, "户", "beneficiaries", "exact")),  # households rehoused
])
def test_people(body, expected):
    assert people(body) == [expected]


@pytest.mark.parametrize("body", [
    "为85岁以上老年人免费提供就餐服务。", "收集问题72件。", "打造了3所老年幸福食堂。",
    "实现286个行政村全覆盖。", "成立了一支47走访团。", "一名学生捡到钱包。", "他获得第3名。",
    "排名前10名的企业。", "坚持以人民为中心。", "组建5人制足球队。", "三位一体推进。",
    # capacities: how many a place holds
    "礼堂可容纳400人观看演出。", "新校区可容纳1620名学生。", "新餐厅可供60人同时用餐。",
])
def test_not_people(body):
    assert people(body) == []


def test_people_and_money_are_credited_to_the_township_of_their_sentence():
    found = facts_of("峡川镇后山村收集问题72件。农户均可收租金约2万元,带动50人就业。")
    assert [m.township_id for m in found.money] == ["330803101"]
    assert [p.township_id for p in found.people] == ["330803101"]


def test_figures_about_the_whole_district_have_no_township():
    found = facts_of("太真乡召开会议。全区共投入资金3亿元,带动2000人就业。")
    assert [m.township_id for m in found.money] == [None]
    assert [p.township_id for p in found.people] == [None]


def money_townships(body: str, headline: str = "示例") -> list:
    return [m.township_id for m in facts_of(body, headline).money]


@pytest.mark.parametrize("body", [
    "区住建局今年计划投资2.4亿元,重点推进后溪、大洲等镇的危旧房改造。",
    "区住建局今年计划投资2.4亿元,重点推进后溪镇的危旧房改造。",  # one township named after the figure
    "今年以来,区交通运输局共投入资金1.2亿元,用于大洲镇农村公路养护。",
    "区委、区政府安排专项资金5000万元,支持莲花镇等地发展。",
    "当天,莲花镇举行重大项目集中签约仪式。此次签约的12个项目总投资38亿元。",
    "当天,莲花镇举行集中开工仪式。本次共签约项目20个,总投资50亿元。",
    "活动在莲花镇举行,现场签约项目6个,总投资12亿元。",
    "全区12个乡镇共投入资金3亿元,其中莲花镇投入最多。",
    "莲花、上方等乡镇共投入资金800万元。",
    "峡川镇至大洲镇公路改造共投资2000万元。",
])
def test_district_and_shared_figures_have_no_township(body):
    assert money_townships(body) == [None]


def test_a_township_that_acts_keeps_its_figure():
    assert money_townships("大洲镇今年投入资金800万元,推进农村公路养护。") == ["330803110"]
    assert money_townships("区农业农村局在莲花镇举办培训,投入资金20万元。") == ["330803103"]
    assert money_townships("今年莲花镇集中开工项目12个,总投资8亿元。") == ["330803103"]
    # A project of a township that is one of the district's key projects stays the township's.
    assert money_townships("莲花镇西山下村文化礼堂改造工程列入全区重点项目,总投资500万元,已开工。") == ["330803103"]


def test_people_served_by_a_facility_belong_to_its_township_not_the_surrounding_ones():
    found = facts_of("莲花镇中心卫生院辐射莲花及周边上方、峡川等乡镇,全年服务群众3万人次。")
    assert [p.township_id for p in found.people] == ["330803103"]
    found = facts_of("莲花镇中心卫生院全年为本镇及周边上方、峡川两镇群众服务3万人次。")
    assert [p.township_id for p in found.people] == ["330803103"]


def projects(body: str) -> list[tuple]:
    return [(p.name, p.project_type, p.status, p.investment_yuan, p.planned_completion)
            for p in facts_of(body).projects]


def test_a_project_with_its_status_investment_and_deadline():
    body = ("今年3月,太真乡将下槽桥改建工程确定为民生实事之一。"
            "该工程总投资80万元,于11月中旬启动,年底前建成通车。")
    assert projects(body) == [("下槽桥改建工程", "交通", "in_progress", 800_000, date(2023, 12, 31))]


def test_a_project_name_is_assembled_across_的():
    body = "安仁水库的除险加固工程作为民生实事项目,已于今年6月完工并投入使用。"
    assert projects(body) == [("安仁水库除险加固工程", "水利", "completed", None, None)]


def test_mentions_of_one_project_are_merged():
    body = ("全旺镇在3个村打造了老年幸福食堂。楼山后村老年幸福食堂刚完工不久。"
            "该食堂每天为40多位老人提供午餐,投资20万元。")
    found = facts_of(body).projects
    assert [(p.name, p.status, p.investment_yuan) for p in found] == [("楼山后村老年幸福食堂", "completed", 200_000)]
    assert found[0].township_id == "330803109"


def test_a_project_planned_for_next_year():
    body = "峡川镇拟投资1800万元实施东坪古村保护利用二期项目,计划明年6月完工。"
    assert projects(body) == [("东坪古村保护利用二期项目", "文化旅游", "planned", 18_000_000, date(2024, 6, 30))]


def test_a_road_between_two_townships_belongs_to_neither():
    found = facts_of("举村乡至岭洋乡公路改建工程全线通车,总投资2.8亿元。")
    assert [(p.name, p.township_id) for p in found.projects] == [("举村乡至岭洋乡公路改建工程", None)]
    assert [(m.project, m.township_id) for m in found.money] == [("举村乡至岭洋乡公路改建工程", None)]


@pytest.mark.parametrize("body", [
    "助推民生实事项目落地有声。",  # generic
    "衢江聚力实施新时代“领航工程”。",  # a programme in quotes
    "全面深化“千万工程”,持续推进农民增收。",
    "杭新景高速公路太真出口建成后,大货车大幅增加。",  # the exit, not the road
    "在有效消除了病险山塘水库的安全隐患的同时,推进民生实事。",  # the reservoirs' hazards
    "衢江各项水利设施除险加固工程有序推进。",  # collective
    "活动在樟树潭村文化礼堂启动。",  # a venue
    "衢江数字经济产业园目前已招商入驻多家企业。",  # no status, no money, no 民生实事
])
def test_not_projects(body):
    assert projects(body) == []
