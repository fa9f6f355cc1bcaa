"""Every dashboard page run through Streamlit's AppTest on real warehouse files.

Expected figures come from plain SQL written here, not from warehouse.queries, so a wrong
filter in the dashboard's queries shows up as a mismatch."""
from __future__ import annotations

import base64
import gc
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs

import duckdb
import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import highlight, ui
from warehouse import db

from test_dashboard_queries import build_fixture_warehouse

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
PERIOD = {"from": "2023-07", "to": "2024-06"}


def run_app(db_path, monkeypatch, page: str | None = None, **query) -> AppTest:
    monkeypatch.setenv("GOVWATCH_DB", str(db_path))
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params.update(query)
    at.run()
    if page:
        at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def sql(db_path, query: str, *params):
    con = db.connect_reader(db_path)
    try:
        return con.execute(query, list(params)).fetchall()
    finally:
        con.close()


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def figures(at: AppTest) -> list[dict]:
    """The plotly figures of the page as JSON (the spec Streamlit sends to the browser)."""
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def array(value) -> np.ndarray:
    """A trace's data array; plotly sends numbers as base64 typed arrays."""
    if isinstance(value, dict):
        flat = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
        return flat.reshape([int(n) for n in value["shape"].split(",")]) if "shape" in value else flat
    return np.asarray(value)


def busiest_township(db_path) -> tuple[str, str]:
    return sql(db_path, """
        SELECT t.township_id, t.name FROM fact_township_activity f JOIN dim_township t USING (township_id)
        GROUP BY t.township_id, t.name, t.sort_order ORDER BY count(*) DESC, t.sort_order LIMIT 1""")[0]


def articles_in(db_path, township_id: str, start: str, end: str) -> int:
    return sql(db_path, """
        SELECT count(DISTINCT a.article_id) FROM articles a JOIN fact_township_activity f USING (article_id)
        WHERE f.township_id = ? AND a.month BETWEEN ?::DATE AND ?::DATE""",
               township_id, start + "-01", end + "-01")[0][0]


def test_overview_figures_follow_the_township_filter_and_the_url_keeps_it(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, **PERIOD)
    total = sql(sample_db, "SELECT count(*) FROM articles WHERE month BETWEEN '2023-07-01' AND '2024-06-01'")
    assert metric(at, "文章(篇)") == f"{total[0][0]:,}"
    township_id, name = busiest_township(sample_db)
    at.sidebar.multiselect(key="filter_places").set_value([township_id]).run()
    expected = articles_in(sample_db, township_id, "2023-07", "2024-06")
    assert metric(at, "文章(篇)") == f"{expected:,}" != f"{total[0][0]:,}"
    money = sql(sample_db, """SELECT coalesce(sum(amount_yuan), 0) / 1e4 FROM fact_investment
                              WHERE kind = 'investment' AND township_id = ?
                                AND month BETWEEN '2023-07-01' AND '2024-06-01'""", township_id)[0][0]
    assert metric(at, "投资(万元)") == ui.amount(money)
    heatmap = figures(at)[0]
    assert heatmap["data"][0]["y"] == [name]
    assert array(heatmap["data"][0]["z"]).sum() == expected
    assert at.query_params["t"] == township_id and at.query_params["from"] == "2023-07"


def test_filters_are_read_from_a_bookmarked_url(sample_db, monkeypatch):
    township_id, _ = busiest_township(sample_db)
    at = run_app(sample_db, monkeypatch, **{"from": "2023-09", "to": "2023-12", "t": [township_id, "district"],
                                           "status": "completed", "q": "公路"})
    assert at.sidebar.selectbox(key="filter_from").value == "2023-09"
    assert at.sidebar.multiselect(key="filter_places").value == [township_id, "district"]
    assert at.sidebar.multiselect(key="filter_statuses").value == ["completed"]
    assert at.sidebar.text_input(key="filter_keyword").value == "公路"
    expected = sql(sample_db, """
        SELECT count(*) FROM articles a WHERE a.month BETWEEN '2023-09-01' AND '2023-12-01'
          AND (a.headline LIKE '%公路%' OR a.body LIKE '%公路%')
          AND (a.article_id IN (SELECT article_id FROM fact_township_activity WHERE township_id = ?)
               OR a.article_id NOT IN (SELECT article_id FROM fact_township_activity))""", township_id)
    assert metric(at, "文章(篇)") == f"{expected[0][0]:,}"


