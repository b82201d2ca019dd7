"""Automatic, rotating backups of a program file, and restoring from one.

Backups use SQLite's online backup API, so they are consistent even while the
file is open. Each program file has its own folder under the user data folder;
the newest ``KEEP`` backups are kept. A backup identical to the newest one is
not kept twice, so opening a file ten times does not push out older states.
"""

from __future__ import annotations

import contextlib
import filecmp
import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from peerdesk import migrate, paths
from peerdesk.errors import BackupError
from peerdesk.sqlite_file import APPLICATION_ID, translate_os_error

KEEP = 10
STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def backup_folder(db_path: Path) -> Path:
    """A folder per program file, named so that people can recognise it."""
    resolved = Path(db_path).resolve()
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
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime(STAMP)
    target = folder / f"{stamp}-{reason}{paths.FILE_SUFFIX}"
    tmp = folder / f".{target.name}.tmp"
    try:
        _copy(Path(db_path), tmp)
        newest = list_backups(db_path)
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


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of this file, newest first."""
    folder = backup_folder(db_path)
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
        conn = sqlite3.connect(migrate.readonly_uri(path), uri=True)
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
    revision = migrate.current_revision(path)
    if revision is None or not migrate.is_known(revision):
        raise BackupError(reason="it was made by a newer version of PeerDesk.")


class OpenFile(Protocol):
    """What restoring needs of an open program file (a :class:`peerdesk.database.Database`)."""

    @property
    def path(self) -> Path: ...

    def dispose_connections(self) -> None: ...

    def raw_connection(self) -> sqlite3.Connection: ...


def restore_backup(db: OpenFile, backup: Path) -> Path | None:
    """Replace the open file's contents with ``backup``, after backing up what is there now.

    The file keeps its name, its lock and its place; only its contents change.
    Returns the backup taken of the state before the restore.
    """
    _check_backup(backup)
    safety = make_backup(db.path, reason="before-restore")
    db.dispose_connections()
    source = sqlite3.connect(migrate.readonly_uri(backup), uri=True)
    target = db.raw_connection()
    try:
        source.backup(target)
    except sqlite3.Error as exc:
        raise translate_os_error(exc, db.path) from exc
    finally:
        source.close()
        target.close()
    if migrate.current_revision(db.path) != migrate.HEAD:
        migrate.upgrade(db.path)
    return safety
