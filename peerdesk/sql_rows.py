"""Rows by id in plain SQL, for writing many rows fast and putting records back exactly
as they were (undo), on either backend.

SQL here is written once with ``?`` placeholders (:func:`driver_sql` turns them
into the driver's own) and runs on the driver directly, without SQLAlchemy's
per-value processing: rows are plain dicts of column → stored value. Read with
:func:`select_rows`, they hold only JSON-safe values (a date as ISO text, as a
file stores it), so they can be kept with an import batch; written back, they
keep their ids and timestamps. Lists of ids go into ``IN (...)`` in chunks, well
under either backend's limit on parameters, and many rows are written at once
(:mod:`peerdesk.storage.driver`: no round trip per row on a server).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Connection, CursorResult, Table

from peerdesk.storage.driver import (
    driver_sql,
    ids_per_query,
    insert_many,
    update_many,
    with_ids,
)

Row = dict[str, Any]


def run(conn: Connection, sql: str, params: Sequence[Any] = ()) -> CursorResult[*tuple[Any, ...]]:
    """Execute ``?`` SQL on the driver with one set of values."""
    return conn.exec_driver_sql(driver_sql(conn, sql), tuple(params))


def id_chunks(ids: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """The distinct ids in order, a chunk at a time."""
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def each_chunk(
    conn: Connection, sql: str, ids: Iterable[Any], extra: tuple[Any, ...] = ()
) -> Iterator[CursorResult[*tuple[Any, ...]]]:
    """Run ``sql`` once per chunk of ``ids``: each ``IN ({ids})`` in it stands for the
    chunk, and ``extra`` fills the ``?`` after them."""
    for chunk in id_chunks(ids, ids_per_query(conn)):
        query, params = with_ids(conn, sql, chunk)
        yield run(conn, query, (*params, *extra))


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def select_rows(conn: Connection, table: str, column: str, ids: Iterable[Any]) -> list[Row]:
    """The rows of ``table`` whose ``column`` is one of ``ids``, by id, as stored (JSON-safe)."""
    rows: list[Row] = []
    sql = f"SELECT * FROM {table} WHERE {column} IN ({{ids}}) ORDER BY id"
    for result in each_chunk(conn, sql, ids):
        keys = list(result.keys())
        rows.extend({k: _plain(v) for k, v in zip(keys, row, strict=True)} for row in result)
    return rows


def any_row(conn: Connection, sql: str, ids: Iterable[int], extra: tuple[Any, ...] = ()) -> bool:
    """Whether ``sql`` finds a row: each ``IN ({ids})`` stands for the id list, ``extra``
    fills the rest."""
    return any(result.first() is not None for result in each_chunk(conn, sql, ids, extra))


def delete_rows(conn: Connection, table: str, column: str, ids: Iterable[int]) -> None:
    """Delete the rows of ``table`` whose ``column`` is one of ``ids``."""
    for _result in each_chunk(conn, f"DELETE FROM {table} WHERE {column} IN ({{ids}})", ids):
        pass


@cache
def _flags(table: str) -> frozenset[str]:
    """The table's boolean columns: a file stores them as 0/1, a server wants true/false."""
    from peerdesk.models import Base

    columns = Base.metadata.tables[table].columns
    return frozenset(c.name for c in columns if isinstance(c.type, Boolean))


@cache
def _version(table: str) -> str | None:
    """The table's row version column (:mod:`peerdesk.conflicts`), if it has one: rows
    written back raise it instead of taking the value they hold, so a form open on one of
    them sees that it changed (an undo never takes a version back down)."""
    from peerdesk.models import Base

    return "version" if "version" in Base.metadata.tables[table].columns else None


def _value(table: str, column: str, value: Any) -> Any:
    if value is not None and column in _flags(table):
        return bool(value)
    return value


def update_rows(conn: Connection, table: str, rows: list[Row]) -> None:
    """Write every column of ``rows`` over the stored rows with the same ids."""
    if not rows:
        return
    version = _version(table)
    columns = [c for c in rows[0] if c not in ("id", version)]
    update_many(
        conn,
        table,
        columns,
        [(row["id"], *(_value(table, c, row[c]) for c in columns)) for row in rows],
        bump=version,
    )


def update_records(conn: Connection, table: Table, rows: Sequence[Row]) -> None:
    """Write ``rows`` of Python values (each with its ``id`` and the same other columns)
    over the stored rows with those ids, each value stored as its column's type stores it."""
    if not rows:
        return
    version = _version(table.name)
    columns = [name for name in rows[0] if name not in ("id", version)]
    processors = _processors(conn, table, columns)
    update_many(
        conn,
        table.name,
        columns,
        [
            (
                row["id"],
                *(
                    row[name] if process is None else process(row[name])
                    for name, process in zip(columns, processors, strict=True)
                ),
            )
            for row in rows
        ],
        bump=version,
    )


def _processors(conn: Connection, table: Table, columns: Sequence[str]) -> list[Any]:
    return [table.c[name].type.bind_processor(conn.dialect) for name in columns]


def insert_values(
    conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert ``rows`` (values in the order of ``columns``) all at once (see
    :func:`peerdesk.storage.driver.insert_many`)."""
    if rows:
        insert_many(conn, table, columns, rows)


def insert_records(conn: Connection, table: Table, rows: Sequence[Row]) -> None:
    """Insert ``rows`` of Python values (dates, enums, dicts, aware datetimes), each stored
    as its column's type stores it, all at once; columns left out take no default."""
    if not rows:
        return
    columns = list(rows[0])
    processors = _processors(conn, table, columns)
    insert_many(
        conn,
        table.name,
        columns,
        [
            [
                row[name] if process is None else process(row[name])
                for name, process in zip(columns, processors, strict=True)
            ]
            for row in rows
        ],
    )


def insert_rows(conn: Connection, table: str, rows: list[Row]) -> None:
    """Insert ``rows`` as they are, ids included: rows put back under ids handed out
    before, so a server's id sequence is already past them (and must not be moved back
    with ``sync_ids``: another window may hold higher ids not committed yet)."""
    if not rows:
        return
    columns = list(rows[0])
    insert_values(
        conn, table, columns, [[_value(table, c, row[c]) for c in columns] for row in rows]
    )
