"""Widgets the pages share: tables and charts with a CSV download each, links to articles."""
from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import charts, data, downloads, filters, labels
from dashboard.highlight import escape
from warehouse import queries

ARTICLES_PAGE = "app_pages/articles.py"
EMPTY = "当前筛选条件下没有数据。"
LINK = "原文"
WAN_FORMAT = "%.2f"


def amount(value: float) -> str:
    """万元 for a headline: whole numbers once large, so figures fit a metric at 1366 px."""
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:,.2f}"


def count(value: float) -> str:
    return f"{int(value):,}"


def empty(message: str = EMPTY) -> None:
    st.info(message, icon=":material/info:")


def has_values(df: pd.DataFrame, column: str, message: str = EMPTY) -> bool:
    """True when `column` has something other than zeros; otherwise say so and return False."""
    if df.empty or not df[column].fillna(0).any():
        empty(message)
        return False
    return True


def article_url(article_id: str) -> str:
    """A link to the 文章 page (relative, so it works under any base path) keeping the filters."""
    pairs = [(k, v) for k in filters.URL_KEYS for v in st.query_params.get_all(k)]
    return "articles?" + urlencode(pairs + [("article", article_id)])


def _column_config(frame: pd.DataFrame) -> dict:
    config = {c: st.column_config.NumberColumn(c, format=WAN_FORMAT) for c in frame.columns if "万元" in c}
    if LINK in frame.columns:
        config[LINK] = st.column_config.LinkColumn(LINK, display_text="打开", width="small")
    return config


def download(frame: pd.DataFrame, what: str, key: str, filtered: bool = True) -> None:
    """A CSV download of `frame` (columns already in Chinese); the bytes are built on click."""
    label = filters.describe(filters.current()) if filtered else ""
    st.download_button(
        "下载 CSV", data=lambda: downloads.csv_bytes(frame), mime="text/csv", key=f"{key}_csv",
        file_name=downloads.file_name(what, label, date.today()), on_click="ignore",
        icon=":material/download:",
    )


def table(df: pd.DataFrame, what: str, key: str, *, filtered: bool = True, codes: dict | None = None,
          height: int | str = "auto") -> None:
    """A query result as a Chinese table (linking each row's article) with its CSV download."""
    if df.empty:
        empty()
        return
    shown = labels.present(df, codes)
    if "article_id" in df.columns:
        shown.insert(0, LINK, [article_url(a) for a in df.article_id])
    st.dataframe(shown, hide_index=True, column_config=_column_config(shown), key=key, height=height)
    download(shown.drop(columns=[LINK], errors="ignore"), what, key, filtered)


def chart(fig: go.Figure, df: pd.DataFrame, what: str, key: str, filtered: bool = True,
          selectable: bool = False):
    """A chart and a CSV download of the rows it was drawn from. A selectable chart reruns the page
    when a bar is clicked and returns the selection event."""
    event = st.plotly_chart(fig, key=key, config={"displaylogo": False},
                            on_select="rerun" if selectable else "ignore", selection_mode="points")
    download(labels.present(df), what, key, filtered)
    return event


def export_all(f: queries.FactFilter) -> None:
    """The 导出全部 button: the filtered fact tables as one zip, built when clicked."""
    path = data.db_path()
    st.download_button(
        "导出全部", data=lambda: downloads.export_zip(path, f), mime="application/zip",
        file_name=downloads.file_name("全部事实", filters.describe(f), date.today(), "zip"),
        key="export_all", on_click="ignore", icon=":material/folder_zip:",
        help="当前筛选条件下的乡镇报道、金额、人数和民生项目,每表一个 CSV 文件",
    )


def article_links(df: pd.DataFrame) -> None:
    """One in-app link per article row (date and headline) to the 文章 page."""
    for row in df.itertuples():
        st.page_link(ARTICLES_PAGE, label=f"{row.issue_date} {escape(row.headline)}",
                     query_params={"article": row.article_id}, icon=":material/article:")


def township_colours() -> dict[str, str]:
    return charts.township_colours(data.fetch(queries.townships).name.tolist())
