"""Undo last import: put the program file back exactly as it was before it.

The batch kept the ids the import created and the rows it changed, as stored
before the import. Undoing deletes what was created, writes the old rows back
(same ids, same timestamps), and removes the batch and its history entry, so
that every table holds what it held before. It refuses, and changes nothing,
when later work depends on the import: people it added have since been
matched or given records, or people it touched have been edited since.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from peerdesk.database import Database
from peerdesk.models import ImportBatch
from peerdesk.roster.commit import SQL_PARAMS, raw_rows
from peerdesk.roster.errors import NothingToUndo, UndoNotPossible


@dataclass(frozen=True)
class ImportInfo:
    batch_id: int
    imported_at: datetime
    source_name: str
    added: int
    updated: int
    skipped: int
    can_undo: bool
    reason: str


def _latest(session: Session, program_id: int) -> ImportBatch | None:
    return session.scalar(
        select(ImportBatch)
        .where(ImportBatch.program_id == program_id)
        .order_by(ImportBatch.id.desc())
        .limit(1)
    )


def _info(session: Session, batch: ImportBatch) -> ImportInfo:
    reason = _blocker(session.connection(), batch) or ""
    return ImportInfo(
        batch_id=batch.id,
        imported_at=batch.imported_at,
        source_name=batch.source_name,
        added=batch.added,
        updated=batch.updated,
        skipped=batch.skipped,
        can_undo=not reason,
        reason=reason,
    )


def last_import(db: Database, program_id: int) -> ImportInfo | None:
    """The program's latest import and whether it can still be undone."""
    with db.reading() as session:
        batch = _latest(session, program_id)
        return None if batch is None else _info(session, batch)


def _in(ids: list[int]) -> list[list[int]]:
    return [ids[i : i + SQL_PARAMS] for i in range(0, len(ids), SQL_PARAMS)]


def _any(conn: Connection, sql: str, ids: list[int], extra: tuple[Any, ...] = ()) -> bool:
    """Whether ``sql`` finds a row: ``{ids}`` stands for the id list, ``extra`` fills the rest."""
    for chunk in _in(ids):
        marks = ",".join("?" * len(chunk))
        repeats = sql.count("{ids}")
        query = sql.replace("{ids}", marks)
        if conn.exec_driver_sql(query, (*(tuple(chunk) * repeats), *extra)).first() is not None:
            return True
    return False


def _blocker(conn: Connection, batch: ImportBatch) -> str | None:
    data = batch.undo_data
    if not data:
        return "someone it added or changed has since been erased"
    created_people: list[int] = data["created"]["person"]
    created: list[int] = data["created"]["participant"]
    updated: list[int] = data.get("updated_participants", [])
    updated_people = [row["id"] for row in data["before"]["person"]]
    if created and (
        _any(conn, "SELECT 1 FROM pair WHERE mentor_id IN ({ids}) OR mentee_id IN ({ids})", created)
        or _any(conn, "SELECT 1 FROM step_record WHERE participant_id IN ({ids})", created)
        or _any(conn, "SELECT 1 FROM meeting WHERE participant_id IN ({ids})", created)
        or _any(conn, "SELECT 1 FROM survey_response WHERE participant_id IN ({ids})", created)
        or _any(
            conn,
            "SELECT 1 FROM pair_rule "
            "WHERE participant_a_id IN ({ids}) OR participant_b_id IN ({ids})",
            created,
        )
    ):
        return "people it added have since been matched or given records"
    if created_people and _any(
        conn,
        "SELECT 1 FROM participant WHERE person_id IN ({ids}) AND program_id != ?",
        created_people,
        (batch.program_id,),
    ):
        return "people it added have since joined another program"
    stamp = data["stamp"]
    for table, ids in (("person", created_people + updated_people),
                       ("participant", created + updated)):  # fmt: skip
        if ids and _any(
            conn, f"SELECT 1 FROM {table} WHERE id IN ({{ids}}) AND updated_at != ?", ids, (stamp,)
        ):
            return "some of its people have been edited since"
    own = set(data.get("change_records", []))
    later = conn.exec_driver_sql(
        "SELECT entity, entity_id FROM change_record WHERE id > ? AND entity IN "
        "('person', 'participant')",
        (max(own) if own else 0,),
    ).all()
    touched = {("person", i) for i in created_people + updated_people} | {
        ("participant", i) for i in created + updated
    }
    if any((entity, entity_id) in touched for entity, entity_id in later):
        return "some of its people have been edited since"
    return None


def undo_last_import(db: Database, program_id: int) -> ImportInfo:
    """Undo the program's latest import; raises NothingToUndo or UndoNotPossible."""
    with db.transaction() as session:
        conn = session.connection()
        batch = _latest(session, program_id)
        if batch is None:
            raise NothingToUndo()
        info = _info(session, batch)
        if not info.can_undo:
            raise UndoNotPossible(reason=info.reason)
        data: dict[str, Any] = batch.undo_data or {}
        created_people: list[int] = data["created"]["person"]
        created: list[int] = data["created"]["participant"]
        updated: list[int] = data.get("updated_participants", [])
        _delete(conn, "participant_tag", "participant_id", created + updated)
        _delete(conn, "participant", "id", created)
        _delete(conn, "person", "id", created_people)
        before = data["before"]
        _restore(conn, "person", before["person"])
        _restore(conn, "participant", before["participant"])
        _reinsert(conn, "participant_tag", before["participant_tag"])
        _delete(conn, "column_layout", "id", data["layouts"]["created"])
        _restore(conn, "column_layout", data["layouts"]["before"])
        _delete(conn, "change_record", "id", data.get("change_records", []))
        _delete(conn, "import_batch", "id", [batch.id])
    return info


def _delete(conn: Connection, table: str, column: str, ids: list[int]) -> None:
    for chunk in _in(ids):
        marks = ",".join("?" * len(chunk))
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE {column} IN ({marks})", tuple(chunk))


def _restore(conn: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = [c for c in rows[0] if c != "id"]
    assignments = ", ".join(f"{c} = ?" for c in columns)
    conn.exec_driver_sql(
        f"UPDATE {table} SET {assignments} WHERE id = ?",
        [(*(row[c] for c in columns), row["id"]) for row in rows],
    )


def _reinsert(conn: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    marks = ",".join("?" * len(columns))
    conn.exec_driver_sql(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
        [tuple(row[c] for c in columns) for row in rows],
    )


__all__ = ["ImportInfo", "last_import", "raw_rows", "undo_last_import"]
