"""The shared backend: a program in a PostgreSQL database, through psycopg 3.

A database is PeerDesk's when it holds the ``peerdesk_meta`` table naming
PeerDesk and an ``alembic_version`` this PeerDesk knows. An empty database is
set up with :func:`init_database`; any other is refused and left alone.

Connecting follows libpq: a URL may carry the password, or ``PGPASSWORD`` and
``~/.pgpass`` supply it; the window passes one from the system keyring.
Several PeerDesk windows may use one database at once (no lock is taken).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg import sql as pgsql
from psycopg.abc import Buffer
from psycopg.adapt import Loader
from psycopg.types.datetime import DateLoader

from peerdesk import migrate
from peerdesk.errors import (
    BusyRecords,
    ConnectionLost,
    EmptyDatabase,
    NewerDatabaseVersion,
    NoServerPermission,
    NoSuchDatabase,
    NotAPeerDeskDatabase,
    NotFound,
    ServerUnreachable,
    UserError,
    WrongPassword,
)
from peerdesk.storage import presence
from peerdesk.storage.retry import rule_error

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from peerdesk.storage import QuickConnection

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10
SERIALIZATION_FAILURE = "40001"
DEADLOCK_DETECTED = "40P01"
UNIQUE_VIOLATION = "23505"
QUICK_POOL = 4
SCRUB_LOCK_TIMEOUT_MS = 5000
#: Tables erasing a person rewrites; after an erase they are vacuumed (see ``scrub``).
PERSONAL_TABLES = (
    "person", "participant", "participant_tag", "step_record", "meeting", "pair", "goal",
    "survey_response", "survey_answer", "pair_rule", "import_batch", "change_record",
)  # fmt: skip


@dataclass(frozen=True)
class ServerAddress:
    """Where a shared database is: a libpq connection string (a URL) and an optional password.

    ``conninfo`` never holds a password given separately; ``label`` and ``key`` never show one.
    """

    conninfo: str
    password: str | None = field(default=None, repr=False)
    #: What every connection is named on the server (see peerdesk.storage.presence).
    application_name: str | None = None

    @classmethod
    def parse(cls, url: str, password: str | None = None) -> ServerAddress:
        text = url.strip()
        for prefix in ("postgresql+psycopg://", "postgres://"):
            if text.lower().startswith(prefix):
                text = "postgresql://" + text[len(prefix) :]
        try:
            psycopg.conninfo.conninfo_to_dict(text)
        except psycopg.ProgrammingError as exc:
            raise UserError(
                "“{url}” is not a database address PeerDesk understands ({reason}). "
                "Write it as postgresql://user@host:5432/database.",
                url=_without_password(text),
                reason=str(exc).strip().rstrip("."),
            ) from None
        return cls(text, password)

    @property
    def parts(self) -> dict[str, Any]:
        return psycopg.conninfo.conninfo_to_dict(self.conninfo)

    @property
    def database(self) -> str:
        return str(self.parts.get("dbname") or self.user)

    @property
    def user(self) -> str:
        import getpass

        return str(self.parts.get("user") or getpass.getuser())

    @property
    def server(self) -> str:
        parts = self.parts
        host = str(parts.get("host") or "localhost")
        return f"{host}:{parts.get('port') or 5432}"

    @property
    def label(self) -> str:
        return f"{self.database} on {self.server}"

    @property
    def key(self) -> str:
        """The address without its password, as a URL."""
        parts = self.parts
        host = str(parts.get("host") or "localhost")
        port = parts.get("port") or 5432
        if host.startswith("/"):  # a Unix socket folder
            return f"postgresql://{self.user}@/{self.database}?host={host}&port={port}"
        return f"postgresql://{self.user}@{host}:{port}/{self.database}"

    def connect(self, **options: Any) -> psycopg.Connection[Any]:
        extra: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S}
        if self.password is not None:
            extra["password"] = self.password
        if self.application_name is not None:
            extra["application_name"] = self.application_name
        extra.update(options)
        try:
            return psycopg.connect(self.conninfo, **extra)
        except psycopg.Error as exc:
            raise connect_error(exc, self) from None


def _without_password(url: str) -> str:
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1@", url)


# -- what went wrong, in plain words --------------------------------------------------------

# libpq reports a failure to connect only in words (no SQLSTATE), so these are read.
_UNREACHABLE = {
    "could not translate host name": "there is no computer with that name.",
    "failed to resolve host": "there is no computer with that name.",  # psycopg's own lookup
    "connection refused": "nothing answers at that address and port.",
    "timeout expired": "the server did not answer in time.",
    "no such file or directory": "nothing answers at that address and port.",
    "network is unreachable": "the network cannot reach it.",
    "no route to host": "the network cannot reach it.",
    "the database system is starting up": "the server is still starting.",
    "the database system is shutting down": "the server is shutting down.",
}


def connect_error(exc: psycopg.Error, address: ServerAddress) -> UserError | psycopg.Error:
    state = getattr(exc, "sqlstate", None) or ""
    text = str(exc).lower()
    # A refused connection carries no SQLSTATE: libpq's words say which it was.
    if state in ("28P01", "28000") or "password" in text or re.search(r'role ".*" does not', text):
        return WrongPassword(server=address.server, user=address.user)
    if state == "3D000" or re.search(r'database ".*" does not exist', text):
        return NoSuchDatabase(server=address.server, database=address.database)
    if state == "42501":
        return NoServerPermission(user=address.user, location=address.label)
    for words, reason in _UNREACHABLE.items():
        if words in text:
            return ServerUnreachable(server=address.server, reason=reason)
    if isinstance(exc, psycopg.OperationalError):
        return ServerUnreachable(server=address.server, reason="the connection failed.")
    return exc


def action_error(exc: BaseException, address: ServerAddress) -> BaseException:
    """An error during an action, as a user error when it is the server's or the network's."""
    original = getattr(exc, "orig", None) or exc
    if not isinstance(original, psycopg.Error):
        return exc
    state = getattr(original, "sqlstate", None) or ""
    if state == "42501":
        return NoServerPermission(user=address.user, location=address.label)
    # Another transaction changed what this one read, or the two waited on each other:
    # rolled back whole, to be run again (peerdesk.storage.retry). Before the check for
    # a lost connection: psycopg counts these as operational errors too.
    if state in (SERIALIZATION_FAILURE, DEADLOCK_DETECTED):
        return BusyRecords()
    if state == UNIQUE_VIOLATION:
        broken = rule_error(original.diag.constraint_name)
        if broken is not None:
            return broken
    if state.startswith(("08", "57P")) or isinstance(original, psycopg.OperationalError):
        return ConnectionLost()
    return exc


# -- recognizing our database ---------------------------------------------------------------


_TABLES_FOUND = (
    "SELECT EXISTS (SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
    " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')),"
    " to_regclass(quote_ident(current_schema()) || '.' || quote_ident(%s)) IS NOT NULL,"
    " to_regclass(quote_ident(current_schema()) || '.alembic_version') IS NOT NULL"
)
_MARKS_FOUND = pgsql.SQL(
    "SELECT (SELECT value FROM {} WHERE key = 'application'),"
    " (SELECT min(version_num) FROM alembic_version)"
).format(pgsql.Identifier(migrate.META_TABLE))


def _revision_of(conn: psycopg.Connection[Any], address: ServerAddress) -> str | None:
    """The schema revision of a PeerDesk database; None if it is empty. Refuses any other.

    Opening a program waits on this, so the questions go in one round trip when the
    connection allows (outside a transaction: the second fails where the tables are missing).
    """
    marks: tuple[Any, ...] | None = None
    if conn.autocommit and _PIPELINE:
        try:
            with conn.pipeline():
                tables = conn.execute(_TABLES_FOUND, (migrate.META_TABLE,))
                found = conn.execute(_MARKS_FOUND)
            found_tables, marks = tables.fetchone(), found.fetchone()
        except psycopg.errors.UndefinedTable:
            found_tables = conn.execute(_TABLES_FOUND, (migrate.META_TABLE,)).fetchone()
    else:
        found_tables = conn.execute(_TABLES_FOUND, (migrate.META_TABLE,)).fetchone()
    anything, ours, versioned = found_tables or (False, False, False)
    if not anything:
        return None
    if not (ours and versioned):
        raise NotAPeerDeskDatabase(location=address.label)
    owner, revision = marks or conn.execute(_MARKS_FOUND).fetchone() or (None, None)
    if owner != migrate.APPLICATION:
        raise NotAPeerDeskDatabase(location=address.label)
    if revision is None or not migrate.is_known(str(revision)):
        raise NewerDatabaseVersion(location=address.label)
    return str(revision)


def _recognize(address: ServerAddress) -> tuple[psycopg.Connection[Any], str | None]:
    """A new connection to ``address`` and the schema revision found there (see
    :func:`_revision_of`); the connection is closed if the database is refused."""
    conn = address.connect(autocommit=True)
    try:
        return conn, _revision_of(conn, address)
    except psycopg.Error as exc:
        conn.close()
        raise action_error(exc, address) from None
    except BaseException:
        conn.close()
        raise


def describe(address: ServerAddress) -> str | None:
    """The schema revision of the database at ``address``, None when empty (refuses others)."""
    conn, revision = _recognize(address)
    conn.close()
    return revision


def _engine(address: ServerAddress, **options: Any) -> Engine:
    from sqlalchemy import create_engine

    return create_engine("postgresql+psycopg://", creator=address.connect, **options)


def upgrade(address: ServerAddress, *, empty_only: bool = False) -> None:
    """Bring the schema to the newest revision in one transaction (PostgreSQL's DDL is
    transactional), holding a lock so that two PeerDesks never upgrade at once."""
    from sqlalchemy import text
    from sqlalchemy.pool import NullPool

    engine = _engine(address, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(hashtext('peerdesk-upgrade'))"))
            revision = _revision_of(connection.connection.driver_connection, address)  # type: ignore[arg-type]
            if empty_only and revision is not None:
                return
            if revision != migrate.HEAD:
                migrate.run_upgrade(connection)
    except Exception as exc:
        raise action_error(exc, address) from exc
    finally:
        engine.dispose()


def init_database(address: ServerAddress) -> bool:
    """Set up an empty database for PeerDesk. True if it was empty and is now set up;
    False if it already was PeerDesk's (then nothing changes). Refuses any other database."""
    if describe(address) is not None:
        return False
    upgrade(address, empty_only=True)
    return True