def test_township_page_profiles_the_township_in_the_url(sample_db, monkeypatch):
    township_id, name = busiest_township(sample_db)
    at = run_app(sample_db, monkeypatch, "township", township=township_id, **PERIOD)
    assert at.selectbox(key="township_pick").value == township_id
    assert metric(at, "文章(篇)") == str(articles_in(sample_db, township_id, "2023-07", "2024-06"))
    links = at.get("page_link")
    assert links and all(link.proto.page.endswith("articles") or "article=" in link.proto.query_string
                         for link in links)
    at.sidebar.selectbox(key="filter_from").set_value("2024-01").run()
    assert metric(at, "文章(篇)") == str(articles_in(sample_db, township_id, "2024-01", "2024-06"))


def test_projects_page_lists_projects_and_every_mention_of_one(sample_db, monkeypatch):
    name, township_id, mentions = sql(sample_db, """
        SELECT name, township_id, count(*) FROM fact_livelihood_project
        GROUP BY ALL ORDER BY count(*) DESC, name LIMIT 1""")[0]
    at = run_app(sample_db, monkeypatch, "projects", project=f"{name}|{township_id or ''}", **PERIOD)
    projects = at.dataframe[0].value
    assert {"项目名称", "项目类型", "状态", "乡镇(街道)", "投资(万元)", "首次提及", "最近提及"} <= set(projects.columns)
    assert len(at.dataframe[1].value) == mentions
    article_ids = {parse_qs(link.proto.query_string)["article"][0] for link in at.get("page_link")}
    expected = {r[0] for r in sql(sample_db, "SELECT article_id FROM fact_livelihood_project WHERE name = ?", name)}
    assert article_ids == expected
    at.sidebar.multiselect(key="filter_statuses").set_value(["completed"]).run()
    completed = at.dataframe[0].value
    assert 0 < len(completed) < len(projects) and set(completed["状态"]) == {"已完工"}


def test_article_deep_link_opens_the_article_with_its_facts_highlighted(sample_db, monkeypatch):
    article_id, headline, body, start, end = sql(sample_db, """
        SELECT a.article_id, a.headline, a.body, f.match_start, f.match_end
        FROM fact_investment f JOIN articles a USING (article_id) ORDER BY a.article_id LIMIT 1""")[0]
    at = run_app(sample_db, monkeypatch, "articles", article=article_id, **PERIOD)
    assert at.subheader[0].value == highlight.escape(headline)
    text = next(m.value for m in at.markdown if "-background[" in m.value)
    assert f":orange-background[:orange[**{highlight.escape(body[start:end])}" in text
    facts = at.dataframe[1].value
    assert len(facts) == sql(sample_db, """
        SELECT (SELECT count(*) FROM fact_investment WHERE article_id = $1)
             + (SELECT count(*) FROM fact_beneficiary WHERE article_id = $1)
             + (SELECT count(*) FROM fact_livelihood_project WHERE article_id = $1)
             + (SELECT count(*) FROM fact_township_activity WHERE article_id = $1)""", article_id)[0][0]
    assert any("示例" in w.value for w in at.warning) == ("示例" in sql(
        sample_db, "SELECT left(text, 200) FROM issue_texts WHERE issue_id = ?", article_id.split("-")[0])[0][0])


def test_article_list_follows_the_keyword(sample_db, monkeypatch):
    at = run_app(sample_db, monkeypatch, "articles", **PERIOD)
    everything = len(at.dataframe[0].value)
    at.sidebar.text_input(key="filter_keyword").input("公路").run()
    expected = sql(sample_db, """SELECT count(*) FROM articles WHERE month BETWEEN '2023-07-01' AND '2024-06-01'
                                 AND (headline LIKE '%公路%' OR body LIKE '%公路%')""")[0][0]
    assert len(at.dataframe[0].value) == expected < everything


