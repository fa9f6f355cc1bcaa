"""The warehouse file: migrations, the copy-and-swap writer, the writer lock."""
from __future__ import annotations

import subprocess
import sys
import threading

import duckdb
import pytest

from warehouse import db

CONTRACT = {
    "issues": ["issue_id", "paper", "issue_date", "issue_date_inferred", "source", "content_sha256",
               "ingested_at", "parser_version"],
    "articles": ["article_id", "issue_id", "seq", "page", "kicker", "headline", "subtitle", "byline",
                 "body", "event_date", "continued"],
    "dim_township": ["township_id", "name", "kind", "district", "code", "aliases"],
    "dim_village": ["village_id", "name", "kind", "township_id"],
    "fact_township_activity": ["article_id", "township_id", "month", "mentions", "activity_type"],
    "fact_investment": ["fact_id", "article_id", "township_id", "amount_yuan", "kind", "qualifier",
                        "evidence", "span_start", "span_end", "month"],
    "fact_beneficiary": ["fact_id", "article_id", "township_id", "count", "unit", "kind", "qualifier",
                         "evidence", "span_start", "span_end", "month"],
    "fact_livelihood_project": ["fact_id", "article_id", "township_id", "name", "project_type", "status",
                                "investment_yuan", "planned_completion", "evidence", "span_start",
                                "span_end", "month"],
    "ingest_runs": ["run_id", "started_at", "finished_at", "trigger", "status", "files_seen",
                    "issues_loaded", "issues_skipped", "issues_failed"],
    "ingest_failures": ["run_id", "source", "reason", "failed_at"],
}


def columns(con, table):
    return [r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table]).fetchall()]


def test_migration_from_empty_creates_the_public_contract(tmp_path):
    con = db.connect_writer(tmp_path / "w.duckdb")
    assert db.schema_version(con) == len(db.migrations())
    for table, expected in CONTRACT.items():
        have = columns(con, table)
        assert [c for c in have if c in expected] == expected, table


def test_migration_is_idempotent(tmp_path):
    path = tmp_path / "w.duckdb"
    db.connect_writer(path).close()
    con = db.connect_writer(path)
    assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(db.migrations())


def test_db_path_from_flag_env_and_default(monkeypatch, tmp_path):
    monkeypatch.delenv("GOVWATCH_DB", raising=False)
    assert db.resolve_db_path() == db.DEFAULT_DB
    monkeypatch.setenv("GOVWATCH_DB", str(tmp_path / "env.duckdb"))
    assert db.resolve_db_path() == tmp_path / "env.duckdb"
    assert db.resolve_db_path(tmp_path / "flag.duckdb") == tmp_path / "flag.duckdb"


def test_writer_publishes_atomically_and_readers_keep_working(tmp_path):
    live = tmp_path / "w.duckdb"
    with db.Writer(live) as w:
        w.con.execute("INSERT INTO ingest_runs (started_at, trigger, status) VALUES (now(), 'manual', 'ok')")
        assert not live.exists()  # nothing visible before publishing
    reader = db.connect_reader(live)
    assert reader.execute("SELECT count(*) FROM ingest_runs").fetchone()[0] == 1
    with db.Writer(live) as w:  # a reader holding the live file does not block the writer
        w.con.execute("INSERT INTO ingest_runs (started_at, trigger, status) VALUES (now(), 'manual', 'ok')")
    assert reader.execute("SELECT count(*) FROM ingest_runs").fetchone()[0] == 1  # its snapshot
    reader.close()
    assert db.connect_reader(live).execute("SELECT count(*) FROM ingest_runs").fetchone()[0] == 2
    assert not (tmp_path / "w.duckdb.tmp").exists()


def add_run(live) -> None:
    with db.Writer(live) as w:
        w.con.execute("INSERT INTO ingest_runs (started_at, trigger, status) VALUES (now(), 'manual', 'ok')")


def runs_read_through(reader: db.SharedReader, live) -> int:
    with reader.reading(live) as con:
        return con.execute("SELECT count(*) FROM ingest_runs").fetchone()[0]


def attached(reader: db.SharedReader) -> list[str]:
    return [name for (name,) in reader._engine.execute(
        "SELECT database_name FROM duckdb_databases() WHERE NOT internal").fetchall()]


def opens_read_write(live) -> bool:
    """Whether another process can open the file read-write (it cannot while a reader holds it)."""
    code = f"import duckdb; duckdb.connect({str(live)!r}).close()"
    return subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def test_shared_reads_keep_one_engine_and_see_each_publication(tmp_path):
    live, reader = tmp_path / "w.duckdb", db.SharedReader()
    add_run(live)
    assert runs_read_through(reader, live) == 1
    engine = reader._engine
    add_run(live)
    assert runs_read_through(reader, live) == 2  # the new file, not the one attached before
    assert reader._engine is engine
    assert attached(reader) == ["memory"]  # nothing left attached between reads


