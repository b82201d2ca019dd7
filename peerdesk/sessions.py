"""Whether the app's last run ended as it should, and what it left behind if not.

Each running app holds a marker in the user data folder (``sessions/``): a
small ``.run`` file saying when it started and which version it was, and a
lock file beside it that the operating system lets go of when the process
ends, however it ends. A clean exit removes both. At the next start, a marker whose lock
nobody holds belongs to a run that ended unexpectedly — a native crash, the
process killed, a power cut — while a marker still locked belongs to another
PeerDesk window that is running now.

For such a run, :func:`unexpected_ends` finds the Python stack that
:func:`peerdesk.logs.enable_faulthandler` wrote into the log file when the
process died (none when it was killed from outside) and :func:`report` makes
a text of it to copy: the versions, the time and the stack, which holds file
and function names only — no names of people, no program data. The user's
home folder in file paths is shortened to ``~``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peerdesk import __version__, logs, paths
from peerdesk.file_lock import FileLock, LockHeld

log = logging.getLogger(__name__)

FOLDER = "sessions"
# How faulthandler starts its report: a fatal signal, or an exception on Windows.
_FAULT_START = re.compile(r"^(Fatal Python error: |Windows fatal exception: )")
# A record of the log file (logs.FORMAT starts with the date), which ends a stack.
_LOG_RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
MAX_STACK_LINES = 400


def folder() -> Path:
    return paths.data_dir() / FOLDER


def _started_line(session_id: str) -> str:
    return f"session {session_id} started"


@dataclass(frozen=True)
class UnexpectedEnd:
    """A run of the app that did not end as it should."""

    session_id: str
    started: datetime | None
    version: str
    python: str
    platform: str
    stack: str  # faulthandler's report from the log, "" if the process left none


class Session:
    """This run's marker, held until :meth:`end`."""

    def __init__(self, session_id: str, info: Path, lock: FileLock) -> None:
        self.id = session_id
        self.info = info
        self.lock = lock

    def end(self) -> None:
        """A clean exit: remove the marker, then let go of its lock (which removes it too)."""
        with contextlib.suppress(OSError):
            self.info.unlink()
        _release(self.lock)


def _release(lock: FileLock) -> None:
    lock.release()
    with contextlib.suppress(OSError):  # Windows cannot remove a file while it is locked
        lock.path.unlink(missing_ok=True)


def start() -> Session | None:
    """Mark this run as running; None if the data folder cannot be written.

    Logs the session's id, so that the stack of a crash, written after it into
    the same log, can be found again (see :func:`unexpected_ends`).
    """
    session_id = f"{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}-{os.urandom(3).hex()}"
    where = folder()
    lock = FileLock(where / f"{session_id}.lock", remove=True)
    info = where / f"{session_id}.run"
    try:
        where.mkdir(parents=True, exist_ok=True)
        lock.acquire()
        info.write_text(
            "".join(
                f"{key}={value}\n"
                for key, value in (
                    ("started", datetime.now().astimezone().isoformat(timespec="seconds")),
                    ("version", __version__),
                    ("python", sys.version.split()[0]),
                    ("platform", sys.platform),
                )
            ),
            encoding="utf-8",
        )
    except (OSError, LockHeld):
        lock.release()
        log.warning("could not mark this session as running")
        return None
    log.info("%s (PeerDesk %s)", _started_line(session_id), __version__)
    return Session(session_id, info, lock)


def unexpected_ends() -> list[UnexpectedEnd]:
    """The runs that ended without :meth:`Session.end`, oldest first; their markers are removed.

    Call once at start-up, before :func:`start` (a run's own marker is locked,
    so it is never taken for a crashed one anyway).
    """
    where = folder()
    try:
        markers = sorted(where.glob("*.run"))
    except OSError:
        return []
    ends: list[UnexpectedEnd] = []
    for info in markers:
        session_id = info.stem
        lock = FileLock(where / f"{session_id}.lock", remove=True)
        try:
            lock.acquire()
        except LockHeld:
            continue  # another PeerDesk that is running now
        except OSError:
            continue
        try:
            ends.append(_read(info, session_id))
            with contextlib.suppress(OSError):
                info.unlink()
        finally:
            _release(lock)
        log.warning("the session %s ended unexpectedly", session_id)
    _remove_stray_locks(where)
    return ends


def _remove_stray_locks(where: Path) -> None:
    """Lock files without a marker (a crash between the two): removed when nobody holds them."""
    for path in where.glob("*.lock"):
        if path.with_suffix(".run").exists():
            continue
        lock = FileLock(path, remove=True)
        with contextlib.suppress(OSError, LockHeld):
            lock.acquire()
            _release(lock)


def _read(info: Path, session_id: str) -> UnexpectedEnd:
    try:
        lines = info.read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError):
        lines = []
    data = dict(line.split("=", 1) for line in lines if "=" in line)
    started = None
    with contextlib.suppress(TypeError, ValueError):
        started = datetime.fromisoformat(str(data.get("started")))
    return UnexpectedEnd(
        session_id=session_id,
        started=started,
        version=str(data.get("version", "")),
        python=str(data.get("python", "")),
        platform=str(data.get("platform", "")),
        stack=find_stack(session_id),
    )


def find_stack(session_id: str) -> str:
    """faulthandler's report of ``session_id``'s crash, from the log files ("" if none).

    The first report after the line that says the session started: in the log
    file, or in a rotated one if another PeerDesk started since.
    """
    marker = _started_line(session_id)
    for path in logs.rotated_files():
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        at = text.find(marker)
        if at >= 0:
            return _first_stack(text[at:].splitlines()[1:])
    return ""


def _first_stack(lines: list[str]) -> str:
    start = next((n for n, line in enumerate(lines) if _FAULT_START.match(line)), None)
    if start is None:
        return ""
    stack: list[str] = []
    for line in lines[start : start + MAX_STACK_LINES]:
        if stack and _LOG_RECORD.match(line):
            break  # the log carries on (a later run)
        stack.append(line)
    return _without_home("\n".join(stack).strip())


def _without_home(text: str) -> str:
    """File paths under the user's home folder hold the user's name: shorten them to ``~``."""
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
    return text


def report(end: UnexpectedEnd, environment: str) -> str:
    """The text a coordinator copies and sends: no personal data, ids and versions only."""
    when = f"{end.started:%Y-%m-%d %H:%M}" if end.started else "unknown"
    lines = [
        "PeerDesk closed unexpectedly.",
        f"Session {end.session_id}, started {when}, PeerDesk {end.version or 'unknown'} "
        f"(Python {end.python or 'unknown'}, {end.platform or 'unknown'}).",
        f"Now: {environment}",
        "",
    ]
    if end.stack:
        lines += ["Python stack when it stopped:", end.stack]
    else:
        lines.append(
            "No stack was recorded: the process was stopped from outside "
            "(ended by the system or another program, or the computer lost power)."
        )
    return "\n".join(lines)
