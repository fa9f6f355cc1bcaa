"""warehouse.queries on a small hand-built warehouse whose answers are known.

`build_fixture_warehouse` is also the fixture of the dashboard page tests: it writes rows the way
the loader does (one issue, its articles and their facts, offsets into each body)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from warehouse import db, queries
from warehouse.queries import DISTRICT_WIDE, FactFilter

TOWNSHIPS = [  # (township_id, name, kind, sort_order)
    ("zhangtan", "樟潭街道", "街道", 1), ("fushi", "浮石街道", "街道", 2), ("shangfang", "上方镇", "镇", 3),
    ("xiachuan", "峡川镇", "镇", 4), ("taizhen", "太真乡", "乡", 5), ("yunxi", "云溪乡", "乡", 6),
]
ISSUES = [  # (issue_id, date, masthead)
    ("iss0705", date(2023, 7, 5), "衢江报 2023年7月5日"),
    ("iss0912", date(2023, 9, 12), "衢江报 2023年9月12日"),
    ("iss1120", date(2023, 11, 20), "衢江报 2023年11月20日"),
    ("iss1214", date(2023, 12, 14), "衢江报 2023年12月14日"),
    ("iss1228", date(2023, 12, 28), "衢江报(示例) 2023年12月28日"),
]
# (issue_id, headline, body, {township: mentions}, money, people, projects); a fact names the
# phrase it was read from, which gives its offsets in the body.
ARTICLES = [
    ("iss0705", "樟潭街道养老服务中心开工",
     "7月3日,樟潭街道养老服务中心开工建设。项目总投资1200万元,建成后可服务老人300人。",
     {"zhangtan": 2},
     [("1200万元", 12_000_000, "investment", "zhangtan")],
     [("300人", 300, "人", "beneficiaries", "zhangtan")],
     [("樟潭街道养老服务中心", "养老", "in_progress", "zhangtan", 12_000_000)]),
    ("iss0705", "全区开展安全生产大检查",
     "连日来,全区开展安全生产大检查,累计培训500名企业负责人。",
     {}, [], [("500名", 500, "名", "participants", None)], []),
    ("iss0912", "上方镇峡川镇联合治水",
     "上方镇与峡川镇联合开展治水行动。上方溪综合治理工程计划投资300万元。",
     {"shangfang": 2, "xiachuan": 1},
     [("300万元", 3_000_000, "investment", "shangfang")], [],
     [("上方溪综合治理工程", "水利", "planned", "shangfang", 3_000_000)]),
    ("iss0912", "浮石街道举办就业招聘会",
     "浮石街道举办就业招聘会,当场达成就业意向120名。",
     {"fushi": 1}, [], [("120名", 120, "名", "employment", "fushi")], []),
    ("iss1120", "樟潭街道养老服务中心主体完工",
     "樟潭街道养老服务中心主体完工,即将投入使用。",
     {"zhangtan": 1}, [], [], [("樟潭街道养老服务中心", "养老", "completed", "zhangtan", None)]),
    ("iss1120", "太真乡银坑村民宿带动增收",
     "太真乡银坑村发展民宿,村集体经营性收入80万元,带动45户增收。",
     {"taizhen": 2},
     [("80万元", 800_000, "income", "taizhen")], [("45户", 45, "户", "beneficiaries", "taizhen")], []),
    ("iss1214", "区人大常委会开展智慧督政",
     "主持人连线樟潭街道、上方镇、峡川镇、云溪乡的人大代表。",
     {"zhangtan": 1, "shangfang": 1, "xiachuan": 1, "yunxi": 1}, [], [], []),
    ("iss1214", "全区投资1.2亿元提升农村公路",
     "今年全区投资1.2亿元实施农村公路提升工程,惠及群众2万人。",
     {},
     [("1.2亿元", 120_000_000, "investment", None)], [("2万人", 20_000, "人", "beneficiaries", None)],
     [("农村公路提升工程", "交通", "in_progress", None, 120_000_000)]),
    ("iss1228", "云溪乡文化礼堂投用",
     "云溪乡文化礼堂建成投用,投资50万元,可容纳800人。",
     {"yunxi": 1},
     [("50万元", 500_000, "investment", "yunxi")], [("800人", 800, "人", "beneficiaries", "yunxi")],
     [("云溪乡文化礼堂", "文化旅游", "completed", "yunxi", 500_000)]),
    ("iss1228", "示例:排版字符 <b>不应</b> 生效",
     "=HYPERLINK(\"x\") 与 **粗体** 和 :red[红字] 以及 <script>alert(1)</script> 都应原样显示。"
     "云溪乡当天服务群众60人。",
     {"yunxi": 1}, [], [("60人", 60, "人", "beneficiaries", "yunxi")], []),
]
FAILURE = ("inbox/broken.txt", "no articles found")


def evidence(body: str, phrase: str) -> dict:
    start = body.index(phrase)
    span_start = max(body.rfind("。", 0, start), body.rfind(",", 0, start)) + 1
    span_end = body.find("。", start) + 1 or len(body)
    return {"evidence": body[span_start:span_end], "span_start": span_start, "span_end": span_end,
            "match_start": start, "match_end": start + len(phrase)}


def insert(con, table: str, **values) -> None:
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    con.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(values.values()))


def build_fixture_warehouse(path) -> None:
    """Write the rows above into a migrated warehouse file at `path`."""
    con = db.connect_writer(path)
    run = {"trigger": "manual", "status": "ok", "files_seen": 4, "issues_loaded": 4}
    insert(con, "ingest_runs", run_id=1, started_at=datetime(2024, 1, 2, 8),
           finished_at=datetime(2024, 1, 2, 8, 1), **run)
    insert(con, "ingest_runs", run_id=2, started_at=datetime(2024, 1, 3, 2),
           finished_at=datetime(2024, 1, 3, 2, 1),
           **{**run, "trigger": "schedule", "status": "partial", "files_seen": 2, "issues_loaded": 1},
           issues_failed=1)
    insert(con, "ingest_failures", run_id=2, source=FAILURE[0], reason=FAILURE[1],
           failed_at=datetime(2024, 1, 3, 2, 1))
    for township_id, name, kind, order in TOWNSHIPS:
        insert(con, "dim_township", township_id=township_id, name=name, kind=kind, district="衢江区",
               sort_order=order)
    for issue_id, issue_date, masthead in ISSUES:
        insert(con, "issues", issue_id=issue_id, paper="衢江报", issue_date=issue_date,
               issue_date_inferred=False, source=f"inbox/{issue_id}.txt", content_sha256=issue_id * 4,
               ingested_at=datetime(2024, 1, 2, 8), parser_version="p1", extractor_version="x1", run_id=1,
               article_count=sum(1 for a in ARTICLES if a[0] == issue_id))
        insert(con, "issue_texts", issue_id=issue_id, text=masthead + "\n...")
    seq: dict[str, int] = {}
    for issue_id, headline, body, places, money, people, projects in ARTICLES:
        seq[issue_id] = seq.get(issue_id, 0) + 1
        base = {"article_id": f"{issue_id}-{seq[issue_id]:02d}",
                "month": next(d for i, d, _ in ISSUES if i == issue_id).replace(day=1)}
        insert(con, "articles", **base, issue_id=issue_id, seq=seq[issue_id], page=1, headline=headline,
               body=body, continued=False)
        for township_id, mentions in places.items():
            insert(con, "fact_township_activity", **base, township_id=township_id, mentions=mentions,
                   activity_type="report")
        for phrase, yuan, kind, township_id in money:
            insert(con, "fact_investment", **base, **evidence(body, phrase), township_id=township_id,
                   amount_yuan=yuan, kind=kind, qualifier="exact")
        for phrase, count, unit, kind, township_id in people:
            insert(con, "fact_beneficiary", **base, **evidence(body, phrase), township_id=township_id,
                   count=count, unit=unit, kind=kind, qualifier="exact")
        for phrase, kind, status, township_id, yuan in projects:
            insert(con, "fact_livelihood_project", **base, **evidence(body, phrase), township_id=township_id,
                   name=phrase, project_type=kind, status=status, investment_yuan=yuan)
    con.close()


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = tmp_path_factory.mktemp("dash") / "fixture.duckdb"
    build_fixture_warehouse(path)
    connection = db.connect_reader(path)
    yield connection
    connection.close()


H2 = FactFilter(date(2023, 7, 1), date(2023, 12, 1))


def test_headline_figures_over_the_whole_half_year(con):
    row = queries.headline_figures(con, H2).iloc[0]
    assert (row.issues, row.articles, row.townships) == (5, 10, 6)
    assert row.investment_wan == pytest.approx(1200 + 300 + 12000 + 50)  # income is not investment
    # Only people who benefited or found work: not the 500 trained (participants), not 45 户.
    assert row.people == 300 + 120 + 20_000 + 800 + 60
    # 樟潭 care centre: completed by its latest mention; road: in progress; 上方溪: planned.
    assert (row.projects_planned, row.projects_in_progress, row.projects_completed) == (1, 1, 2)


def test_previous_period_has_the_same_length_just_before():
    q4 = FactFilter(date(2023, 10, 1), date(2023, 12, 1))
    assert q4.previous_period() == FactFilter(date(2023, 7, 1), date(2023, 9, 1))
    assert FactFilter(date(2024, 1, 1), date(2024, 1, 1)).previous_period().month_from == date(2023, 12, 1)


def test_township_filter_keeps_that_township_and_district_wide_only_when_asked(con):
    zhangtan = FactFilter(H2.month_from, H2.month_to, townships=("zhangtan",))
    row = queries.headline_figures(con, zhangtan).iloc[0]
    assert (row.articles, row.investment_wan, row.people) == (3, 1200, 300)
    district = FactFilter(H2.month_from, H2.month_to, townships=(DISTRICT_WIDE,))
    row = queries.headline_figures(con, district).iloc[0]
    assert (row.articles, row.investment_wan, row.people, row.townships) == (2, 12000, 20_000, 0)


def test_keyword_month_type_and_status_filters(con):
    row = queries.headline_figures(con, FactFilter(H2.month_from, H2.month_to, keyword="养老")).iloc[0]
    assert (row.articles, row.people) == (2, 300)
    q3 = queries.headline_figures(con, FactFilter(date(2023, 7, 1), date(2023, 9, 1))).iloc[0]
    assert (q3.issues, q3.articles) == (2, 4)
    projects = queries.project_list(con, FactFilter(H2.month_from, H2.month_to, statuses=("completed",)))
    assert sorted(projects.name) == ["云溪乡文化礼堂", "樟潭街道养老服务中心"]
    assert list(projects.mentions) == [1, 2]  # newest first: 云溪 (December), then 樟潭 (two mentions)
    typed = queries.project_facts(con, FactFilter(H2.month_from, H2.month_to, project_types=("养老",)))
    assert len(typed) == 2 and set(typed.status) == {"in_progress", "completed"}


def test_filter_values_are_bound_not_spliced(con):
    hostile = FactFilter(H2.month_from, H2.month_to, townships=("x' OR 1=1 --",), keyword="'; DROP TABLE articles; --")
    assert queries.headline_figures(con, hostile).iloc[0].articles == 0
    assert queries.article_list(con, H2).shape[0] == 10


def test_heatmap_has_every_township_and_month_with_zeros(con):
    heat = queries.activity_heatmap(con, H2)
    assert len(heat) == 6 * 6
    assert list(heat.township.unique()) == [t[1] for t in TOWNSHIPS]
    cell = heat[(heat.township == "峡川镇") & (heat.month == "2023-09")].iloc[0]
    assert (cell.articles, cell.mentions) == (1, 1)
    assert heat[heat.month == "2023-08"].articles.sum() == 0


def test_money_and_people_by_township_include_a_district_row_last(con):
    by_place = queries.money_people_by_township(con, H2)
    assert list(by_place.township)[-1] == "区级"
    assert by_place.set_index("township").loc["区级", "investment_wan"] == 12000
    assert by_place.set_index("township").loc["太真乡", "investment_wan"] == 0


def test_monthly_trend_covers_every_month(con):
    trend = queries.monthly_trend(con, H2)
    assert list(trend.month) == ["2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12"]
    assert list(trend.articles) == [2, 0, 2, 0, 2, 4]


def test_silent_townships_over_the_last_months(con):
    silent = queries.silent_townships(con, H2, months=2)
    assert set(silent.township) == {"浮石街道"}  # 太真 in November, others in December
    assert silent.iloc[0].last_month == "2023-09" and silent.iloc[0].months_since == 3
    assert set(queries.silent_townships(con, H2, months=1).township) == {"浮石街道", "太真乡"}


def test_article_detail_and_facts_carry_offsets_into_the_body(con):
    article = queries.article_detail(con, "iss0705-01").iloc[0]
    facts = queries.article_facts(con, "iss0705-01")
    money = facts[facts.fact_kind == "money"].iloc[0]
    assert article.body[int(money.match_start):int(money.match_end)] == "1200万元"
    assert set(facts.fact_kind) == {"money", "people", "project", "township"}
    assert not article.is_sample
    assert queries.article_detail(con, "iss1228-01").iloc[0].is_sample
    assert queries.article_detail(con, "nope").empty


def test_project_mentions_of_a_district_wide_project(con):
    mentions = queries.project_mentions(con, "农村公路提升工程", None)
    assert list(mentions.article_id) == ["iss1214-02"]
    assert list(queries.project_mentions(con, "樟潭街道养老服务中心", "zhangtan").status) == [
        "in_progress", "completed"]


def test_status_tables(con):
    assert queries.warehouse_summary(con).iloc[0].sample_issues == 1
    coverage = queries.issue_coverage(con)
    assert list(coverage.month) == ["2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12"]
    assert list(coverage.issues) == [1, 0, 1, 0, 1, 2]
    assert queries.ingest_failures(con).iloc[0].reason == FAILURE[1]
    counts = queries.row_counts(con).set_index("table_name")["rows"]
    assert counts["articles"] == len(ARTICLES) and counts["fact_investment"] == 5
    assert queries.extractor_versions(con).iloc[0].issues == 5
