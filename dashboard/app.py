"""The govwatch dashboard: page set-up, the shared sidebar filters, and the pages.

Run with `govwatch dashboard` (or `streamlit run dashboard/app.py` with GOVWATCH_DB set).
"""
from __future__ import annotations

import gc

import pandas as pd
import streamlit as st

from dashboard import data, filters, ui
from warehouse import queries

NO_WAREHOUSE = ("尚无数据:请先运行 `govwatch ingest <报纸文件或文件夹>` 导入报纸"
                "(或运行 `govwatch demo` 载入示例),再刷新本页。")
NO_ISSUES = "数据库中还没有成功导入的报纸。请查看下方的导入记录和失败原因。"
UNAVAILABLE = "数据库暂时无法打开(可能正在更新),请稍后刷新页面。"

PAGES = [
    st.Page("app_pages/overview.py", title="总览", icon=":material/dashboard:", default=True),
    st.Page("app_pages/township.py", title="乡镇", icon=":material/location_city:", url_path="township"),
    st.Page("app_pages/projects.py", title="民生项目", icon=":material/construction:", url_path="projects"),
    st.Page("app_pages/articles.py", title="文章", icon=":material/article:", url_path="articles"),
    st.Page("app_pages/status.py", title="数据状态", icon=":material/database:", url_path="status"),
]
STATUS_PAGE = PAGES[-1]


@st.cache_resource(show_spinner=False)
def freeze_startup_objects() -> None:
    """Move what exists once the app's imports are done (modules, classes, plotly's validators:
    some 120,000 objects) out of the garbage collector's reach, once per server process.

    A full collection walks every tracked object and holds the interpreter lock while it does (a
    median of 75-112 ms per page run on the 10-year warehouse, once 690 ms), and Streamlit runs one
    after every script run, stalling the server's sending of the page to the browser. Frozen, those
    objects are no longer walked; newer ones still are.
    """
    gc.collect()
    gc.freeze()


def sample_note(summary) -> None:
    if summary.sample_issues:
        st.sidebar.caption(f":orange[数据含 {summary.sample_issues} 期示例报纸(标有“示例”,"
                           f"由项目组编写,并非真实报道)。]")


def main() -> None:
    st.set_page_config(page_title="衢江报 · 乡镇动态", page_icon="📰", layout="wide")
    freeze_startup_objects()
    summary = data.summary()
    if summary is None:
        st.title("衢江报 · 乡镇动态")
        st.info(NO_WAREHOUSE, icon=":material/info:")
        return
    if summary.issues == 0 or pd.isna(summary.first_month):
        page = st.navigation([STATUS_PAGE])
        st.title(page.title)
        st.info(NO_ISSUES, icon=":material/info:")
        page.run()
        return
    # The page's title is drawn first, before the sidebar's widgets and the page's queries: it is
    # what a reader sees at first paint.
    page = st.navigation(PAGES)
    st.title(page.title)
    options = filters.build_options(
        data.fetch(queries.townships), data.fetch(queries.project_types),
        summary.first_month.date(), summary.last_month.date(),
    )
    fact_filter = filters.sidebar(options)
    with st.sidebar:
        ui.export_all(fact_filter)
    sample_note(summary)
    page.run()


try:
    main()
except data.WarehouseUnavailable:
    st.warning(UNAVAILABLE, icon=":material/hourglass:")
