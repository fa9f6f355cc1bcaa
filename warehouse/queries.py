"""Every SELECT the dashboard and its exports run: functions of a connection (and a FactFilter)
that return DataFrames.

Filter values reach DuckDB only as named, bound parameters ($name). SQL text is assembled from
the constant fragments in this module, never from user input. Amounts come out in 万元, months as
'YYYY-MM' and dates as 'YYYY-MM-DD' strings, codes (status, kind) untranslated.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

import duckdb
import pandas as pd

from warehouse.read import STATUS_TABLES

DISTRICT_WIDE = "district"  # township filter token for district-wide facts (township_id NULL)
DISTRICT_LABEL = "区级"
UNKNOWN_STATUS = "unknown"  # status filter token for projects whose text gives no status
PERSON_UNITS = ("人", "名", "位")  # 人次 counts visits and 户 households: not summed as people
# The headline counts people who benefited or found work; participants and others are in the tables.
BENEFIT_KINDS = ("beneficiaries", "employment")
# A sample issue written by the team says 示例 in its paper name or in its masthead, which is
# the start of the stored text; file paths are not trusted (real issues may sit in any folder).
MASTHEAD_CHARS = 200
SAMPLE_ISSUE = "(contains(i.paper, '示例') OR contains(left(it.text, $masthead_chars), '示例'))"


@dataclass(frozen=True)
class FactFilter:
    """The dashboard's global filters. Empty tuples mean 'all'."""

    month_from: date
    month_to: date
    townships: tuple[str, ...] = ()  # township ids, and DISTRICT_WIDE for 区级
    project_types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # planned | in_progress | completed | UNKNOWN_STATUS
    keyword: str = ""

    def month_count(self) -> int:
        return months_between(self.month_from, self.month_to) + 1

    def previous_period(self) -> FactFilter:
        """The same filter over the equally long period just before this one."""
        return replace(
            self,
            month_from=add_months(self.month_from, -self.month_count()),
            month_to=add_months(self.month_from, -1),
        )

    def for_township(self, township_id: str) -> FactFilter:
        return replace(self, townships=(township_id,))

    def params(self) -> dict:
        return {
            "month_from": self.month_from.replace(day=1),
            "month_to": self.month_to.replace(day=1),
            "all_places": not self.townships,
            "places": [t for t in self.townships if t != DISTRICT_WIDE],
            "district": DISTRICT_WIDE in self.townships,
            "all_types": not self.project_types,
            "types": list(self.project_types),
            "all_statuses": not self.statuses,
            "statuses": list(self.statuses),
            "keyword": self.keyword.strip(),
            "district_label": DISTRICT_LABEL,
            "person_units": list(PERSON_UNITS),
            "benefit_kinds": list(BENEFIT_KINDS),
            "masthead_chars": MASTHEAD_CHARS,
        }


def add_months(month: date, n: int) -> date:
    index = month.year * 12 + month.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def place(column: str) -> str:
    """The township filter on one column (a constant column name, never user input)."""
    return f"($all_places OR {column} = ANY($places) OR ($district AND {column} IS NULL))"


def _facts_in_scope(table: str) -> tuple[str, tuple[str, ...]]:
    """A fact table's rows in the period, from articles with the keyword, at the townships picked."""
    return (f"""
        SELECT f.*, s.issue_date FROM {table} f JOIN scoped_articles s USING (article_id)
        WHERE f.month BETWEEN $month_from AND $month_to AND {place('f.township_id')}""", ("scoped_articles",))


