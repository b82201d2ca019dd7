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

from peerdesk import history
from peerdesk.database import Database
from peerdesk.groups.statuses import INVITED
from peerdesk.models import ImportBatch
from peerdesk.roster.errors import NothingToUndo, UndoNotPossible
from peerdesk.sql_rows import any_row, delete_rows, each_chunk, insert_rows, run, update_rows
from peerdesk.storage.retry import strict


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


def _blocker(conn: Connection, batch: ImportBatch) -> str | None:
    data = batch.undo_data
    if not data:
        return "someone it added or changed has since been erased"
    created_people: list[int] = data["created"]["person"]
    created: list[int] = data["created"]["participant"]
    updated: list[int] = data.get("updated_participants", [])
    updated_people = [row["id"] for row in data["before"]["person"]]
    if created and (
        any_row(
            conn, "SELECT 1 FROM pair WHERE mentor_id IN ({ids}) OR mentee_id IN ({ids})", created
        )
        or any_row(conn, "SELECT 1 FROM step_record WHERE participant_id IN ({ids})", created)
        or any_row(conn, "SELECT 1 FROM meeting WHERE participant_id IN ({ids})", created)
        or any_row(conn, "SELECT 1 FROM survey_response WHERE participant_id IN ({ids})", created)
        or any_row(
            conn,
            f"SELECT 1 FROM session_attendance WHERE status != '{INVITED}' "
            "AND participant_id IN ({ids})",
            created,
        )
        or _later_rules(conn, created, data["created"].get("pair_rule", []))
    ):
        return "people it added have since been matched or given records"
    if created_people and any_row(
        conn,
        "SELECT 1 FROM participant WHERE person_id IN ({ids}) AND program_id != ?",
        created_people,
        (batch.program_id,),
    ):
        return "people it added have since joined another program"
    stamp = data["stamp"]
    own = set(data.get("change_records", []))
    later = run(
        conn,
        "SELECT entity, entity_id FROM change_record WHERE id > ? AND entity IN "
        "('person', 'participant') ORDER BY id DESC",
        (max(own) if own else 0,),
    ).all()
    touched = {("person", i) for i in created_people + updated_people} | {
        ("participant", i) for i in created + updated
    }
    edited = next(((e, i) for e, i in later if (e, i) in touched), None)
    if edited is not None:
        return _edited(conn, *edited)
    for table, ids in (("person", created_people + updated_people),
                       ("participant", created + updated)):  # fmt: skip
        if ids and any_row(
            conn, f"SELECT 1 FROM {table} WHERE id IN ({{ids}}) AND updated_at != ?", ids, (stamp,)
        ):
            return EDITED
    return None


EDITED = "some of its people have been edited since"


def _edited(conn: Connection, entity: str, entity_id: int) -> str:
    """Why: one of its people was edited since — who did it and when, from the history
    (a name for the screen only, like every refusal's)."""
    found = history.last_change(conn, entity, entity_id)
    if found is None:
        return EDITED
    who, when = found
    name, at = history.name_of(conn, entity, entity_id), history.when_words(when)
    said = f"{who} changed {name} {at}" if who else f"{name} was changed {at}"
    return f"{EDITED} ({said})"


def _later_rules(conn: Connection, created: list[int], own: list[int]) -> bool:
    """Pair rules about the people it added, other than the ones the import made itself."""
    made = set(own)
    sql = (
        "SELECT id FROM pair_rule WHERE participant_a_id IN ({ids}) OR participant_b_id IN ({ids})"
    )
    return any(
        rule_id not in made for found in each_chunk(conn, sql, created) for (rule_id,) in found
    )


@strict
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
        delete_rows(conn, "pair_rule", "id", data["created"].get("pair_rule", []))
        delete_rows(conn, "participant_tag", "participant_id", created + updated)
        delete_rows(conn, "participant", "id", created)
        delete_rows(conn, "person", "id", created_people)
        before = data["before"]
        update_rows(conn, "person", before["person"])
        update_rows(conn, "participant", before["participant"])
        from peerdesk.groups.sessions import sync_invitations

        sync_invitations(session, batch.program_id, updated)  # as they were before it
        insert_rows(conn, "participant_tag", before["participant_tag"])
        insert_rows(conn, "pair_rule", before.get("pair_rule", []))
        delete_rows(conn, "column_layout", "id", data["layouts"]["created"])
        update_rows(conn, "column_layout", data["layouts"]["before"])
        delete_rows(conn, "change_record", "id", data.get("change_records", []))
        delete_rows(conn, "import_batch", "id", [batch.id])
    return info


__all__ = ["ImportInfo", "last_import", "undo_last_import"]
