"""数据状态: how fresh and complete the warehouse is: last update, ingest runs, failures with
their reasons, row counts, issues per month with gaps, extractor versions. Filters do not apply."""
import streamlit as st

from dashboard import charts, labels, ui
from dashboard.data import fetch
from warehouse import queries

st.caption("本页显示整个数据库,不受左侧筛选条件影响。")

updated = fetch(queries.last_updated).iloc[0]
coverage = fetch(queries.issue_coverage)
gaps = coverage[coverage.issues == 0].month.tolist()
versions = fetch(queries.extractor_versions)
latest_version = versions.extractor_version.iloc[0] if not versions.empty else "无"
for column, (label, value) in zip(st.columns(4), [
    ("报纸(期)", ui.count(coverage.issues.sum())), ("其中示例(期)", ui.count(coverage.sample_issues.sum())),
    ("缺报月份(个)", ui.count(len(gaps))), ("抽取器版本", latest_version),
]):
    column.metric(label, value)
st.caption(f"最近导入报纸:{labels.text(updated.last_issue_at) or '无'} · "
           f"最近一次运行结束:{labels.text(updated.last_run_at) or '无'}")

st.subheader("每月报纸(期)")
if coverage.empty:
    ui.empty("还没有报纸。")
else:
    if gaps:
        st.warning("以下月份没有报纸,统计可能偏低:" + "、".join(gaps), icon=":material/warning:")
    ui.chart(charts.issue_coverage(coverage), coverage, "每月报纸", "status_coverage", filtered=False)

st.subheader("导入记录")
ui.table(fetch(queries.ingest_runs), "导入记录", "status_runs", filtered=False,
         codes={"status": labels.RUN_STATUS})

st.subheader("导入失败的文件")
failures = fetch(queries.ingest_failures)
if failures.empty:
    st.success("没有导入失败的文件。")
else:
    ui.table(failures, "导入失败", "status_failures", filtered=False)

left, right = st.columns(2)
with left:
    st.subheader("各表行数")
    ui.table(fetch(queries.row_counts), "数据表行数", "status_rows", filtered=False,
             codes={"table_name": labels.TABLES})
with right:
    st.subheader("抽取器版本")
    ui.table(versions, "抽取器版本", "status_versions", filtered=False)