# Named CTEs, each with the CTEs it reads. `_with` pulls dependencies in order.
_CTES: dict[str, tuple[str, tuple[str, ...]]] = {
    "scoped_articles": ("""
        SELECT a.article_id, a.issue_id, a.seq, a.month, i.issue_date
        FROM articles a JOIN issues i USING (issue_id)
        WHERE a.month BETWEEN $month_from AND $month_to
          AND ($keyword = '' OR contains(a.headline, $keyword) OR contains(a.body, $keyword))""", ()),
    "picked_articles": ("""
        SELECT s.* FROM scoped_articles s
        WHERE $all_places
           OR s.article_id IN (SELECT article_id FROM fact_township_activity
                               WHERE month BETWEEN $month_from AND $month_to AND township_id = ANY($places))
           OR ($district AND s.article_id NOT IN (SELECT article_id FROM fact_township_activity
                                                  WHERE month BETWEEN $month_from AND $month_to))""",
                        ("scoped_articles",)),
    "picked_activity": _facts_in_scope("fact_township_activity"),
    "picked_money": _facts_in_scope("fact_investment"),
    "picked_people": _facts_in_scope("fact_beneficiary"),
    # The people the headline figures count: those who benefited or found work, in persons.
    "counted_people": ("""
        SELECT * FROM picked_people WHERE unit = ANY($person_units) AND kind = ANY($benefit_kinds)""",
                       ("picked_people",)),
    "scoped_project_mentions": _facts_in_scope("fact_livelihood_project"),
    # A project is a (name, township) pair; its type and status are those of its latest mention
    # that gives one, so the type and status filters apply to projects, not to single mentions.
    # (issue_date, article_id) orders mentions, so two articles of one issue resolve the same way.
    "picked_project_rollup": ("""
        SELECT * FROM (
            SELECT name, township_id,
                   arg_max(project_type, (issue_date, article_id)) AS project_type,
                   arg_max(status, (issue_date, article_id)) FILTER (WHERE status IS NOT NULL) AS status,
                   max(investment_yuan) AS investment_yuan,
                   min(issue_date) AS first_date, max(issue_date) AS latest_date,
                   count(*) AS mentions,
                   arg_max(article_id, (issue_date, article_id)) AS latest_article_id
            FROM scoped_project_mentions GROUP BY name, township_id)
        WHERE ($all_types OR project_type = ANY($types))
          AND ($all_statuses OR coalesce(status, 'unknown') = ANY($statuses))""", ("scoped_project_mentions",)),
    "picked_projects": ("""
        SELECT m.* FROM scoped_project_mentions m JOIN picked_project_rollup r
          ON m.name = r.name AND m.township_id IS NOT DISTINCT FROM r.township_id""",
                        ("scoped_project_mentions", "picked_project_rollup")),
    "months": ("""
        SELECT strftime(CAST(generate_series AS DATE), '%Y-%m') AS month
        FROM generate_series($month_from::DATE, $month_to::DATE, INTERVAL 1 MONTH)""", ()),
    "places": ("""
        SELECT township_id, name, sort_order FROM dim_township
        WHERE $all_places OR township_id = ANY($places)""", ()),
    "places_and_district": ("""
        SELECT * FROM places
        UNION ALL SELECT NULL, $district_label, 1000000 WHERE $all_places OR $district""", ("places",)),
}


def _with(*names: str) -> str:
    ordered: list[str] = []

    def visit(name: str) -> None:
        for dep in _CTES[name][1]:
            visit(dep)
        if name not in ordered:
            ordered.append(name)

    for name in names:
        visit(name)
    return "WITH " + ",\n".join(f"{name} AS ({_CTES[name][0]})" for name in ordered) + "\n"


_PARAM = re.compile(r"\$(\w+)")


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: dict) -> pd.DataFrame:
    """Run `sql` binding only the parameters it names (DuckDB rejects unused ones)."""
    used = set(_PARAM.findall(sql))
    return con.execute(sql, {k: v for k, v in params.items() if k in used}).df()


def _plain(**values) -> dict:
    return {**values, "district_label": DISTRICT_LABEL, "masthead_chars": MASTHEAD_CHARS}


# --- filter options and the warehouse as a whole -------------------------------------------

def townships(con) -> pd.DataFrame:
    """Every township-level unit in display order."""
    return _frame(con, "SELECT township_id, name, kind, sort_order FROM dim_township ORDER BY sort_order", {})


def project_types(con) -> pd.DataFrame:
    return _frame(con, "SELECT DISTINCT project_type FROM fact_livelihood_project ORDER BY 1", {})


