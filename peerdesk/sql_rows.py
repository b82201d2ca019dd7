"""Rows by id in plain SQL, for putting a file's records back exactly as they were (undo).

Rows are plain dicts of column → stored value, as read with
``exec_driver_sql``; written back, they keep their ids and timestamps. Lists of
ids go into ``IN (...)`` in chunks, well under SQLite's limit on variables.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection

IDS_PER_QUERY = 500

Row = dict[str, Any]


def id_chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    """The distinct ids in order, a chunk at a time."""
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), IDS_PER_QUERY):
        yield ordered[start : start + IDS_PER_QUERY]


def any_row(conn: Connection, sql: str, ids: Iterable[int], extra: tuple[Any, ...] = ()) -> bool:
    """Whether ``sql`` finds a row: ``{ids}`` stands for the id list, ``extra`` fills the rest."""
    repeats = sql.count("{ids}")
    for chunk in id_chunks(ids):
        query = sql.replace("{ids}", ",".join("?" * len(chunk)))
        if conn.exec_driver_sql(query, (*(tuple(chunk) * repeats), *extra)).first() is not None:
            return True
    return False


def delete_rows(conn: Connection, table: str, column: str, ids: Iterable[int]) -> None:
    """Delete the rows of ``table`` whose ``column`` is one of ``ids``."""
    for chunk in id_chunks(ids):
        marks = ",".join("?" * len(chunk))
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE {column} IN ({marks})", tuple(chunk))


def update_rows(conn: Connection, table: str, rows: list[Row]) -> None:
    """Write every column of ``rows`` over the stored rows with the same ids."""
    if not rows:
        return
    columns = [c for c in rows[0] if c != "id"]
    assignments = ", ".join(f"{c} = ?" for c in columns)
    conn.exec_driver_sql(
        f"UPDATE {table} SET {assignments} WHERE id = ?",
        [(*(row[c] for c in columns), row["id"]) for row in rows],
    )


def insert_rows(conn: Connection, table: str, rows: list[Row]) -> None:
    """Insert ``rows`` as they are, ids included."""
    if not rows:
        return
    columns = list(rows[0])
    marks = ",".join("?" * len(columns))
    conn.exec_driver_sql(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
        [tuple(row[c] for c in columns) for row in rows],
    )
