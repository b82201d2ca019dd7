"""An exclusive, process-wide lock on a program file, held while it is open.

The operating system releases the locks when the process ends, however it
ends, so a crash never leaves a file locked. (Hand-written rather than the
``filelock`` package: that one costs more start-up time than all of this
module's callers together, and only these few calls are needed.)

A program file is locked twice, because a file can be reached by several names:

- **By its identity.** Two names for one file — a hard link, a symlink, another
  spelling of the folder, a bind mount — share one identity. On Linux and macOS
  that is a lock file named after the file's device and inode numbers, in the
  user's data folder. Why not a lock on the program file itself: SQLite's own
  locks on it are POSIX ``fcntl`` locks, which belong to the process and the
  inode, and closing *any* descriptor of that inode in the process (a backup
  reading the file, a header check) silently drops all of them — ours too; and
  a ``flock`` on the program file interacts with SQLite's ``fcntl`` locks on
  macOS, BSD and network file systems (it would make this very process's SQLite
  busy). A separate file locked with ``flock`` has none of these problems.
  On Windows, where locks belong to a handle and a mapped drive or a UNC name
  reach the same file on the server, a byte of the program file itself is
  locked: one in the page SQLite never uses (at 1 GiB, beside the bytes
  SQLite locks itself), so SQLite neither reads it nor locks it.
- **By its name.** A lock file beside the program file (``name.peerdesk.lock``)
  refuses a second computer opening the same file on a shared folder, which a
  lock file in this computer's data folder cannot see.

Each lock file holds a note naming the process and computer that holds it, so
that the refusal can say where the file is open.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

# SQLite's locking bytes start at 1 GiB (PENDING_BYTE) and take 512 bytes; the
# page holding them (4 KiB at PeerDesk's page size) never holds data.
_IDENTITY_BYTE = 0x40000000 + 0x800


class LockHeld(Exception):
    """Another process holds the lock; ``holder`` says which, when it is known."""

    def __init__(self, holder: str) -> None:
        super().__init__(holder)
        self.holder = holder


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int, offset: int = 0) -> bool:
        try:
            os.lseek(fd, offset, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int, offset: int = 0) -> None:
        os.lseek(fd, offset, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int, offset: int = 0) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int, offset: int = 0) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _computer_name() -> str:
    """This computer's name, without importing ``socket`` (start-up time)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "this computer")


def _read_note(fd: int) -> str:
    with contextlib.suppress(OSError):
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 200).decode("utf-8", "replace").strip()
    return ""


class FileLock:
    """A lock file with a note in it; held from :meth:`acquire` until :meth:`release`.

    Never waits. With ``remove``, the lock file is deleted on release (while still
    locked, so that nobody can lock the name in between) and :meth:`acquire`
    checks that the file it locked is still the one under the name.
    """

    def __init__(self, path: Path, *, remove: bool = False) -> None:
        self.path = path
        self.remove = remove
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                holder = _read_note(fd)
                os.close(fd)
                raise LockHeld(holder)
            if not self.remove or self._still_named(fd):
                break
            # The holder before us deleted it as we opened it: lock the new one.
            _unlock(fd)
            os.close(fd)
        # Windows locks the first byte, so the note starts after it.
        note = f" process {os.getpid()} on {_computer_name()}".encode()
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, note)
        self._fd = fd

    def _still_named(self, fd: int) -> bool:
        try:
            here, there = os.fstat(fd), os.stat(self.path)
        except OSError:
            return False
        return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            if self.remove:
                self.path.unlink()
            else:
                os.ftruncate(fd, 0)
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)


class _FileItself:
    """Windows: a lock on one unused byte of the program file itself (see the module)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        flags = getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(self.path, os.O_RDWR | flags)
        except PermissionError:  # a read-only file can still be locked for reading
            fd = os.open(self.path, os.O_RDONLY | flags)
        if not _try_lock(fd, _IDENTITY_BYTE):
            os.close(fd)
            raise LockHeld("")
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(fd, _IDENTITY_BYTE)
        os.close(fd)


def identity_lock_path(path: Path, folder: Path) -> Path:
    """The lock file for the file at ``path``, named after what it is, not what it is called."""
    info = os.stat(path)
    return folder / f"{info.st_dev:x}-{info.st_ino:x}.lock"


class ProgramFileLock:
    """Both locks of one program file (see the module): by identity, then by name.

    ``beside`` is the lock file next to the program file; ``folder`` is where the
    identity lock files go (created when needed).
    """

    def __init__(self, path: Path, beside: Path, folder: Path) -> None:
        self.path = path
        self.folder = folder
        self._by_name = FileLock(beside)
        self._by_identity: FileLock | _FileItself | None = None

    @property
    def held(self) -> bool:
        return self._by_name.held

    def _identity(self) -> FileLock | _FileItself | None:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            return _FileItself(self.path)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            return FileLock(identity_lock_path(self.path, self.folder), remove=True)
        except OSError as exc:
            # The data folder cannot be written: the lock by name still holds.
            log.warning("no lock by identity (errno %s)", exc.errno)
            return None

    def acquire(self) -> None:
        identity = self._identity()
        if identity is not None:
            try:
                identity.acquire()
            except OSError as exc:  # LockHeld is not an OSError: it goes on up
                log.warning("no lock by identity (errno %s)", exc.errno)
                identity = None
        try:
            self._by_name.acquire()
        except BaseException:
            if identity is not None:
                identity.release()
            raise
        self._by_identity = identity

    def release(self) -> None:
        self._by_name.release()
        identity, self._by_identity = self._by_identity, None
        if identity is not None:
            identity.release()
