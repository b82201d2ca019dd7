"""Where a program lives: a local SQLite file or a shared PostgreSQL database.

A *location* is either a path (a ``.peerdesk`` file, the default) or a URL
(``postgresql://user@host:5432/dbname``). Each backend is one small module
(:mod:`peerdesk.storage.sqlite`, :mod:`peerdesk.storage.postgres`) behind the
same few functions, described by :class:`Store`; :mod:`peerdesk.database` picks
one and nothing else in the core knows which it is on.

This module is imported at start-up: it holds only what deciding needs, and
the protocols, so it imports neither SQLAlchemy nor a driver.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server(location: str | Path | None) -> bool:
    """Whether ``location`` names a database server rather than a file."""
    if location is None or isinstance(location, Path):
        return False
    return location.strip().lower().startswith(SERVER_SCHEMES)


class QuickRows(Protocol):
    """What a quick query gives back: rows as plain tuples (see :class:`QuickConnection`)."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class QuickConnection(Protocol):
    """A plain database connection for fast, read-mostly SQL, without the ORM.

    SQL is written once, portably, with ``?`` placeholders. Values come back as a
    file stores them on both backends: dates as ISO text, booleans as 0 or 1,
    sums as int or float. ``begin()`` starts one consistent snapshot for several
    reads; ``close()`` ends it without writing.
    """

    def execute(self, sql: str, params: Sequence[Any] = ()) -> QuickRows: ...

    def begin(self) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...

    def close(self) -> None: ...


class Store(Protocol):
    """One backend holding one open program."""

    #: The local file, or None for a database on a server.
    path: Path | None

    @property
    def label(self) -> str:
        """How the location reads to a person (a file path, or "name on host"); no password."""
        ...

    @property
    def key(self) -> str:
        """A stable identity of the location (for backups and recent lists); no password."""
        ...

    def make_engine(self) -> Engine: ...

    def quick_connection(self) -> QuickConnection: ...

    def translate(self, exc: BaseException) -> BaseException:
        """A storage failure as a :class:`~peerdesk.errors.UserError`, or ``exc`` itself."""
        ...

    def snapshot_options(self) -> dict[str, Any]:
        """Execution options for a read-only connection that sees one consistent state."""
        ...

    def strict_options(self) -> dict[str, Any]:
        """Execution options for a write transaction that no other may interleave with
        (see :mod:`peerdesk.storage.retry`); empty when every write already is."""
        ...

    def defer_references(self, connection: Connection) -> None:
        """Check references at the commit, not row by row (for copying whole tables)."""
        ...

    def sync_ids(self, connection: Connection, tables: Sequence[str]) -> None:
        """After rows were written with explicit ids, make new ids follow the largest."""
        ...

    def begin_erase(self, connection: Connection) -> None:
        """Called first in the transaction that erases a person's data."""
        ...

    def refresh_statistics(self) -> None:
        """After many rows arrived at once: let the database plan its queries for them."""
        ...

    def scrub(self) -> None:
        """After personal data was erased: leave no old copy of it in the storage."""
        ...

    def close(self) -> None: ...
