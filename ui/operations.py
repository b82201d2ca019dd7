"""Running core calls off the UI thread: Anki's CollectionOp/QueryOp, in small.

One long-lived worker thread owns all database work and runs it in the order
it was asked for, so two writes never race and the window never freezes. An
:class:`Op` wraps one core call::

    Op(lambda state: programs.create_program(db, settings),
       success=self.program_created, label=self.tr("Saving the program…"),
       parent=self).run()

The call gets a :class:`peerdesk.progress.Progress` (``state``) to report on
and to check for Cancel. If it takes long, a busy cursor appears after
``BUSY_CURSOR_MS`` and a progress dialog after ``PROGRESS_DIALOG_MS``; quick
work shows neither. ``success(result)`` or ``failure(exc)`` then runs on the
UI thread. Without a ``failure`` callback, a :class:`~peerdesk.errors.UserError`
becomes a calm message (:mod:`ui.messages`). Any other exception is a bug and
always goes to the crash dialog (:mod:`ui.crash`). ``finished`` is emitted
last, whatever happened, so callers can tidy up.
"""

from __future__ import annotations

import atexit
import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from peerdesk.errors import UserError
from peerdesk.progress import Cancelled, Progress
from ui import crash, messages
from ui.qt import (
    QApplication,
    QCoreApplication,
    QEventLoop,
    QObject,
    QProgressDialog,
    Qt,
    QThread,
    QTimer,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from ui.qt import QCloseEvent

log = logging.getLogger(__name__)

BUSY_CURSOR_MS = 300
PROGRESS_DIALOG_MS = 600
POLL_MS = 100

# Ops waiting for their result: kept alive here until delivered.
_live: set[Op] = set()


class ProgressDialog(QProgressDialog):
    """The dialog of a slow operation; it can only be dismissed by Cancel, if offered."""

    def __init__(self, label: str, cancellable: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("operationProgress")
        self.setWindowTitle(self.tr("PeerDesk"))
        self.setLabelText(label or self.tr("Working…"))
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)
        self.setMinimumWidth(360)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.cancellable = cancellable
        self._finishing = False
        if cancellable:
            self.setCancelButtonText(self.tr("Cancel"))
        else:
            self.setCancelButton(None)

    def reject(self) -> None:
        if self.cancellable:
            self.canceled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finishing or self.cancellable:
            super().closeEvent(event)
        else:
            event.ignore()

    def finish(self) -> None:
        self._finishing = True
        self.hide()
        self.deleteLater()


class Op(QObject):
    """One core call run by the worker, with its callbacks on the UI thread."""

    finished = Signal()
    _delivered = Signal()

    def __init__(
        self,
        fn: Callable[[Progress], Any],
        *,
        success: Callable[[Any], None],
        failure: Callable[[UserError], None] | None = None,
        cancelled: Callable[[], None] | None = None,
        label: str = "",
        cancellable: bool = False,
        parent: QWidget | None = None,
        progress_dialog: bool = True,
        committed: Callable[[Any], None] | None = None,
    ) -> None:
        """``progress_dialog=False`` for work whose screen shows its own progress.

        ``committed(result)`` runs before ``success`` when the call worked, even
        if ``parent`` has gone meanwhile (a dialog closed while it saved): what
        must follow a change that is in the file whoever asked for it — its
        undo step, telling the screens. ``success`` is for ``parent``'s own part.
        """
        super().__init__()
        self._fn = fn
        self._committed = committed
        self._success = success
        self._failure = failure
        self._cancelled = cancelled
        self.label = label
        self.cancellable = cancellable
        self.parent_widget = parent
        self.state = Progress()
        self.progress_dialog: ProgressDialog | None = None
        self._outcome: tuple[str, Any] = ("pending", None)
        self.delivered = False  # success, failure or cancelled has run on the UI thread
        self._cursor = False
        self._parent_gone = False
        # Set by the worker once it holds no reference to this op any more; until
        # then the op stays in ``_live``, so its last reference always goes on the
        # UI thread. (A QObject destroyed on the worker while the UI thread holds
        # the GIL and waits on Qt's connection lock deadlocks both threads.)
        self._released = threading.Event()
        self._cursor_timer = self._timer(BUSY_CURSOR_MS, self._show_busy_cursor)
        self._dialog_timer = self._timer(PROGRESS_DIALOG_MS, self._show_progress_dialog)
        self._wants_dialog = progress_dialog
        self._poll_timer = self._timer(POLL_MS, self._poll, single=False)
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        if parent is not None:
            parent.destroyed.connect(self._forget_parent)

    def _timer(self, ms: int, slot: Callable[[], None], single: bool = True) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    # -- UI thread -----------------------------------------------------------

    def run(self) -> Op:
        """Queue the call on the worker; returns self (e.g. to wait on ``finished``)."""
        _live.add(self)
        self._cursor_timer.start()
        self._dialog_timer.start()
        worker().submit(self)
        return self

    def cancel(self) -> None:
        """Ask the call to stop; it stops at its next check of ``state``."""
        self.state.cancel()

    @property
    def outcome(self) -> str:
        """``pending``, ``ok``, ``cancelled`` or ``error``."""
        return self._outcome[0]

    def _forget_parent(self) -> None:
        self._parent_gone = True
        self.parent_widget = None

    def _show_busy_cursor(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._cursor = True

    def _show_progress_dialog(self) -> None:
        if not self._wants_dialog:
            return
        dialog = ProgressDialog(self.label, self.cancellable, self.parent_widget)
        dialog.canceled.connect(self._user_cancelled)
        # Closing the window deletes the dialog with it; the op must not touch it then.
        dialog.destroyed.connect(self._forget_dialog)
        self.progress_dialog = dialog
        self._poll()
        dialog.show()
        self._poll_timer.start()

    def _forget_dialog(self) -> None:
        self.progress_dialog = None
        self._poll_timer.stop()

    def _user_cancelled(self) -> None:
        self.state.cancel()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(self.tr("Stopping…"))

    def _poll(self) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        done, total, text = self.state.snapshot()
        if total:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        if text and not self.state.cancelled:
            dialog.setLabelText(f"{self.label}\n{text}" if self.label else text)

    def _tidy(self) -> None:
        for timer in (self._cursor_timer, self._dialog_timer, self._poll_timer):
            timer.stop()
        if self._cursor:
            QApplication.restoreOverrideCursor()
            self._cursor = False
        if self.progress_dialog is not None:
            self.progress_dialog.finish()
            self.progress_dialog = None

    def _forget_when_released(self) -> None:
        if self._released.is_set():
            _live.discard(self)
        else:
            QTimer.singleShot(1, self._forget_when_released)

    def _deliver(self) -> None:
        # Forgotten and marked delivered whatever happens below: an op left in
        # ``_live`` would make every later wait for idle time out.
        self._forget_when_released()
        kind, value = self._outcome
        try:
            self._tidy()
            if kind == "ok" and self._committed is not None:
                self._committed(value)
            if self._parent_gone:
                if kind == "error" and not isinstance(value, UserError):
                    crash.report(value)
                return
            if kind == "ok":
                self._success(value)
            elif kind == "cancelled":
                if self._cancelled is not None:
                    self._cancelled()
            elif isinstance(value, UserError):
                # The type only: messages can hold file or people's names.
                log.info("operation refused: %s", type(value).__name__)
                if self._failure is not None:
                    self._failure(value)
                else:
                    messages.show_user_error(self.parent_widget, value)
            else:
                crash.report(value)
        finally:
            self.delivered = True
            self.finished.emit()

    # -- worker thread -------------------------------------------------------

    def _execute(self) -> None:
        if self.state.cancelled:
            self._outcome = ("cancelled", None)
        else:
            try:
                self._outcome = ("ok", self._fn(self.state))
            except Cancelled:
                self._outcome = ("cancelled", None)
            except BaseException as exc:
                self._outcome = ("error", exc)
        self._delivered.emit()


class Worker(QThread):
    """The one thread that touches program files; runs ops one at a time, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("PeerDeskWorker")
        self._jobs: queue.Queue[Op | None] = queue.Queue()
        self._idle = threading.Condition()
        self._queued = 0

    def submit(self, op: Op) -> None:
        with self._idle:
            self._queued += 1
        self._jobs.put(op)

    def run(self) -> None:
        threading.current_thread().name = "worker"
        while True:
            op = self._jobs.get()
            if op is None:
                return
            released = op._released
            try:
                op._execute()
            finally:
                del op  # drop the worker's reference first, then say so
                released.set()
                with self._idle:
                    self._queued -= 1
                    self._idle.notify_all()

    def drain(self, timeout: float | None = None) -> bool:
        """Block until every queued call has run (not delivered); False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: self._queued == 0, timeout)

    def stop(self, timeout: float = 30.0) -> None:
        self._jobs.put(None)
        self.wait(int(timeout * 1000))


_worker: Worker | None = None
_atexit_registered = False


def worker() -> Worker:
    """The worker thread, started on first use."""
    global _worker, _atexit_registered
    if _worker is None or _worker.isFinished():
        _worker = Worker()
        _worker.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(shutdown)
        if not _atexit_registered:
            atexit.register(shutdown)
            _atexit_registered = True
    return _worker


def shutdown() -> None:
    """Let queued work finish, then stop the worker (on quit)."""
    global _worker
    if _worker is not None:
        _worker.stop()
        _worker = None


def drain(timeout: float | None = None) -> bool:
    """Wait for the worker to run everything queued, without delivering results."""
    return _worker.drain(timeout) if _worker is not None else True


def busy() -> bool:
    """Whether any op is still waiting to run or to deliver its result."""
    return bool(_live)


def undelivered() -> list[Op]:
    """The ops started whose result has not reached the UI thread yet (in no particular order)."""
    return [op for op in _live if not op.delivered]


def wait_idle(timeout: float = 10.0) -> None:
    """Run the event loop until every op has delivered (tests, and shutting a file)."""
    deadline = time.monotonic() + timeout
    while _live:
        if time.monotonic() > deadline:
            raise TimeoutError("operations still running")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def run(
    fn: Callable[[Progress], Any],
    *,
    success: Callable[[Any], None],
    failure: Callable[[UserError], None] | None = None,
    label: str = "",
    cancellable: bool = False,
    parent: QWidget | None = None,
) -> Op:
    """Shorthand for ``Op(...).run()``."""
    return Op(
        fn,
        success=success,
        failure=failure,
        label=label,
        cancellable=cancellable,
        parent=parent,
    ).run()
