"""Connections to the warehouse file, schema migrations and transactions."""
from __future__ import annotations

import fcntl
import os
import shutil
import threading
import time
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Iterator

import duckdb

DEFAULT_DB = Path("data") / "govwatch.duckdb"


def resolve_db_path(path: str | os.PathLike | None = None) -> Path:
    """--db wins, then GOVWATCH_DB, then data/govwatch.duckdb under the working directory."""
    if path:
        return Path(path)
    env = os.environ.get("GOVWATCH_DB")
    return Path(env) if env else DEFAULT_DB


def migrations() -> list[tuple[int, str, str]]:
    """The ordered (version, name, sql) of every migration file shipped with the package."""
    found = []
    for entry in resources.files("warehouse.migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:3].isdigit():
            found.append((int(name[:3]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every migration not yet recorded in schema_version; return the schema version."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    applied = {row[0] for row in con.execute("SELECT version FROM schema_version").fetchall()}
    for version, name, sql in migrations():
        if version in applied:
            continue
        with transaction(con):
            for statement in split_sql(sql):
                con.execute(statement)
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?, current_timestamp)", [version, name]
            )
    return schema_version(con)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
    return int(row[0])


def split_sql(sql: str) -> list[str]:
    """Split a migration file into statements, dropping `--` comments.

    Our migration files keep `--` and `;` out of string literals, which makes this safe."""
    lines = [line.split("--", 1)[0] for line in sql.splitlines()]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]


def connect_writer(path: str | os.PathLike | None = None) -> duckdb.DuckDBPyConnection:
    """Open a warehouse file read-write in place, creating and migrating it if needed.

    Only for files no reader is using (tests, temporary warehouses); the live warehouse is
    written through `Writer`, which never touches the file readers have open."""
    db_path = Path(path) if path else resolve_db_path()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(db_path))
    migrate(con)
    return con


class WriterBusy(RuntimeError):
    """Another process is writing this warehouse."""


class Writer:
    """Writes the warehouse as a private copy and publishes it with one atomic rename.

    DuckDB lets one process hold a file read-write and then refuses every other process, readers
    included, instantly. So the live file is never opened for writing: the writer copies it to
    `<name>.tmp`, writes there, checkpoints, closes and `os.replace`s the copy over the live file.
    Readers (the dashboard) open the live file read-only for a moment per query and always see a
    whole published state; a writer killed mid-way leaves only a stale `.tmp`, removed next time.
    An exclusive `flock` on `<name>.lock` keeps a second writer (a second scheduler) out.
    """

    def __init__(self, path: str | os.PathLike | None = None, wait_seconds: float = 60.0):
        self.live = resolve_db_path(path)
        self.tmp = self.live.with_name(self.live.name + ".tmp")
        self.wait_seconds = wait_seconds
        self.con: duckdb.DuckDBPyConnection | None = None
        self._lock_file = None

    def __enter__(self) -> "Writer":
        self.live.parent.mkdir(parents=True, exist_ok=True)
        self._acquire_lock()
        try:
            self._open_copy()
        except BaseException:
            self._release_lock()
            raise
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.publish(reopen=False)
            else:
                self._discard()
        finally:
            self._release_lock()

    def publish(self, reopen: bool = True) -> None:
        """Make everything committed so far visible to readers."""
        assert self.con is not None
        self.con.execute("CHECKPOINT")
        self.con.close()
        self.con = None
        os.replace(self.tmp, self.live)
        if reopen:
            self._open_copy()

    def _open_copy(self) -> None:
        _remove_with_wal(self.tmp)
        if self.live.exists():
            _fold_in_wal(self.live)
            shutil.copyfile(self.live, self.tmp)
        self.con = duckdb.connect(str(self.tmp))
        migrate(self.con)

    def _discard(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None
        _remove_with_wal(self.tmp)

    def _acquire_lock(self) -> None:
        lock_path = self.live.with_name(self.live.name + ".lock")
        self._lock_file = open(lock_path, "a+")
        deadline = time.monotonic() + self.wait_seconds
        while True:
            try:
                fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    self._lock_file.close()
                    self._lock_file = None
                    raise WriterBusy(f"another govwatch process is writing {self.live}") from None
                time.sleep(0.2)
        self._lock_file.seek(0)
        self._lock_file.truncate()
        self._lock_file.write(f"{os.getpid()}\n")
        self._lock_file.flush()

    def _release_lock(self) -> None:
        if self._lock_file is not None:
            fcntl.flock(self._lock_file, fcntl.LOCK_UN)
            self._lock_file.close()
            self._lock_file = None


def _fold_in_wal(live: Path) -> None:
    """Checkpoint a write-ahead log left beside the live file (by someone who opened it read-write,
    against the README's advice): copying the file alone would drop those changes, and the stale
    log would no longer match the file swapped in."""
    if not live.with_name(live.name + ".wal").exists():
        return
    try:
        con = duckdb.connect(str(live))
    except duckdb.IOException as exc:
        raise WriterBusy(f"{live} is open read-write in another program; close it and try again ({exc})") from exc
    con.execute("CHECKPOINT")
    con.close()


def upgrade_if_needed(path: str | os.PathLike | None = None) -> None:
    """Migrate a published warehouse written by an older govwatch, so that readers find every
    column they query (readers never migrate: they open the file read-only)."""
    live = resolve_db_path(path)
    if not live.exists():
        return
    con = connect_reader(live)
    try:
        current = schema_version(con)
    finally:
        con.close()
    if current < max(version for version, _, _ in migrations()):
        with Writer(live):
            pass


def _remove_with_wal(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + ".wal")):
        candidate.unlink(missing_ok=True)