def warehouse_summary(con) -> pd.DataFrame:
    """One row: issue counts (sample issues apart) and the first and last article month."""
    sql = f"""
        SELECT count(*) AS issues,
               count(*) FILTER (WHERE {SAMPLE_ISSUE}) AS sample_issues,
               (SELECT min(month) FROM articles) AS first_month,
               (SELECT max(month) FROM articles) AS last_month
        FROM issues i LEFT JOIN issue_texts it USING (issue_id)"""
    return _frame(con, sql, _plain())


# --- 总览 ----------------------------------------------------------------------------------

def headline_figures(con, f: FactFilter) -> pd.DataFrame:
    """One row of headline figures for the filter's period."""
    sql = _with("picked_articles", "picked_activity", "picked_money", "counted_people",
                "picked_project_rollup") + """
        SELECT
          (SELECT count(DISTINCT issue_id) FROM picked_articles) AS issues,
          (SELECT count(*) FROM picked_articles) AS articles,
          (SELECT count(DISTINCT township_id) FROM picked_activity) AS townships,
          (SELECT coalesce(sum(amount_yuan), 0) / 1e4 FROM picked_money WHERE kind = 'investment')
              AS investment_wan,
          (SELECT coalesce(sum(count), 0) FROM counted_people) AS people,
          (SELECT count(*) FROM picked_project_rollup WHERE status = 'planned') AS projects_planned,
          (SELECT count(*) FROM picked_project_rollup WHERE status = 'in_progress') AS projects_in_progress,
          (SELECT count(*) FROM picked_project_rollup WHERE status = 'completed') AS projects_completed,
          (SELECT count(*) FROM picked_project_rollup WHERE status IS NULL) AS projects_unknown"""
    return _frame(con, sql, f.params())


def activity_heatmap(con, f: FactFilter) -> pd.DataFrame:
    """Articles per township and month, every selected township and month present (zeros too)."""
    sql = _with("picked_activity", "months", "places") + """
        , counts AS (SELECT township_id, strftime(month, '%Y-%m') AS month,
                            count(*) AS articles, sum(mentions) AS mentions
                     FROM picked_activity GROUP BY ALL)
        SELECT p.township_id, p.name AS township, p.sort_order, m.month,
               coalesce(c.articles, 0) AS articles, coalesce(c.mentions, 0) AS mentions
        FROM places p CROSS JOIN months m LEFT JOIN counts c USING (township_id, month)
        ORDER BY p.sort_order, m.month"""
    return _frame(con, sql, f.params())


def money_people_by_township(con, f: FactFilter) -> pd.DataFrame:
    """Investment (万元) and people per township, plus a 区级 row for district-wide figures."""
    sql = _with("picked_money", "counted_people", "places_and_district") + """
        , money AS (SELECT township_id, sum(amount_yuan) AS yuan FROM picked_money
                    WHERE kind = 'investment' GROUP BY township_id)
        , people AS (SELECT township_id, sum(count) AS people FROM counted_people GROUP BY township_id)
        SELECT p.township_id, p.name AS township, p.sort_order,
               coalesce(money.yuan, 0) / 1e4 AS investment_wan, coalesce(people.people, 0) AS people
        FROM places_and_district p
        LEFT JOIN money ON money.township_id IS NOT DISTINCT FROM p.township_id
        LEFT JOIN people ON people.township_id IS NOT DISTINCT FROM p.township_id
        ORDER BY p.sort_order"""
    return _frame(con, sql, f.params())


def monthly_trend(con, f: FactFilter) -> pd.DataFrame:
    """Articles, investment (万元) and people per month of the period."""
    sql = _with("picked_articles", "picked_money", "counted_people", "months") + """
        , arts AS (SELECT strftime(month, '%Y-%m') AS month, count(*) AS articles
                   FROM picked_articles GROUP BY ALL)
        , money AS (SELECT strftime(month, '%Y-%m') AS month, sum(amount_yuan) AS yuan
                    FROM picked_money WHERE kind = 'investment' GROUP BY ALL)
        , people AS (SELECT strftime(month, '%Y-%m') AS month, sum(count) AS people
                     FROM counted_people GROUP BY ALL)
        SELECT m.month, coalesce(arts.articles, 0) AS articles,
               coalesce(money.yuan, 0) / 1e4 AS investment_wan, coalesce(people.people, 0) AS people
        FROM months m LEFT JOIN arts USING (month) LEFT JOIN money USING (month)
        LEFT JOIN people USING (month)
        ORDER BY m.month"""
    return _frame(con, sql, f.params())


