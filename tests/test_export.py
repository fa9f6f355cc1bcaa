"""Export for other engines: Parquet partitioned by year and month reads back whole."""
from __future__ import annotations

import subprocess
import sys

import duckdb

from warehouse.db import connect_reader
from warehouse.export import EXPORTED


def test_parquet_export_reads_back_with_every_row(sample_db, tmp_path):
    out = tmp_path / "export"
    run = subprocess.run([sys.executable, "-m", "ingest.cli", "export", "--out", str(out), "--db", str(sample_db)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    live = connect_reader(sample_db)
    con = duckdb.connect()
    for table, date_column in EXPORTED.items():
        want = live.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if date_column is None:
            got = con.execute(f"SELECT count(*) FROM read_parquet('{out / table}.parquet')").fetchone()[0]
        else:
            got = con.execute(f"SELECT count(*) FROM read_parquet('{out / table}/*/*/*.parquet',"
                              " hive_partitioning = true)").fetchone()[0]
        assert got == want > 0, table
    months = con.execute(f"SELECT count(DISTINCT (year, month_number)) FROM read_parquet("
                         f"'{out / 'articles'}/*/*/*.parquet', hive_partitioning = true)").fetchone()[0]
    assert months == live.execute("SELECT count(DISTINCT month) FROM articles").fetchone()[0] >= 6
    money = con.execute(f"SELECT sum(amount_yuan) FROM read_parquet('{out / 'fact_investment'}/*/*/*.parquet',"
                        " hive_partitioning = true)").fetchone()[0]
    assert money == live.execute("SELECT sum(amount_yuan) FROM fact_investment").fetchone()[0]


def test_csv_export_writes_one_file_per_table(sample_db, tmp_path):
    from warehouse.export import export_tables

    counts = export_tables(connect_reader(sample_db), tmp_path, "csv")
    for table, count in counts.items():
        lines = (tmp_path / f"{table}.csv").read_text(encoding="utf-8").count("\n")
        assert lines >= count + 1  # header, and bodies may hold line breaks
