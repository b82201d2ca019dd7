"""Reading a file from outside in a child process, so a reader that aborts is a message.

python-calamine is native code: on some malformed files it aborts the whole
process (a failed allocation) or panics, and no Python error is ever raised.
Every roster therefore is read in a child started with the *spawn* method
(no copy of the app's threads, database connections or Qt state), which
limits its own address space, sends its stdout and stderr to nowhere (a
native panic prints there), and hands the rows back through a pipe. When the
child dies, runs too long or runs out of memory, the caller gets a
:class:`~peerdesk.roster.errors.ReaderStopped` and carries on; nothing was
written anywhere.

Starting the child costs about a tenth of a second (a fresh interpreter that
imports only the reader), more on a busy machine; :func:`prestart` pays it
while the coordinator is still choosing the file, and each file still gets a
process of its own. ``tests/benchmarks/test_reader_child_cost.py`` keeps the
extra cost under 0.3 s.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import multiprocessing
import os
import sys
import threading
import time
import traceback
import types
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from peerdesk.progress import Cancelled, Progress
from peerdesk.roster.errors import ReaderStopped, RosterFileError
from peerdesk.roster.reader import Workbook, read_workbook

TIME_LIMIT = 60.0
"""Seconds a child may read for; a normal roster takes well under one."""
MEMORY_LIMIT = 1536 * 1024 * 1024
"""Bytes of address space for the child (an interpreter, the reader and the rows)."""
POLL = 0.05
last_peak: int | None = None  # bytes: the last reader process's peak memory, where known

log = logging.getLogger(__name__)

Reader = Callable[[Path], Workbook]


def _silence() -> None:
    """Native panics and stray tracebacks print to fd 2 (and some to fd 1): not our terminal."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        os.close(null)
    except OSError:
        pass
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def _limit_memory(limit: int | None) -> None:
    """Cap this (child) process's memory; where the system refuses, the readers' own bounds
    and the parent's time limit still hold."""
    if not limit:
        return
    if sys.platform == "win32":
        with contextlib.suppress(OSError, AttributeError, ValueError):
            _limit_memory_windows(limit)
        return
    import resource

    with contextlib.suppress(ValueError, OSError):  # macOS may refuse
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


_job: object = None  # the Windows job object, kept open for the child's life


