"""Progress and cancelling for long core calls, without Qt.

A core function that can take a while accepts a :class:`Progress` and reports
on it now and then; the front end polls it to fill a progress dialog and sets
its cancel flag when the user clicks Cancel (Orange's ``run(..., state)``,
calibre's jobs with an abort flag). The command line and tests pass one too,
or nothing.
"""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """The user asked to stop. Not an error: whatever was half done is rolled back."""


class Progress:
    """Thread-safe progress counters and a cancel flag, shared by one piece of work."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done = 0
        self._total: int | None = None
        self._text = ""
        self._cancelled = threading.Event()

    def set_progress(self, done: int, total: int | None = None, text: str = "") -> None:
        """Report ``done`` of ``total`` steps (``total`` None: unknown) with a short note."""
        with self._lock:
            self._done, self._total, self._text = done, total, text

    def snapshot(self) -> tuple[int, int | None, str]:
        with self._lock:
            return self._done, self._total, self._text

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user has asked to stop; call between steps."""
        if self._cancelled.is_set():
            raise Cancelled()

    def wait_cancelled(self, timeout: float) -> bool:
        """Sleep up to ``timeout`` seconds, waking early on cancel; True if cancelled."""
        return self._cancelled.wait(timeout)
