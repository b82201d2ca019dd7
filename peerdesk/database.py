"""Opening, creating and guarding a program, wherever it lives.

A program lives in a local ``.peerdesk`` file (SQLite, the default) or in a
shared PostgreSQL database named by a URL (see :mod:`peerdesk.storage`). Either
way it is used through one :class:`Database`: sessions on a SQLAlchemy engine,
one transaction per user action, and quick plain-SQL reads for the first
screen. Which backend it is on is known here and in the backend modules only.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from peerdesk import backups
from peerdesk.storage import is_server
from peerdesk.storage.program_database import Database

__all__ = [
    "Database",
    "Location",
    "create_database",
    "new_file",
    "open_database",
    "open_or_create",
]

#: A program's location: a path to a file, or a ``postgresql://`` URL.
Location = Path | str


def opens_quickly(location: Location) -> bool:
    """Whether ``location`` is a current PeerDesk program that opens without an upgrade.

    Raises the same typed errors as :func:`open_database` for files that are not ours.
    """
    if is_server(location):
        from peerdesk import migrate
        from peerdesk.storage import postgres

        return postgres.describe(postgres.ServerAddress.parse(str(location))) == migrate.HEAD
    from peerdesk.storage import sqlite

    return sqlite.opens_quickly(Path(location).expanduser().resolve())


def open_database(
    location: Location, *, backup_before_migrating: bool = True, password: str | None = None
) -> Database:
    """Open an existing program, migrating it to the current schema if needed.

    A file is backed up before it is upgraded; so is a server database (as a local copy).
    """
    if is_server(location):
        from peerdesk.storage import postgres

        address = postgres.ServerAddress.parse(str(location), password)
        before = backups.backup_server_before_upgrade if backup_before_migrating else None
        return Database(postgres.open_store(address, before))
    from peerdesk.storage import sqlite

    path = Path(location).expanduser().resolve()
    return Database(
        sqlite.open_store(path, backups.backup_before_upgrade if backup_before_migrating else None)
    )


def create_database(location: Location, *, password: str | None = None) -> Database:
    """Create a new, empty program file, or set up an empty server database.

    Refuses an existing file, and a server database that already holds anything.
    """
    if is_server(location):
        from peerdesk.errors import UserError
        from peerdesk.storage import postgres

        address = postgres.ServerAddress.parse(str(location), password)
        if not postgres.init_database(address):
            raise UserError(
                "The database “{location}” is already set up for PeerDesk. Open it instead.",
                location=address.label,
            )
        return Database(postgres.open_store(address))
    from peerdesk.storage import sqlite

    path = Path(location).expanduser().resolve()
    sqlite.create_file(path)
    return open_database(path)


def open_or_create(location: Location) -> Database:
    if is_server(location):
        return open_database(location)
    path = Path(location).expanduser()
    return open_database(path) if path.exists() else create_database(path)


@contextlib.contextmanager
def new_file(path: Path | str) -> Iterator[Database]:
    """A new program file at ``path``, open to fill: it is built under a hidden name
    beside ``path`` and renamed into place only when the block ends without an error;
    otherwise (a failure, a cancel) nothing is left behind. Refuses an existing file."""
    from peerdesk.errors import FileExists
    from peerdesk.storage import sqlite

    path = Path(path).expanduser().resolve()
    if path.exists():
        raise FileExists(path=str(path))
    building = path.with_name(f".{path.name}.building-{os.getpid()}")
    sqlite.remove_file(building)
    try:
        with create_database(building) as db:
            yield db
        if path.exists():  # made by someone else meanwhile: theirs stays
            raise FileExists(path=str(path))
        os.replace(building, path)
    except OSError as exc:
        raise sqlite.translate_os_error(exc, path) from exc
    finally:
        sqlite.remove_file(building)