def silent_townships(con, f: FactFilter, months: int) -> pd.DataFrame:
    """Selected townships with no article in the `months` months ending at the period's end.

    Only the township filter applies: silence is about coverage, whatever the keyword."""
    sql = _with("places") + """
        , last_seen AS (SELECT township_id, max(month) AS last_month FROM fact_township_activity
                        WHERE month <= $month_to GROUP BY township_id)
        SELECT p.township_id, p.name AS township, strftime(l.last_month, '%Y-%m') AS last_month,
               date_diff('month', l.last_month, $month_to) AS months_since
        FROM places p LEFT JOIN last_seen l USING (township_id)
        WHERE l.last_month IS NULL OR l.last_month < $window_start
        ORDER BY p.sort_order"""
    params = {**f.params(), "window_start": add_months(f.month_to.replace(day=1), 1 - months)}
    return _frame(con, sql, params)


# --- fact tables (乡镇, 民生项目, 导出全部) ------------------------------------------------

_TOWNSHIP_NAME = "coalesce(t.name, $district_label) AS township"
_ARTICLE_COLUMNS = "f.article_id, strftime(f.issue_date, '%Y-%m-%d') AS issue_date, a.headline"
_FACT_JOINS = """
    JOIN articles a USING (article_id)
    LEFT JOIN dim_township t ON t.township_id = f.township_id"""


def activity_facts(con, f: FactFilter) -> pd.DataFrame:
    sql = _with("picked_activity") + f"""
        SELECT {_ARTICLE_COLUMNS}, t.name AS township, f.mentions, f.activity_type
        FROM picked_activity f {_FACT_JOINS}
        ORDER BY f.issue_date DESC, a.seq, t.sort_order"""
    return _frame(con, sql, f.params())


def investment_facts(con, f: FactFilter) -> pd.DataFrame:
    sql = _with("picked_money") + f"""
        SELECT {_ARTICLE_COLUMNS}, {_TOWNSHIP_NAME}, f.amount_yuan / 1e4 AS amount_wan,
               f.amount_yuan_max / 1e4 AS amount_max_wan, f.kind, f.qualifier, f.project, f.evidence
        FROM picked_money f {_FACT_JOINS}
        ORDER BY f.issue_date DESC, a.seq, f.match_start"""
    return _frame(con, sql, f.params())


def beneficiary_facts(con, f: FactFilter) -> pd.DataFrame:
    sql = _with("picked_people") + f"""
        SELECT {_ARTICLE_COLUMNS}, {_TOWNSHIP_NAME}, f.count, f.count_max, f.unit, f.kind,
               f.qualifier, f.evidence
        FROM picked_people f {_FACT_JOINS}
        ORDER BY f.issue_date DESC, a.seq, f.match_start"""
    return _frame(con, sql, f.params())


def project_facts(con, f: FactFilter) -> pd.DataFrame:
    """Every mention of the projects that pass the filter."""
    sql = _with("picked_projects") + f"""
        SELECT {_ARTICLE_COLUMNS}, {_TOWNSHIP_NAME}, f.name, f.project_type,
               coalesce(f.status, 'unknown') AS status,
               f.investment_yuan / 1e4 AS investment_wan,
               strftime(f.planned_completion, '%Y-%m-%d') AS planned_completion, f.evidence
        FROM picked_projects f {_FACT_JOINS}
        ORDER BY f.issue_date DESC, a.seq, f.match_start"""
    return _frame(con, sql, f.params())


EXPORT_TABLES = {
    "activity": activity_facts,
    "investment": investment_facts,
    "beneficiary": beneficiary_facts,
    "project": project_facts,
}


