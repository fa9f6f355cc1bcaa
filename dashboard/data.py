"""The dashboard's only way to the warehouse: the file opened read-only for each read (attached to
a shared in-memory engine, see warehouse.db.SharedReader), retried, with results cached per
published version of the file.

Writers publish a new warehouse by renaming a finished copy over the live file, so the file's
(mtime, size) changes with every publication. That pair is part of every cache key: a new
publication is read on the next rerun, without a restart, and nothing is cached across it.
No read holds the file past its query: an open reader would pin an old snapshot.
"""
from __future__ import annotations

import os
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Callable, Iterator

import duckdb
import pandas as pd
import streamlit as st

from warehouse import queries
from warehouse.db import SharedReader, resolve_db_path

ATTEMPTS = 4
PAUSE_SECONDS = 0.25
READER = SharedReader()  # one per server process: it serves every session's reads


class WarehouseUnavailable(RuntimeError):
    """The warehouse file exists but could not be opened, even after retrying."""


def db_path() -> Path:
    return resolve_db_path()


def data_version(path: Path) -> tuple[int, int] | None:
    """(mtime_ns, size) of the live file, or None when there is no warehouse yet."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_mtime_ns, stat.st_size


@contextmanager
def reading(path: str | Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """The warehouse opened read-only for the block, retrying an open that fails for a moment."""
    for attempt in range(1, ATTEMPTS + 1):
        opened = ExitStack()
        try:
            con = opened.enter_context(READER.reading(path))
        except duckdb.IOException:
            # A lock held by a process that opened the live file read-write, or a file being
            # replaced at this instant: both pass within moments.
            if attempt == ATTEMPTS:
                raise WarehouseUnavailable(str(path)) from None
            time.sleep(PAUSE_SECONDS * attempt)
            continue
        with opened:
            yield con
        return


def read(path: str | Path, query: Callable[..., pd.DataFrame], *args) -> pd.DataFrame:
    """Run one query with the warehouse opened read-only for it alone. A query that fails reading
    the file (DuckDB: "Could not read enough bytes", seen once in thousands of reads beside a writer
    publishing every second) is run again on a fresh opening, as a failed opening is."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with reading(path) as con:
                return query(con, *args)
        except duckdb.IOException:
            if attempt == ATTEMPTS:
                raise WarehouseUnavailable(str(path)) from None
            time.sleep(PAUSE_SECONDS * attempt)


@st.cache_data(max_entries=1024, show_spinner=False)
def _cached(query_name: str, path: str, version: tuple[int, int] | None, args: tuple) -> pd.DataFrame:
    return read(path, getattr(queries, query_name), *args)


def fetch(query: Callable[..., pd.DataFrame], *args) -> pd.DataFrame:
    """The result of `query(con, *args)` (a function of warehouse.queries), cached per publication."""
    path = db_path()
    return _cached(query.__name__, str(path), data_version(path), args)


def summary() -> pd.Series | None:
    """Issue counts and month range, or None when there is no warehouse file (or not one of ours)."""
    if data_version(db_path()) is None:
        return None
    try:
        return fetch(queries.warehouse_summary).iloc[0]
    except duckdb.CatalogException:
        return None
