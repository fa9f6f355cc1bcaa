"""Chinese names for the query columns and codes: one place for what an official reads."""
from __future__ import annotations

import pandas as pd

COLUMNS = {
    "article_id": "文章编号", "issue_date": "出版日期", "page": "版次", "headline": "标题",
    "township": "乡镇(街道)", "townships": "涉及乡镇", "month": "月份",
    "articles": "文章(篇)", "mentions": "提及(次)", "activity_type": "报道类型",
    "amount_wan": "金额(万元)", "amount_max_wan": "金额上限(万元)", "kind": "类别", "qualifier": "数量限定",
    "project": "所属项目", "evidence": "原文依据", "count": "数量", "count_max": "数量上限", "unit": "单位",
    "name": "项目名称", "project_type": "项目类型", "status": "状态", "investment_wan": "投资(万元)",
    "planned_completion": "计划完工", "first_date": "首次提及", "latest_date": "最近提及",
    "people": "人数(人)", "projects": "项目(个)", "last_month": "最近报道月份", "months_since": "未报道(月)",
    "run_id": "运行编号", "trigger": "触发方式", "source_name": "来源", "started_at": "开始时间", "finished_at": "结束时间",
    "files_seen": "文件(个)", "issues_loaded": "导入(期)", "issues_skipped": "跳过(期)",
    "issues_failed": "失败(期)", "failed_at": "失败时间", "source": "来源文件", "reason": "原因",
    "table_name": "数据表", "rows": "行数", "issues": "报纸(期)", "sample_issues": "其中示例(期)",
    "extractor_version": "抽取器版本", "parser_version": "解析器版本", "last_ingested_at": "最近导入时间",
}

STATUS = {"planned": "计划", "in_progress": "在建", "completed": "已完工", "unknown": "未说明"}
TABLES = {
    "issues": "报纸(issues)", "articles": "文章(articles)",
    "fact_township_activity": "乡镇报道(fact_township_activity)", "fact_investment": "金额(fact_investment)",
    "fact_beneficiary": "人数(fact_beneficiary)", "fact_livelihood_project": "民生项目(fact_livelihood_project)",
    "dim_township": "乡镇(dim_township)", "dim_village": "村社区(dim_village)",
    "ingest_runs": "导入记录(ingest_runs)", "ingest_failures": "导入失败(ingest_failures)",
}
RUN_STATUS = {"ok": "成功", "partial": "部分失败", "failed": "失败", "running": "进行中"}
VALUES = {
    "status": STATUS,
    "kind": {"investment": "投资", "output": "产值", "sales": "销售", "income": "收入", "other": "其他",
             "beneficiaries": "受益", "employment": "就业", "participants": "参与"},
    "qualifier": {"exact": "确数", "about": "约数", "over": "以上", "under": "以下"},
    "trigger": {"manual": "手动", "schedule": "定时", "backfill": "补录", "reextract": "重新抽取"},
}
# Columns kept out of tables and CSV files: internal keys the reader has no use for.
HIDDEN = {"township_id", "sort_order"}


def text(value) -> str:
    """A text cell as str: NULL comes back from DuckDB as None or NaN, both shown as ''."""
    return value if isinstance(value, str) else ""


def present(df: pd.DataFrame, codes: dict[str, dict[str, str]] | None = None) -> pd.DataFrame:
    """The frame as shown and exported: codes translated, internal columns dropped, Chinese headers."""
    out = df.drop(columns=[c for c in df.columns if c in HIDDEN])
    for column, names in {**VALUES, **(codes or {})}.items():
        if column in out.columns:
            out[column] = out[column].map(lambda v, names=names: names.get(v, v) if isinstance(v, str) else v)
    return out.rename(columns=COLUMNS)
