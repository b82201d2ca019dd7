"""Schema migrations, run automatically when a program is opened, on either backend.

Alembic does the work, but it is imported only when a program actually needs
upgrading. Each backend hands over a connection inside its own transaction
(:func:`peerdesk.storage.sqlite.upgrade`, :func:`peerdesk.storage.postgres.upgrade`);
the revisions are the same for both.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

# Every revision this version of PeerDesk knows, oldest first. A program stamped
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
    "0008_identity",
    "0009_versions",
    "0010_actors",
    "0011_roles",
    "0012_measures",
    "0013_invariants",
    "0014_live",
    "0015_meeting_changes",
    "0016_document_language",
    "0017_groups",
)
HEAD = REVISIONS[-1]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: The table that marks a database as PeerDesk's (made by revision 0008).
META_TABLE = "peerdesk_meta"
APPLICATION = "PeerDesk"


class MigrationFailed(RuntimeError):
    """A migration left rows pointing at nothing; the change was rolled back."""


def is_known(revision: str) -> bool:
    return revision in REVISIONS


def alembic_config(url: str = "") -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # Only the alembic command line reads this (PeerDesk hands over a connection);
    # "%" is escaped for configparser.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def table_in_name_order(connection: Connection, name: str) -> Table:
    """Table ``name`` as the database has it, for ``batch_alter_table(copy_from=...)``,
    with its constraints and indexes in name order.

    When a migration rebuilds a SQLite table, alembic lists the new table's
    constraints and creates its indexes in the order of the sets SQLAlchemy keeps
    them in, which changes from run to run: two files made by the same migrations
    would then differ byte for byte (a server database's backup, a file built
    afresh each time, would never be found the same as the one before it).
    """
    from sqlalchemy import MetaData
    from sqlalchemy import Table as TableType
    from sqlalchemy.util import OrderedSet

    table = TableType(name, MetaData(), autoload_with=connection)
    table.constraints = OrderedSet(sorted(table.constraints, key=lambda c: str(c.name or "")))
    table.indexes = OrderedSet(sorted(table.indexes, key=lambda i: str(i.name or "")))
    return table


def run_upgrade(connection: Connection, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` on ``connection``, inside its transaction."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection  # type: ignore[attr-defined]
    command.upgrade(config, revision)  # type: ignore[arg-type]
