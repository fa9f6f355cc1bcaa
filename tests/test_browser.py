"""The dashboard in a real Chromium: `streamlit run` on a free port over the sample warehouse.

Skipped where Debian's chromium is missing, except on CI (CI=true), where that is a failure.
Saves a 1366x768 screenshot of every page to docs/screenshots/ for the docs.
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from tests.conftest import free_port, wait_until_healthy
from warehouse import db

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "docs" / "screenshots"
VIEWPORT = {"width": 1366, "height": 768}
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
PERIOD = "from=2023-07&to=2024-06"

if not Path(CHROMIUM).exists():
    if os.environ.get("CI") == "true":
        raise RuntimeError(f"{CHROMIUM} is missing on CI: install Debian's chromium package")
    pytest.skip(f"{CHROMIUM} is not installed", allow_module_level=True)

from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402  (only once chromium is known)
from playwright.sync_api import expect, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def base_url(sample_db):
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
         "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
         "--client.showErrorDetails", "full"],
        env={**os.environ, "GOVWATCH_DB": str(sample_db)}, cwd=ROOT / "docs",
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_until_healthy(url, server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True, locale="zh-CN")
    tab = context.new_page()
    tab.outside = []  # requests that left 127.0.0.1: there must be none
    tab.on("request", lambda r: urlparse(r.url).hostname not in ("127.0.0.1", None)
           and not r.url.startswith("data:") and tab.outside.append(r.url))
    yield tab
    context.close()


def settle(tab) -> None:
    """Wait for the script run the last action started to finish."""
    tab.wait_for_timeout(300)
    tab.wait_for_selector(IDLE, timeout=30_000)


PAINTED = """() => document.querySelector('[data-testid="stMain"] h1')
    && !document.querySelector('[data-testid="stSkeleton"]')
    && [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].every(c => c.querySelector('.main-svg'))"""


def open_page(tab, url: str) -> None:
    """Go to `url` and wait until the page is drawn: title, no placeholders, every chart painted."""
    tab.goto(url)
    settle(tab)
    tab.wait_for_function(PAINTED, timeout=30_000)


def metric_value(tab, label: str):
    return tab.locator('[data-testid="stMetric"]').filter(has_text=label).locator('[data-testid="stMetricValue"]')


def open_options(tab, label: str):
    """Open a select box's option list. A click that lands while a chart above is still being
    laid out can focus the box without opening it, so try again."""
    box = tab.get_by_role("combobox", name=label)
    for _ in range(3):
        box.click()
        try:
            tab.get_by_role("listbox").first.wait_for(timeout=2_000)
            return box
        except PlaywrightTimeout:
            tab.keyboard.press("Escape")
    raise AssertionError(f"the options of {label} did not open")


def choose(tab, label: str, option: str) -> None:
    box = open_options(tab, label)
    box.press_sequentially(option)  # the option list is virtual: narrow it to the one wanted
    tab.get_by_role("option", name=option, exact=True).click()
    tab.keyboard.press("Escape")
    settle(tab)


def busiest_township(sample_db) -> tuple[str, str, int]:
    con = db.connect_reader(sample_db)
    try:
        return con.execute("""
            SELECT t.township_id, t.name, count(DISTINCT f.article_id) FROM fact_township_activity f
            JOIN dim_township t USING (township_id) GROUP BY t.township_id, t.name, t.sort_order
            ORDER BY 3 DESC, t.sort_order LIMIT 1""").fetchone()
    finally:
        con.close()


def read_csv(download) -> list[list[str]]:
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"))))


def test_picking_a_township_changes_chart_table_and_download(page, base_url, sample_db):
    township_id, name, articles = busiest_township(sample_db)
    open_page(page, base_url + "?" + PERIOD)
    heatmap = page.locator('[data-testid="stPlotlyChart"]').first
    assert heatmap.locator(".yaxislayer-above .ytick text").count() == 21
    choose(page, "乡镇(街道)", name)
    expect(metric_value(page, "文章(篇)")).to_have_text(str(articles))
    expect(heatmap.locator(".yaxislayer-above .ytick text")).to_have_count(1)
    assert parse_qs(urlparse(page.url).query)["t"] == [township_id]

    with page.expect_download() as info:
        page.get_by_test_id("stDownloadButton").filter(has_text="下载 CSV").first.click()
    rows = read_csv(info.value)
    assert rows[0] == ["乡镇(街道)", "月份", "文章(篇)", "提及(次)"]
    assert {r[0] for r in rows[1:]} == {name} and sum(int(r[2]) for r in rows[1:]) == articles
    assert info.value.suggested_filename.startswith(f"衢江报_乡镇月度报道_202307-202406_{name}_")

    page.get_by_role("link", name="民生项目").click()  # the filter travels with the user
    settle(page)
    assert parse_qs(urlparse(page.url).query)["t"] == [township_id]
    table = page.locator('[data-testid="stDataFrame"]').first
    expect(table.locator('[role="columnheader"]').filter(has_text="乡镇(街道)")).to_have_count(1)
    column = table.locator('[role="columnheader"]').all_inner_texts().index("乡镇(街道)")
    rows = table.locator('[role="row"]')
    townships = {rows.nth(i).locator('[role="gridcell"]').nth(column).inner_text()
                 for i in range(1, rows.count())}
    assert townships == {name}
    assert not page.outside


def test_an_article_opens_from_a_project_mention(page, base_url):
    open_page(page, base_url + "projects?" + PERIOD)
    open_options(page, "查看项目")
    page.get_by_role("option").first.click()
    settle(page)
    link = page.get_by_test_id("stPageLink").first
    headline = link.inner_text().split(" ", 1)[1]
    link.click()
    settle(page)
    assert urlparse(page.url).path.endswith("/articles") and "article=" in page.url
    expect(page.locator('[data-testid="stMain"] h3').first).to_have_text(headline)
    expect(page.locator('[data-testid="stMarkdown"] span.stMarkdownColoredBackground').first).to_be_visible()
    assert not page.outside


def test_two_clicks_from_a_township_bar_to_the_sentence_behind_it(page, base_url, sample_db):
    from datetime import date

    from warehouse import queries
    con = db.connect_reader(sample_db)
    period = queries.FactFilter(month_from=date(2023, 7, 1), month_to=date(2024, 6, 1))
    by_place = queries.money_people_by_township(con, period).reset_index(drop=True)
    con.close()
    index = int(by_place.investment_wan.idxmax())  # the tallest bar, easiest to hit
    name = by_place.township[index]
    open_page(page, base_url + "?" + PERIOD)
    money_chart = page.locator('[data-testid="stPlotlyChart"]').nth(1)
    money_chart.scroll_into_view_if_needed()
    bar = money_chart.locator(".barlayer .point path").nth(index).bounding_box()
    # Plotly's drag layer lies over the bars, as for a person's mouse: click where the bar is drawn.
    page.mouse.click(bar["x"] + bar["width"] / 2, bar["y"] + bar["height"] / 2)  # click 1: the bar
    settle(page)
    expect(page.get_by_role("heading", name=f"{name}:数字出自哪些句子")).to_be_visible()
    link = page.get_by_test_id("stPageLink").first
    headline = link.inner_text().split(" ", 1)[1]
    link.click()  # click 2: the article, with the sentence highlighted
    settle(page)
    expect(page.locator('[data-testid="stMain"] h3').first).to_have_text(headline)
    expect(page.locator('[data-testid="stMarkdown"] span.stMarkdownColoredBackground').first).to_be_visible()
    assert not page.outside


def test_clicking_a_row_of_the_article_list_opens_that_article(page, base_url):
    open_page(page, base_url + "articles?" + PERIOD)
    grid = page.locator('[data-testid="stDataFrame"]').first
    expect(grid.locator('[role="columnheader"]').filter(has_text="标题")).to_have_count(1)
    column = grid.locator('[role="columnheader"]').all_inner_texts().index("标题")
    second_row = grid.locator('[role="row"]').nth(2)
    headline = second_row.locator('[role="gridcell"]').nth(column).inner_text()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 16, box["y"] + 35 * 2 + 17)  # the row's selection box (a canvas)
    settle(page)
    expect(page.locator('[data-testid="stMain"] h3').first).to_have_text(headline)
    assert "article=" in page.url


def test_export_all_gives_every_fact_table_in_one_zip(page, base_url):
    open_page(page, base_url + "?" + PERIOD)
    with page.expect_download() as info:
        page.get_by_test_id("stDownloadButton").filter(has_text="导出全部").click()
    archive = zipfile.ZipFile(info.value.path())
    assert archive.namelist() == ["乡镇报道.csv", "金额.csv", "人数.csv", "民生项目.csv"]
    assert all(archive.read(n).startswith(b"\xef\xbb\xbf") for n in archive.namelist())


@pytest.mark.parametrize("name, path", [
    ("overview", ""), ("township", "township"), ("projects", "projects"), ("articles", "articles"),
    ("status", "status"),
])
def test_every_page_renders_and_is_saved_as_a_screenshot(page, base_url, sample_db, name, path):
    query = PERIOD
    if name == "articles":
        con = db.connect_reader(sample_db)
        article_id = con.execute("""SELECT article_id FROM fact_livelihood_project
                                    GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT 1""").fetchone()[0]
        con.close()
        query += f"&article={article_id}"
    open_page(page, base_url + path + "?" + query)
    assert page.locator('[data-testid="stException"]').count() == 0
    if name == "articles":  # the article, not the list above it, is what the picture is for
        page.locator('[data-testid="stMain"] h3').first.evaluate("e => e.scrollIntoView({block: 'start'})")
    assert page.locator("h1").first.inner_text() in {"总览", "乡镇", "民生项目", "文章", "数据状态"}
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png")
    assert not page.outside