def open_store(
    address: ServerAddress, before_upgrade: Callable[[ServerAddress], object] | None = None
) -> PostgresStore:
    # Other windows tell this one's connections, and so its changes, by this name.
    address = dataclasses.replace(address, application_name=presence.new_session())
    conn, revision = _recognize(address)
    store = PostgresStore(address)
    try:
        if revision is None:
            raise EmptyDatabase(location=address.label)
        if revision != migrate.HEAD:
            if before_upgrade is not None:
                before_upgrade(address)
            upgrade(address)
    except BaseException:
        conn.close()
        raise
    # The connection that recognized the database serves the first quick reads (the
    # first screen's): a new connection costs more than all of them together.
    store.give_back(_quick_ready(conn))
    log.info("opened server database (schema %s)", migrate.HEAD)
    return store


# -- quick reads ----------------------------------------------------------------------------


@lru_cache(maxsize=512)
def to_format(sql: str, with_params: bool = True) -> str:
    """Portable ``?`` placeholders as psycopg's ``%s`` (and a literal ``%`` as ``%%``),
    leaving quoted strings and names alone."""
    if not with_params:
        return sql
    out: list[str] = []
    quote = ""
    for char in sql:
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "?":
            out.append("%s")
            continue
        out.append("%%" if char == "%" else char)
    return "".join(out)


