"""Other coordinators' changes on screen within moments (issue 18, part 2).

While a window shows a program of a shared database, a thread of its own keeps a
:class:`~peerdesk.storage.notices.ChangeListener` listening. Each change it hears
(the kinds of records another window, ``psql`` or the command line changed) is
posted to the UI thread, gathered for :data:`GATHER_MS` so that a burst of
statements is one refresh, and handed to :meth:`MainWindow.notify` — the same
refresh the window runs after its own actions: the screen on show reads again,
keeping its selection, and hidden screens read when next shown.

A refresh waits while the user holds a mouse button (a drag, a click under way),
has a menu or a list open, has a dialog of this window open, or has typed into
the screen what is not saved yet (:meth:`Screen.editing`, e.g. a check-in's
answers): a form being filled in is never disturbed, and the screen reads once
it is saved or closed. It also waits up to :data:`BUSY_WAIT_MS` for this
window's own work in progress, so that the window's own refresh after it covers
the change and nothing reads twice.
The window's own changes are never heard: the listener leaves them out.

The same thread reads who else has the program open (:mod:`ui.server.presence`)
when another window says it came, left or moved to another program, and every
:data:`PRESENCE_S` seconds besides. Nothing of this starts on a file.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from typing import TYPE_CHECKING, Any

from ui import operations
from ui.qt import QApplication, QObject, Qt, QTimer, QWidget, Signal
from ui.screens import ALL_KINDS, Screen
from ui.server.presence import Presence

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.storage.notices import ChangeListener
    from ui.window_host import LiveWindow

log = logging.getLogger(__name__)

#: Changes heard within this time after the first are one refresh.
GATHER_MS = 300
#: How often a waiting refresh looks again whether it may run.
RETRY_MS = 100
#: The longest a refresh waits for the window's own work in progress.
BUSY_WAIT_MS = 1500
#: How often the listener reads who else is here.
PRESENCE_S = 5.0
#: How long the listener waits for notices before looking whether it should stop.
RECEIVE_S = 0.25
#: How long closing a window waits for its listener to stop.
STOP_WAIT_S = 2.0

# Hearings told to stop, kept until their thread has ended: their relay (a QObject)
# must be freed here on the UI thread, never by the thread's last reference.
_retiring: list[Hearing] = []


class Relay(QObject):
    """Carries what the listening thread heard to the UI thread (queued signals)."""

    changes = Signal(object, object, bool)  # program id, frozenset of kinds, missed
    seats = Signal(object)  # list of peerdesk.storage.presence.Seat
    lost = Signal(bool)


class Hearing:
    """One listening thread, for one open shared database."""

    def __init__(self, db: Database, program_id: int, actor: str) -> None:
        from peerdesk.storage.notices import ChangeListener

        self.relay = Relay()
        self.listener: ChangeListener = ChangeListener(db, program_id, actor)
        self.actor = actor
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name="live-changes", daemon=True)
        self.heard_at: float | None = None  # when the last changes arrived (monotonic)

    def start(self) -> None:
        self.thread.start()

    def set_program(self, program_id: int) -> None:
        self.listener.set_program(program_id)

    def stop(self, wait: float = 0.0) -> None:
        self.stopping.set()
        if wait:
            self.thread.join(wait)

    def _emit(self, signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window went away meanwhile
            self.stopping.set()

    def _run(self) -> None:
        listener = self.listener
        lost = False
        seats: list[Any] | None = None
        next_look = 0.0
        try:
            while not self.stopping.is_set():
                changes = listener.receive(RECEIVE_S)
                program_id = listener.program_id  # the one the changes were chosen for
                if self.stopping.is_set():
                    break
                if listener.lost != lost:
                    lost = listener.lost
                    self._emit(self.relay.lost, lost)
                    seats = None
                if changes is not None and changes.kinds:
                    self.heard_at = time.monotonic()
                    self._emit(self.relay.changes, program_id, changes.kinds, changes.missed)
                # Who is here: now and then, and at once when someone came or went.
                if not lost and (changes is not None or time.monotonic() >= next_look):
                    next_look = time.monotonic() + PRESENCE_S
                    here = listener.here()
                    if here != seats:
                        seats = here
                        self._emit(self.relay.seats, here)
        except Exception:  # never let the window down: it only stops being live
            log.exception("the listener for others' changes stopped")
            self._emit(self.relay.lost, True)
        finally:
            listener.close()


def _retire(hearing: Hearing, wait: float) -> None:
    hearing.stop(wait)
    _retiring.append(hearing)
    _retiring[:] = [h for h in _retiring if h.thread.is_alive()]


class LiveScreens(QObject):
    """Keeps ``window``'s screens up to date with other coordinators' changes, and shows
    who else is here, while the window shows a program of a shared database."""

    def __init__(self, window: LiveWindow) -> None:
        super().__init__(window)
        self.window = window
        self.hearing: Hearing | None = None
        self._db: weakref.ref[Database] | None = None
        self._program_id: int | None = None
        self._asking: object | None = None  # the database whose coordinator's name is read
        self.pending: set[str] = set()
        self._waiting_since = 0.0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._apply)
        self.refreshed = 0  # refreshes made for others' changes (for tests and the log)
        self.last_delay: float | None = None  # from hearing a change to the refresh, in s
        self.presence = Presence()
        self.label = self.presence.label  # "Also here: …"
        window.statusBar().insertPermanentWidget(0, self.presence)
        window.changed.connect(self._window_changed)

    # -- which database and program ----------------------------------------------------

    def follow(self) -> None:
        """Listen to the program the window shows now (nothing on a file or without one)."""
        db, program_id = self.window.db, self.window.program_id
        if db is None or not db.on_server or program_id is None:
            self.stop()
            return
        current = self._db() if self._db is not None else None
        if current is db:
            if program_id != self._program_id:
                self._program_id = program_id
                self.pending.clear()
                self.presence.clear_seats()
                if self.hearing is not None:
                    self.hearing.set_program(program_id)
            return
        self.stop()
        self._db, self._program_id = weakref.ref(db), program_id
        self._asking = db

        def started(actor: str) -> None:
            if self._asking is not db or self.window.db is not db:
                return
            self._asking = None
            if self._program_id is not None:
                self._start(db, self._program_id, actor)

        # The name may have to be asked of the server: on the worker.
        operations.Op(
            lambda state: db.actor,
            success=started,
            failure=lambda _exc: started(""),
            parent=self.window,
        ).run()

    def _start(self, db: Database, program_id: int, actor: str) -> None:
        hearing = Hearing(db, program_id, actor)
        queued = Qt.ConnectionType.QueuedConnection
        hearing.relay.changes.connect(self._heard, queued)
        hearing.relay.seats.connect(self._seats, queued)
        hearing.relay.lost.connect(self._lost, queued)
        self.hearing = hearing
        hearing.start()
        log.info("listening for changes to program %s", program_id)

    def stop(self, wait: float = 0.0) -> None:
        """Stop listening (``wait``: up to this long for the thread to end)."""
        self._db, self._program_id, self._asking = None, None, None
        self.pending.clear()
        self.timer.stop()
        self.presence.clear_seats()
        hearing, self.hearing = self.hearing, None
        if hearing is not None:
            for signal in (hearing.relay.changes, hearing.relay.seats, hearing.relay.lost):
                signal.disconnect()
            _retire(hearing, wait)

    def close(self) -> None:
        """The window is closing or closing its database: stop, and wait a moment for it."""
        self.stop(STOP_WAIT_S)

    # -- what was heard ------------------------------------------------------------------

    def _heard(self, program_id: object, kinds: frozenset[str], missed: bool) -> None:
        if self.hearing is None or program_id != self.window.program_id:
            return  # a program no longer shown
        self.pending |= ALL_KINDS if missed else kinds
        if not self.timer.isActive():
            self._waiting_since = time.monotonic()
            self.timer.start(0 if missed else GATHER_MS)  # nothing more to wait for

    def _window_changed(self, kinds: frozenset[str]) -> None:
        """The window refreshed these kinds itself (after its own action, or this one's):
        what was heard of them is shown by that refresh already."""
        self.pending -= kinds
        if not self.pending:
            self.timer.stop()

    def _must_wait(self) -> bool:
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return True  # a drag or a click under way
        for widget in (QApplication.activePopupWidget(), QApplication.activeModalWidget()):
            if widget is not None and self._ours(widget):
                return True  # a menu, a list or a dialog of this window is open
        shown = self.window.screens.currentWidget()
        if isinstance(shown, Screen) and shown.editing():
            return True  # answers typed into the screen itself, not saved yet
        waited = (time.monotonic() - self._waiting_since) * 1000
        return operations.busy() and waited < BUSY_WAIT_MS

    def _ours(self, widget: QWidget) -> bool:
        while widget is not None:
            if widget is self.window:
                return True
            widget = widget.parentWidget()
        return False

    def _apply(self) -> None:
        if not self.pending or self.hearing is None:
            return
        if self._must_wait():
            self.timer.start(RETRY_MS)
            return
        kinds, self.pending = frozenset(self.pending), set()
        heard_at = self.hearing.heard_at
        self.refreshed += 1
        self.window.notify(kinds)
        if heard_at is not None:
            self.last_delay = time.monotonic() - heard_at
            log.debug("refreshed %s for others' changes %.3f s after hearing them",
                      sorted(kinds), self.last_delay)  # fmt: skip

    def _seats(self, seats: list[Any]) -> None:
        if self.hearing is not None:
            self.presence.show_seats(seats, self.hearing.actor)

    def _lost(self, lost: bool) -> None:
        if self.hearing is None:
            return
        if lost:
            self.presence.show_lost()
        else:
            self.presence.clear_seats()  # who is here is read again at once
