"""What every module that reads or writes a program file on disk agrees on.

The ``application_id`` that marks a SQLite file as PeerDesk's, and how a failure
of the disk (full, read-only, no permission) reads to the user. Both
:mod:`peerdesk.database` and :mod:`peerdesk.backups` use these, so they live
here rather than in either of them.
"""

from __future__ import annotations

import errno
from pathlib import Path

from peerdesk.errors import DiskFull, NoPermission

APPLICATION_ID = 0x50454552  # "PEER"

SQLITE_READONLY = 8
SQLITE_FULL = 13


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
