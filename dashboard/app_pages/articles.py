"""文章: find articles (sidebar filters and keyword) and read one, with every extracted fact
highlighted in the text and listed beside it. ?article=<article_id> opens an article directly."""
import pandas as pd
import streamlit as st

from dashboard import filters, highlight, labels, ui
from dashboard.data import fetch
from warehouse import queries

PICK = "articles_pick"
LIST_LIMIT = 500
FACT_KINDS = {"money": "金额", "people": "人数", "project": "项目", "township": "乡镇"}


def open_picked(article_ids: list[str]) -> None:
    rows = st.session_state[PICK].selection.rows
    if rows:
        st.query_params["article"] = article_ids[rows[0]]


def article_table(listing: pd.DataFrame) -> None:
    shown = labels.present(listing).drop(columns=[labels.COLUMNS["article_id"]])
    article_ids = listing.article_id.tolist()
    st.dataframe(shown, hide_index=True, key=PICK, on_select=lambda: open_picked(article_ids),
                 selection_mode="single-row", height=260)
    ui.download(shown, "文章列表", PICK)


def describe_fact(fact) -> str:
    if fact.fact_kind == "money":
        upper = f"~{fact.value_max:,.2f}" if pd.notna(fact.value_max) else ""
        kind = labels.VALUES["kind"].get(fact.detail, fact.detail)
        return f"{kind} {fact.value:,.2f}{upper} 万元({labels.VALUES['qualifier'].get(fact.qualifier, '')})"
    if fact.fact_kind == "people":
        kind = labels.VALUES["kind"].get(fact.detail, fact.detail)
        return f"{kind} {fact.value:,.0f} {fact.unit}"
    if fact.fact_kind == "project":
        money = f" · 投资 {fact.value:,.2f} 万元" if pd.notna(fact.value) else ""
        return f"{fact.name}({fact.detail} · {labels.STATUS.get(fact.qualifier, labels.STATUS['unknown'])}){money}"
    return f"提及 {fact.value:,.0f} 次"


def fact_table(facts: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "编号": [highlight.marker(i) for i in range(1, len(facts) + 1)],
        "类型": facts.fact_kind.map(FACT_KINDS),
        "内容": [describe_fact(fact) for fact in facts.itertuples()],
        "乡镇(街道)": facts.township,
        "原文依据": facts.evidence,
    })


def show_article(article_id: str) -> None:
    detail = fetch(queries.article_detail, article_id)
    if detail.empty:
        st.warning(f"找不到编号为 {highlight.escape(article_id)} 的文章,它所在的报纸可能已被重新导入。")
        return
    article = detail.iloc[0]
    facts = fetch(queries.article_facts, article_id)
    st.subheader(highlight.escape(article.headline))
    meta = [article.paper, article.issue_date + ("(日期为推断)" if article.issue_date_inferred else "")]
    meta += [f"第{int(article.page)}版" if pd.notna(article.page) else "", labels.text(article.byline)]
    st.caption(highlight.escape(" · ".join(m for m in meta if m)))
    if article.is_sample:
        st.warning("这是一期示例报纸(项目组编写,用于演示),并非真实报道。", icon=":material/warning:")
    text, side = st.columns([3, 2])
    with text:
        st.caption("高亮:  :orange-background[:orange[**金额**]]  :blue-background[:blue[**人数**]]  "
                   ":green-background[:green[**项目**]]")
        with st.container(height=520):
            st.markdown(highlight.to_markdown(article.body, facts))
    with side:
        st.markdown("**抽取的事实**")
        if facts.empty:
            ui.empty("这篇文章没有抽取到事实。")
        else:
            table = fact_table(facts)
            narrow = {name: st.column_config.TextColumn(name, width="small") for name in ("编号", "类型")}
            st.dataframe(table, hide_index=True, key="articles_facts", column_config=narrow)
            ui.download(table, f"文章事实_{article_id}", "articles_facts", filtered=False)


f = filters.current()
st.caption("用左侧的月份、乡镇和“关键词”查找文章;点选一行阅读全文。")
listing = fetch(queries.article_list, f, LIST_LIMIT)
if listing.empty:
    ui.empty()
else:
    more = f"(只列出最新 {LIST_LIMIT} 篇)" if len(listing) == LIST_LIMIT else ""
    st.caption(f"共 {len(listing)} 篇{more}")
    article_table(listing)

chosen = st.query_params.get("article")
if chosen:
    show_article(chosen)
