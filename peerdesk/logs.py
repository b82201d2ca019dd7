"""The log file: a rotating file in the user data folder.

Log records hold ids and counts, never names, emails or notes, so a log can be
sent to whoever helps with a problem without leaking anyone's personal data.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from peerdesk import paths

LOG_NAME = "peerdesk.log"
MAX_BYTES = 1_000_000
KEEP = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

_handler: logging.Handler | None = None


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
