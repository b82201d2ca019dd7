"""The migrations build exactly the models' schema, and upgrading a full file loses nothing."""

from __future__ import annotations

import ast
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from db_rows import database_name
from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    Numeric,
    Table,
    create_engine,
    event,
    func,
    inspect,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from peerdesk import backups, migrate
from peerdesk.database import create_database, open_database
from peerdesk.models import Base
from peerdesk.storage import postgres
from peerdesk.storage import sqlite as sqlite_store
from peerdesk.storage.copy import DATABASE_OWN
from peerdesk.storage.sqlite import APPLICATION_ID

VERSIONS = migrate.MIGRATIONS_DIR / "versions"
ROWS_PER_TABLE = 40


def engine_for(path: Path) -> Engine:
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(path), poolclass=NullPool)
    event.listen(engine, "connect", lambda conn, _r: conn.execute("PRAGMA foreign_keys=ON"))
    return engine


def server_engine(url: str) -> Engine:
    return create_engine(
        "postgresql+psycopg://", creator=lambda: psycopg.connect(url), poolclass=NullPool
    )


def empty_peerdesk_file(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.commit()
    conn.close()
    return path


def schema_of(engine: Engine) -> dict[str, Any]:
    """Tables, columns, indexes, uniques and foreign keys (with their ON DELETE), by name."""
    found: dict[str, Any] = {}
    inspector = inspect(engine)
    for table in sorted(set(inspector.get_table_names()) - {"alembic_version"}):
        key = set(inspector.get_pk_constraint(table)["constrained_columns"])
        found[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"], c["name"] in key)
                for c in inspector.get_columns(table)
            ],
            "indexes": sorted(
                (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                for i in inspector.get_indexes(table)
            ),
            "uniques": sorted(
                (u["name"], tuple(u["column_names"]))
                for u in inspector.get_unique_constraints(table)
            ),
            "foreign_keys": sorted(
                (
                    tuple(f["constrained_columns"]),
                    f["referred_table"],
                    tuple(f["referred_columns"]),
                    (f.get("options") or {}).get("ondelete"),
                )
                for f in inspector.get_foreign_keys(table)
            ),
        }
    return found


def test_migrations_build_exactly_the_models_schema(db_path: Path) -> None:
    create_database(db_path).close()
    engine = engine_for(db_path)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
        assert differences == []
        # compare_metadata does not look at every detail (ON DELETE, index names),
        # so also compare with a file the models build directly.
        direct = db_path.with_name("direct.sqlite")
        direct_engine = engine_for(direct)
        try:
            Base.metadata.create_all(direct_engine)
            assert schema_of(engine) == schema_of(direct_engine)
        finally:
            direct_engine.dispose()
    finally:
        engine.dispose()


def test_the_schema_comparison_notices_a_difference(db_path: Path) -> None:
    """The check above can fail: a table the models lack is reported."""
    create_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE stray (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE INDEX ix_person_phone ON person (phone)")
    conn.commit()
    conn.close()
    engine = engine_for(db_path)
    try:
        with engine.connect() as c:
            differences = compare_metadata(MigrationContext.configure(c), Base.metadata)
    finally:
        engine.dispose()
    kinds = {d[0] if isinstance(d, tuple) else d[0][0] for d in differences}
    assert {"remove_table", "remove_index"} <= kinds


def revisions_in_order() -> list[str]:
    """The chain of revisions in migrations/versions, oldest first, read from the scripts."""
    by_parent: dict[str | None, str] = {}
    for script in sorted(VERSIONS.glob("*.py")):
        values: dict[str, Any] = {}
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                name = node.targets[0].id
                if name in ("revision", "down_revision"):
                    values[name] = ast.literal_eval(node.value)
        assert values["down_revision"] not in by_parent, f"{script.name} branches the history"
        by_parent[values["down_revision"]] = values["revision"]
    chain: list[str] = []
    parent: str | None = None
    while parent in by_parent:
        parent = by_parent[parent]
        chain.append(parent)
    assert len(chain) == len(by_parent), "some migration is not on the chain from the first"
    return chain


def test_the_known_revisions_are_the_scripts_in_order() -> None:
    assert list(migrate.REVISIONS) == revisions_in_order()
    assert migrate.REVISIONS[-1] == migrate.HEAD
    # Alembic agrees: one head, and it is ours.
    script = ScriptDirectory(str(migrate.MIGRATIONS_DIR))
    assert script.get_heads() == [migrate.HEAD]
    walked = [r.revision for r in script.walk_revisions()]
    assert walked[::-1] == list(migrate.REVISIONS)


# --- upgrading a file full of data ------------------------------------------------


def value_for(column: Any, table: str, row: int) -> Any:
    """A plausible value of the column's type, different in every row."""
    if column.foreign_keys:
        return row  # row N points at its parent's row N
    kind = column.type
    if isinstance(kind, Boolean):
        return row % 2 == 0
    if isinstance(kind, Integer):
        return row
    if isinstance(kind, Float | Numeric):
        return row + 0.5
    if isinstance(kind, Date):
        return date(2025, 1, 1) + timedelta(days=row)
    if isinstance(kind, DateTime) or column.name.endswith("_at"):
        return f"2025-01-{row % 28 + 1:02d}T09:00:00+00:00"
    text = f"{table}.{column.name}.{row}"
    length = getattr(kind, "length", None)
    return text[-length:] if length else text  # a server refuses text longer than the column


def fill_every_table(engine: Engine) -> dict[str, int]:
    """Insert ROWS_PER_TABLE rows into every table (schema read from the database), with
    its references checked."""
    metadata = MetaData()
    metadata.reflect(engine)
    tables: list[Table] = [t for t in metadata.sorted_tables if t.name != "alembic_version"]
    assert tables, "the database has no tables"
    with engine.begin() as conn:
        for table in tables:
            columns = [
                c for c in table.columns if not (c.primary_key and isinstance(c.type, Integer))
            ]
            conn.execute(
                table.insert(),
                [
                    {c.name: value_for(c, table.name, row) for c in columns}
                    for row in range(1, ROWS_PER_TABLE + 1)
                ],
            )
    return count_rows(engine)


def count_rows(engine: Engine) -> dict[str, int]:
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.connect() as conn:
        return {
            table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for table in metadata.sorted_tables
            if table.name != "alembic_version"
        }


def file_rows(path: Path) -> dict[str, int]:
    engine = engine_for(path)
    try:
        return count_rows(engine)
    finally:
        engine.dispose()


def fill_file(path: Path) -> dict[str, int]:
    engine = engine_for(path)
    try:
        return fill_every_table(engine)
    finally:
        engine.dispose()


def test_upgrading_a_full_file_from_the_oldest_revision_keeps_every_row(db_path: Path) -> None:
    sqlite_store.upgrade(empty_peerdesk_file(db_path), migrate.REVISIONS[0])
    assert sqlite_store.current_revision(db_path) == migrate.REVISIONS[0]
    before = fill_file(db_path)
    assert all(n == ROWS_PER_TABLE for n in before.values()), before

    with open_database(db_path) as db:  # upgrades to the newest schema on open
        assert sqlite_store.current_revision(db.path) == migrate.HEAD
    if len(migrate.REVISIONS) > 1:
        # The state before the upgrade was kept, whole.
        [kept] = backups.list_backups(db_path)
        assert kept.reason == "before-upgrade"
        assert file_rows(kept.path) == before

    after = file_rows(db_path)
    # 0007 gives every program the free-text criterion: one matching_criterion row each.
    added = {"matching_criterion": before["program"]}
    assert {t: after[t] - added.get(t, 0) for t in before} == before
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


BROKEN = '''
"""a migration that fails halfway"""
import sqlalchemy as sa
from alembic import op

revision = "9000_broken"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("DELETE FROM person")
    raise RuntimeError("the migration broke halfway")


def downgrade() -> None:
    pass
'''


def with_a_broken_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Add a migration after the newest one that breaks halfway through."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9000_broken.py").write_text(
        BROKEN.replace("{head}", migrate.HEAD), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)


def test_a_migration_that_fails_halfway_changes_nothing(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole upgrade is one transaction, DDL included."""
    sqlite_store.upgrade(empty_peerdesk_file(db_path), migrate.HEAD)
    before = fill_file(db_path)
    with_a_broken_migration(tmp_path, monkeypatch)

    with pytest.raises(RuntimeError, match="broke halfway"):
        sqlite_store.upgrade(db_path)

    assert sqlite_store.current_revision(db_path) == migrate.HEAD
    assert file_rows(db_path) == before  # no half_done table, no person deleted


# --- the same revisions on a server ---------------------------------------------------


def test_migrations_build_exactly_the_models_schema_on_a_server(
    empty_pg_url: str, pg_cluster: Any
) -> None:
    create_database(empty_pg_url).close()  # every revision, from the first
    direct_url = pg_cluster.fresh_database(empty=True)
    engine, direct = server_engine(empty_pg_url), server_engine(direct_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        Base.metadata.create_all(direct)
        assert schema_of(engine) == schema_of(direct)
        # The comparison can fail on a server too.
        pg_cluster.sql(
            "CREATE INDEX ix_person_phone ON person (phone)", database_name(empty_pg_url)
        )
        with engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert [d[0] for d in differences] == ["remove_index"]
    finally:
        engine.dispose()
        direct.dispose()
        pg_cluster.drop(direct_url)


def test_upgrading_a_full_server_database_from_the_oldest_revision_keeps_every_row(
    empty_pg_url: str,
) -> None:
    engine = server_engine(empty_pg_url)
    try:
        with engine.begin() as conn:
            migrate.run_upgrade(conn, migrate.REVISIONS[0])
        before = fill_every_table(engine)
        assert all(n == ROWS_PER_TABLE for n in before.values()), before
        with engine.begin() as conn:
            migrate.run_upgrade(conn)
        after = count_rows(engine)
    finally:
        engine.dispose()
    added = {"matching_criterion": before["program"]}
    assert {t: after[t] - added.get(t, 0) for t in before} == before
    with open_database(empty_pg_url) as db:  # PeerDesk's, at the newest revision
        assert postgres.describe(postgres.ServerAddress.parse(db.key)) == migrate.HEAD


def test_a_migration_that_fails_halfway_changes_nothing_on_a_server(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening keeps a local copy of the database as it is, then runs the upgrade in one
    transaction, DDL included."""
    engine = server_engine(pg_url)
    address = postgres.ServerAddress.parse(pg_url)
    current = migrate.HEAD
    try:
        before = fill_every_table(engine)
        with_a_broken_migration(tmp_path, monkeypatch)
        monkeypatch.setattr(migrate, "REVISIONS", (*migrate.REVISIONS, "9000_broken"))
        monkeypatch.setattr(migrate, "HEAD", "9000_broken")
        with pytest.raises(RuntimeError, match="broke halfway"):
            open_database(pg_url)
        assert postgres.describe(address) == current
        assert count_rows(engine) == before  # no half_done table, no person deleted
    finally:
        engine.dispose()
    [kept] = backups.list_backups(address.key)
    assert kept.reason == "before-upgrade"
    assert sqlite_store.current_revision(kept.path) == current  # as the database was
    program_rows = {t: n for t, n in before.items() if t not in DATABASE_OWN}  # each has its own
    assert {t: n for t, n in file_rows(kept.path).items() if t not in DATABASE_OWN} == program_rows
