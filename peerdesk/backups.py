"""Automatic, rotating backups of a program, and restoring from one.

A backup is always a local ``.peerdesk`` file. A program file is backed up with
SQLite's online backup API, so the copy is consistent even while the file is
open; a program on a server is copied into a new local file the way
``peerdesk copy`` does (:mod:`peerdesk.storage.copy`). Each program has its own
folder under the user data folder; the newest ``KEEP`` backups are kept. A
backup identical to the newest one is not kept twice, so opening a file ten
times does not push out older states.
"""

from __future__ import annotations

import contextlib
import filecmp
import hashlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk import migrate, paths
from peerdesk.errors import BackupError
from peerdesk.storage import is_server
from peerdesk.storage.sqlite import (
    APPLICATION_ID,
    current_revision,
    readonly_uri,
    translate_os_error,
    upgrade,
)

if TYPE_CHECKING:
    from peerdesk.storage.postgres import ServerAddress
    from peerdesk.storage.program_database import Database

KEEP = 10
STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def backup_folder(location: Path | str) -> Path:
    """A folder per program (a file, or a server database's address without its password),
    named so that people can recognise it."""
    if is_server(location):
        name = str(location).split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1] or "server"
        digest = hashlib.sha1(str(location).encode()).hexdigest()[:8]
        return paths.backups_root() / f"{name}-server-{digest}"
    resolved = Path(location).resolve()
    digest = hashlib.sha1(str(resolved).encode()).hexdigest()[:8]
    return paths.backups_root() / f"{resolved.stem}-{digest}"


def _copy(source: Path | sqlite3.Connection, target: Path) -> None:
    src = source if isinstance(source, sqlite3.Connection) else sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        if not isinstance(source, sqlite3.Connection):
            src.close()


def make_backup(db_path: Path, reason: str = "auto") -> Path | None:
    """Copy the file into its backup folder; returns the new backup, or None if unchanged."""
    return _keep(db_path, reason, lambda tmp: _copy(Path(db_path), tmp))


def back_up(db: Database, reason: str = "auto") -> Path | None:
    """Back up an open program, on a file or on a server; None if nothing changed since."""
    if db.path is not None:
        return make_backup(db.path, reason)
    return _keep(db.key, reason, lambda tmp: _copy_server(db, tmp))


def backup_server_before_upgrade(address: ServerAddress) -> None:
    """Before a server database's schema is upgraded, keep a local copy of it as it is:
    a file at the database's revision, which opening upgrades like any old file."""
    from peerdesk.storage.postgres import PostgresStore, describe
    from peerdesk.storage.program_database import Database

    revision = describe(address)
    with Database(PostgresStore(address)) as db:
        _keep(address.key, "before-upgrade", lambda tmp: _copy_server(db, tmp, revision))


def backup_before_upgrade(path: Path) -> None:
    make_backup(path, reason="before-upgrade")


def _copy_server(db: Database, target: Path, revision: str | None = None) -> None:
    """A server database into a new local file, the way ``peerdesk copy`` does it; at the
    database's ``revision`` if it is older than the newest (before upgrading it)."""
    from peerdesk.storage import sqlite
    from peerdesk.storage.copy import copy_program, program_tables
    from peerdesk.storage.program_database import Database

    older = revision is not None and revision != migrate.HEAD
    sqlite.create_file(target, revision if older and revision else "head")
    try:
        with Database(sqlite.open_store(target, as_is=older)) as copy:
            copy_program(db, copy, tables=program_tables(copy) if older else None)
    finally:
        # Nobody else opens this file: leave no lock file in the backups folder.
        sqlite.lock_path(target).unlink(missing_ok=True)
    # One file, like a file's backup: no write-ahead log to carry along.
    conn = sqlite3.connect(target)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def _keep(location: Path | str, reason: str, write: Callable[[Path], None]) -> Path | None:
    folder = backup_folder(location)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime(STAMP)
    target = folder / f"{stamp}-{reason}{paths.FILE_SUFFIX}"
    tmp = folder / f".{target.name}.tmp"
    try:
        write(tmp)
        newest = list_backups(location)
        if newest and filecmp.cmp(tmp, newest[0].path, shallow=False):
            tmp.unlink()
            return None
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise translate_os_error(exc, folder) from exc
    _rotate(folder)
    return target


def _rotate(folder: Path) -> None:
    backups = sorted(folder.glob(f"*{paths.FILE_SUFFIX}"), reverse=True)
    for old in backups[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _parse_stamp(parts: list[str]) -> datetime:
    """Read back a ``STAMP`` (``strptime`` would cost start-up time for its import)."""
    day, clock, micro = parts
    if len(day) != 8 or len(clock) != 6 or len(micro) != 6:
        raise ValueError("not a backup stamp")
    return datetime(
        int(day[:4]),
        int(day[4:6]),
        int(day[6:]),
        int(clock[:2]),
        int(clock[2:4]),
        int(clock[4:]),
        int(micro),
        tzinfo=UTC,
    )


def list_backups(location: Path | str) -> list[BackupInfo]:
    """Backups of this program (a file's path or a server database's key), newest first."""
    folder = backup_folder(location)
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"*{paths.FILE_SUFFIX}"):
        stem = path.name[: -len(paths.FILE_SUFFIX)]
        parts = stem.split("-", 3)
        try:
            taken = _parse_stamp(parts[:3])
        except ValueError:
            continue
        reason = parts[3] if len(parts) > 3 else "auto"
        found.append(BackupInfo(path, taken, reason, path.stat().st_size))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def _check_backup(path: Path) -> None:
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            (app_id,) = conn.execute("PRAGMA application_id").fetchone()
            (status,) = conn.execute("PRAGMA integrity_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise BackupError(reason="the backup file is damaged.") from None
    if app_id != APPLICATION_ID:
        raise BackupError(reason="it is not a PeerDesk backup.")
    if status != "ok":
        raise BackupError(reason="the backup file is damaged.")
    revision = current_revision(path)
    if revision is None or not migrate.is_known(revision):
        raise BackupError(reason="it was made by a newer version of PeerDesk.")


def restore_backup(db: Database, backup: Path) -> Path | None:
    """Replace the open program's contents with ``backup``, after backing up what is there now.

    A file keeps its name, its lock and its place; only its contents change. A
    server database gets the backup's rows in one transaction (all or nothing).
    Returns the backup taken of the state before the restore.
    """
    _check_backup(backup)
    safety = back_up(db, reason="before-restore")
    if db.path is None:
        _restore_server(db, backup)
        return safety
    db.dispose_connections()
    source = sqlite3.connect(readonly_uri(backup), uri=True)
    target = sqlite3.connect(db.path, timeout=5)
    try:
        source.backup(target)
    except sqlite3.Error as exc:
        raise translate_os_error(exc, db.path) from exc
    finally:
        source.close()
        target.close()
    if current_revision(db.path) != migrate.HEAD:
        upgrade(db.path)
    return safety


def _restore_server(db: Database, backup: Path) -> None:
    import shutil
    import tempfile

    from peerdesk.storage import sqlite
    from peerdesk.storage.copy import copy_program
    from peerdesk.storage.program_database import Database

    with tempfile.TemporaryDirectory(prefix="peerdesk-restore-") as folder:
        # Opened from a copy, so an old backup is upgraded there and stays as it was.
        copy = Path(folder) / backup.name
        shutil.copyfile(backup, copy)
        with Database(sqlite.open_store(copy)) as source:
            copy_program(source, db, replace=True)
