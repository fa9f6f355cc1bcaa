"""The dashboard's reads of the warehouse: a read the file's replacement upsets is run again."""
from __future__ import annotations

import duckdb
import pytest

from dashboard import data
from warehouse import db


@pytest.fixture
def warehouse(tmp_path, monkeypatch):
    path = tmp_path / "w.duckdb"
    db.connect_writer(path).close()
    monkeypatch.setattr(data, "PAUSE_SECONDS", 0.01)
    return path


def test_a_read_that_fails_on_the_file_is_run_again_on_a_fresh_opening(warehouse):
    calls = []

    def flaky(con):
        calls.append(con)
        if len(calls) == 1:
            raise duckdb.IOException("IO Error: Could not read enough bytes from file")
        return con.execute("SELECT count(*) FROM issues").fetchone()[0]

    assert data.read(warehouse, flaky) == 0
    assert len(calls) == 2


def test_a_read_that_keeps_failing_says_the_warehouse_is_unavailable(warehouse):
    def broken(con):
        raise duckdb.IOException("IO Error: Could not read enough bytes from file")

    with pytest.raises(data.WarehouseUnavailable):
        data.read(warehouse, broken)


def test_other_errors_are_not_retried(warehouse):
    calls = []

    def wrong(con):
        calls.append(con)
        return con.execute("SELECT no_such_column FROM issues").fetchone()

    with pytest.raises(duckdb.BinderException):
        data.read(warehouse, wrong)
    assert len(calls) == 1