def test_a_read_holds_the_file_while_it_runs_and_lets_go_even_when_its_query_fails(tmp_path):
    live, reader = tmp_path / "w.duckdb", db.SharedReader()
    add_run(live)
    with reader.reading(live):
        assert not opens_read_write(live)
    with pytest.raises(duckdb.CatalogException):
        with reader.reading(live) as con:
            con.execute("SELECT * FROM no_such_table")
    assert opens_read_write(live)
    assert runs_read_through(reader, live) == 1


def test_a_locked_missing_or_foreign_file_raises_an_io_error_and_the_engine_stays_usable(tmp_path):
    live, reader = tmp_path / "w.duckdb", db.SharedReader()
    with pytest.raises(duckdb.IOException):
        runs_read_through(reader, live)
    live.write_bytes(b"not a warehouse" * 100)
    with pytest.raises(duckdb.IOException):
        runs_read_through(reader, live)
    live.unlink()
    add_run(live)
    assert runs_read_through(reader, live) == 1
    assert attached(reader) == ["memory"]


def test_reads_at_the_same_time_take_turns_so_the_file_stays_held_until_the_last_ends(tmp_path):
    live, reader = tmp_path / "w.duckdb", db.SharedReader()
    add_run(live)
    first_in, second_done = threading.Event(), threading.Event()
    held_after_second = []

    def second_read() -> None:
        first_in.wait(timeout=10)
        runs_read_through(reader, live)
        second_done.set()

    thread = threading.Thread(target=second_read)
    thread.start()
    with reader.reading(live):
        first_in.set()
        assert not second_done.wait(timeout=0.5)  # the second read waits for this one
        held_after_second.append(not opens_read_write(live))
    thread.join(timeout=10)
    assert second_done.is_set() and held_after_second == [True]
    assert opens_read_write(live)


def test_writer_discards_everything_on_error(tmp_path):
    live = tmp_path / "w.duckdb"
    with db.Writer(live):
        pass
    with pytest.raises(RuntimeError):
        with db.Writer(live) as w:
            w.con.execute("INSERT INTO ingest_runs (started_at, trigger, status) VALUES (now(), 'manual', 'ok')")
            raise RuntimeError("boom")
    assert db.connect_reader(live).execute("SELECT count(*) FROM ingest_runs").fetchone()[0] == 0
    assert not (tmp_path / "w.duckdb.tmp").exists()


def test_second_writer_is_refused_while_one_writes(tmp_path):
    live = tmp_path / "w.duckdb"
    with db.Writer(live):
        with pytest.raises(db.WriterBusy):
            with db.Writer(live, wait_seconds=0.3):
                pass


def test_transaction_rolls_back_as_a_unit(tmp_path):
    con = db.connect_writer(tmp_path / "w.duckdb")
    with pytest.raises(duckdb.Error):
        with db.transaction(con):
            con.execute("INSERT INTO ingest_runs (started_at, trigger, status) VALUES (now(), 'manual', 'ok')")
            con.execute("INSERT INTO no_such_table VALUES (1)")
    assert con.execute("SELECT count(*) FROM ingest_runs").fetchone()[0] == 0


def test_a_write_ahead_log_left_beside_the_live_file_is_kept(tmp_path):
    live = tmp_path / "w.duckdb"
    with db.Writer(live):
        pass
    analyst = duckdb.connect(str(live))  # against the README's advice: read-write, then killed
    analyst.execute("SET checkpoint_threshold = '1GB'")
    analyst.execute("INSERT INTO ingest_runs (started_at, trigger, status) VALUES (now(), 'manual', 'ok')")
    wal = live.with_name(live.name + ".wal")
    assert wal.exists()
    # Leave the log as a killed process would: copy file and log aside before closing.
    import shutil
    shutil.copy(live, tmp_path / "keep.duckdb")
    shutil.copy(wal, tmp_path / "keep.wal")
    analyst.close()
    shutil.copy(tmp_path / "keep.duckdb", live)
    shutil.copy(tmp_path / "keep.wal", wal)
    with db.Writer(live) as w:
        w.con.execute("INSERT INTO ingest_runs (started_at, trigger, status) VALUES (now(), 'manual', 'ok')")
    assert not wal.exists()
    assert db.connect_reader(live).execute("SELECT count(*) FROM ingest_runs").fetchone()[0] == 2


def test_an_older_warehouse_is_upgraded_before_readers_use_it(tmp_path):
    live = tmp_path / "w.duckdb"
    con = duckdb.connect(str(live))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
                " applied_at TIMESTAMP NOT NULL)")
    version, name, sql = db.migrations()[0]
    for statement in db.split_sql(sql):
        con.execute(statement)
    con.execute("INSERT INTO schema_version VALUES (?, ?, now())", [version, name])
    con.close()
    db.upgrade_if_needed(live)
    reader = db.connect_reader(live)
    assert db.schema_version(reader) == len(db.migrations())
    assert "parts_missing" in columns(reader, "issues")
