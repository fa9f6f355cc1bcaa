"""Ingest end to end on real files into a real DuckDB file: idempotence, replacement, bad input."""
from __future__ import annotations

import json
from datetime import date
import os
import subprocess
import sys


from ingest.pipeline import ingest_paths
from tests.conftest import ROOT, SEED
from warehouse.db import connect_reader

GOLD = json.loads((ROOT / "tests" / "gold" / "000_a1394b6d0e0c442f.gold.json").read_text(encoding="utf-8"))


def count(db, sql, params=()):
    con = connect_reader(db)
    try:
        return con.execute(sql, list(params)).fetchone()[0]
    finally:
        con.close()


def headlines(db):
    con = connect_reader(db)
    try:
        return [r[0] for r in con.execute(
            "SELECT concat_ws(' ', kicker, headline, subtitle) FROM articles ORDER BY issue_id, seq").fetchall()]
    finally:
        con.close()


def test_seed_loads_the_nine_gold_articles(tmp_path, seed_copy):
    db = tmp_path / "w.duckdb"
    summary = ingest_paths([seed_copy], db_path=db)
    assert (summary.loaded, summary.skipped, summary.failed) == (1, 0, 0)
    got = headlines(db)
    assert len(got) == len(GOLD["articles"]) == 9
    for system, gold in zip(got, GOLD["articles"]):
        assert any(line in system for line in [gold["headline"], *gold["also_accept"]]), system
    assert count(db, "SELECT strftime(issue_date, '%Y-%m') FROM issues") == "2023-12"
    assert count(db, "SELECT bool_and(issue_date_inferred) FROM issues") is True
    run = connect_reader(db).execute("SELECT trigger, status, files_seen, issues_loaded FROM ingest_runs").fetchall()
    assert run == [("manual", "ok", 1, 1)]


def test_second_ingest_of_the_same_file_loads_nothing_new(tmp_path, seed_copy):
    db = tmp_path / "w.duckdb"
    ingest_paths([seed_copy], db_path=db)
    before = count(db, "SELECT count(*) FROM fact_investment")
    summary = ingest_paths([seed_copy], db_path=db)
    assert (summary.loaded, summary.skipped) == (0, 1)
    assert count(db, "SELECT count(*) FROM articles") == 9
    assert count(db, "SELECT count(*) FROM fact_investment") == before
    assert count(db, "SELECT count(*) FROM ingest_runs") == 2


def test_gb18030_copy_gives_the_same_articles(tmp_path, seed_copy):
    gb = tmp_path / "gb" / "seed_gb18030.txt"
    gb.parent.mkdir()
    gb.write_bytes(seed_copy.read_text(encoding="utf-8").encode("gb18030"))
    a, b = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    ingest_paths([seed_copy], db_path=a)
    assert ingest_paths([gb], db_path=b).loaded == 1
    body = "SELECT list(body ORDER BY seq) FROM articles"
    assert count(a, body) == count(b, body)
    # The hash is of the decoded text, so the re-encoded copy is recognised as the same issue.
    assert ingest_paths([gb], db_path=a).skipped == 1


def test_changed_issue_replaces_the_old_rows_atomically(tmp_path):
    db = tmp_path / "w.duckdb"
    issue = tmp_path / "2024-03-08.txt"
    text = SEED.read_text(encoding="utf-8")
    issue.write_text(text, encoding="utf-8")
    ingest_paths([issue], db_path=db)
    old_id = count(db, "SELECT issue_id FROM issues")
    issue.write_text(text.replace("该工程总投资80万元", "该工程总投资90万元"), encoding="utf-8")
    summary = ingest_paths([issue], db_path=db)
    assert summary.loaded == 1
    assert count(db, "SELECT count(*) FROM issues") == 1
    assert count(db, "SELECT issue_id FROM issues") != old_id
    assert count(db, "SELECT count(*) FROM articles WHERE issue_id = ?", [old_id]) == 0
    assert count(db, "SELECT count(*) FROM fact_investment WHERE amount_yuan = 900000") == 1
    assert count(db, "SELECT count(*) FROM fact_investment WHERE amount_yuan = 800000") == 0


BAD_INPUTS = {
    "empty.txt": (b"", "empty"),
    "binary.txt": (bytes(range(256)) * 8, "binary"),
    "undecodable.txt": (b"\xff\xfe\xfd\x80\x81" * 200, "decode"),
    "no_article.txt": ("2024年3月8日 星期五\n\n天气晴。\n".encode("utf-8"), "article"),
    "no_date.txt": (
        "示例标题 无日期\n\n本报讯(记者 示例)近日,某地开展了一次活动,群众参与热情很高,活动取得良好效果。\n".encode("utf-8"),
        "date"),
}


def test_bad_inputs_fail_with_a_reason_and_lose_nothing(tmp_path, seed_copy):
    db = tmp_path / "w.duckdb"
    ingest_paths([seed_copy], db_path=db)
    inbox = tmp_path / "bad"
    inbox.mkdir()
    for name, (data, _) in BAD_INPUTS.items():
        (inbox / name).write_bytes(data)
    good = inbox / "zz_good_2024-01-05.txt"
    good.write_text(SEED.read_text(encoding="utf-8").replace("80万元", "81万元"), encoding="utf-8")
    summary = ingest_paths([inbox], db_path=db)
    assert (summary.loaded, summary.failed) == (1, len(BAD_INPUTS))
    reasons = {os.path.basename(f.source): f.reason for f in summary.failures}
    for name, (_, word) in BAD_INPUTS.items():
        assert word in reasons[name].lower(), (name, reasons[name])
        assert "\n" not in reasons[name]
        assert (tmp_path / "quarantine" / name).exists()
        assert (tmp_path / "quarantine" / f"{name}.reason.txt").exists()
    assert count(db, "SELECT count(*) FROM issues") == 2  # the earlier issue is untouched
    assert count(db, "SELECT count(*) FROM ingest_failures") == len(BAD_INPUTS)
    assert count(db, "SELECT status FROM ingest_runs ORDER BY run_id DESC LIMIT 1") == "partial"


