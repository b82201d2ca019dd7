"""Plain SQL on the driver, on either backend: portable placeholders, and writing many
rows at once the fastest way each backend has.

SQL is written once with ``?`` placeholders (SQLite's); :func:`driver_sql` gives
it in the driver's own style. Many rows go into a file as one prepared INSERT run
once per row: SQLite is in the process, so a row costs microseconds. A server
takes them through ``COPY``, one stream for all of them in the current
transaction: a round trip per row, or a multi-row INSERT with thousands of
placeholders for the driver to parse, costs ten times more (importing a
10,000-person roster writes some 100,000 rows).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection


def driver_sql(connection: Connection, sql: str) -> str:
    """Portable ``?`` placeholders in the style of the connection's driver."""
    if connection.dialect.paramstyle == "qmark":
        return sql
    from peerdesk.storage.postgres import to_format

    return to_format(sql)


IDS_PER_QUERY = {"postgresql": 10_000}
"""Ids in one ``IN`` list: a server takes them as one array; a file as parameters (500)."""


def ids_per_query(connection: Connection) -> int:
    return IDS_PER_QUERY.get(connection.dialect.name, 500)


def with_ids(connection: Connection, sql: str, ids: Sequence[Any]) -> tuple[str, tuple[Any, ...]]:
    """``sql`` with each ``IN ({ids})`` standing for ``ids``, and the parameters for them
    (they come first in the statement). A file lists the ids as parameters; a server takes
    them as one array (``= ANY(?)``), so the statement stays short whatever their number."""
    repeats = sql.count("IN ({ids})")
    if connection.dialect.name == "postgresql":
        return sql.replace("IN ({ids})", "= ANY(?)"), (list(ids),) * repeats
    return sql.replace("{ids}", ",".join("?" * len(ids))), tuple(ids) * repeats


def new_ids(connection: Connection, table: str, count: int) -> list[int]:
    """``count`` ids for rows about to be written into ``table`` with their own ids.

    A file hands out the ones after the largest (a write transaction holds the file's
    write lock, so no one else takes them). A server takes them from the table's id
    sequence, as any other window's new rows do, so two windows writing at once never
    pick the same id and the sequence needs no moving afterwards.
    """
    if count <= 0:
        return []
    if connection.dialect.name == "postgresql":
        found = connection.exec_driver_sql(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            (table, count),
        )
        return [int(value) for (value,) in found]
    largest = connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar()
    first = int(largest or 0) + 1
    return list(range(first, first + count))


def insert_many(
    connection: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """Insert ``rows`` (values in the order of ``columns``) into ``table``, in the
    connection's transaction. Values are as a file stores them (text for dates and
    timestamps); booleans are ``True``/``False``."""
    if connection.dialect.name == "postgresql":
        from peerdesk.storage.postgres import copy_rows

        copy_rows(connection, table, columns, rows)
        return
    values = [tuple(row) for row in rows]
    if values:
        marks = ", ".join("?" * len(columns))
        connection.exec_driver_sql(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values
        )


def update_many(
    connection: Connection,
    table: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    bump: str | None = None,
) -> None:
    """Write ``rows`` — each the id, then values in the order of ``columns`` — over the rows
    of ``table`` with those ids, in the connection's transaction; ``bump`` names a column
    each updated row raises by one (its row version). A file runs one prepared UPDATE per
    row; a server takes them all through ``COPY`` into a temporary table and one UPDATE
    joined to it."""
    values = [tuple(row) for row in rows]
    if not values:
        return
    if connection.dialect.name == "postgresql":
        from peerdesk.storage.postgres import update_by_copy

        update_by_copy(connection, table, columns, values, bump=bump)
        return
    assignments = ", ".join(
        [f"{column} = ?" for column in columns] + ([f"{bump} = {bump} + 1"] if bump else [])
    )
    connection.exec_driver_sql(
        f"UPDATE {table} SET {assignments} WHERE id = ?", [(*row[1:], row[0]) for row in values]
    )
