"""First paint of each dashboard page in a real Chromium, on a given warehouse."""
from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
PAGES = {"总览": "", "乡镇": "township", "民生项目": "projects", "文章": "articles", "数据状态": "status"}
# First paint: the page's title is drawn. Fully drawn: a title, no loading placeholders, no script
# run in progress, every chart's SVG present.
TITLE = """() => document.querySelector('[data-testid="stMain"] h1')"""
PAINTED = """() => document.querySelector('[data-testid="stMain"] h1')
    && !document.querySelector('[data-testid="stSkeleton"]')
    && document.querySelector('[data-testid="stApp"][data-test-script-state="notRunning"]')
    && [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].every(c => c.querySelector('.main-svg'))"""


def first_paint(db: Path, runs: int = 3) -> dict:
    """Median seconds from navigation to a fully drawn page: with an empty browser cache (a new
    context per load) and with the static files cached (a new tab in the same context)."""
    if not Path(CHROMIUM).exists():
        return {"skipped": f"{CHROMIUM} is not installed"}
    from playwright.sync_api import sync_playwright

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        env={**os.environ, "GOVWATCH_DB": str(db)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_healthy(url)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            results = {name: {**_median_paint(browser, url + path, runs, shared=False, prefix="cold_cache"),
                              **_median_paint(browser, url + path, runs, shared=True, prefix="warm_cache")}
                       for name, path in PAGES.items()}
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    return results


def _median_paint(browser, url: str, runs: int, shared: bool, prefix: str) -> dict:
    """Median seconds to the title (first paint) and to the whole page (fully drawn)."""
    titles, whole = [], []
    context = browser.new_context(viewport={"width": 1366, "height": 768}) if shared else None
    for _ in range(runs + 1):  # the first load warms the caches, as any earlier visitor would
        own = context or browser.new_context(viewport={"width": 1366, "height": 768})
        tab = own.new_page()
        started = time.perf_counter()
        tab.goto(url)
        tab.wait_for_function(TITLE, timeout=60_000, polling=20)
        titles.append(time.perf_counter() - started)
        tab.wait_for_timeout(100)  # let the first script run start before waiting for it to end
        tab.wait_for_function(PAINTED, timeout=60_000)
        whole.append(time.perf_counter() - started)
        tab.close()
        if not shared:
            own.close()
    if context:
        context.close()
    return {prefix: round(statistics.median(whole[1:]), 2),
            f"{prefix}_title": round(statistics.median(titles[1:]), 2)}


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