def connect_reader(path: str | os.PathLike | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse read-only (for one-off readers; the dashboard reads through SharedReader)."""
    return duckdb.connect(str(resolve_db_path(path)), read_only=True)


class SharedReader:
    """Read-only reads of the warehouse through one in-memory DuckDB engine, one read at a time.

    Starting a DuckDB engine costs 18-29 ms; attaching a file to a running one 2-5 ms. Each read
    attaches the live file read-only and detaches it afterwards, so, as with a connection opened
    per read, no read holds the file's lock or an old publication of it once it is over.

    One engine, not one per concurrent read: DuckDB locks the file with POSIX locks, which belong
    to the process and are all released when any of its handles on the file is closed, so a read
    detaching in one engine would drop the lock another engine's read relies on. Reads take a
    few tens of milliseconds; waiting for one another costs less than opening a connection each.
    Not reentrant: a read must not start another inside its block.
    """

    ALIAS = "warehouse"

    def __init__(self) -> None:
        self._engine: duckdb.DuckDBPyConnection | None = None
        self._lock = threading.Lock()

    @contextmanager
    def reading(self, path: str | os.PathLike) -> Iterator[duckdb.DuckDBPyConnection]:
        """The engine with the file at `path` attached read-only and in use for unqualified names.
        Raises duckdb.IOException when the file cannot be opened (locked, missing, not DuckDB)."""
        with self._lock:
            if self._engine is None:
                self._engine = duckdb.connect(":memory:")
            engine = self._engine
            try:
                engine.execute(f"ATTACH {_sql_string(str(path))} AS {self.ALIAS} (READ_ONLY)")
                engine.execute(f"USE {self.ALIAS}")
                yield engine
            finally:
                self._let_go(engine)

    def _let_go(self, engine: duckdb.DuckDBPyConnection) -> None:
        try:
            engine.execute("USE memory")
            engine.execute(f"DETACH DATABASE IF EXISTS {self.ALIAS}")
        except duckdb.Error:
            engine.close()  # an engine that could not let go of the file is not used again
            self._engine = None


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """An explicit BEGIN ... COMMIT; any exception rolls the whole block back."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
