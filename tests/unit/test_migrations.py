"""The migrations build exactly the models' schema, and upgrading a full file loses nothing."""

from __future__ import annotations

import ast
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    Numeric,
    Table,
    create_engine,
    inspect,
)
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from peerdesk import backups, migrate
from peerdesk.database import create_database, open_database
from peerdesk.models import Base
from peerdesk.storage import sqlite as sqlite_store
from peerdesk.storage.sqlite import APPLICATION_ID

VERSIONS = migrate.MIGRATIONS_DIR / "versions"
ROWS_PER_TABLE = 40


def engine_for(path: Path) -> Engine:
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(path), poolclass=NullPool)


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
        found[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"], c["primary_key"])
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
    if isinstance(kind, Integer):
        return row
    if isinstance(kind, Float | Numeric):
        return row + 0.5
    if isinstance(kind, Date):
        return (date(2025, 1, 1) + timedelta(days=row)).isoformat()
    if isinstance(kind, DateTime) or column.name.endswith("_at"):
        return f"2025-01-{row % 28 + 1:02d}T09:00:00+00:00"
    return f"{table}.{column.name}.{row}"


def fill_every_table(path: Path) -> dict[str, int]:
    """Insert ROWS_PER_TABLE rows into every table (schema read from the file), with FKs on."""
    engine = engine_for(path)
    metadata = MetaData()
    metadata.reflect(engine)
    engine.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=ON")
    tables: list[Table] = [t for t in metadata.sorted_tables if t.name != "alembic_version"]
    assert tables, "the file has no tables"
    for table in tables:
        columns = [c for c in table.columns if not (c.primary_key and isinstance(c.type, Integer))]
        sql = (
            f'INSERT INTO "{table.name}" ({", ".join(f"{c.name!r}" for c in columns)}) '
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        conn.executemany(
            sql,
            [
                [value_for(c, table.name, row) for c in columns]
                for row in range(1, ROWS_PER_TABLE + 1)
            ],
        )
    conn.commit()
    conn.close()
    return count_rows(path)


def count_rows(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        return {
            name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names
        }
    finally:
        conn.close()


def test_upgrading_a_full_file_from_the_oldest_revision_keeps_every_row(db_path: Path) -> None:
    sqlite_store.upgrade(empty_peerdesk_file(db_path), migrate.REVISIONS[0])
    assert sqlite_store.current_revision(db_path) == migrate.REVISIONS[0]
    before = fill_every_table(db_path)
    assert all(n == ROWS_PER_TABLE for n in before.values()), before

    with open_database(db_path) as db:  # upgrades to the newest schema on open
        assert sqlite_store.current_revision(db.path) == migrate.HEAD
    if len(migrate.REVISIONS) > 1:
        # The state before the upgrade was kept, whole.
        [kept] = backups.list_backups(db_path)
        assert kept.reason == "before-upgrade"
        assert count_rows(kept.path) == before

    after = count_rows(db_path)
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


def test_a_migration_that_fails_halfway_changes_nothing(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole upgrade is one transaction, DDL included."""
    sqlite_store.upgrade(empty_peerdesk_file(db_path), migrate.HEAD)
    before = fill_every_table(db_path)
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9000_broken.py").write_text(
        BROKEN.replace("{head}", migrate.HEAD), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)

    with pytest.raises(RuntimeError, match="broke halfway"):
        sqlite_store.upgrade(db_path)

    assert sqlite_store.current_revision(db_path) == migrate.HEAD
    assert count_rows(db_path) == before  # no half_done table, no person deleted