def test_cli_ingest_prints_summary_and_exits_nonzero_on_failure(tmp_path, seed_copy):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    db = tmp_path / "w.duckdb"
    run = subprocess.run([sys.executable, "-m", "ingest.cli", "ingest", str(seed_copy), str(empty), "--db", str(db)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 1
    assert "loaded 1, skipped 0, failed 1" in run.stdout
    assert f"{empty}: " in run.stderr and "empty" in run.stderr
    status = subprocess.run([sys.executable, "-m", "ingest.cli", "status", "--db", str(db)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert status.returncode == 0
    assert "articles" in status.stdout and "empty" in status.stdout


def test_every_fact_points_at_its_sentence(sample_db):
    con = connect_reader(sample_db)
    for table in ("fact_investment", "fact_beneficiary", "fact_livelihood_project"):
        rows = con.execute(
            f"SELECT f.evidence, substr(a.body, f.span_start + 1, f.span_end - f.span_start) "
            f"FROM {table} f JOIN articles a USING (article_id)").fetchall()
        assert rows, table
        for evidence, span in rows:
            assert evidence == span


def test_reextract_rebuilds_the_same_facts_from_stored_articles(tmp_path, seed_copy):
    from ingest.reextract import reextract

    db = tmp_path / "w.duckdb"
    ingest_paths([seed_copy], db_path=db)
    facts = ("SELECT list((article_id, amount_yuan, kind, evidence, span_start) ORDER BY article_id, span_start)"
             " FROM fact_investment")
    before = count(db, facts)
    seed_copy.unlink()  # re-extraction never reads the file again
    summary = reextract(db_path=db)
    assert summary.loaded == 1
    assert count(db, facts) == before
    assert count(db, "SELECT trigger FROM ingest_runs ORDER BY run_id DESC LIMIT 1") == "reextract"


def test_two_files_of_one_date_both_stay_and_a_resent_file_replaces_its_first_version(tmp_path):
    db = tmp_path / "w.duckdb"
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "a").mkdir()
    page1, page2 = tmp_path / "a" / "2023-12-15_p1.txt", tmp_path / "a" / "2023-12-15_p2.txt"
    page1.write_text(text, encoding="utf-8")
    page2.write_text(text.replace("80万元", "70万元"), encoding="utf-8")
    summary = ingest_paths([page1.parent], db_path=db)
    assert (summary.loaded, summary.replaced) == (2, 0)
    resent = tmp_path / "b" / "2023-12-15_p1.txt"  # the same file, corrected, from another folder
    resent.parent.mkdir()
    resent.write_text(text.replace("80万元", "85万元"), encoding="utf-8")
    summary = ingest_paths([resent], db_path=db)
    assert (summary.loaded, summary.replaced) == (1, 1)
    amounts = "SELECT list(amount_yuan ORDER BY amount_yuan) FILTER (WHERE amount_yuan BETWEEN 6e5 AND 9e5) FROM fact_investment"
    assert count(db, amounts) == [700000.0, 850000.0]
    assert count(db, "SELECT string_agg(status || issues_replaced, ',' ORDER BY run_id) FROM ingest_runs") == "ok0,ok1"


def test_the_printed_date_corrects_an_inferred_one(tmp_path, seed_copy):
    db = tmp_path / "w.duckdb"
    ingest_paths([seed_copy], db_path=db)
    assert count(db, "SELECT issue_date FROM issues") == date(2023, 12, 14)
    summary = ingest_paths([seed_copy], db_path=db, date_override=date(2023, 12, 15))
    assert (summary.loaded, summary.replaced) == (1, 1)
    assert count(db, "SELECT list((issue_date, issue_date_inferred)) FROM issues") == [(date(2023, 12, 15), False)]
    assert count(db, "SELECT count(*) FROM articles") == 9
    assert ingest_paths([seed_copy], db_path=db, date_override=date(2023, 12, 15)).skipped == 1


def test_stop_ends_a_run_after_the_issue_in_hand_and_publishes_it(tmp_path):
    import threading

    from ingest.pipeline import expand_paths, file_item, ingest_items
    from ingest.prepare import Item
    from tests.test_service import consistent, write_issues

    stop = threading.Event()

    def stopping_after(item, n):
        def read():
            if n == 1:  # a signal arrives while the second issue is being read
                stop.set()
            return item.read()
        return Item(item.source, read)

    files = expand_paths(write_issues(tmp_path / "in", 6))
    db = tmp_path / "w.duckdb"
    items = [stopping_after(file_item(p), n) for n, p in enumerate(files)]
    summary = ingest_items(items, db_path=db, stop=stop, workers=1)
    assert summary.loaded == 2
    assert count(db, "SELECT count(*) FROM issues") == 2
    assert count(db, "SELECT files_seen FROM ingest_runs") == 2
    consistent(db)
