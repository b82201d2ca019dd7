"""Opening, creating and guarding a program file.

A program file is SQLite with PeerDesk's ``application_id`` in its header.
Opening one checks that it really is ours and not from a newer PeerDesk,
takes an exclusive lock so that a second running PeerDesk cannot write to it,
brings its schema up to date, and sets the pragmas every connection needs.

SQLAlchemy is imported only when the first session is asked for: opening a
file and the quick reads that fill the first screen use plain ``sqlite3``, so
the window can show a program before the ORM has finished loading.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peerdesk import backups, migrate
from peerdesk.errors import (
    FileAlreadyOpen,
    FileExists,
    FileMissing,
    NewerFileVersion,
    NoPermission,
    NotAPeerDeskFile,
)
from peerdesk.file_lock import LockHeld, ProgramFileLock
from peerdesk.sqlite_file import APPLICATION_ID, translate_os_error

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _sniff(path: Path) -> None:
    """Refuse anything that is not a SQLite file with our application id."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise FileMissing(path=str(path)) from None
    except IsADirectoryError:
        raise NotAPeerDeskFile(path=str(path), reason="it is a folder") from None
    except PermissionError:
        raise NoPermission(path=str(path)) from None
    if not header:
        raise NotAPeerDeskFile(path=str(path), reason="the file is empty")
    if not header.startswith(SQLITE_MAGIC):
        if header.startswith(b"PK"):
            reason = "it looks like a spreadsheet or another zipped document"
        elif header.startswith(b"\xd0\xcf\x11\xe0"):
            reason = "it looks like an old Excel or Word document"
        elif header.startswith(b"%PDF"):
            reason = "it is a PDF document"
        else:
            reason = "it is not a database"
        raise NotAPeerDeskFile(path=str(path), reason=reason)
    if len(header) < 100:
        raise NotAPeerDeskFile(path=str(path), reason="the file is cut short")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotAPeerDeskFile(path=str(path), reason="it is a database made by another program")


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    # A creator, not a "sqlite:///path" URL: a URL would cut a file name at "?" or "#".
    engine = create_engine("sqlite://", creator=lambda: migrate.connect(path), poolclass=QueuePool)
    event.listen(engine, "connect", _set_pragmas)
    # Let SQLAlchemy own transactions: pysqlite's implicit BEGIN is off,
    # and an explicit BEGIN IMMEDIATE makes a write transaction take the
    # write lock up front, so two writers wait instead of failing midway.
    event.listen(engine, "connect", lambda conn, _r: setattr(conn, "isolation_level", None))
    # Reads begin a plain (deferred) transaction: under WAL they see the last
    # committed state without waiting for, or blocking, a writer.
    event.listen(engine, "begin", _begin)
    return engine


READ_ONLY = "peerdesk_read_only"


def _begin(conn: Any) -> None:
    read_only = conn.get_execution_options().get(READ_ONLY, False)
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


class Database:
    """One open program file: its engine, its lock and its sessions."""

    def __init__(self, path: Path, lock: ProgramFileLock) -> None:
        self.path = path
        self._lock = lock

    @cached_property
    def engine(self) -> Engine:
        return make_engine(self.path)

    @cached_property
    def _sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @cached_property
    def _read_sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(
            self.engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False
        )

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything inside lands together or not at all."""
        from sqlalchemy import exc as sa_exc

        try:
            with self._sessions.begin() as session:
                yield session
        except (sqlite3.OperationalError, sa_exc.OperationalError) as exc:
            # SQLAlchemy wraps the driver's error, and the commit itself can fail
            # (a full disk shows up there), so both are looked at, outside the session.
            original = getattr(exc, "orig", None) or exc
            translated = translate_os_error(original, self.path)
            if translated is original:
                raise
            raise translated from exc

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look; nothing is committed."""
        session = self._read_sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def raw_connection(self) -> sqlite3.Connection:
        """A plain sqlite3 connection with the usual pragmas (for backups and bulk work)."""
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        _set_pragmas(conn, None)
        return conn

    def dispose_connections(self) -> None:
        """Close pooled connections (they reopen on demand), e.g. before a restore."""
        if "engine" in self.__dict__:
            self.engine.dispose()

    def close(self) -> None:
        self.dispose_connections()
        with contextlib.suppress(Exception):
            # Fold the write-ahead log back so the file is whole on its own.
            conn = sqlite3.connect(self.path)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _acquire_lock(path: Path) -> ProgramFileLock:
    from peerdesk import paths

    lock = ProgramFileLock(path, lock_path(path), paths.data_dir() / "locks")
    try:
        lock.acquire()
    except LockHeld as held:
        where = f" ({held.holder.strip()})" if held.holder.strip() else ""
        raise FileAlreadyOpen(path=str(path), where=where) from None
    except PermissionError:
        raise NoPermission(path=str(path)) from None
    return lock


def opens_quickly(path: Path | str) -> bool:
    """Whether ``path`` is a current PeerDesk file that opens without an upgrade.

    Raises the same typed errors as :func:`open_database` for files that are not ours.
    """
    path = Path(path).expanduser().resolve()
    _sniff(path)
    return migrate.current_revision(path) == migrate.HEAD


def open_database(path: Path | str, *, backup_before_migrating: bool = True) -> Database:
    """Open an existing program file, migrating it to the current schema if needed."""
    path = Path(path).expanduser().resolve()
    _sniff(path)
    lock = _acquire_lock(path)
    try:
        revision = migrate.current_revision(path)
        if revision is not None and not migrate.is_known(revision):
            raise NewerFileVersion(path=str(path))
        if revision != migrate.HEAD:
            if revision is None:
                raise NotAPeerDeskFile(path=str(path), reason="it has no PeerDesk tables")
            if backup_before_migrating:
                backups.make_backup(path, reason="before-upgrade")
            migrate.upgrade(path)
    except BaseException:
        lock.release()
        raise
    log.info("opened program file (schema %s)", migrate.HEAD)
    return Database(path, lock)


def create_database(path: Path | str) -> Database:
    """Create a new, empty program file; refuse to touch an existing one.

    The schema is built in a temporary file beside the target and renamed into
    place, so a crash never leaves a half-made file under the user's name.
    """
    path = Path(path).expanduser().resolve()
    if path.exists():
        raise FileExists(path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except PermissionError:
        raise NoPermission(path=str(path)) from None
    tmp = path.with_name(f".{path.name}.creating-{os.getpid()}")
    try:
        conn = sqlite3.connect(tmp)
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.commit()
        conn.close()
        migrate.upgrade(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise translate_os_error(exc, path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return open_database(path)


def open_or_create(path: Path | str) -> Database:
    path = Path(path).expanduser()
    return open_database(path) if path.exists() else create_database(path)
