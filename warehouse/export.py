"""Writes the warehouse's tables as Parquet (partitioned by year and month) or CSV files, for
loading into other engines (DuckDB/MotherDuck, Spark, Trino)."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

# table -> the DATE column that places its rows in a year and month (None: not partitioned)
EXPORTED = {
    "dim_township": None,
    "dim_village": None,
    "issues": "issue_date",
    "articles": "month",
    "fact_township_activity": "month",
    "fact_investment": "month",
    "fact_beneficiary": "month",
    "fact_livelihood_project": "month",
}


def export_tables(con: duckdb.DuckDBPyConnection, out: Path, fmt: str) -> dict[str, int]:
    """Write every exported table under `out`; returns the row count of each."""
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"unknown export format {fmt!r}: use parquet or csv")
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table, date_column in EXPORTED.items():
        counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        # A partition from an earlier export that no longer has rows must not linger.
        shutil.rmtree(out / table, ignore_errors=True)
        con.execute(_copy_statement(table, date_column, out, fmt))
    return counts


def _copy_statement(table: str, date_column: str | None, out: Path, fmt: str) -> str:
    # COPY takes its target as a literal, not a bound parameter; the path is the operator's own
    # argument, quoted here so that any quote in it stays part of the path.
    if fmt == "csv":
        target = _literal(out / f"{table}.csv")
        return f"COPY {table} TO {target} (FORMAT csv, HEADER true)"
    if date_column is None:
        return f"COPY {table} TO {_literal(out / f'{table}.parquet')} (FORMAT parquet)"
    select = (f"SELECT *, year({date_column}) AS year, month({date_column}) AS month_number FROM {table}")
    return (f"COPY ({select}) TO {_literal(out / table)} "
            "(FORMAT parquet, PARTITION_BY (year, month_number), OVERWRITE_OR_IGNORE true)")


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"
