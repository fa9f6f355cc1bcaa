"""The global sidebar filters, kept in the URL query string so a view can be bookmarked.

The widgets are seeded from the URL once per session and write their values back on every run:
Streamlit clears the query string when the user changes page, and this puts it back. Months are
always written, so a bookmark keeps its period when newer issues arrive.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from dashboard import labels
from warehouse.queries import DISTRICT_LABEL, DISTRICT_WIDE, FactFilter, add_months

# URL parameter -> session key of its widget.
URL_KEYS = {"from": "filter_from", "to": "filter_to", "t": "filter_places", "type": "filter_types",
            "status": "filter_statuses", "q": "filter_keyword"}
LISTS = {"t", "type", "status"}
SEEDED = "filter_seeded"
CURRENT = "filter_current"
OPTIONS = "filter_options"
DEFAULT_MONTHS = 6


@dataclass(frozen=True)
class Options:
    months: list[str]  # 'YYYY-MM', every month from the first to the last in the warehouse
    places: dict[str, str]  # township id (and DISTRICT_WIDE) -> name, in township order
    types: list[str]

    def defaults(self) -> dict[str, object]:
        start = max(0, len(self.months) - DEFAULT_MONTHS)
        return {"from": self.months[start], "to": self.months[-1], "t": [], "type": [], "status": [], "q": ""}

    def offered(self, url_key: str) -> list[str] | None:
        return {"from": self.months, "to": self.months, "t": list(self.places), "type": self.types,
                "status": list(labels.STATUS)}.get(url_key)


def build_options(townships: pd.DataFrame, project_types: pd.DataFrame, first: date, last: date) -> Options:
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    months = [add_months(first, i).strftime("%Y-%m") for i in range(count)]
    places = dict(zip(townships.township_id, townships.name)) | {DISTRICT_WIDE: DISTRICT_LABEL}
    return Options(months, places, project_types.project_type.tolist())


def _valid(url_key: str, value, options: Options):
    """The value without what the warehouse no longer offers (a month no longer offered: the default)."""
    offered = options.offered(url_key)
    if url_key in LISTS:
        return [v for v in value if v in offered]
    if offered is not None and value not in offered:
        return options.defaults()[url_key]
    return value


def _seed_from_url(options: Options) -> None:
    defaults = options.defaults()
    for url_key, state_key in URL_KEYS.items():
        if url_key in LISTS:
            raw = st.query_params.get_all(url_key)
        else:
            raw = st.query_params.get(url_key, defaults[url_key])
        st.session_state[state_key] = _valid(url_key, raw, options)
    st.session_state[SEEDED] = True


def _reset(options: Options) -> None:
    for url_key, value in options.defaults().items():
        st.session_state[URL_KEYS[url_key]] = value


def _write_url() -> None:
    for url_key, state_key in URL_KEYS.items():
        value = st.session_state[state_key]
        wanted = [str(v) for v in value] if url_key in LISTS else ([value.strip()] if value.strip() else [])
        if st.query_params.get_all(url_key) == wanted:
            continue
        if wanted:
            st.query_params[url_key] = wanted if url_key in LISTS else wanted[0]
        else:
            del st.query_params[url_key]


def sidebar(options: Options) -> FactFilter:
    """Draw the filters in the sidebar and return the filter they describe."""
    if not st.session_state.get(SEEDED):
        _seed_from_url(options)
    for url_key, state_key in URL_KEYS.items():  # a newer warehouse may offer other values
        st.session_state[state_key] = _valid(url_key, st.session_state[state_key], options)
    with st.sidebar:
        st.subheader("筛选")
        left, right = st.columns(2)
        left.selectbox("起始月份", options.months, key=URL_KEYS["from"])
        right.selectbox("结束月份", options.months, key=URL_KEYS["to"])
        st.multiselect("乡镇(街道)", list(options.places), format_func=options.places.get,
                       key=URL_KEYS["t"], placeholder="全部乡镇")
        st.multiselect("项目类型", options.types, key=URL_KEYS["type"], placeholder="全部类型")
        st.multiselect("项目状态", list(labels.STATUS), format_func=labels.STATUS.get,
                       key=URL_KEYS["status"], placeholder="全部状态")
        st.text_input("关键词", key=URL_KEYS["q"], placeholder="标题或正文中的词")
        st.button("清除筛选", on_click=_reset, args=(options,))
    _write_url()
    fact_filter = _to_filter()
    st.session_state[CURRENT] = fact_filter
    st.session_state[OPTIONS] = options
    return fact_filter


def _to_filter() -> FactFilter:
    state = {url_key: st.session_state[key] for url_key, key in URL_KEYS.items()}
    start, end = sorted([state["from"], state["to"]])
    return FactFilter(
        month_from=date.fromisoformat(start + "-01"), month_to=date.fromisoformat(end + "-01"),
        townships=tuple(state["t"]), project_types=tuple(state["type"]),
        statuses=tuple(state["status"]), keyword=state["q"].strip(),
    )


def current() -> FactFilter:
    """The filter the sidebar set in this run (pages call this)."""
    return st.session_state[CURRENT]


def township_names() -> dict[str, str]:
    """Township id (and DISTRICT_WIDE) -> name, in township order."""
    return st.session_state[OPTIONS].places


def describe(f: FactFilter) -> str:
    """A short label of a filter for file names: period, townships, keyword."""
    options: Options = st.session_state[OPTIONS]
    parts = [f"{f.month_from:%Y%m}-{f.month_to:%Y%m}"]
    if f.townships:
        first = options.places.get(f.townships[0], f.townships[0])
        parts.append(first if len(f.townships) == 1 else f"{first}等{len(f.townships)}处")
    if f.project_types or f.statuses:
        parts.append("项目已筛选")
    if f.keyword:
        parts.append(f.keyword[:12])
    return "_".join(parts)
