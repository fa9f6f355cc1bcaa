"""The unattended service: inbox filing, the scheduler process, crash safety, readers beside the writer."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from dashboard import data
from ingest.sources.inbox import InboxConfig, run_inbox, settled_files
from tests.conftest import SEED
from warehouse.db import connect_reader

SEED_TEXT = SEED.read_text(encoding="utf-8")


def write_issues(folder: Path, n: int, start: int = 0) -> list[Path]:
    """n distinct issues (the seed with its figures changed), dated by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        path = folder / f"issue_2024-{1 + i // 28:02d}-{1 + i % 28:02d}.txt"
        path.write_text(SEED_TEXT.replace("80万元", f"{100 + i}万元"), encoding="utf-8")
        paths.append(path)
    return paths


def query(db: Path, sql: str):
    con = connect_reader(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def issues_and_partial_issues(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    return con.execute("SELECT count(*), count(*) FILTER (WHERE article_count <>"
                       " (SELECT count(*) FROM articles a WHERE a.issue_id = i.issue_id)) FROM issues i").fetchone()


def consistent(db: Path) -> None:
    """No half issue and no orphan facts."""
    assert query(db, "SELECT count(*) FROM issues i WHERE article_count <>"
                     " (SELECT count(*) FROM articles a WHERE a.issue_id = i.issue_id)") == [(0,)]
    for table in ("fact_township_activity", "fact_investment", "fact_beneficiary", "fact_livelihood_project"):
        assert query(db, f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT article_id FROM articles)") == [(0,)]
    assert query(db, "SELECT count(*) - count(DISTINCT content_sha256) FROM issues") == [(0,)]


def govwatch(*args, env=None, **kw):
    return subprocess.Popen([sys.executable, "-m", "ingest.cli", *args], env={**os.environ, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def test_inbox_archives_loaded_files_and_quarantines_bad_ones(tmp_path):
    inbox = tmp_path / "inbox"
    good = write_issues(inbox, 2)
    (inbox / "broken.txt").write_bytes(b"")
    config = InboxConfig.from_dict({"name": "inbox", "folder": str(inbox), "settle_seconds": 0})
    summary = run_inbox(config, db_path=tmp_path / "w.duckdb")
    assert (summary.loaded, summary.failed) == (2, 1)
    assert list(inbox.iterdir()) == []
    assert sorted(p.name for p in (tmp_path / "archive" / "2024" / "01").iterdir()) == sorted(p.name for p in good)
    assert (tmp_path / "quarantine" / "broken.txt.reason.txt").read_text(encoding="utf-8").strip().endswith("empty file")
    # The same issue dropped again is recognised, archived beside the first, and nothing is deleted.
    write_issues(inbox, 1)
    again = run_inbox(config, db_path=tmp_path / "w.duckdb")
    assert (again.loaded, again.skipped) == (0, 1)
    assert len(list((tmp_path / "archive" / "2024" / "01").iterdir())) == 3
    empty = run_inbox(config, db_path=tmp_path / "w.duckdb")  # nothing new: still a recorded run
    assert empty.files_seen == 0
    assert query(tmp_path / "w.duckdb", "SELECT trigger, source_name, status, files_seen FROM ingest_runs"
                 " ORDER BY run_id DESC LIMIT 1") == [("schedule", "inbox", "ok", 0)]


def test_a_file_still_being_written_waits(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    growing = inbox / "2024-02-02.txt"
    growing.write_text(SEED_TEXT[:100], encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", (
        "import time,sys\n"
        f"f=open({str(growing)!r},'a')\n"
        "for _ in range(20):\n f.write('x'); f.flush(); time.sleep(0.05)\n")])
    try:
        time.sleep(0.1)
        assert settled_files(inbox, 0.3) == []
    finally:
        proc.wait()
    assert settled_files(inbox, 0.1) == [growing]


def test_scheduler_picks_up_a_dropped_file_and_stops_on_sigterm(tmp_path):
    db, inbox = tmp_path / "w.duckdb", tmp_path / "inbox"
    config = tmp_path / "govwatch.toml"
    config.write_text(
        f'[scheduler]\nlog_file = "{tmp_path / "log" / "govwatch.log"}"\n\n'
        f'[[sources]]\nname = "inbox"\ntype = "inbox"\nfolder = "{inbox}"\ninterval_minutes = 0.02\nsettle_seconds = 0.1\n',
        encoding="utf-8")
    service = govwatch("schedule", "--db", str(db), "--config", str(config))
    try:
        time.sleep(2)
        second = govwatch("schedule", "--db", str(db), "--config", str(config))
        _, err = second.communicate(timeout=30)
        assert second.returncode != 0 and "another govwatch scheduler" in err
        write_issues(inbox, 1)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (db.exists() and query(db, "SELECT count(*) FROM issues") == [(1,)]):
            time.sleep(0.2)
        assert query(db, "SELECT trigger, source_name, issues_loaded FROM ingest_runs WHERE issues_loaded > 0") \
            == [("schedule", "inbox", 1)]
    finally:
        service.send_signal(signal.SIGTERM)
        out, err = service.communicate(timeout=60)
    assert service.returncode == 0, err
    assert "scheduler stopped" in (tmp_path / "log" / "govwatch.log").read_text(encoding="utf-8")
    status = subprocess.run([sys.executable, "-m", "ingest.cli", "status", "--db", str(db), "--config", str(config)],
                            capture_output=True, text=True)
    assert "inbox: next" in status.stdout and "last run" in status.stdout


def children_of(pid: int) -> list[int]:
    """Worker processes (multiprocessing's spawned ones, not its resource tracker) of `pid`."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[1]) == pid and b"spawn_main" in command:
            found.append(int(stat.parent.name))
    return found


def test_sigkill_mid_ingest_leaves_a_consistent_warehouse(tmp_path):
    db, folder = tmp_path / "w.duckdb", tmp_path / "issues"
    write_issues(folder, 30)
    writer = govwatch("ingest", str(folder), "--db", str(db), env={"GOVWATCH_PUBLISH_SECONDS": "0"})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if db.exists() and query(db, "SELECT count(*) FROM issues")[0][0] >= 3:
            break
        time.sleep(0.05)
    workers = children_of(writer.pid)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    loaded_before = query(db, "SELECT count(*) FROM issues")[0][0]
    assert workers, "the 30 issues are prepared by a worker pool"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.2)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()], "workers outlived their parent"
    assert 3 <= loaded_before < 30
    consistent(db)
    rerun = subprocess.run([sys.executable, "-m", "ingest.cli", "ingest", str(folder), "--db", str(db)],
                           capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert query(db, "SELECT count(*) FROM issues") == [(30,)]
    consistent(db)


def test_reader_never_errs_and_sees_only_whole_issues_while_50_issues_load(tmp_path):
    db, folder = tmp_path / "w.duckdb", tmp_path / "issues"
    write_issues(folder, 1)
    subprocess.run([sys.executable, "-m", "ingest.cli", "ingest", str(folder), "--db", str(db)], check=True)
    write_issues(folder, 50, start=1)
    writer = govwatch("ingest", str(folder), "--db", str(db), env={"GOVWATCH_PUBLISH_SECONDS": "0"})
    reads, errors, seen = 0, [], set()
    while writer.poll() is None:
        try:  # through the dashboard's own reader, which retries a read the swap of the file upsets
            issues, partial = data.read(db, issues_and_partial_issues)
            reads += 1
            seen.add(issues)
            assert partial == 0
        except (duckdb.Error, data.WarehouseUnavailable) as exc:
            errors.append(str(exc))
    assert writer.returncode == 0, writer.stderr.read()
    assert errors == []
    assert reads > 20 and len(seen) > 2  # the reader watched the warehouse grow
    assert query(db, "SELECT count(*) FROM issues") == [(51,)]
