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
REVISIONS: tuple[str, ...] = ("0001_initial",)
HEAD = REVISIONS[-1]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class MigrationFailed(RuntimeError):
    """A migration left rows pointing at nothing; the change was rolled back."""


def current_revision(path: Path) -> str | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    return config


def upgrade(path: Path, revision: str = "head") -> None:
    from alembic import command
    from sqlalchemy import create_engine, event, text

    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _fk_off(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")

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