def project_list(con, f: FactFilter) -> pd.DataFrame:
    """One row per project: type, latest status, township, largest investment, first/latest mention."""
    sql = _with("picked_project_rollup") + """
        SELECT r.name, r.project_type, coalesce(r.status, 'unknown') AS status, r.township_id,
               coalesce(t.name, $district_label) AS township,
               r.investment_yuan / 1e4 AS investment_wan,
               strftime(r.first_date, '%Y-%m-%d') AS first_date,
               strftime(r.latest_date, '%Y-%m-%d') AS latest_date,
               r.mentions, r.latest_article_id AS article_id
        FROM picked_project_rollup r LEFT JOIN dim_township t USING (township_id)
        ORDER BY r.latest_date DESC, coalesce(t.sort_order, 1000000), r.name"""
    return _frame(con, sql, f.params())


def project_status_by_type(con, f: FactFilter) -> pd.DataFrame:
    sql = _with("picked_project_rollup") + """
        SELECT project_type, coalesce(status, 'unknown') AS status, count(*) AS projects
        FROM picked_project_rollup GROUP BY ALL ORDER BY project_type, status"""
    return _frame(con, sql, f.params())


def project_mentions(con, name: str, township_id: str | None) -> pd.DataFrame:
    """Every mention of one project in the whole warehouse, oldest first."""
    sql = """
        SELECT p.article_id, strftime(i.issue_date, '%Y-%m-%d') AS issue_date, a.headline,
               coalesce(p.status, 'unknown') AS status, p.project_type,
               p.investment_yuan / 1e4 AS investment_wan, p.evidence
        FROM fact_livelihood_project p JOIN articles a USING (article_id) JOIN issues i USING (issue_id)
        WHERE p.name = $name AND p.township_id IS NOT DISTINCT FROM $township_id
        ORDER BY i.issue_date, a.seq, p.match_start"""
    return _frame(con, sql, {"name": name, "township_id": township_id})


# --- 文章 ----------------------------------------------------------------------------------

def article_list(con, f: FactFilter, limit: int = 500) -> pd.DataFrame:
    """The filtered articles, newest first, with the townships each reports on."""
    sql = _with("picked_articles") + """
        , names AS (SELECT x.article_id, string_agg(t.name, '、' ORDER BY t.sort_order) AS townships
                    FROM fact_township_activity x JOIN dim_township t USING (township_id)
                    WHERE x.article_id IN (SELECT article_id FROM picked_articles) GROUP BY x.article_id)
        SELECT p.article_id, strftime(p.issue_date, '%Y-%m-%d') AS issue_date, a.page, a.headline,
               coalesce(n.townships, $district_label) AS townships
        FROM picked_articles p JOIN articles a USING (article_id) LEFT JOIN names n USING (article_id)
        ORDER BY p.issue_date DESC, p.seq
        LIMIT $limit"""
    return _frame(con, sql, {**f.params(), "limit": limit})


def article_detail(con, article_id: str) -> pd.DataFrame:
    """One article with its issue (no row when the id is unknown)."""
    sql = f"""
        SELECT a.article_id, a.headline, a.kicker, a.subtitle, a.byline, a.body, a.page,
               strftime(a.event_date, '%Y-%m-%d') AS event_date, a.continued,
               strftime(i.issue_date, '%Y-%m-%d') AS issue_date, i.issue_date_inferred, i.paper,
               {SAMPLE_ISSUE} AS is_sample
        FROM articles a JOIN issues i USING (issue_id) LEFT JOIN issue_texts it USING (issue_id)
        WHERE a.article_id = $article_id"""
    return _frame(con, sql, _plain(article_id=article_id))


