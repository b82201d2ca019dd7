"""The local backend: a program in one SQLite file.

A program file is SQLite with PeerDesk's ``application_id`` in its header.
Opening one checks that it really is ours and not from a newer PeerDesk, takes
an exclusive lock so that a second running PeerDesk cannot write to it, brings
its schema up to date, and sets the pragmas every connection needs.

SQLAlchemy is imported only when the first session is asked for: opening a file
and the quick reads that fill the first screen use plain ``sqlite3``, so the
window can show a program before the ORM has finished loading.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peerdesk import migrate
from peerdesk.errors import (
    DiskFull,
    FileAlreadyOpen,
    FileExists,
    FileMissing,
    NewerFileVersion,
    NoPermission,
    NotAPeerDeskFile,
)
from peerdesk.file_lock import LockHeld, ProgramFileLock
from peerdesk.storage.retry import rule_error

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from peerdesk.storage import QuickConnection

log = logging.getLogger(__name__)

APPLICATION_ID = 0x50454552  # "PEER"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
SQLITE_READONLY = 8
SQLITE_FULL = 13
READ_ONLY = "peerdesk_read_only"
SIDE_FILES = ("-wal", "-shm", "-journal")


def translate_os_error(exc: BaseException, path: Path) -> Exception:
    """Map disk-level failures to user errors by their codes, never their text."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF == SQLITE_FULL:
        return DiskFull(path=str(path))
    if code is not None and code & 0xFF == SQLITE_READONLY:
        return NoPermission(path=str(path))
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return DiskFull(path=str(path))
    if isinstance(exc, PermissionError):
        return NoPermission(path=str(path))
    return exc if isinstance(exc, Exception) else RuntimeError(str(exc))


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def remove_file(path: Path) -> None:
    """Delete a program file and what SQLite and PeerDesk keep beside it, if they are there."""
    for leftover in (
        path,
        lock_path(path),
        *(path.with_name(path.name + end) for end in SIDE_FILES),
    ):
        with contextlib.suppress(OSError):
            leftover.unlink()


def readonly_uri(path: Path) -> str:
    """A SQLite URI that opens ``path`` read-only, whatever characters its name holds.

    A bare ``file:{path}`` would cut a name at ``#`` or ``?`` and open (and create)
    another file; ``as_uri`` percent-encodes them.
    """
    return Path(path).resolve().as_uri() + "?mode=ro"