# Values come back as a file gives them: psycopg turns the text the server sends
# straight into these, instead of into bool/Decimal/date objects converted row by row.
class _IntBoolLoader(Loader):
    def load(self, data: Buffer) -> int:
        return 1 if data == b"t" else 0


class _NumberLoader(Loader):
    """A ``numeric`` (what ``sum`` of integers gives) as an int when whole, else a float."""

    def load(self, data: Buffer) -> int | float:
        text = bytes(data)
        if text.isdigit() or (text[:1] == b"-" and text[1:].isdigit()):
            return int(text)
        value = Decimal(text.decode())
        return int(value) if value == value.to_integral_value() else float(value)


class _IsoDateLoader(DateLoader):
    def load(self, data: Buffer) -> str:  # type: ignore[override]
        if len(data) == 10:  # the server's ISO output, e.g. 2026-02-01
            return bytes(data).decode()
        return super().load(data).isoformat()


_LOADERS = (("bool", _IntBoolLoader), ("numeric", _NumberLoader), ("date", _IsoDateLoader))
#: Timestamps are still read as datetimes, then written as ISO text (with a "T", as before).
_TIMESTAMPS = frozenset({1114, 1184})  # timestamp, timestamptz
_PIPELINE = psycopg.Pipeline.is_supported()


