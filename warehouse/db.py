"""Connections to the warehouse file, schema migrations and transactions."""
from __future__ import annotations

import os
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
    """Open the warehouse read-write, creating and migrating it if needed."""
    db_path = resolve_db_path(path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(db_path))
    migrate(con)
    return con


def connect_reader(path: str | os.PathLike | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse read-only (the dashboard's way in)."""
    return duckdb.connect(str(resolve_db_path(path)), read_only=True)


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
