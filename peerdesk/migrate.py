"""Schema migrations, run automatically when a file is opened.

Alembic does the work, but it is imported only when a file actually needs
upgrading: the revision check reads one table with plain sqlite3, which keeps
opening a current file fast.

Migrations run with foreign keys off (SQLite's batch mode recreates tables,
and with foreign keys on, dropping a parent table would cascade into its
children), then ``PRAGMA foreign_key_check`` proves nothing was orphaned.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Every revision this version of PeerDesk knows, oldest first. A file stamped
# with anything else was written by a newer PeerDesk. A test keeps this list
# in step with the scripts in migrations/versions.
REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_import",
    "0003_calendar",
    "0004_surveys",
    "0005_pairs",
    "0006_meetings",
    "0007_matching",
)
HEAD = REVISIONS[-1]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class MigrationFailed(RuntimeError):
    """A migration left rows pointing at nothing; the change was rolled back."""


def readonly_uri(path: Path) -> str:
    """A SQLite URI that opens ``path`` read-only, whatever characters its name holds.

    A bare ``file:{path}`` would cut a name at ``#`` or ``?`` and open (and create)
    another file; ``as_uri`` percent-encodes them.
    """
    return Path(path).resolve().as_uri() + "?mode=ro"


def connect(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection to ``path`` (no URL parsing, so any file name works)."""
    return sqlite3.connect(path, check_same_thread=False)


def current_revision(path: Path) -> str | None:
    conn = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchall()
        if not rows:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def is_known(revision: str) -> bool:
    return revision in REVISIONS


def alembic_config(path: Path) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # Only the alembic command line reads this (PeerDesk hands over a connection);
    # "%" is escaped for configparser.
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}".replace("%", "%%"))
    return config


def upgrade(path: Path, revision: str = "head") -> None:
    from alembic import command
    from sqlalchemy import create_engine, event, text
    from sqlalchemy.pool import NullPool

    engine = create_engine("sqlite://", creator=lambda: connect(path), poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _fk_off(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        # pysqlite would not BEGIN before DDL, leaving each CREATE/DROP in its own
        # transaction; take control so that the whole upgrade lands or none of it does.
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]

    config = alembic_config(path)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection  # type: ignore[attr-defined]
            command.upgrade(config, revision)  # type: ignore[arg-type]
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise MigrationFailed(f"{len(problems)} rows lost their parent during upgrade")
    finally:
        engine.dispose()