def _quick_ready(conn: psycopg.Connection[Any]) -> psycopg.Connection[Any]:
    for name, loader in _LOADERS:
        conn.adapters.register_loader(name, loader)
    return conn


class _Rows:
    def __init__(self, cursor: psycopg.Cursor[Any]) -> None:
        self._cursor = cursor
        self.rowcount = cursor.rowcount
        self._stamps = [
            n
            for n, column in enumerate(cursor.description or ())
            if column.type_code in _TIMESTAMPS
        ]

    def _row(self, row: Any) -> Any:
        if row is None or not self._stamps:
            return row
        values = list(row)
        for n in self._stamps:
            if values[n] is not None:
                values[n] = values[n].isoformat()
        return tuple(values)

    def fetchone(self) -> Any:
        return self._row(self._cursor.fetchone())

    def fetchall(self) -> list[Any]:
        rows = self._cursor.fetchall()
        return [self._row(row) for row in rows] if self._stamps else rows

    def __iter__(self) -> Iterator[Any]:
        for row in self._cursor:
            yield self._row(row)


class _Quick:
    """A psycopg connection as a :class:`~peerdesk.storage.QuickConnection`."""

    BEGIN = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"

    def __init__(
        self, store: PostgresStore, conn: psycopg.Connection[Any], *, pooled: bool = False
    ) -> None:
        self._store = store
        self._conn = conn
        self._in_transaction = False
        self._begin_pending = False
        # A connection that waited in the pool may have lost its server meanwhile (a
        # restart, a dropped network): its first statement is tried once more on a new one.
        self._retry = pooled

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _Rows:
        query, values = to_format(sql, bool(params)), tuple(params) or None
        try:
            cursor = self._run(query, values)
        except psycopg.OperationalError as exc:
            if not self._retry:
                raise self._store.translate(exc) from exc
            self._conn.close()
            self._store.forget_idle()
            self._retry = False
            try:
                self._conn = _quick_ready(self._store.address.connect(autocommit=True))
            except UserError:  # the server is still gone: the connection was lost
                raise self._store.translate(exc) from exc
            try:
                cursor = self._run(query, values)
            except psycopg.Error as again:
                raise self._store.translate(again) from again
        except psycopg.Error as exc:
            raise self._store.translate(exc) from exc
        self._retry = False
        return _Rows(cursor)

    def _run(self, query: Any, values: tuple[Any, ...] | None) -> psycopg.Cursor[Any]:
        if not self._begin_pending:
            return self._conn.execute(query, values)
        # BEGIN goes with the first statement, in one round trip to the server.
        if _PIPELINE:
            with self._conn.pipeline():
                self._conn.execute(self.BEGIN)
                cursor = self._conn.execute(query, values)
        else:
            self._conn.execute(self.BEGIN)
            cursor = self._conn.execute(query, values)
        self._begin_pending = False
        return cursor

    def begin(self) -> None:
        self._begin_pending = True
        self._in_transaction = True

    def _end(self, statement: str) -> None:
        if self._in_transaction:
            self._in_transaction = False
            if self._begin_pending:  # nothing was read: there is nothing to end
                self._begin_pending = False
            else:
                self.execute(statement)

    def commit(self) -> None:
        self._end("COMMIT")

    def rollback(self) -> None:
        self._end("ROLLBACK")

    def close(self) -> None:
        try:
            self.rollback()
        except UserError:
            self._conn.close()
            return
        self._store.give_back(self._conn)


