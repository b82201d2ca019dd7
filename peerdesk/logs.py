"""The log file: a rotating file in the user data folder.

Log records hold ids and counts, never names, emails or notes, so a log can be
sent to whoever helps with a problem without leaking anyone's personal data.

A crash in native code (Qt, a reader library) ends the process without any
Python exception to log. :func:`enable_faulthandler`, the first thing the
``peerdesk`` command does, has :mod:`faulthandler` write every thread's Python
stack into the same log file then, so that such a crash still leaves a trace.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path
from typing import TextIO

from peerdesk import paths

LOG_NAME = "peerdesk.log"
MAX_BYTES = 1_000_000
KEEP = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

_handler: logging.Handler | None = None
_fault_file: TextIO | None = None


def log_file() -> Path:
    """Where the current log is written (the rotated ones sit beside it)."""
    return paths.log_dir() / LOG_NAME


def _rotate(path: Path) -> None:
    """Shift peerdesk.log → .1 → .2 … when it has grown past ``MAX_BYTES``.

    Rotating once at start-up, rather than with ``logging.handlers``, keeps
    that module's imports (sockets, pickling, queues) out of start-up; a
    session writes far less than ``MAX_BYTES``.
    """
    try:
        if path.stat().st_size < MAX_BYTES:
            return
    except OSError:
        return
    for index in range(KEEP - 1, 0, -1):
        older = path.with_name(f"{path.name}.{index}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{index + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


def rotated_files() -> list[Path]:
    """The log file and the rotated ones beside it, newest first (those that exist)."""
    path = log_file()
    names = [path] + [path.with_name(f"{path.name}.{n}") for n in range(1, KEEP + 1)]
    return [name for name in names if name.is_file()]


def enable_faulthandler() -> Path | None:
    """From now on, a native crash writes the Python stacks into the log file.

    Called first at start-up (``peerdesk``, the app, the command line); cheap:
    :mod:`faulthandler` is built into Python. The log is rotated before it is
    opened (Windows cannot rename an open file), and the file then stays open
    until the process ends, since faulthandler writes to its descriptor number:
    closed, that number could be given to another file — a program file — and
    the stack written into it. Returns the log file, or None if the log folder
    cannot be written (then the stack goes to the console, if there is one).
    """
    global _fault_file
    import faulthandler

    if _fault_file is not None:
        return log_file()
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):  # in use by another PeerDesk on Windows
            _rotate(path)
        _fault_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open until exit
    except OSError:
        if sys.stderr is not None:
            faulthandler.enable(sys.stderr, all_threads=True)
        return None
    faulthandler.enable(_fault_file, all_threads=True)
    return path


def disable_faulthandler() -> None:
    """Stop writing native crashes to the log, and close it (tests)."""
    global _fault_file
    import faulthandler

    faulthandler.disable()
    if _fault_file is not None:
        _fault_file.close()
        _fault_file = None


def setup_logging(level: int = logging.INFO) -> Path:
    """Send PeerDesk's log records to the log file, rotated at start-up; safe to call again.

    If the log folder cannot be written, logging goes nowhere rather than
    stopping the app from starting.
    """
    global _handler
    shutdown_logging()
    path = log_file()
    handler: logging.Handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if _fault_file is None:  # else rotated already, before faulthandler opened it
            with contextlib.suppress(OSError):  # in use by another PeerDesk on Windows
                _rotate(path)
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    return path


def shutdown_logging() -> None:
    """Detach and close the log file handler (tests and app exit)."""
    global _handler
    if _handler is None:
        return
    logging.getLogger().removeHandler(_handler)
    with contextlib.suppress(Exception):
        _handler.close()
    _handler = None
