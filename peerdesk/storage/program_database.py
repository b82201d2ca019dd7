"""One open program, on either backend: sessions, transactions and quick reads.

:mod:`peerdesk.database` opens and creates programs and hands out this class;
it lives here so that the modules opening uses (backups, copies) can use it too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.storage import QuickConnection, Store
from peerdesk.storage.retry import in_strict_action
from peerdesk.storage.sqlite import READ_ONLY

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker


#: The longest name a change is recorded under (``change_record.actor``).
ACTOR_LENGTH = 120

#: The name new :class:`Database` objects work under when none is set on them
#: (the command line's ``--as NAME``); None: each finds its own (:attr:`Database.actor`).
default_actor: str | None = None


def login_name() -> str:
    """The name the user logged in to this computer with; "" when the system cannot tell."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment or the system
        return ""


def actor_name(name: str | None) -> str | None:
    """A name to record changes under, tidied (spaces trimmed, at most :data:`ACTOR_LENGTH`
    characters); None for no name at all."""
    tidy = " ".join((name or "").split())[:ACTOR_LENGTH]
    return tidy or None


class Database:
    """One open program: its engine, its sessions, and its backend (:class:`Store`)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._actor: str | None = actor_name(default_actor)

    @property
    def actor(self) -> str:
        """The name this coordinator's changes are recorded under.

        Set by the app (the name chosen on first connecting to a shared database) or by
        the command line (``--as NAME``); otherwise the database user on a server
        (``current_user``) and the login name on a file. Setting "" goes back to that.
        """
        if self._actor is None:
            self._actor = actor_name(self._own_name()) or ""
        return self._actor

    @actor.setter
    def actor(self, name: str | None) -> None:
        self._actor = actor_name(name)

    def _own_name(self) -> str:
        if not self.on_server:
            return login_name()
        with self._storage_errors(), self.quick() as conn:
            return str(conn.execute("SELECT current_user").fetchone()[0])

    @property
    def path(self) -> Path | None:
        """The program file; None when the program is on a server."""
        return self.store.path

    @property
    def on_server(self) -> bool:
        return self.store.path is None

    @property
    def label(self) -> str:
        """How to name the program's location to a person (never with a password)."""
        return self.store.label

    @property
    def key(self) -> str:
        """A stable identity of the location (for backups, recent lists); no password."""
        return self.store.key

    @cached_property
    def engine(self) -> Engine:
        return self.store.make_engine()

    @cached_property
    def _sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @cached_property
    def _read_sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(
            self.engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False
        )

    @contextlib.contextmanager
    def _storage_errors(self) -> Iterator[None]:
        """A failure of the storage (a full disk, a dropped connection) as a plain
        :class:`~peerdesk.errors.UserError`; anything else as it is."""
        try:
            yield
        except Exception as exc:
            from sqlalchemy.orm.exc import StaleDataError

            if isinstance(exc, StaleDataError):
                # A row this action read was changed by another coordinator before it
                # wrote (its version moved on: peerdesk.conflicts): a collision, to be run
                # again (peerdesk.storage.retry), not a bug.
                from peerdesk.errors import BusyRecords

                raise BusyRecords() from exc
            translated = self.store.translate(exc)
            if translated is exc:
                raise
            raise translated from exc

    @cached_property
    def _strict_sessions(self) -> sessionmaker[Session]:
        options = self.store.strict_options()
        if not options:
            return self._sessions
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine.execution_options(**options), expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self, *, strict: bool | None = None) -> Iterator[Session]:
        """One user action: everything inside lands together or not at all.

        ``strict`` (by default: when called inside a :func:`peerdesk.storage.retry.strict`
        action) isolates it from other coordinators' actions completely, as if they ran
        one after the other; a collision is :class:`~peerdesk.errors.BusyRecords`.
        """
        if strict is None:
            strict = in_strict_action()
        sessions = self._strict_sessions if strict else self._sessions
        # The commit itself can fail too, so errors are looked at outside the
        # session, after the rollback.
        with self._storage_errors(), sessions.begin() as session:
            session.info["actor"] = self.actor
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look; nothing is committed."""
        session = self._read_sessions()
        try:
            with self._storage_errors():
                yield session
        finally:
            session.rollback()
            session.close()

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A read-only connection that sees one consistent state throughout (for copies)."""
        with self._storage_errors(), self.engine.connect() as connection:
            connection = connection.execution_options(**self.store.snapshot_options())
            transaction = connection.begin()
            try:
                yield connection
            finally:
                transaction.rollback()

    def raw_connection(self) -> QuickConnection:
        """A plain connection for quick, portable SQL with ``?`` placeholders (see
        :class:`peerdesk.storage.QuickConnection`); close it when done."""
        return self.store.quick_connection()

    @contextlib.contextmanager
    def quick(self) -> Iterator[QuickConnection]:
        """:meth:`raw_connection` as a context manager."""
        conn = self.store.quick_connection()
        try:
            yield conn
        finally:
            conn.close()

    def sync_ids(self, connection: Connection, tables: Sequence[str]) -> None:
        """After rows were written with their own ids, new ids follow the largest one."""
        self.store.sync_ids(connection, tables)

    def dispose_connections(self) -> None:
        """Close pooled connections (they reopen on demand), e.g. before a restore."""
        if "engine" in self.__dict__:
            self.engine.dispose()

    def close(self) -> None:
        self.dispose_connections()
        self.store.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