class PostgresStore:
    """A database on a server, shared with other PeerDesk windows."""

    def __init__(self, address: ServerAddress) -> None:
        self.path: Path | None = None
        self.address = address
        self._idle: list[psycopg.Connection[Any]] = []

    @property
    def label(self) -> str:
        return self.address.label

    @property
    def key(self) -> str:
        return self.address.key

    def make_engine(self) -> Engine:
        return _engine(self.address, pool_pre_ping=True, pool_size=4, max_overflow=4)

    def quick_connection(self) -> QuickConnection:
        while self._idle:
            conn = self._idle.pop()
            if not conn.closed and not conn.broken:
                return _Quick(self, conn, pooled=True)
        return _Quick(self, _quick_ready(self.address.connect(autocommit=True)))

    def forget_idle(self) -> None:
        """Close the idle quick connections (after one was found dead, the others likely are)."""
        idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    def give_back(self, conn: psycopg.Connection[Any]) -> None:
        if conn.closed or conn.broken or len(self._idle) >= QUICK_POOL:
            conn.close()
        else:
            self._idle.append(conn)

    def translate(self, exc: BaseException) -> BaseException:
        translated = action_error(exc, self.address)
        if isinstance(translated, NoServerPermission | NotFound):
            return self._refusal(translated)
        return translated

    def _refusal(self, error: UserError) -> UserError:
        """A refusal in the words of the user's role here (peerdesk.storage.roles): what
        a viewer or a coordinator may not do, or may not see, and whom to ask."""
        from peerdesk.storage.refusals import role_refusal

        try:
            with contextlib.closing(self.address.connect(autocommit=True)) as conn:
                row = conn.execute(
                    "SELECT peerdesk_role_of(current_user), array(SELECT peerdesk_administrators())"
                ).fetchone()
        except (psycopg.Error, UserError) as exc:  # the refusal as it came, then
            log.warning("could not read the role (%s)", getattr(exc, "sqlstate", exc))
            return error
        role, admins = row if row else (None, [])
        return role_refusal(error, role, list(admins), self.address.user, self.address.label)

    def snapshot_options(self) -> dict[str, Any]:
        return {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}

    def strict_options(self) -> dict[str, Any]:
        return {"isolation_level": "SERIALIZABLE"}

    def defer_references(self, connection: Connection) -> None:
        connection.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")

    def sync_ids(self, connection: Connection, tables: Sequence[str]) -> None:
        # Forward only: after a restore the largest id may be smaller than ids handed out
        # before it (to another window's rows not yet committed, or to undo steps), and an
        # id is never handed out twice.
        for table in tables:
            connection.exec_driver_sql(
                pgsql.SQL(
                    "SELECT setval(s, greatest(coalesce((SELECT max(id) FROM {}), 0) + 1, "
                    "coalesce(pg_sequence_last_value(s) + 1, 1)), false) "
                    "FROM (SELECT pg_get_serial_sequence(%s, 'id')::regclass AS s) AS seq"
                )
                .format(pgsql.Identifier(table))
                .as_string(),
                (table,),
            )

    def begin_erase(self, connection: Connection) -> None:
        """Nothing before: the old row versions are removed after the commit (``scrub``)."""

    def refresh_statistics(self) -> None:
        # Autovacuum would do this within a minute; until then a database that just
        # received a whole program plans every query as if its tables were empty.
        with contextlib.closing(self.address.connect(autocommit=True)) as conn:
            try:
                conn.execute("ANALYZE")
            except psycopg.Error as exc:  # not the owner: autovacuum will do it
                log.warning("could not analyze (%s)", exc.sqlstate)

    def scrub(self) -> None:
        # An update leaves the old row version behind until a vacuum; VACUUM FULL
        # rewrites the tables, so no old version with the erased text is kept.
        # It needs the table to itself: if another window keeps it busy for more than a
        # few seconds, a plain VACUUM (which waits for no one) marks the space for reuse.
        with contextlib.closing(self.address.connect(autocommit=True)) as conn:
            conn.execute(f"SET lock_timeout = {SCRUB_LOCK_TIMEOUT_MS}")
            for table in PERSONAL_TABLES:
                name = pgsql.Identifier(table)
                try:
                    conn.execute(pgsql.SQL("VACUUM FULL {}").format(name))
                except psycopg.errors.LockNotAvailable:
                    log.warning("%s is busy; vacuumed without rewriting it", table)
                    conn.execute(pgsql.SQL("VACUUM {}").format(name))
                except psycopg.Error as exc:  # not the tables' owner: the rows are erased anyway
                    log.warning("could not vacuum %s (%s)", table, exc.sqlstate)

    def close(self) -> None:
        self.forget_idle()


