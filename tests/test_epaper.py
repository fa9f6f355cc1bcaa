"""The e-paper source against a real HTTP server on 127.0.0.1 serving the fixture site."""
from __future__ import annotations

import hashlib
import re
import socket
import threading
import time
import unicodedata
from datetime import date
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ingest.config import load_config
from ingest.sources.epaper import (PARSER_VERSION, EpaperConfig, Fetched, FetchFailed, NotYet,
                                   fetch_issue, make_fetcher)
from ingest.sources.http import DEFAULT_USER_AGENT, decode_html

ROOT = Path(__file__).resolve().parents[1]
SITE = Path(__file__).parent / "fixtures" / "epaper"
COMPLETE = date(2024, 3, 15)
BROKEN = date(2024, 3, 16)
UNPUBLISHED = date(2024, 3, 17)
INDEX_15 = "/html/2024-03/15/node_1.htm"
SLOW_S = 0.8


class SiteHandler(SimpleHTTPRequestHandler):
    """Serves the fixture files; `server.rules[path]` lists misbehaviours for the next requests."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(SITE), **kwargs)

    def do_GET(self):
        self.server.requests.append((time.monotonic(), self.path, self.headers.get("User-Agent")))
        queue = self.server.rules.get(self.path)
        behaviour = queue.pop(0) if queue else None
        if behaviour == "500":
            self.send_error(500)
        elif behaviour == "to-latest":
            self.send_response(302)
            self.send_header("Location", INDEX_15)
            self.end_headers()
        elif behaviour == "slow":
            time.sleep(SLOW_S)  # the client has given up by now; close without answering
        else:
            super().do_GET()

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), SiteHandler)
    server.requests, server.rules = [], {}
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def example_table() -> dict:
    """The e-paper options of govwatch.example.toml, as the scheduler reads them: the tests run
    the documented example."""
    return dict(load_config(ROOT / "govwatch.example.toml").source("qujiang-epaper").options)


def config_for(site, **overrides) -> EpaperConfig:
    table = example_table() | {"base": f"http://127.0.0.1:{site.server_port}", "timeout_s": 0.3,
                               "retries": 1, "backoff_s": 0.02, "min_interval_s": 0.02}
    return EpaperConfig.from_dict(table | overrides)


def paths(site) -> list[str]:
    return [path for _, path, _ in site.requests]


def test_complete_issue_has_every_article_with_its_parts(site):
    result = fetch_issue(config_for(site), COMPLETE)
    assert isinstance(result, Fetched) and result.failures == ()
    issue = result.issue
    assert (issue.paper, issue.issue_date, issue.issue_date_inferred, issue.parser_version) == (
        "衢江报", COMPLETE, False, PARSER_VERSION)
    assert issue.source == f"http://127.0.0.1:{site.server_port}{INDEX_15}"
    assert [(a.seq, a.page, a.headline) for a in issue.articles] == [
        (1, 1, "高家镇三千亩早稻育秧进入关键期"),
        (2, 1, "莲花镇开展“邻里守望”志愿服务活动"),
        (3, 2, "峡川镇东坪村便民服务站投入使用"),
        (4, 2, "高家镇三千亩早稻育秧进入关键期"),
    ]
    first = issue.articles[0]
    assert first.kicker == "抢抓农时 稳产保供"
    assert first.subtitle == "全镇新建集中育秧点4个 预计带动120余户农户增收"
    assert first.byline == "记者 徐喆 通讯员 郑晓芸"  # 喆 is GBK-only on a page labelled gb2312
    assert first.body.split("\n")[0].startswith("本报讯 3月14日，在高家镇盈川村")
    assert [a.continued for a in issue.articles] == [True, False, False, False]
    assert [a.event_date for a in issue.articles] == [date(2024, 3, 14), None, date(2024, 3, 12), None]
    assert all(a.body.endswith("（示例稿件，人物均为虚构）") for a in issue.articles)


def test_body_paragraphs_survive_sloppy_markup(site):
    articles = fetch_issue(config_for(site), COMPLETE).issue.articles
    # Unclosed <p>, a line-wrapping <br> and a <script> inside the body (page without a charset).
    assert articles[1].body.split("\n") == [
        "本报讯 近日，莲花镇组织30余名志愿者走进西山下村，为独居老人上门服务。",
        "活动中，志愿者为老人测量血压、清洗油烟机，并登记了12户老人的维修需求。",
        "（示例稿件，人物均为虚构）",
    ]
    # UTF-8 page whose source wraps a sentence between two Chinese characters.
    assert "快递收发点，预计每年服务群众800余人次。" in articles[2].body
    # Paragraphs separated by <br> and full-width indentation.
    assert articles[3].body.split("\n") == [
        "上接第一版", "为保障育秧用水，镇里还疏浚了盈川渠道1.2公里。", "（示例稿件，人物均为虚构）"]
    assert (articles[1].kicker, articles[1].subtitle, articles[3].byline) == ("", "", "")


def test_issue_text_is_deterministic_and_hashed(site):
    config = config_for(site)
    first = fetch_issue(config, COMPLETE).issue
    second = fetch_issue(config, COMPLETE).issue
    assert first.text == second.text and first.content_sha256 == second.content_sha256
    nfc = unicodedata.normalize("NFC", first.text)
    assert first.content_sha256 == hashlib.sha256(nfc.encode("utf-8")).hexdigest()
    assert first.text.startswith("抢抓农时 稳产保供\n\n高家镇三千亩早稻育秧进入关键期\n\n")
    assert all(a.headline in first.text and a.body.split("\n")[-1] in first.text for a in first.articles)


def test_requests_name_govwatch_and_keep_the_rate_limit(site):
    table = example_table()
    del table["user_agent"]
    config = EpaperConfig.from_dict(table | {"base": f"http://127.0.0.1:{site.server_port}", "min_interval_s": 0.1})
    assert isinstance(fetch_issue(config, COMPLETE), Fetched)
    assert {agent for _, _, agent in site.requests} == {DEFAULT_USER_AGENT}
    assert DEFAULT_USER_AGENT.startswith("govwatch/")
    # Index (= page 1), page 2 and four articles, each once: the area map repeats links.
    assert len(paths(site)) == len(set(paths(site))) == 6
    times = [t for t, _, _ in site.requests]
    assert min(b - a for a, b in zip(times, times[1:])) >= 0.09


def test_missing_and_broken_articles_fail_alone(site):
    result = fetch_issue(config_for(site), BROKEN)
    assert isinstance(result, Fetched)
    assert [(a.seq, a.page, a.headline) for a in result.issue.articles] == [
        (1, 1, "云溪乡举办春季招聘会"), (2, 2, "杜泽镇老年食堂试运营")]
    failures = [(f.source.rsplit("/", 1)[1], f.reason) for f in result.failures]
    assert failures == [
        ("node_3.htm", "page 3: HTTP 404"),
        ("content_302.htm", "article on page 1: HTTP 404"),
        ("content_303.htm", "article on page 1: no title matches '.article h1'"),
    ]
    assert paths(site).count("/html/2024-03/16/content_302.htm") == 1  # a 404 is not retried


def test_unpublished_date_is_not_yet(site):
    result = fetch_issue(config_for(site), UNPUBLISHED)
    assert isinstance(result, NotYet) and result.day == UNPUBLISHED
    assert result.reason.startswith("index not published yet (HTTP 404)")
    assert len(site.requests) == 1


def test_date_redirected_to_another_issue_is_not_yet(site):
    site.rules["/html/2024-03/17/node_1.htm"] = ["to-latest"]
    result = fetch_issue(config_for(site), UNPUBLISHED)
    assert isinstance(result, NotYet) and result.reason.startswith("index redirects to another page")
    assert paths(site) == ["/html/2024-03/17/node_1.htm", INDEX_15]


def test_server_error_is_retried_after_backoff(site):
    article = "/html/2024-03/15/content_201.htm"
    site.rules[article] = ["500"]
    result = fetch_issue(config_for(site, backoff_s=0.15), COMPLETE)
    assert isinstance(result, Fetched) and result.failures == () and len(result.issue.articles) == 4
    tries = [t for t, path, _ in site.requests if path == article]
    assert len(tries) == 2 and tries[1] - tries[0] >= 0.14


def test_persistent_server_error_fails_the_issue(site):
    site.rules[INDEX_15] = ["500", "500"]
    result = fetch_issue(config_for(site), COMPLETE)
    assert isinstance(result, FetchFailed)
    assert result.reason.startswith("index HTTP 500 (after 2 attempts): http://127.0.0.1:")


def test_slow_index_times_out_after_retrying(site):
    site.rules[INDEX_15] = ["slow", "slow"]
    started = time.monotonic()
    result = fetch_issue(config_for(site), COMPLETE)
    assert isinstance(result, FetchFailed)
    assert result.reason.startswith("index timed out after 0.3 s (after 2 attempts)")
    assert paths(site) == [INDEX_15, INDEX_15]
    assert time.monotonic() - started < SLOW_S * 2


def test_unreachable_site_fails():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = EpaperConfig.from_dict(example_table() | {"base": f"http://127.0.0.1:{port}",
                                                       "retries": 1, "backoff_s": 0.01, "min_interval_s": 0.01})
    result = fetch_issue(config, COMPLETE)
    assert isinstance(result, FetchFailed) and "connection failed" in result.reason


def test_selector_that_finds_no_article_fails_the_issue(site):
    result = fetch_issue(config_for(site, article_link_selector="ul.headlines a"), COMPLETE)
    assert isinstance(result, FetchFailed)
    assert result.reason == "no article link matches 'ul.headlines a' on 2 page(s)"


def test_one_fetcher_can_serve_several_dates(site):
    config = config_for(site)
    fetcher = make_fetcher(config)
    results = [fetch_issue(config, day, fetcher) for day in (COMPLETE, BROKEN, UNPUBLISHED)]
    assert [type(r) for r in results] == [Fetched, Fetched, NotYet]


@pytest.mark.parametrize("change, message", [
    ({"title_selector": None}, "missing key(s) title_selector"),
    ({"body_selector": ""}, "missing key(s) body_selector"),
    ({"titel_selector": "h1"}, "unknown key(s) titel_selector"),
    ({"type": "inbox"}, "type must be 'epaper'"),
    ({"title_selector": "h1[["}, "title_selector is not a CSS selector"),
    ({"index_template": "{base}/{year}/node_1.htm"}, "unknown placeholder 'year'"),
    ({"index_template": "/html/{yyyy}/node_1.htm"}, "must give an http(s) URL"),
    ({"encoding": "gbk2"}, "unknown encoding 'gbk2'"),
    ({"retries": "3"}, "retries must be an integer"),
    ({"timeout_s": True}, "timeout_s must be a number"),
    ({"timeout_s": 0}, "timeout_s must be > 0"),
    ({"paper": 7}, "paper must be a string"),
])
def test_bad_config_is_rejected_with_the_key(change, message):
    table = {k: v for k, v in (example_table() | change).items() if v is not None}
    with pytest.raises(ValueError, match="^e-paper source 'qujiang-epaper': .*" + re.escape(message)):
        EpaperConfig.from_dict(table)


def test_example_config_defaults_and_index_url():
    config = EpaperConfig.from_dict({k: v for k, v in example_table().items()
                                     if k not in ("encoding", "timeout_s", "kicker_selector")})
    assert (config.encoding, config.timeout_s, config.kicker_selector) == ("auto", 15.0, "")
    assert config.index_url(date(2024, 3, 5)) == "https://epaper.example.org/qjb/html/2024-03/05/node_1.htm"


GBK_PAGE = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>喆报</html>'


@pytest.mark.parametrize("body, header, encoding, expected", [
    (GBK_PAGE.encode("gbk"), None, "auto", "喆报"),  # <meta> says gb2312; decoded as GB18030
    ("<p>衢江</p>".encode("utf-8"), None, "auto", "衢江"),  # no label: strict UTF-8 first
    ("<p>衢江</p>".encode("gbk"), None, "auto", "衢江"),  # no label, not UTF-8: GB18030
    ("<meta charset=gbk><p>衢江</p>".encode("utf-8"), "utf-8", "auto", "衢江"),  # header beats meta
    ("<meta charset=utf-8><p>衢江</p>".encode("gbk"), None, "auto", "衢江"),  # wrong meta: next candidate
    ("<p>衢江</p>".encode("gbk"), "utf-8", "gbk", "衢江"),  # configured encoding beats everything
])
def test_decode_html_picks_the_right_charset(body, header, encoding, expected):
    assert expected in decode_html(body, header, encoding)
