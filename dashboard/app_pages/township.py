"""乡镇: one township's profile over the filtered period: activity by month, projects, money
and people, latest articles. The township picked here replaces the sidebar's township filter."""
import streamlit as st

from dashboard import charts, filters, ui
from dashboard.data import fetch
from warehouse import queries
from warehouse.queries import DISTRICT_WIDE

PICK = "township_pick"


def pick_township(f: queries.FactFilter) -> str:
    names = {k: v for k, v in filters.township_names().items() if k != DISTRICT_WIDE}
    if st.session_state.get(PICK) not in names:
        wanted = st.query_params.get("township")
        chosen = [t for t in f.townships if t in names]
        st.session_state[PICK] = wanted if wanted in names else (chosen or list(names))[0]
    township_id = st.columns([1, 2])[0].selectbox("乡镇(街道)", list(names), format_func=names.get, key=PICK)
    st.query_params["township"] = township_id
    return township_id


f = filters.current()
township_id = pick_township(f)
name = filters.township_names()[township_id]
here = f.for_township(township_id)
st.caption(f"{name} · {f.month_from:%Y年%m月}至{f.month_to:%Y年%m月}(本页只看所选乡镇,其余筛选条件照常适用)")

figures = fetch(queries.headline_figures, here).iloc[0]
projects = fetch(queries.project_list, here)
for column, (label, value) in zip(st.columns(4), [
    ("文章(篇)", ui.count(figures.articles)), ("投资(万元)", ui.amount(figures.investment_wan)),
    ("人数(人)", ui.count(figures.people)), ("民生项目(个)", ui.count(len(projects))),
]):
    column.metric(label, value)

st.subheader(f"{name}每月报道(篇)")
trend = fetch(queries.monthly_trend, here)
if ui.has_values(trend, "articles", f"{name}在所选时段没有报道。"):
    ui.chart(charts.township_months(trend, ui.township_colours()[name]), trend, f"{name}月度报道",
             "township_trend")

st.subheader("民生项目")
ui.table(projects, f"{name}民生项目", "township_projects")

money_tab, people_tab = st.tabs(["金额(万元)", "人数"])
with money_tab:
    ui.table(fetch(queries.investment_facts, here), f"{name}金额", "township_money")
with people_tab:
    ui.table(fetch(queries.beneficiary_facts, here), f"{name}人数", "township_people")

st.subheader("最新文章")
latest = fetch(queries.article_list, here, 10)
if latest.empty:
    ui.empty()
else:
    ui.article_links(latest)
