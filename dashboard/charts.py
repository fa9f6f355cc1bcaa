"""DataFrame -> plotly Figure for every chart of the dashboard (no Streamlit calls here).

Townships keep one colour and one order (dim_township.sort_order) on every page: colours are
assigned from the full township list, never from the rows a filter happens to leave.
"""
from __future__ import annotations

import pandas as pd
import plotly.colors
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from warehouse.queries import DISTRICT_LABEL

FONT = "WenQuanYi Micro Hei, Microsoft YaHei, PingFang SC, Noto Sans CJK SC, sans-serif"
DISTRICT_COLOUR = "#8c8c8c"
PALETTE = plotly.colors.qualitative.Dark24
STATUS_COLOURS = {"计划": "#9ecae1", "在建": "#f4a261", "已完工": "#2a9d8f", "未说明": "#c7c7c7"}
SAMPLE_COLOUR = "#e9c46a"
ISSUE_COLOUR = "#4c78a8"


def township_colours(names_in_order: list[str]) -> dict[str, str]:
    colours = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(names_in_order)}
    colours[DISTRICT_LABEL] = DISTRICT_COLOUR
    return colours


def _layout(fig: go.Figure, height: int) -> go.Figure:
    fig.update_layout(
        height=height, font={"family": FONT, "size": 13}, margin={"l": 10, "r": 10, "t": 10, "b": 10},
        hoverlabel={"font": {"family": FONT}}, legend={"orientation": "h", "y": -0.15},
    )
    return fig


def _whole_numbers(max_value: float) -> dict:
    """Axis settings for counts: no 0.5 ticks, one tick per unit while the counts are small."""
    return {"tickformat": ",d", "dtick": 1 if max_value < 8 else None, "rangemode": "tozero"}


def activity_heatmap(df: pd.DataFrame) -> go.Figure:
    """Township x month grid of article counts; rows in township order, first on top."""
    grid = df.pivot(index="township", columns="month", values="articles")
    order = df.drop_duplicates("township").sort_values("sort_order").township.tolist()
    grid = grid.loc[order]
    text = grid.map(lambda n: str(n) if n else "")
    fig = go.Figure(go.Heatmap(
        z=grid.values, x=grid.columns.tolist(), y=order, text=text.values, texttemplate="%{text}",
        colorscale="Blues", xgap=2, ygap=2, colorbar={"title": "篇"},
        hovertemplate="%{y}<br>%{x}<br>文章 %{z} 篇<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(type="category", side="top")
    return _layout(fig, height=max(220, 26 * len(order) + 80))


def township_bars(df: pd.DataFrame, value: str, unit: str, colours: dict[str, str]) -> go.Figure:
    """One bar per township (and 区级) in township order."""
    rows = df.sort_values("sort_order")
    number = "%{y:,.2f}" if unit == "万元" else "%{y:,}"
    fig = go.Figure(go.Bar(
        x=rows.township, y=rows[value], marker_color=[colours.get(t, DISTRICT_COLOUR) for t in rows.township],
        hovertemplate=f"%{{x}}<br>{number} {unit}<extra></extra>",
    ))
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=rows.township.tolist())
    if unit == "万元":
        fig.update_yaxes(rangemode="tozero")
    else:
        fig.update_yaxes(**_whole_numbers(rows[value].max()))
    return _layout(fig, height=320)


def monthly_trend(df: pd.DataFrame) -> go.Figure:
    """Articles, investment and people per month, one panel each (their units differ)."""
    panels = [("articles", "文章", "篇", "%{y:,}"), ("investment_wan", "投资", "万元", "%{y:,.2f}"),
              ("people", "人数", "人", "%{y:,}")]
    fig = make_subplots(rows=3, cols=1, shared_xaxes=True, vertical_spacing=0.08,
                        subplot_titles=[f"{name}({unit})" for _, name, unit, _ in panels])
    for row, (column, name, unit, number) in enumerate(panels, start=1):
        fig.add_trace(go.Bar(x=df.month, y=df[column], name=name, marker_color=PALETTE[row - 1],
                             hovertemplate=f"%{{x}}<br>{name} {number} {unit}<extra></extra>"), row=row, col=1)
    fig.update_xaxes(type="category")
    fig.update_yaxes(**_whole_numbers(df.articles.max()), row=1, col=1)
    fig.update_layout(showlegend=False)
    return _layout(fig, height=480).update_layout(margin={"t": 30})


def township_months(df: pd.DataFrame, colour: str) -> go.Figure:
    """One township's articles per month."""
    fig = go.Figure(go.Bar(x=df.month, y=df.articles, marker_color=colour,
                           hovertemplate="%{x}<br>文章 %{y} 篇<extra></extra>"))
    fig.update_xaxes(type="category")
    fig.update_yaxes(**_whole_numbers(df.articles.max()))
    return _layout(fig, height=300)


def status_by_type(df: pd.DataFrame) -> go.Figure:
    """Projects per type, stacked by status. Expects the status column already in Chinese."""
    fig = go.Figure()
    for status, colour in STATUS_COLOURS.items():
        rows = df[df.status == status]
        if not rows.empty:
            fig.add_trace(go.Bar(y=rows.project_type, x=rows.projects, name=status, orientation="h",
                                 marker_color=colour,
                                 hovertemplate=f"%{{y}}<br>{status} %{{x}} 个<extra></extra>"))
    fig.update_layout(barmode="stack")
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=sorted(df.project_type.unique()))
    fig.update_xaxes(title="个", **_whole_numbers(df.groupby("project_type").projects.sum().max()))
    return _layout(fig, height=max(240, 36 * df.project_type.nunique() + 120))


def issue_coverage(df: pd.DataFrame) -> go.Figure:
    """Issues per month; a month without a bar is a gap in the collection."""
    real = df.issues - df.sample_issues
    fig = go.Figure([
        go.Bar(x=df.month, y=real, name="报纸", marker_color=ISSUE_COLOUR,
               hovertemplate="%{x}<br>报纸 %{y} 期<extra></extra>"),
        go.Bar(x=df.month, y=df.sample_issues, name="示例", marker_color=SAMPLE_COLOUR,
               hovertemplate="%{x}<br>示例 %{y} 期<extra></extra>"),
    ])
    fig.update_layout(barmode="stack")
    fig.update_xaxes(type="category")
    fig.update_yaxes(**_whole_numbers(df.issues.max()))
    return _layout(fig, height=300)
