"""Checks of a workspace file's structure and values, made through a read-only connection.

Everything here reads and nothing writes: :mod:`opening` decides with these whether a file may be
opened before it holds the file for writing. SQLite's ``integrity_check`` finds damaged pages and indexes; these
find what it does not — a table or column gone, a value of the wrong type, a text that is not UTF-8.
The schema a version should have is the one its migrations build, in memory: there is no second
description of it to drift.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Collection
from typing import Any, NamedTuple

from .schema import apply_migrations


class ColumnShape(NamedTuple):
    name: str
    declared: str  # INTEGER, REAL, TEXT, BLOB or ''
    not_null: bool


@functools.cache
def expected_schema(version: int) -> dict[str, tuple[ColumnShape, ...]]:
    """Table → columns, as the migrations up to ``version`` build them."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        apply_migrations(conn, 0, version)
        return _tables(conn)
    finally:
        conn.close()


def _tables(conn: sqlite3.Connection) -> dict[str, tuple[ColumnShape, ...]]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: tuple(
            ColumnShape(row[1], str(row[2]).upper(), bool(row[3]))
            for row in conn.execute(f'PRAGMA table_info("{name}")')
        )
        for name in names
    }


def schema_problem(conn: sqlite3.Connection, version: int) -> str | None:
    """What the file lacks of the schema of ``version`` (a table, a column, a column's type), if anything."""
    actual = _tables(conn)
    for table, columns in expected_schema(version).items():
        if table not in actual:
            return f"the table {table} is missing"
        found = {c.name: c for c in actual[table]}
        for column in columns:
            have = found.get(column.name)
            if have is None:
                return f"the column {table}.{column.name} is missing"
            if have.declared != column.declared:
                return f"the column {table}.{column.name} is {have.declared or 'untyped'}, not {column.declared}"
    return None


# The storage classes a value of each declared type may have (SQLite stores integers in REAL columns as such).
_ALLOWED = {
    "INTEGER": ("integer",),
    "REAL": ("real", "integer"),
    "TEXT": ("text",),
}


def value_problem(conn: sqlite3.Connection, version: int, read_whole: Collection[str] = ()) -> str | None:
    """The first value stored outside its column's type, or text that is not UTF-8, if any.

    ``read_whole``: the tables whose every row and column the caller reads and checks with
    :func:`storage_types` (opening decodes every entity anyway: scanning them twice made a third of opening a
    large file)."""
    for table, columns in expected_schema(version).items():
        if table in read_whole:
            continue
        conditions = []
        for column in columns:
            allowed = _ALLOWED.get(column.declared)
            if allowed is None:
                continue
            kinds = ", ".join(f"'{k}'" for k in (*allowed, "null"))
            condition = f'typeof("{column.name}") NOT IN ({kinds})'
            if column.declared == "REAL":  # infinities come from no entry the workbench makes
                condition += f' OR abs("{column.name}") > 1.7e308'
            conditions.append((column.name, condition))
        if not conditions:
            continue
        where = " OR ".join(f"({c})" for _, c in conditions)
        cases = ", ".join(f"({c})" for _, c in conditions)
        row = conn.execute(f'SELECT rowid, {cases} FROM "{table}" WHERE {where} LIMIT 1').fetchone()
        if row is not None:
            bad = next(name for (name, _), flag in zip(conditions, row[1:], strict=True) if flag)
            return wrong_type(table, row[0], bad)
        texts = [c.name for c in columns if c.declared == "TEXT"]
        if texts:
            problem = text_problem(conn, table, texts)
            if problem:
                return problem
    return None


def wrong_type(table: str, rowid: object, column: str) -> str:
    return f"the table {table}, row {rowid}: the column {column} holds a value of the wrong type"


# What each declared type lets Python's sqlite3 hand back (REAL: integers too, and no infinity — no entry the
# workbench makes stores one), written as a test of ``row[i]``.
_PYTHON_TYPES = {
    "INTEGER": "(type({v}) is int or {v} is None)",
    "REAL": "({v} is None or type({v}) is int or (type({v}) is float and -1.7e308 <= {v} <= 1.7e308))",
    "TEXT": "(type({v}) is str or {v} is None)",
}


@functools.cache
def storage_types(version: int, table: str, columns: tuple[str, ...]) -> Callable[[tuple[object, ...]], str | None]:
    """For rows of ``columns`` read from ``table``: the first column whose value is not of its declared type
    (the test :func:`value_problem` makes in SQL), or None. A text that is not UTF-8 fails the read itself."""
    declared = {c.name: c.declared for c in expected_schema(version)[table]}
    tests = [
        (name, _PYTHON_TYPES[declared[name]].format(v=f"row[{i}]"))
        for i, name in enumerate(columns)
        if declared.get(name) in _PYTHON_TYPES
    ]
    source = "def all_typed(row):\n    return " + (" and ".join(t for _, t in tests) or "True") + "\n"
    env: dict[str, Any] = {}
    # Built from the schema our migrations create, never from data.
    exec(compile(source, f"<storage types of {table}>", "exec"), env)
    all_typed: Callable[[tuple[object, ...]], bool] = env["all_typed"]
    singles: list[tuple[str, Callable[[tuple[object, ...]], bool]]] = [
        (name, eval(compile(f"lambda row: {t}", "<one column>", "eval"))) for name, t in tests
    ]

    def first_mistyped(row: tuple[object, ...]) -> str | None:
        if all_typed(row):
            return None
        return next(name for name, typed in singles if not typed(row))

    return first_mistyped


def text_problem(conn: sqlite3.Connection, table: str, columns: list[str]) -> str | None:
    """Python's sqlite3 decodes every text it fetches; reading them all finds one that is not UTF-8."""
    select = ", ".join(f'"{c}"' for c in columns)
    try:
        for _ in conn.execute(f'SELECT {select} FROM "{table}"'):
            pass
    except sqlite3.OperationalError as exc:
        if "decode" not in str(exc).lower():
            raise
        # Which row: the same scan with the texts as bytes.
        conn.text_factory = bytes
        try:
            for row in conn.execute(f'SELECT rowid, {select} FROM "{table}"'):
                for name, value in zip(columns, row[1:], strict=True):
                    if isinstance(value, bytes):
                        try:
                            value.decode("utf-8")
                        except UnicodeDecodeError:
                            return f"the table {table}, row {row[0]}: the column {name} is not valid text (UTF-8)"
        finally:
            conn.text_factory = str
        return f"a text in the table {table} is not valid UTF-8"
    return None
