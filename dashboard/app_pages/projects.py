"""民生项目: every project with its type, latest status, township, investment and mentions;
status by type; one project's mentions, each linking to its article."""
import streamlit as st

from dashboard import charts, filters, labels, ui
from dashboard.data import fetch
from warehouse import queries

PICK = "projects_pick"
SEPARATOR = "|"  # between name and township id in the ?project= parameter


def project_key(name: str, township_id) -> str:
    return f"{name}{SEPARATOR}{labels.text(township_id)}"


def pick_project(projects) -> tuple[str, str | None] | None:
    keys = [project_key(r.name, r.township_id) for r in projects.itertuples()]
    titles = {project_key(r.name, r.township_id): f"{r.name}({r.township})" for r in projects.itertuples()}
    if st.session_state.get(PICK) not in keys:
        wanted = st.query_params.get("project")
        st.session_state[PICK] = wanted if wanted in keys else None
    chosen = st.selectbox("查看项目", keys, format_func=titles.get, key=PICK,
                          placeholder="选择一个项目,查看它的全部报道")
    if chosen is None:
        st.query_params.pop("project", None)
        return None
    st.query_params["project"] = chosen
    name, _, township_id = chosen.rpartition(SEPARATOR)
    return name, township_id or None


f = filters.current()
projects = fetch(queries.project_list, f)
st.caption(f"{f.month_from:%Y年%m月}至{f.month_to:%Y年%m月} · 共 {len(projects)} 个项目"
           "(同一乡镇同名项目视为一个,状态取最近一次报道)")

by_type = fetch(queries.project_status_by_type, f)
if by_type.empty:
    ui.empty()
else:
    st.subheader("各类型项目状态(个)")
    shown = by_type.assign(status=by_type.status.map(labels.STATUS))
    ui.chart(charts.status_by_type(shown), by_type, "项目状态按类型", "projects_by_type")

st.subheader("项目一览")
ui.table(projects, "民生项目", "projects_table")

if not projects.empty:
    st.subheader("项目详情")
    picked = pick_project(projects)
    if picked:
        mentions = fetch(queries.project_mentions, *picked)
        ui.table(mentions, f"项目报道_{picked[0]}", "projects_mentions")
        st.caption("打开报道原文:")
        ui.article_links(mentions)
