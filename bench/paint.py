"""First paint of each dashboard page in a real Chromium, on a given warehouse."""
from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
FLOOR = "基线"  # floor_app.py
PAGES = {"总览": "", "乡镇": "township", "民生项目": "projects", "文章": "articles", "数据状态": "status"}
# First paint: the page's title is drawn. Fully drawn: a title, no loading placeholders, no script
# run in progress, every chart's SVG present.
TITLE = """() => document.querySelector('[data-testid="stMain"] h1')"""
# The browser's own first contentful paint (ms after navigation): the app's empty frame.
# A rerun: the app's script state turned to running after the keyword was entered (set by WATCH_RUNS).
WATCH_RUNS = """() => { window.__ran = false; window.__watch?.disconnect();
window.__watch = new MutationObserver(() => {
    if (document.querySelector('[data-testid="stApp"][data-test-script-state="running"]')) window.__ran = true;
});
window.__watch.observe(document.querySelector('[data-testid="stApp"]'), {attributes: true}); }"""
# The baseline's rerun is too short for the browser to show the running state: it is over when its
# chart's title shows the keyword.
CHART_TITLED = """[...document.querySelectorAll('.gtitle')].some(t => t.textContent === word)"""
KEYWORD = "关键词"  # the label of the dashboard's keyword box, and of floor_app.py's
KEYWORDS = ["学校", "道路", "养老", "水库", "大桥", "农田", "公交", "食堂", "卫生", "文化", "污水", "电商"]
FIRST_CONTENTFUL = """() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN"""
PAINTED = """() => document.querySelector('[data-testid="stMain"] h1')
    && !document.querySelector('[data-testid="stSkeleton"]')
    && document.querySelector('[data-testid="stApp"][data-test-script-state="notRunning"]')
    && [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].every(c => c.querySelector('.main-svg'))"""


def first_paint(db: Path, runs: int = 3) -> dict:
    """Median seconds from navigation to first paint and to a fully drawn page, for each dashboard
    page and for the baseline (`floor_app.py`: a title, a keyword box, one chart) served the same way in the
    same run: with an empty browser cache (a new context per load) and with the static files cached
    (a new tab in the same context). Loads take turns, the baseline then each page, round after
    round, so a change in the machine's speed during the run weighs on all of them alike."""
    if not Path(CHROMIUM).exists():
        return {"skipped": f"{CHROMIUM} is not installed"}
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            with (_served(ROOT / "bench" / "floor_app.py", {}) as floor_url,
                  _served(ROOT / "dashboard" / "app.py", {"GOVWATCH_DB": str(db)}) as app_url):
                urls = {FLOOR: floor_url} | {name: app_url + path for name, path in PAGES.items()}
                cold = _paints_in_turn(browser, urls, runs, shared=False)
                warm = _paints_in_turn(browser, urls, runs, shared=True)
                return {name: {**_summary(cold[name], "cold_cache"), **_summary(warm[name], "warm_cache"),
                               "rerun": _median_rerun(browser, url, runs)} for name, url in urls.items()}
        finally:
            browser.close()


@contextmanager
def _served(script: Path, env: dict):
    """The URL of `script` run by Streamlit on a free local port, for the duration of the block."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_healthy(url)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def _median_rerun(browser, url: str, runs: int) -> float:
    """Median seconds from entering a new keyword to the end of the page's run in the browser (the
    run over, every chart present; plotly may still be redrawing one in place), in one tab: what a
    filter change costs once the page is open. Each keyword is new to the page, so its queries are
    not cached yet."""
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    tab = context.new_page()
    tab.goto(url)
    tab.wait_for_function(PAINTED, timeout=60_000)
    seconds = []
    for n in range(runs + 1):  # the first rerun warms what a first rerun warms
        word = KEYWORDS[n % len(KEYWORDS)] + (str(n) if n >= len(KEYWORDS) else "")
        box = tab.get_by_label(KEYWORD)
        box.fill(word)
        tab.evaluate(WATCH_RUNS)
        started = time.perf_counter()
        box.press("Enter")
        tab.wait_for_function(f"word => (window.__ran || {CHART_TITLED}) && ({PAINTED})()", arg=word,
                              timeout=60_000, polling=20)
        seconds.append(time.perf_counter() - started)
    context.close()
    return round(statistics.median(seconds[1:]), 2)


def _paints_in_turn(browser, urls: dict[str, str], runs: int, shared: bool) -> dict[str, list[tuple]]:
    """(title, drawn, first contentful paint) seconds of each load of each page, the pages taking
    turns for runs + 1 rounds; the first round only warms the caches, as any earlier visitor would."""
    loads = {name: [] for name in urls}
    context = browser.new_context(viewport={"width": 1366, "height": 768}) if shared else None
    for round_ in range(runs + 1):
        for name, url in urls.items():
            timing = _load(context or browser.new_context(viewport={"width": 1366, "height": 768}), url,
                           close_context=not shared)
            if round_:
                loads[name].append(timing)
    if context:
        context.close()
    return loads


def _load(context, url: str, close_context: bool) -> tuple[float, float, float]:
    tab = context.new_page()
    started = time.perf_counter()
    tab.goto(url)
    tab.wait_for_function(TITLE, timeout=60_000, polling=20)
    title = time.perf_counter() - started
    contentful = tab.evaluate(FIRST_CONTENTFUL) / 1000
    tab.wait_for_timeout(100)  # let the first script run start before waiting for it to end
    tab.wait_for_function(PAINTED, timeout=60_000)
    drawn = time.perf_counter() - started
    tab.close()
    if close_context:
        context.close()
    return title, drawn, contentful


def _summary(loads: list[tuple], prefix: str) -> dict:
    """Median seconds to the title (first paint) and to the whole page (fully drawn), the slowest
    title, and the median first contentful paint."""
    titles, drawn, contentful = zip(*loads)
    painted = [c for c in contentful if c == c]  # NaN when the browser reported none
    return {prefix: round(statistics.median(drawn), 2),
            f"{prefix}_title": round(statistics.median(titles), 2),
            f"{prefix}_title_worst": round(max(titles), 2),
            f"{prefix}_fcp": round(statistics.median(painted), 2) if painted else float("nan")}


def _wait_healthy(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("streamlit did not start")


def table(paints: dict) -> str:
    """One row per page, static files cached: seconds to the browser's first contentful paint (the
    app's empty frame), to the page's title (first paint) and to the fully drawn page, the last two
    also as a ratio to the baseline's, and the slowest title of the timed loads; then the same with an
    empty browser cache; last, a rerun after a new keyword, and its ratio to the baseline's."""
    if "skipped" in paints:
        return f"first paint: {paints['skipped']}"
    floor = paints[FLOOR]
    lines = ["frame s   title s  worst  x base   drawn s  x base   empty cache: title s  worst  drawn s"
             "   rerun s  x base   page"]
    for page, t in paints.items():
        lines.append(f"{t['warm_cache_fcp']:>7}  {t['warm_cache_title']:>8}  {t['warm_cache_title_worst']:>5}"
                     f"  {t['warm_cache_title'] / floor['warm_cache_title']:>6.2f}"
                     f"  {t['warm_cache']:>8}  {t['warm_cache'] / floor['warm_cache']:>6.2f}"
                     f"  {t['cold_cache_title']:>21}  {t['cold_cache_title_worst']:>5}  {t['cold_cache']:>7}"
                     f"  {t['rerun']:>8}  {t['rerun'] / floor['rerun']:>6.2f}   {page}")
    return "\n".join(lines)