# -- writing many rows at once (see peerdesk.storage.driver) ----------------------------------


def copy_rows(
    connection: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """Insert ``rows`` into ``table`` with one ``COPY`` stream, in the current transaction."""
    driver = connection.connection.driver_connection
    assert driver is not None
    listed = pgsql.SQL(", ").join(map(pgsql.Identifier, columns))
    target = pgsql.Identifier(table)
    with driver.cursor() as cursor:
        secured = cursor.execute("SELECT row_security_active(%s)", (table,)).fetchone()
        if not (secured and secured[0]):
            with cursor.copy(pgsql.SQL("COPY {} ({}) FROM STDIN").format(target, listed)) as copy:
                for row in rows:
                    copy.write_row(row)
            return
        # The server takes no COPY into a table whose row-level security applies to the
        # user (a coordinator, peerdesk.storage.roles): the rows go through a temporary
        # table and one INSERT, which the policies check.
        rows_in = pgsql.Identifier("peerdesk_rows")
        make = "CREATE TEMP TABLE {} ON COMMIT DROP AS SELECT {} FROM {} WITH NO DATA"
        cursor.execute(pgsql.SQL(make).format(rows_in, listed, target))
        with cursor.copy(pgsql.SQL("COPY {} ({}) FROM STDIN").format(rows_in, listed)) as copy:
            for row in rows:
                copy.write_row(row)
        insert = pgsql.SQL("INSERT INTO {} ({}) SELECT {} FROM {}")
        cursor.execute(insert.format(target, listed, listed, rows_in))
        cursor.execute(pgsql.SQL("DROP TABLE {}").format(rows_in))


def password_clause(connection: Connection, user: str, password: str) -> str:
    """``PASSWORD '…'`` for CREATE or ALTER ROLE, hashed here as psql's ``\\password`` does,
    so the password itself never travels to the server nor lands in its log."""
    driver = connection.connection.driver_connection
    assert driver is not None
    hashed = driver.pgconn.encrypt_password(password.encode(), user.encode())
    return pgsql.SQL("PASSWORD {}").format(pgsql.Literal(hashed.decode())).as_string(driver)


def update_by_copy(
    connection: Connection,
    table: str,
    columns: Sequence[str],
    rows: list[tuple[Any, ...]],
    *,
    bump: str | None = None,
) -> None:
    """Write ``rows`` (id first) over ``table`` through a temporary table and one joined
    UPDATE (which raises the column ``bump`` by one, if given)."""
    driver = connection.connection.driver_connection
    assert driver is not None
    names = [pgsql.Identifier(name) for name in ("id", *columns)]
    listed = pgsql.SQL(", ").join(names)
    changes = pgsql.Identifier("peerdesk_changes")
    with driver.cursor() as cursor:
        # Same column types as the table, so COPY reads each value as the table would.
        cursor.execute(
            pgsql.SQL(
                "CREATE TEMP TABLE {} ON COMMIT DROP AS SELECT {} FROM {} WITH NO DATA"
            ).format(changes, listed, pgsql.Identifier(table))
        )
        with cursor.copy(pgsql.SQL("COPY {} ({}) FROM STDIN").format(changes, listed)) as copy:
            for row in rows:
                copy.write_row(row)
        cursor.execute(
            pgsql.SQL("UPDATE {} AS t SET {} FROM {} AS c WHERE t.id = c.id").format(
                pgsql.Identifier(table),
                pgsql.SQL(", ").join(
                    [pgsql.SQL("{} = c.{}").format(name, name) for name in names[1:]]
                    + (
                        [pgsql.SQL("{} = t.{} + 1").format(*[pgsql.Identifier(bump)] * 2)]
                        if bump
                        else []
                    )
                ),
                changes,
            )
        )
        cursor.execute(pgsql.SQL("DROP TABLE {}").format(changes))