def connect(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection to ``path`` (no URL parsing, so any file name works)."""
    return sqlite3.connect(path, check_same_thread=False)


def sniff(path: Path) -> None:
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


def current_revision(path: Path) -> str | None:
    """The file's schema revision, read with plain sqlite3 (fast; no Alembic)."""
    conn = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchall()
        if not rows:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def upgrade(path: Path, revision: str = "head") -> None:
    """Bring the file's schema to ``revision``, all of it or none of it.

    Migrations run with foreign keys off (SQLite's batch mode recreates tables,
    and with foreign keys on, dropping a parent table would cascade into its
    children), then ``PRAGMA foreign_key_check`` proves nothing was orphaned.
    """
    from sqlalchemy import create_engine, event, text
    from sqlalchemy.pool import NullPool

    engine = create_engine("sqlite://", creator=lambda: connect(path), poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _fk_off(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        # pysqlite would not BEGIN before DDL, leaving each CREATE/DROP in its own
        # transaction; take control so that the whole upgrade lands or none of it does.
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]

    try:
        with engine.begin() as connection:
            migrate.run_upgrade(connection, revision)
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise migrate.MigrationFailed(
                    f"{len(problems)} rows lost their parent during upgrade"
                )
    finally:
        engine.dispose()


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin(conn: Any) -> None:
    read_only = conn.get_execution_options().get(READ_ONLY, False)
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    # A creator, not a "sqlite:///path" URL: a URL would cut a file name at "?" or "#".
    engine = create_engine("sqlite://", creator=lambda: connect(path), poolclass=QueuePool)
    event.listen(engine, "connect", _set_pragmas)
    # Let SQLAlchemy own transactions: pysqlite's implicit BEGIN is off,
    # and an explicit BEGIN IMMEDIATE makes a write transaction take the
    # write lock up front, so two writers wait instead of failing midway.
    event.listen(engine, "connect", lambda conn, _r: setattr(conn, "isolation_level", None))
    # Reads begin a plain (deferred) transaction: under WAL they see the last
    # committed state without waiting for, or blocking, a writer.
    event.listen(engine, "begin", _begin)
    return engine


class _Quick:
    """A sqlite3 connection as a :class:`~peerdesk.storage.QuickConnection`."""

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        _set_pragmas(self._conn, None)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, params)

    def begin(self) -> None:
        self._conn.execute("BEGIN")

    def commit(self) -> None:
        self._conn.commit()

    def rollback(self) -> None:
        self._conn.rollback()

    def close(self) -> None:
        self._conn.close()


class SQLiteStore:
    """A program file, locked while it is open."""

    def __init__(self, path: Path, lock: ProgramFileLock) -> None:
        self.path: Path | None = path
        self._path = path
        self._lock = lock

    @property
    def label(self) -> str:
        return str(self._path)

    @property
    def key(self) -> str:
        return str(self._path)

    def make_engine(self) -> Engine:
        return make_engine(self._path)

    def quick_connection(self) -> QuickConnection:
        return _Quick(self._path)

    def raw_sqlite(self) -> sqlite3.Connection:
        """A plain sqlite3 connection with the usual pragmas (for the backup API)."""
        conn = sqlite3.connect(self._path, timeout=BUSY_TIMEOUT_MS / 1000)
        _set_pragmas(conn, None)
        return conn

    def translate(self, exc: BaseException) -> BaseException:
        from sqlalchemy import exc as sa_exc

        # SQLAlchemy wraps the driver's error, and the commit itself can fail
        # (a full disk shows up there), so both are looked at.
        original = getattr(exc, "orig", None) or exc
        if isinstance(original, sqlite3.IntegrityError):
            return rule_error(None, str(original)) or exc
        if not isinstance(exc, (sqlite3.OperationalError, sa_exc.OperationalError)):
            return exc
        translated = translate_os_error(original, self._path)
        return exc if translated is original else translated

    def snapshot_options(self) -> dict[str, Any]:
        # A deferred transaction under WAL sees the last commit before its first read.
        return {READ_ONLY: True}

    def strict_options(self) -> dict[str, Any]:
        # Every write transaction is already strict: BEGIN IMMEDIATE takes the write
        # lock before the first read, so writers run one after the other (make_engine).
        return {}

    def defer_references(self, connection: Connection) -> None:
        connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")

    def sync_ids(self, connection: Connection, tables: Sequence[str]) -> None:
        """Nothing to do: SQLite gives the next id after the largest one in the table."""

    def refresh_statistics(self) -> None:
        """Nothing to do: SQLite plans well enough from its indexes alone."""

    def scrub(self) -> None:
        # Erasing ran with secure_delete on (see begin_erase); fold the write-ahead
        # log back and empty it, so no old page with the text stays beside the file.
        conn = self.raw_sqlite()
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()

    def begin_erase(self, connection: Connection) -> None:
        """Freed space is overwritten with zeros for the rest of this transaction."""
        connection.exec_driver_sql("PRAGMA secure_delete=ON")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            # Fold the write-ahead log back so the file is whole on its own.
            conn = sqlite3.connect(self._path)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        self._lock.release()


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


def opens_quickly(path: Path) -> bool:
    sniff(path)
    return current_revision(path) == migrate.HEAD


def open_store(
    path: Path, before_upgrade: Callable[[Path], object] | None = None, *, as_is: bool = False
) -> SQLiteStore:
    """Open an existing program file, migrating it to the current schema if needed.

    ``before_upgrade`` is called with the path before an old file is upgraded (to back it up).
    ``as_is`` leaves an older file at its revision (a backup being written, see
    :func:`peerdesk.backups.backup_server_before_upgrade`).
    """
    sniff(path)
    lock = _acquire_lock(path)
    try:
        revision = current_revision(path)
        if revision is not None and not migrate.is_known(revision):
            raise NewerFileVersion(path=str(path))
        if revision != migrate.HEAD:
            if revision is None:
                raise NotAPeerDeskFile(path=str(path), reason="it has no PeerDesk tables")
            if as_is:
                return SQLiteStore(path, lock)
            if before_upgrade is not None:
                before_upgrade(path)
            upgrade(path)
    except BaseException:
        lock.release()
        raise
    log.info("opened program file (schema %s)", migrate.HEAD)
    return SQLiteStore(path, lock)


def create_file(path: Path, revision: str = "head") -> None:
    """Create a new, empty program file (at ``revision``); refuse to touch an existing one.

    The schema is built in a temporary file beside the target and renamed into
    place, so a crash never leaves a half-made file under the user's name.
    """
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
        upgrade(tmp, revision)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise translate_os_error(exc, path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
