"""An exclusive, process-wide lock on a program file, held while it is open.

The operating system releases the lock when the process ends, however it
ends, so a crash never leaves a file locked. The lock file beside the program
file names the process and computer holding it, so that the refusal can say
where the file is open. (A hand-written lock rather than the ``filelock``
package: that one costs more start-up time than all of this module's callers
together, and only these few calls are needed.)
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


class LockHeld(Exception):
    """Another process holds the lock; ``holder`` says which, when it is known."""

    def __init__(self, holder: str) -> None:
        super().__init__(holder)
        self.holder = holder


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _computer_name() -> str:
    """This computer's name, without importing ``socket`` (start-up time)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "this computer")


class FileLock:
    """Held from :meth:`acquire` until :meth:`release`; never waits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            holder = ""
            with contextlib.suppress(OSError):
                holder = os.read(fd, 200).decode("utf-8", "replace").strip()
            os.close(fd)
            raise LockHeld(holder)
        # Windows locks the first byte, so the note starts after it.
        note = f" process {os.getpid()} on {_computer_name()}".encode()
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, note)
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            _unlock(fd)
        os.close(fd)
