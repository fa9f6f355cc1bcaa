"""总览: headline figures against the previous period, the township x month grid, money and
people by township, monthly trends and townships the paper has not covered lately."""
import pandas as pd
import streamlit as st

from dashboard import charts, filters, labels, ui
from dashboard.data import fetch
from warehouse import queries

HEADLINES = [  # (column, label, formatter)
    ("issues", "报纸(期)", ui.count), ("articles", "文章(篇)", ui.count),
    ("townships", "覆盖乡镇(个)", ui.count), ("investment_wan", "投资(万元)", ui.amount),
    ("people", "人数(人)", ui.count),
]
PROJECTS = [("projects_planned", "planned"), ("projects_in_progress", "in_progress"),
            ("projects_completed", "completed"), ("projects_unknown", "unknown")]


def headline_metrics(f: queries.FactFilter) -> None:
    now = fetch(queries.headline_figures, f).iloc[0]
    before_filter = f.previous_period()
    before = fetch(queries.headline_figures, before_filter).iloc[0]
    compared = f"与前一同长时段({before_filter.month_from:%Y-%m}至{before_filter.month_to:%Y-%m})相比"
    columns = st.columns(len(HEADLINES) + 1)
    for column, (name, label, number) in zip(columns, HEADLINES):
        change = now[name] - before[name]
        column.metric(label, number(now[name]), delta=number(change) if change else None, help=compared)
    total, total_before = (sum(int(row[name]) for name, _ in PROJECTS) for row in (now, before))
    columns[-1].metric("民生项目(个)", total, delta=(total - total_before) or None, help=compared)
    by_status = " · ".join(f"{labels.STATUS[code]} {int(now[name])}" for name, code in PROJECTS)
    st.caption(f"民生项目按状态:{by_status}。箭头为{compared}的变化。人数只计受益和就业的“人、名、位”(不含参加活动人数、人次和户);金额与人数按报道累计,同一项目多次报道会重复计入。")


def evidence_of_township(f: queries.FactFilter, by_place, name: str) -> None:
    """The facts behind one township's bars, each with its sentence and a link to the article."""
    township_id = by_place.loc[by_place.township == name, "township_id"].iloc[0]
    here = f.for_township(queries.DISTRICT_WIDE if pd.isna(township_id) else township_id)
    st.subheader(f"{name}:数字出自哪些句子")
    money = fetch(queries.investment_facts, here)
    money = money[money.kind == "investment"]
    people = fetch(queries.beneficiary_facts, here)
    people = people[people.unit.isin(queries.PERSON_UNITS) & people.kind.isin(queries.BENEFIT_KINDS)]
    ui.table(money, f"{name}投资依据", "overview_money_evidence")
    ui.table(people, f"{name}人数依据", "overview_people_evidence")
    sources = pd.concat([money, people])[["article_id", "issue_date", "headline"]].drop_duplicates("article_id")
    if not sources.empty:
        st.caption("打开原文,句子已高亮:")
        ui.article_links(sources)


f = filters.current()
st.caption(f"{f.month_from:%Y年%m月}至{f.month_to:%Y年%m月}")
headline_metrics(f)

st.subheader("各乡镇每月报道(篇)")
heat = fetch(queries.activity_heatmap, f)
if ui.has_values(heat, "articles"):
    ui.chart(charts.activity_heatmap(heat), heat, "乡镇月度报道", "overview_heatmap")

colours = ui.township_colours()
by_place = fetch(queries.money_people_by_township, f)
left, right = st.columns(2)
clicked = []
for column, value, unit, title in ((left, "investment_wan", "万元", "投资"), (right, "people", "人", "人数")):
    with column:
        st.subheader(f"各乡镇{title}({unit})")
        if ui.has_values(by_place, value):
            event = ui.chart(charts.township_bars(by_place, value, unit, colours), by_place, f"乡镇{title}",
                             f"overview_{value}", selectable=True)
            clicked += [point["x"] for point in event.selection.points]
if clicked:
    evidence_of_township(f, by_place, clicked[-1])
else:
    st.caption("点击柱子,查看该乡镇的数字出自哪些句子。")

st.subheader("月度趋势")
trend = fetch(queries.monthly_trend, f)
if ui.has_values(trend, "articles"):
    ui.chart(charts.monthly_trend(trend), trend, "月度趋势", "overview_trend")

st.subheader("近期未见报道的乡镇")
months = st.number_input("最近几个月(截至结束月份)", min_value=1, max_value=36, value=3, step=1,
                         key="overview_silent_months")
silent = fetch(queries.silent_townships, f, int(months))
if silent.empty:
    st.success(f"所选乡镇在最近 {int(months)} 个月都有报道。")
else:
    ui.table(silent, f"近{int(months)}个月未报道乡镇", "overview_silent")