def _limit_memory_windows(limit: int) -> None:
    """Windows has no rlimits: a job object with a per-process memory limit does the same."""
    if sys.platform != "win32":
        return
    import ctypes
    from ctypes import wintypes

    class Basic(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64),
            ("PerJobUserTimeLimit", ctypes.c_int64),
            ("LimitFlags", wintypes.DWORD),
            ("MinimumWorkingSetSize", ctypes.c_size_t),
            ("MaximumWorkingSetSize", ctypes.c_size_t),
            ("ActiveProcessLimit", wintypes.DWORD),
            ("Affinity", ctypes.c_size_t),
            ("PriorityClass", wintypes.DWORD),
            ("SchedulingClass", wintypes.DWORD),
        ]

    class Extended(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", Basic),
            ("IoInfo", ctypes.c_uint64 * 6),
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    global _job
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        return
    info = Extended()
    info.BasicLimitInformation.LimitFlags = 0x100  # JOB_OBJECT_LIMIT_PROCESS_MEMORY
    info.ProcessMemoryLimit = limit
    extended_limit_information = 9
    if kernel32.SetInformationJobObject(
        job, extended_limit_information, ctypes.byref(info), ctypes.sizeof(info)
    ) and kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
        _job = job


def _child(conn: Connection, memory_limit: int | None) -> None:
    """The child: wait for one file to read, read it, send back what came of it, end."""
    _silence()
    _limit_memory(memory_limit)
    try:
        reader_name, path = conn.recv()
    except (EOFError, OSError):
        return  # the app ended without needing this reader
    payload: tuple[Any, ...]
    try:
        module, _dot, name = reader_name.rpartition(".")
        reader: Reader = getattr(importlib.import_module(module), name)
        payload = ("ok", reader(Path(path)))
    except RosterFileError as exc:
        payload = ("user", type(exc).__module__, type(exc).__qualname__, exc.fields)
    except MemoryError:
        payload = ("memory",)
    except BaseException as exc:
        # Frames only: an exception's message may quote a cell, and logs hold no names.
        frames = "".join(traceback.format_list(traceback.extract_tb(exc.__traceback__)))
        payload = ("bug", type(exc).__name__, frames)
    try:
        conn.send((peak_memory(), payload))
    except MemoryError:
        conn.send((peak_memory(), ("memory",)))
    finally:
        conn.close()


def peak_memory() -> int | None:
    """This process's peak memory in bytes (None where the system does not say).

    On Linux the high-water mark of this process's own memory (``VmHWM``): the
    ``ru_maxrss`` of a process started by a large one begins at its parent's size.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    unit = 1 if sys.platform == "darwin" else 1024
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * unit


_START_LOCK = threading.Lock()


def _start(process: Any) -> None:
    """Start ``process`` without the child importing this program's main script.

    The spawn method runs the parent's ``__main__`` again in the child (a script
    without an ``if __name__ == "__main__"`` guard would start over, and a test
    runner's main costs a second of imports). For the moment of starting, the
    main module is a bare stand-in, so the child imports the reader and nothing
    else. A frozen app still needs ``multiprocessing.freeze_support()`` first
    thing in its entry point (installer/launch.py), which hands the child over.
    """
    with _START_LOCK:
        main = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            process.start()
        finally:
            if main is not None:
                sys.modules["__main__"] = main


class _Child:
    """One reader process, started and waiting for the one file it will read."""

    def __init__(self, memory_limit: int | None) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child_end = context.Pipe()
        self.memory_limit = memory_limit
        self.process = context.Process(
            target=_child,
            args=(child_end, memory_limit),
            name="peerdesk-roster-reader",
            daemon=True,
        )
        _start(self.process)
        child_end.close()

    def stop(self) -> None:
        self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)


_spare: _Child | None = None
_SPARE_LOCK = threading.Lock()


def prestart(memory_limit: int | None = MEMORY_LIMIT) -> None:
    """Start the next file's reader now, while the coordinator is still choosing the file.

    A fresh interpreter takes a tenth of a second or more to start and import the
    reader; started when the file dialog opens, it is ready by the time a file is
    chosen. Each reader process reads one file only, so nothing of one file can
    reach the next.
    """
    global _spare
    with _SPARE_LOCK:
        if _spare is None or not _spare.process.is_alive():
            _spare = _Child(memory_limit)


def _take(memory_limit: int | None) -> _Child:
    global _spare
    with _SPARE_LOCK:
        spare, _spare = _spare, None
    if spare is not None:
        if spare.process.is_alive() and spare.memory_limit == memory_limit:
            return spare
        spare.stop()
    return _Child(memory_limit)


def _reader_name(reader: Reader) -> str:
    return f"{reader.__module__}.{reader.__qualname__}"


def read_isolated(
    path: Path | str,
    *,
    reader: Reader | None = None,
    time_limit: float = TIME_LIMIT,
    memory_limit: int | None = MEMORY_LIMIT,
    progress: Progress | None = None,
) -> Workbook:
    """Read ``path`` with ``reader`` (default :func:`read_workbook`) in a child process.

    Raises what the reader raises for a file it understands to be unusable (a
    :class:`RosterFileError`), :class:`ReaderStopped` if the child aborts, hangs
    or runs out of memory, and :class:`Cancelled` if ``progress`` is cancelled.
    """
    path = Path(path)
    name = path.name
    started = time.monotonic()
    request = (_reader_name(reader or read_workbook), str(path))
    child = _take(memory_limit)
    try:
        try:
            child.conn.send(request)
        except OSError:  # the waiting process was gone after all: start another
            child.stop()
            child = _Child(memory_limit)
            child.conn.send(request)
        peak, payload = _wait(child.conn, child.process, started + time_limit, progress, name)
    finally:
        child.stop()
    global last_peak
    last_peak = peak
    log.info("roster read in a child process in %.2f s", time.monotonic() - started)
    kind = payload[0]
    if kind == "ok":
        workbook: Workbook = payload[1]
        return workbook
    if kind == "user":
        _kind, module, qualname, fields = payload
        error_type = getattr(importlib.import_module(module), qualname)
        raise error_type(**fields)
    if kind == "memory":
        log.warning("the roster reader ran out of memory")
        raise ReaderStopped(name=name, reason="it needed far more memory than a roster does")
    log.warning("the roster reader failed with %s at\n%s", payload[1], payload[2])
    raise ReaderStopped(name=name, reason="the reader stopped unexpectedly")


def _wait(
    receive: Any,  # a Connection (a PipeConnection on Windows)
    process: Any,
    deadline: float,
    progress: Progress | None,
    name: str,
) -> tuple[Any, ...]:
    while True:
        try:
            if receive.poll(POLL):
                payload: tuple[Any, ...] = receive.recv()
                return payload
        except (EOFError, OSError):
            # The child closed the pipe without a word: it died (abort, kill, crash).
            process.join(1)
            log.warning("the roster reader stopped with exit code %s", process.exitcode)
            raise ReaderStopped(name=name, reason="the reader stopped unexpectedly") from None
        if progress is not None and progress.cancelled:
            raise Cancelled()
        if time.monotonic() > deadline:
            log.warning("the roster reader took too long and was stopped")
            raise ReaderStopped(name=name, reason="reading it took far too long")