def article_facts(con, article_id: str) -> pd.DataFrame:
    """Every fact read from one article; match_* are offsets into its body (NULL for townships)."""
    sql = """
        WITH facts AS (
            SELECT 'money' AS fact_kind, kind AS detail, amount_yuan / 1e4 AS value,
                   amount_yuan_max / 1e4 AS value_max, '万元' AS unit, qualifier, project AS name,
                   township_id, evidence, match_start, match_end
            FROM fact_investment WHERE article_id = $article_id
            UNION ALL
            SELECT 'people', kind, count, count_max, unit, qualifier, NULL,
                   township_id, evidence, match_start, match_end
            FROM fact_beneficiary WHERE article_id = $article_id
            UNION ALL
            SELECT 'project', project_type, investment_yuan / 1e4, NULL, '万元', status, name,
                   township_id, evidence, match_start, match_end
            FROM fact_livelihood_project WHERE article_id = $article_id
            UNION ALL
            SELECT 'township', activity_type, mentions, NULL, '次', NULL, NULL,
                   township_id, NULL, NULL, NULL
            FROM fact_township_activity WHERE article_id = $article_id)
        SELECT f.*, coalesce(t.name, $district_label) AS township
        FROM facts f LEFT JOIN dim_township t USING (township_id)
        ORDER BY f.match_start NULLS LAST, t.sort_order"""
    return _frame(con, sql, _plain(article_id=article_id))


# --- 数据状态 ------------------------------------------------------------------------------

def ingest_runs(con, limit: int = 100) -> pd.DataFrame:
    sql = """
        SELECT run_id, trigger, source_name, status, strftime(started_at, '%Y-%m-%d %H:%M:%S') AS started_at,
               strftime(finished_at, '%Y-%m-%d %H:%M:%S') AS finished_at, files_seen,
               issues_loaded, issues_skipped, issues_failed
        FROM ingest_runs ORDER BY run_id DESC LIMIT $limit"""
    return _frame(con, sql, {"limit": limit})


def ingest_failures(con, limit: int = 500) -> pd.DataFrame:
    sql = """
        SELECT run_id, strftime(failed_at, '%Y-%m-%d %H:%M:%S') AS failed_at, source, reason
        FROM ingest_failures ORDER BY failed_at DESC, source LIMIT $limit"""
    return _frame(con, sql, {"limit": limit})


def row_counts(con) -> pd.DataFrame:
    # Table names come from the constant STATUS_TABLES, not from input.
    sql = " UNION ALL ".join(
        f"SELECT '{table}' AS table_name, count(*) AS rows FROM {table}" for table in STATUS_TABLES
    )
    return _frame(con, sql, {})


def issue_coverage(con) -> pd.DataFrame:
    """Issues per month from the first to the last month, months without issues included."""
    sql = f"""
        WITH per_month AS (
            SELECT date_trunc('month', i.issue_date) AS month, count(*) AS issues,
                   count(*) FILTER (WHERE {SAMPLE_ISSUE}) AS sample_issues
            FROM issues i LEFT JOIN issue_texts it USING (issue_id) GROUP BY ALL),
        span AS (SELECT CAST(generate_series AS DATE) AS month
                 FROM generate_series((SELECT min(month) FROM per_month)::DATE,
                                      (SELECT max(month) FROM per_month)::DATE, INTERVAL 1 MONTH))
        SELECT strftime(s.month, '%Y-%m') AS month, coalesce(p.issues, 0) AS issues,
               coalesce(p.sample_issues, 0) AS sample_issues
        FROM span s LEFT JOIN per_month p USING (month) ORDER BY s.month"""
    return _frame(con, sql, _plain())


def extractor_versions(con) -> pd.DataFrame:
    sql = """
        SELECT extractor_version, parser_version, count(*) AS issues,
               strftime(max(ingested_at), '%Y-%m-%d %H:%M:%S') AS last_ingested_at
        FROM issues GROUP BY ALL ORDER BY max(ingested_at) DESC"""
    return _frame(con, sql, {})


def last_updated(con) -> pd.DataFrame:
    sql = """
        SELECT strftime((SELECT max(ingested_at) FROM issues), '%Y-%m-%d %H:%M:%S') AS last_issue_at,
               strftime((SELECT max(finished_at) FROM ingest_runs), '%Y-%m-%d %H:%M:%S') AS last_run_at"""
    return _frame(con, sql, {})
