"""Putting people's records back exactly as they were: what undo and redo need.

A :class:`Snapshot` holds the stored rows of some participants — their person,
participant, tag and step-record rows — as the file holds them. Restoring one
writes those rows back with the same ids and timestamps, and removes the
participants (and people) of the restore's scope that the snapshot does not
hold. That is how an edit or a bulk change is undone (restore the snapshot
taken before it) and redone (restore the one taken after), and also how adding
someone is undone and redone, with the same ids each time.

Restoring refuses, and changes nothing, when it would bring back personal data
that has been erased since, or remove someone who has since been matched or
given records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from peerdesk import history
from peerdesk.database import Database
from peerdesk.errors import UserError
from peerdesk.groups.statuses import INVITED
from peerdesk.people import email_key
from peerdesk.sql_rows import (
    any_row,
    delete_rows,
    each_chunk,
    insert_rows,
    run,
    select_rows,
    update_rows,
)

_REFERENCES = (
    "SELECT 1 FROM pair WHERE mentor_id IN ({ids}) OR mentee_id IN ({ids})",
    "SELECT 1 FROM meeting WHERE participant_id IN ({ids})",
    "SELECT 1 FROM survey_response WHERE participant_id IN ({ids})",
    "SELECT 1 FROM pair_rule WHERE participant_a_id IN ({ids}) OR participant_b_id IN ({ids})",
    f"SELECT 1 FROM session_attendance WHERE status != '{INVITED}' AND participant_id IN ({{ids}})",
)


class UndoNotPossible(UserError):
    template = "This can no longer be undone: {reason}."


@dataclass(frozen=True)
class Snapshot:
    """Stored rows of ``participant_ids`` (and ``person_ids``), whether or not they existed."""

    participant_ids: frozenset[int]
    person_ids: frozenset[int]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def table(self, name: str) -> list[dict[str, Any]]:
        return self.rows.get(name, [])


def _read(conn: Connection, participant_ids: Iterable[int], person_ids: Iterable[int]) -> Snapshot:
    wanted = frozenset(participant_ids)
    participants = select_rows(conn, "participant", "id", wanted)
    people = frozenset(person_ids) | {int(row["person_id"]) for row in participants}
    return Snapshot(
        participant_ids=wanted,
        person_ids=frozenset(people),
        rows={
            "person": select_rows(conn, "person", "id", people),
            "participant": participants,
            "participant_tag": select_rows(conn, "participant_tag", "participant_id", wanted),
            "step_record": select_rows(conn, "step_record", "participant_id", wanted),
        },
    )


def snapshot(
    db: Database, participant_ids: Iterable[int], person_ids: Iterable[int] = ()
) -> Snapshot:
    """The stored rows of these participants and their people, as they are now."""
    with db.reading() as session:
        return _read(session.connection(), participant_ids, person_ids)


def snapshot_for_add(db: Database, email: str) -> Snapshot:
    """What adding someone with ``email`` may change: the person it would be joined to.

    :func:`peerdesk.people.add_person` reuses the person already in the file with
    the same email (compared as :func:`~peerdesk.people.email_key` does), and
    writes the new details over theirs; undoing the add puts theirs back.
    """
    key = email_key(email.strip() or None)
    with db.reading() as session:
        conn = session.connection()
        found = None
        if key:
            found = run(
                conn, "SELECT id FROM person WHERE email_key = ? ORDER BY id LIMIT 1", (key,)
            ).scalar()
        return _read(conn, (), [int(found)] if found is not None else [])


def _upsert(conn: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """Write rows back under their own ids: update the ones still there, insert the rest."""
    if not rows:
        return
    present = _present(conn, table, rows)
    update_rows(conn, table, [r for r in rows if r["id"] in present])
    insert_rows(conn, table, [r for r in rows if r["id"] not in present])


def _present(conn: Connection, table: str, rows: list[dict[str, Any]]) -> set[int]:
    sql = f"SELECT id FROM {table} WHERE id IN ({{ids}})"
    return {row[0] for found in each_chunk(conn, sql, [r["id"] for r in rows]) for row in found}


def _insert_owned(conn: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert a participant's own rows (tags, step records: nothing refers to their ids)
    under their old ids where those are free; a file may have given a deleted row's id
    to someone else's new row since, and then the row takes a new one."""
    if not rows:
        return
    taken = _present(conn, table, rows)
    insert_rows(conn, table, [r for r in rows if r["id"] not in taken])
    moved = [{k: v for k, v in r.items() if k != "id"} for r in rows if r["id"] in taken]
    insert_rows(conn, table, moved)