@pytest.fixture
def fixture_db(tmp_path) -> Path:
    path = tmp_path / "fixture.duckdb"
    build_fixture_warehouse(path)
    return path


def test_article_text_is_shown_as_typed_never_as_markup(fixture_db, monkeypatch):
    at = run_app(fixture_db, monkeypatch, "articles", article="iss1228-02", **{"from": "2023-12", "to": "2023-12"})
    assert not any(m.proto.allow_html for m in at.markdown)
    body = next(m.value for m in at.markdown if "HYPERLINK" in m.value)
    assert "\\<script\\>" in body and "\\*\\*粗体\\*\\*" in body and "\\:red\\[红字\\]" in body
    assert ":blue-background[:blue[**60人①**]]" in body
    assert at.subheader[0].value == "示例\\:排版字符 \\<b\\>不应\\<\\/b\\> 生效"
    assert any("示例报纸" in w.value for w in at.warning)


def test_status_page_shows_runs_failures_gaps_and_versions(fixture_db, monkeypatch):
    at = run_app(fixture_db, monkeypatch, "status")
    tables = [d.value for d in at.dataframe]
    failures = next(t for t in tables if "原因" in t.columns)
    assert failures["原因"].tolist() == ["no articles found"]
    assert any("2023-08、2023-10" in w.value for w in at.warning)
    assert metric(at, "抽取器版本") == "x1"
    runs = next(t for t in tables if "触发方式" in t.columns)
    assert runs["状态"].tolist() == ["部分失败", "成功"]


def test_missing_or_empty_warehouse_shows_a_message_not_a_trace(tmp_path, monkeypatch):
    at = run_app(tmp_path / "none.duckdb", monkeypatch)
    assert "尚无数据" in at.info[0].value
    db.connect_writer(tmp_path / "empty.duckdb").close()
    at = run_app(tmp_path / "empty.duckdb", monkeypatch)
    assert "还没有成功导入的报纸" in at.info[0].value
    assert any(s.value == "导入记录" for s in at.subheader)


def test_the_server_freezes_its_start_up_objects_out_of_the_garbage_collectors_walk(tmp_path, monkeypatch):
    run_app(tmp_path / "none.duckdb", monkeypatch)
    # The imports alone (streamlit, pandas, plotly) leave some 100,000 objects tracked.
    assert gc.get_freeze_count() > 50_000


def test_a_newly_published_warehouse_shows_without_restart(fixture_db, monkeypatch):
    at = run_app(fixture_db, monkeypatch, **{"from": "2023-07", "to": "2023-12"})
    assert metric(at, "文章(篇)") == "10"
    draft = fixture_db.with_name("draft.duckdb")
    shutil.copy(fixture_db, draft)
    con = duckdb.connect(str(draft))
    con.execute("DELETE FROM articles WHERE issue_id = 'iss0705'")
    con.close()
    os.replace(draft, fixture_db)  # how the writer publishes
    at.run()
    assert metric(at, "文章(篇)") == "8"


def test_a_locked_warehouse_gets_a_polite_message(fixture_db, monkeypatch):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]);"
         " print('ready', flush=True); time.sleep(30)", str(fixture_db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        at = run_app(fixture_db, monkeypatch)
        assert any("暂时无法打开" in w.value for w in at.warning)
    finally:
        holder.kill()
        holder.wait()


def test_a_filter_matching_nothing_gives_short_messages_on_every_page(fixture_db, monkeypatch):
    at = run_app(fixture_db, monkeypatch, q="没有这个词", **{"from": "2023-07", "to": "2023-12"})
    assert metric(at, "文章(篇)") == "0" and not at.get("plotly_chart")
    assert any(i.value == ui.EMPTY for i in at.info)
    for page in ("township", "projects", "articles"):
        at.switch_page(f"app_pages/{page}.py").run()
        assert not at.exception
        assert any(i.value == ui.EMPTY or "没有报道" in i.value for i in at.info), page
