"""Reading and poking a program's rows beside the app, on either backend.

Tests look at what was stored with plain SQL through :meth:`Database.quick`, so the same
check runs on a file and on a server: values come back as a file stores them (dates as ISO
text, booleans as 0 or 1). Write portable SQL with ``?`` placeholders.
"""

from __future__ import annotations

from typing import Any

from peerdesk.database import Database


def query(db: Database, sql: str, *params: object) -> list[tuple[Any, ...]]:
    """The rows ``sql`` finds, as plain tuples."""
    with db.quick() as conn:
        return [tuple(row) for row in conn.execute(sql, params).fetchall()]


def execute(db: Database, sql: str, *params: object) -> None:
    """Change rows behind the app's back (as another tool would), committed at once."""
    with db.quick() as conn:
        conn.execute(sql, params)
        conn.commit()


def table(
    db: Database, name: str, order: str = "id", leave_out: tuple[str, ...] = ()
) -> list[tuple[Any, ...]]:
    """Every row of table ``name``, exactly as stored, in ``order``; without the columns
    ``leave_out`` (say, ``VERSION``, which undo raises instead of putting back)."""
    if not leave_out:
        return query(db, f"SELECT * FROM {name} ORDER BY {order}")
    kept = ", ".join(c for c in columns(db, name) if c not in leave_out)
    return query(db, f"SELECT {kept} FROM {name} ORDER BY {order}")


VERSION = ("version",)
"""A row's version (peerdesk.conflicts): it only goes up, also when undo puts a row back."""


def columns(db: Database, name: str) -> list[str]:
    """The column names of table ``name``, in the order ``SELECT *`` gives them."""
    from sqlalchemy import inspect

    return [column["name"] for column in inspect(db.engine).get_columns(name)]


def server_dump(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table in the server database at ``url``, read beside PeerDesk."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(url) as conn:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() ORDER BY table_name"
            )
        ]
        return {
            name: sorted(
                conn.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(name))).fetchall(),
                key=repr,
            )
            for name in names
        }


def database_name(url: str) -> str:
    """The database a test cluster's URL names."""
    return url.split("?", 1)[0].rsplit("/", 1)[-1]


def every_row(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the program (the marker table aside), in key order,
    with values as a file stores them, so a file and a server compare equal."""
    from peerdesk.storage.copy import program_tables

    result: dict[str, list[tuple[Any, ...]]] = {}
    with db.quick() as conn:
        for t in program_tables():
            names = ", ".join(f'"{c.name}"' for c in t.columns)
            order = ", ".join(f'"{c.name}"' for c in t.primary_key.columns)
            result[t.name] = [
                tuple(row) for row in conn.execute(f"SELECT {names} FROM {t.name} ORDER BY {order}")
            ]
    return result