def _changed_since(conn: Connection, expected: Snapshot) -> list[tuple[str, int]]:
    """The records of ``expected`` no longer stored as it holds them (row versions aside,
    and the ids of tags and step records, which a restore may give anew): (entity, id)
    as the history names their changes, participants first."""
    now = _read(conn, expected.participant_ids, expected.person_ids)

    def by(rows: list[dict[str, Any]], key: str) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        for row in rows:
            kept = {k: v for k, v in row.items() if k not in ("id", "version") or k == key}
            found.setdefault(int(row[key]), []).append(repr(sorted(kept.items())))
        return {k: sorted(v) for k, v in found.items()}

    changed: list[tuple[str, int]] = []
    for table, key, entity in (
        ("participant", "id", "participant"),
        ("participant_tag", "participant_id", "participant"),
        ("step_record", "participant_id", "participant"),
        ("person", "id", "person"),
    ):
        then, current = by(expected.table(table), key), by(now.table(table), key)
        for row_id in sorted(set(then) | set(current)):
            if then.get(row_id) != current.get(row_id) and (entity, row_id) not in changed:
                changed.append((entity, row_id))
    # A person's details are changed through one of their places in a program.
    holders = {int(r["person_id"]): int(r["id"]) for r in expected.table("participant")}
    named = [(("participant", holders[i]) if e == "person" and i in holders else (e, i))
             for e, i in changed]  # fmt: skip
    return list(dict.fromkeys(named))


def restore(
    db: Database, target: Snapshot, scope: Snapshot | None = None, *, redo: bool = False
) -> None:
    """Put the records of ``target`` (and of ``scope``) back exactly as ``target`` holds them.

    Participants and people in either snapshot's scope but not stored in
    ``target`` are removed — a person only once no program holds them. One
    transaction: all of it lands, or none of it does.

    ``scope`` is also what the records must still be (the state the step being undone,
    or redone with ``redo``, left them in): if someone changed them since, nothing is
    written and :class:`~peerdesk.history.ChangedAfterYou` names who and when.
    """
    participant_ids = target.participant_ids | (scope.participant_ids if scope else frozenset())
    person_ids = target.person_ids | (scope.person_ids if scope else frozenset())
    kept_participants = {int(r["id"]) for r in target.table("participant")}
    kept_people = {int(r["id"]) for r in target.table("person")}
    removed = participant_ids - kept_participants
    with db.transaction() as session:
        conn = session.connection()
        if removed and any(any_row(conn, sql, removed) for sql in _REFERENCES):
            raise UndoNotPossible(reason="they have since been matched or given records")
        if kept_people and any_row(
            conn, "SELECT 1 FROM person WHERE id IN ({ids}) AND erased_at IS NOT NULL", kept_people
        ):
            raise UndoNotPossible(reason="their personal data has been erased since")
        changed = _changed_since(conn, scope) if scope is not None else []
        if changed:
            raise history.ChangedAfterYou.find(session, changed, redo=redo)
        # Attendance that recorded a step keeps pointing at it while it is written back.
        links = [
            (int(r["id"]), int(r["step_record_id"]), int(r["participant_id"]))
            for r in select_rows(conn, "session_attendance", "participant_id", participant_ids)
            if r["step_record_id"] is not None
        ]
        delete_rows(conn, "participant_tag", "participant_id", participant_ids)
        delete_rows(conn, "step_record", "participant_id", participant_ids)
        delete_rows(conn, "participant", "id", removed)
        _upsert(conn, "person", target.table("person"))
        _upsert(conn, "participant", target.table("participant"))
        _invite(session, target.table("participant"))
        _insert_owned(conn, "participant_tag", target.table("participant_tag"))
        _insert_owned(conn, "step_record", target.table("step_record"))
        _relink(conn, links)
        gone = person_ids - kept_people
        still_in = {row["person_id"] for row in select_rows(conn, "participant", "person_id", gone)}
        delete_rows(conn, "person", "id", gone - still_in)
        for participant_id in sorted(participant_ids):
            history.record(session, "participant", participant_id, "restore")


def _relink(conn: Connection, links: list[tuple[int, int, int]]) -> None:
    """Point attendance rows (id, step record id, participant id) at their step records
    again where those came back under the same id for the same person."""
    if not links:
        return
    back = {
        (int(r["id"]), int(r["participant_id"]))
        for r in select_rows(conn, "step_record", "id", [step for _, step, _ in links])
    }
    for attendance_id, step_id, participant_id in links:
        if (step_id, participant_id) in back:
            run(
                conn,
                "UPDATE session_attendance SET step_record_id = ? WHERE id = ?",
                (step_id, attendance_id),
            )


def _invite(session: Session, participants: list[dict[str, Any]]) -> None:
    """Their invitations to the sessions to come follow them as restored (back after an
    add is redone, off the lists when a withdrawal is redone, and so on)."""
    from peerdesk.groups.sessions import sync_invitations

    by_program: dict[int, list[int]] = {}
    for row in participants:
        by_program.setdefault(int(row["program_id"]), []).append(int(row["id"]))
    for program_id, ids in by_program.items():
        sync_invitations(session, program_id, ids)


__all__ = ["Snapshot", "UndoNotPossible", "restore", "snapshot", "snapshot_for_add"]
