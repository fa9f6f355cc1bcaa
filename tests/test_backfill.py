"""Backfilling a month from an e-paper site served on 127.0.0.1, through the CLI."""
from __future__ import annotations

import re
import subprocess
import sys
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from warehouse.db import connect_reader

ARTICLES = {
    1: ("示例 {d}日 廿里镇新建老年食堂投入使用", "本报讯(记者 示例)近日,廿里镇继洲社区老年食堂投入使用,总投资{n}万元,"
        "每天为社区内80岁以上老人提供午餐。"),
    2: ("示例 {d}日 太真乡银坑村产业园二期开工", "本报讯(通讯员 示例)近日,太真乡银坑村鱼文化产业园二期工程开工,"
        "项目投资{m}万元,预计带动{p}名村民就业。"),
}


def page(body: str) -> bytes:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /></head>'
            f"<body>{body}</body></html>").encode("gb18030")


class MonthSite(BaseHTTPRequestHandler):
    """Every April 2024 day has one page of two articles; Sundays are not published (404).
    The second article of 2 April is missing (404) until the server's `repaired` flag is set."""

    def do_GET(self):
        match = re.fullmatch(r"/html/2024-04/(\d\d)/(node_1|content_(\d))\.htm", self.path)
        day = date(2024, 4, int(match.group(1))) if match and 1 <= int(match.group(1)) <= 30 else None
        broken = self.path == "/html/2024-04/02/content_2.htm" and not self.server.repaired
        if day is None or day.weekday() == 6 or broken:
            self.send_error(404)
            return
        if match.group(2) == "node_1":
            links = "".join(f'<li><a href="content_{n}.htm">{n}</a></li>' for n in ARTICLES)
            body = f'<ul id="pageList"><li><a href="node_1.htm">第01版</a></li></ul><ul class="news-list">{links}</ul>'
        else:
            title, text = ARTICLES[int(match.group(3))]
            values = {"d": day.day, "n": 50 + day.day, "m": 300 + day.day, "p": 10 + day.day}
            body = (f'<div class="article"><h1>{title.format(**values)}</h1><div class="author">记者 示例</div></div>'
                    f'<div id="ozoom"><p>{text.format(**values)}</p></div>')
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(page(body))

    def log_message(self, *args):
        pass


@pytest.fixture
def month_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), MonthSite)
    server.repaired = False
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def backfill(config, db, first="2024-04-01", last="2024-04-30"):
    return subprocess.run([sys.executable, "-m", "ingest.cli", "backfill", "site", "--from", first, "--to", last,
                           "--config", str(config), "--db", str(db)], capture_output=True, text=True, timeout=300)


def test_backfill_loads_a_month_resumes_and_completes_a_partial_day(month_site, tmp_path):
    config = tmp_path / "govwatch.toml"
    config.write_text(f"""
[[sources]]
type = "epaper"
name = "site"
cron = "30 7 * * *"
paper = "衢江报"
base = "http://127.0.0.1:{month_site.server_port}"
index_template = "{{base}}/html/{{yyyy}}-{{mm}}/{{dd}}/node_1.htm"
page_link_selector = "#pageList a"
article_link_selector = "ul.news-list a"
title_selector = ".article h1"
author_selector = ".article .author"
body_selector = "#ozoom"
min_interval_s = 0
""", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    published = sum(1 for d in range(1, 31) if date(2024, 4, d).weekday() != 6)
    first = backfill(config, db)
    assert first.returncode == 0, first.stderr
    assert f"loaded {published}," in first.stdout and f"not published {30 - published}" in first.stdout
    con = connect_reader(db)
    assert con.execute("SELECT count(*), count(DISTINCT issue_date) FROM issues").fetchone() == (published, published)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2 * published - 1
    assert con.execute("SELECT parts_missing FROM issues WHERE issue_date = '2024-04-02'").fetchone() == (1,)
    assert "content_2.htm" in con.execute("SELECT string_agg(source) FROM ingest_failures").fetchone()[0]
    assert con.execute("SELECT trigger, source_name FROM ingest_runs").fetchall() == [("backfill", "site")]
    assert con.execute("SELECT count(*) FROM fact_investment").fetchone()[0] >= published
    taizhen = "SELECT count(*) FROM fact_township_activity WHERE township_id = '330803202'"  # 太真乡
    assert con.execute(taizhen).fetchone()[0] == published - 1
    con.close()
    month_site.repaired = True
    again = backfill(config, db)
    assert again.returncode == 0, again.stderr
    # Only the unpublished days and the incomplete one are asked for again; the latter is completed.
    assert f"loaded 1, already loaded {published - 1}," in again.stdout
    assert f"not published {30 - published}, failed 0" in again.stdout
    con = connect_reader(db)
    assert con.execute("SELECT count(*), sum(parts_missing) FROM issues").fetchone() == (published, 0)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2 * published
    assert con.execute(taizhen).fetchone()[0] == published
