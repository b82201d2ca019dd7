"""Copying a whole program between two databases, file or server, either way.

Everything is read from one consistent snapshot of the source and written in
one transaction on the target, table by table in the order their references
need, in batches (one statement per batch, not one round trip per row). The
rows keep their ids, so references stay right; afterwards new ids follow the
largest copied one. The row counts of every table are read back on both sides.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import MetaData, Table, delete, func, insert, select

from peerdesk.errors import UserError
from peerdesk.models import Base, DatabaseUser, Meta, ProgramGrant

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from peerdesk.progress import Progress
    from peerdesk.storage.program_database import Database

BATCH = 2000


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    counts: tuple[TableCount, ...]

    @property
    def rows(self) -> int:
        return sum(c.target for c in self.counts)

    @property
    def equal(self) -> bool:
        return all(c.source == c.target for c in self.counts)


class TargetNotEmpty(UserError):
    template = (
        "“{location}” already holds a program ({rows} rows in “{table}”). PeerDesk copies "
        "only into a new file or an empty database, so nothing is overwritten. Nothing was changed."
    )


class CopyMismatch(UserError):
    template = (
        "The copy did not hold every row (table “{table}”: {source} in the source, "
        "{target} in the copy), so it was not kept. Nothing was changed. Try again."
    )


#: The database's own tables, never copied with a program: its marker, and who may use it
#: (a copy or a restored backup keeps the target's users and roles).
DATABASE_OWN = frozenset(
    {Meta.__tablename__, DatabaseUser.__tablename__, ProgramGrant.__tablename__}
)


def program_tables(as_stored_in: Database | None = None) -> list[Table]:
    """Every table of a program, parents before children (the database's own aside): the
    models' tables, or those in the database ``as_stored_in`` (at an older revision)."""
    if as_stored_in is None:
        return [t for t in Base.metadata.sorted_tables if t.name not in DATABASE_OWN]
    stored = MetaData()
    stored.reflect(as_stored_in.engine)
    left_out = DATABASE_OWN | {"alembic_version"}
    return [t for t in stored.sorted_tables if t.name not in left_out]


def count_rows(connection: Connection, tables: list[Table]) -> dict[str, int]:
    return {
        t.name: int(connection.execute(select(func.count()).select_from(t)).scalar_one())
        for t in tables
    }


def _batches(connection: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns)
    result = connection.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    for part in result.mappings().partitions(BATCH):
        yield [dict(row) for row in part]


def copy_program(
    source: Database,
    target: Database,
    progress: Progress | None = None,
    *,
    replace: bool = False,
    tables: list[Table] | None = None,
) -> CopyReport:
    """Copy every row of ``source`` into ``target`` in one transaction on ``target``.

    ``target`` must hold no program unless ``replace`` (restoring a backup): then its
    rows are deleted first, in the same transaction. Nothing lands unless every
    table's count on the target equals the source's. Both are at the newest schema,
    unless ``tables`` gives the tables of the revision they are both at.
    """
    tables = tables or program_tables()
    with source.snapshot() as reading:
        expected = count_rows(reading, tables)
        total = sum(expected.values())
        done = 0
        with target.transaction() as session:
            writing = session.connection()
            target.store.defer_references(writing)
            existing = count_rows(writing, tables)
            if replace:
                for table in reversed(tables):
                    writing.execute(delete(table))
            else:
                for table in tables:
                    if existing[table.name]:
                        raise TargetNotEmpty(
                            location=target.label, rows=existing[table.name], table=table.name
                        )
            for table in tables:
                if progress is not None:
                    progress.set_progress(done, total, table.name)
                for rows in _batches(reading, table):
                    if progress is not None:
                        progress.check()
                    writing.execute(insert(table), rows)
                    done += len(rows)
                    if progress is not None:
                        progress.set_progress(done, total, table.name)
            target.sync_ids(writing, [t.name for t in tables if "id" in t.c])
            copied = count_rows(writing, tables)
            counts = tuple(TableCount(t.name, expected[t.name], copied[t.name]) for t in tables)
            for count in counts:
                if count.source != count.target:
                    raise CopyMismatch(table=count.table, source=count.source, target=count.target)
    target.store.refresh_statistics()
    return CopyReport(source.label, target.label, counts)
