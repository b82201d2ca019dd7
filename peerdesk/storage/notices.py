"""Hearing about other coordinators' changes on a shared database (issue 18, live screens).

Triggers in the database (migration ``0014_live``) send a notice on the channel
:data:`CHANNEL` whenever a statement changes a program's rows; it says the kind
of records (the screens' kinds), the programs concerned when the table knows
them, and the sender's connection name (:mod:`peerdesk.storage.presence`), so a
window leaves its own changes out: it has shown them already.

A :class:`ChangeListener` holds one connection of its own, outside the pool,
that only listens (and answers who else is here). It is used from one thread,
which calls :meth:`~ChangeListener.receive` in a loop. When the server goes
away it says so (:attr:`~ChangeListener.lost`), tries again every few seconds,
and once back reports every kind as changed: notices sent meanwhile are gone.
Nothing of this exists on a file, where one window writes at a time.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import psycopg

from peerdesk.errors import UserError
from peerdesk.storage import presence

if TYPE_CHECKING:
    from peerdesk.storage.postgres import ServerAddress
    from peerdesk.storage.program_database import Database

log = logging.getLogger(__name__)

CHANNEL = "peerdesk_changes"
#: The kinds of records a notice names (those of ui.screens).
KINDS = frozenset({"programs", "people", "pairs", "meetings", "surveys"})
#: A listener's own notice: it came, went, or changed program or name (others read who
#: is here again at once, instead of at their next look).
ARRIVED = "presence"
#: How long to wait for a lost server before trying to connect again.
RECONNECT_S = 2.0
#: How long connecting may take: a listener must stop promptly when asked.
CONNECT_TIMEOUT_S = 3
#: Other programs' changes are remembered this long: a window turning to one of them may
#: have read it just before they came (see :meth:`ChangeListener.set_program`).
RECENT_S = 5.0
#: A listener mostly waits: a network that went away silently would leave it waiting
#: forever, so TCP asks after 10 s of silence and gives up within about 20 s.
KEEPALIVE = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
             "keepalives_count": 2, "tcp_user_timeout": 20000}  # fmt: skip


@dataclass(frozen=True)
class Changes:
    """What others changed: the kinds of records, and in which programs."""

    kinds: frozenset[str]
    #: The programs whose rows changed; None when the notices do not say (a person,
    #: the list of programs), or after notices may have been missed.
    programs: frozenset[int] | None
    #: The server processes of the connections that made the changes.
    senders: frozenset[int]
    #: The connection was lost and is back: anything may have changed meanwhile.
    missed: bool = False
    #: Someone came, went, or moved: who is here may have changed (kinds may be empty).
    presence: bool = False


@dataclass(frozen=True)
class Notice:
    kind: str
    programs: frozenset[int] | None
    session: str
    sender: int

    @classmethod
    def parse(cls, payload: str, sender: int) -> Notice | None:
        try:
            data = json.loads(payload)
            kind, programs, name = data["k"], data["p"], data["a"]
            ids = None if programs is None else frozenset(int(p) for p in programs)
        except (ValueError, TypeError, KeyError):
            log.warning("ignored a notice PeerDesk did not send (from process %s)", sender)
            return None
        return cls(str(kind), ids, presence.session_of(str(name or "")), sender)


def gather(notices: list[Notice], session: str, program_id: int | None) -> Changes | None:
    """The changes ``notices`` tell of that concern ``program_id`` (any, if None), leaving
    out those of ``session``; None if there are none."""
    kinds: set[str] = set()
    programs: set[int] | None = set()
    senders: set[int] = set()
    moved = False
    for notice in notices:
        if session and notice.session == session:
            continue
        if notice.kind == ARRIVED:
            moved = True
            continue
        if (
            program_id is not None
            and notice.programs is not None
            and program_id not in notice.programs
        ):
            continue
        kinds.add(notice.kind)
        senders.add(notice.sender)
        if notice.programs is None or programs is None:
            programs = None
        else:
            programs |= notice.programs
    if not kinds and not moved:
        return None
    return Changes(
        frozenset(kinds),
        None if programs is None or not kinds else frozenset(programs),
        frozenset(senders),
        presence=moved,
    )


class ChangeListener:
    """Listens for other sessions' changes to one program of a shared database.

    ``actor`` is the name the coordinator works under, shown to others as present.
    Not thread-safe: one thread calls everything but :meth:`set_actor` and
    :meth:`set_program`, which another thread may call.
    """

    def __init__(self, db: Database, program_id: int | None, actor: str) -> None:
        address: ServerAddress | None = getattr(db.store, "address", None)
        session = presence.own_session(db)
        if address is None or session is None:
            raise ValueError("changes are heard on a shared database only")
        self.address = address
        self.session = session
        self.program_id = program_id
        self._actor = actor
        self._named = ""  # the name the connection has on the server
        self._conn: psycopg.Connection[Any] | None = None
        self._next_try = 0.0
        self._heard_for = program_id  # the program the last changes were chosen for
        self._recent: dict[int, tuple[float, frozenset[str]]] = {}  # others' changes
        self.lost = False  # the server went away and has not come back yet
        self.closed = False

    # -- the connection ------------------------------------------------------------------

    def _seat(self) -> str:
        return presence.seat_name(self.session, self.program_id, self._actor)

    def connect(self) -> None:
        """Connect and listen (raises a :class:`~peerdesk.errors.UserError` if the server
        cannot be reached)."""
        name = self._seat()
        conn = self.address.connect(
            autocommit=True, application_name=name, connect_timeout=CONNECT_TIMEOUT_S, **KEEPALIVE
        )
        try:
            conn.execute(f"LISTEN {CHANNEL}")
            self._announce(conn)
        except psycopg.Error:
            conn.close()
            raise
        self._conn, self._named = conn, name

    def _announce(self, conn: psycopg.Connection[Any]) -> None:
        """Tell the other listeners to look who is here (this one came, moved or goes)."""
        payload = json.dumps({"k": ARRIVED, "p": None, "a": self.session})
        conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                conn.close()
        if not self.lost:
            log.warning("lost the connection that hears changes; trying again")
        self.lost = True
        self._next_try = time.monotonic() + RECONNECT_S

    def _come_back(self, timeout: float) -> bool:
        """Try to connect again if it is time; True when connected."""
        wait = self._next_try - time.monotonic()
        if wait > 0:
            time.sleep(min(wait, timeout))
            return False
        try:
            self.connect()
        except (UserError, psycopg.Error):
            if not self.lost:
                log.warning("cannot reach the server to hear changes; trying again")
            self.lost = True
            self._next_try = time.monotonic() + RECONNECT_S
            return False
        if self.lost:
            log.info("hearing changes again")
        self.lost = False
        return True

    def set_actor(self, actor: str) -> None:
        """The coordinator's name changed: others see the new one from the next round."""
        self._actor = actor

    def set_program(self, program_id: int | None) -> None:
        """Hear (and be seen on) another program from the next round.

        The window read that program a moment ago; what others changed in it during the
        last few seconds may have come after, so the next round reports it again.
        """
        self.program_id = program_id

    # -- hearing -------------------------------------------------------------------------

    def receive(self, timeout: float) -> Changes | None:
        """Wait up to ``timeout`` seconds for others' changes to this program.

        A listener not connected yet connects first. Once connected (again), every
        kind counts as changed (``missed``): nobody listened before. Never raises for
        a lost server: see :attr:`lost`.
        """
        if self.closed:
            return None
        if self._conn is None:
            if not self._come_back(timeout):
                return None
            return Changes(KINDS, None, frozenset(), missed=True)
        conn = self._conn
        assert conn is not None
        notices: list[Notice] = []
        try:
            if self._named != self._seat():
                self._rename(conn)
            # The first notices, then whatever else is here already (a burst).
            for batch in (conn.notifies(timeout=timeout, stop_after=1), conn.notifies(timeout=0)):
                for item in batch:
                    if item.channel == CHANNEL:
                        notice = Notice.parse(item.payload, item.pid)
                        if notice is not None:
                            notices.append(notice)
        except psycopg.Error:
            self._drop()
            return None
        program_id = self.program_id
        changes = gather(notices, self.session, program_id)
        if program_id != self._heard_for:  # turned to another program since the last round
            self._heard_for = program_id
            changes = self._since_before(program_id, changes)
        self._remember(notices)
        return changes

    def _remember(self, notices: list[Notice]) -> None:
        now = time.monotonic()
        for notice in notices:
            if notice.session != self.session and notice.programs and notice.kind in KINDS:
                for program in notice.programs:
                    _at, kinds = self._recent.get(program, (now, frozenset()))
                    self._recent[program] = (now, kinds | {notice.kind})
        self._recent = {p: seen for p, seen in self._recent.items() if now - seen[0] < RECENT_S}

    def _since_before(self, program_id: int | None, changes: Changes | None) -> Changes | None:
        """``changes`` with what was heard of ``program_id`` just before turning to it."""
        if program_id is None:
            return changes
        at, kinds = self._recent.get(program_id, (0.0, frozenset()))
        if not kinds or time.monotonic() - at >= RECENT_S:
            return changes
        if changes is None:
            return Changes(frozenset(kinds), frozenset({program_id}), frozenset())
        return dataclasses.replace(changes, kinds=changes.kinds | kinds, programs=None)

    def _rename(self, conn: psycopg.Connection[Any], name: str | None = None) -> None:
        name = self._seat() if name is None else name
        conn.execute("SELECT set_config('application_name', %s, false)", (name,))
        self._named = name
        self._announce(conn)

    def here(self) -> list[presence.Seat]:
        """Who else has this program open now (empty while the connection is lost)."""
        if self._conn is None or self.program_id is None:
            return []
        try:
            rows = self._conn.execute(presence.SEATS_SQL).fetchall()
        except psycopg.Error:
            self._drop()
            return []
        return presence.seats_here(rows, self.program_id, self.session)

    def close(self) -> None:
        """Leave: no longer seen on the program (at once, for those who look now), and
        stop listening."""
        self.closed = True
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                if not conn.broken:
                    self._rename(conn, self.session)
            with contextlib.suppress(psycopg.Error):
                conn.close()


def listen(db: Database, program_id: int | None, actor: str) -> ChangeListener | None:
    """A listener for ``program_id``'s changes, connected; None on a file."""
    if not db.on_server:
        return None
    listener = ChangeListener(db, program_id, actor)
    listener.connect()
    return listener
