"""Snapshots of people's records, restored exactly: what undo and redo on the People screen use."""

from __future__ import annotations

from datetime import date
from typing import Any

import db_rows
import pytest

from peerdesk import people
from peerdesk.database import Database
from peerdesk.enums import PairStatus, ParticipantStatus, Role, TagKind
from peerdesk.models import Pair
from peerdesk.people.snapshots import UndoNotPossible, restore, snapshot, snapshot_for_add
from peerdesk.program import programs


def rows(db: Database, table: str) -> list[tuple[Any, ...]]:
    return db_rows.table(db, table)


def everything(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the people's tables, but row versions: restoring raises them (a form
    open on a restored row sees that it changed), it never takes them back."""
    return {
        t: db_rows.table(db, t, leave_out=db_rows.VERSION)
        for t in ("person", "participant", "participant_tag", "step_record")
    }


def version(db: Database, table: str, row_id: int) -> int:
    return int(db_rows.query(db, f"SELECT version FROM {table} WHERE id = ?", row_id)[0][0])


def _data(name: str, email: str, **changes: Any) -> people.PersonData:
    data = people.PersonData(
        full_name=name,
        email=email,
        role=Role.MENTEE,
        department="IT",
        tags={TagKind.INTEREST: ["Writing", "Design"], TagKind.LANGUAGE: ["English"]},
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


@pytest.fixture
def program(db: Database) -> int:
    return programs.create_program(db, programs.quick_settings("Spring 2026"))


def test_an_edit_is_undone_and_redone_exactly(db: Database, program: int) -> None:
    pid = people.add_person(db, program, _data("Ana Lima", "ana@example.org"))
    steps = people.step_records(db, pid)
    people.record_step(db, [pid], steps[0].step_id, date(2026, 2, 1))
    start = everything(db)
    before = snapshot(db, [pid])
    edited = people.get_person(db, pid)
    edited.full_name = "Ana Lima-Costa"
    edited.tags = {TagKind.INTEREST: ["Design", "Leadership"]}  # one removed, one added
    people.update_person(db, pid, edited)
    people.record_step(db, [pid], steps[1].step_id, date(2026, 2, 3))
    after = snapshot(db, [pid])
    end = everything(db)

    edited_version = version(db, "participant", pid)
    restore(db, before, after)
    assert everything(db) == start  # the tags keep their ids and order too
    assert version(db, "participant", pid) == edited_version + 1
    restore(db, after, before)
    assert everything(db) == end
    assert version(db, "participant", pid) == edited_version + 2


def test_an_add_is_undone_and_redone_with_the_same_ids(db: Database, program: int) -> None:
    people.add_person(db, program, _data("Ana Lima", "ana@example.org"))
    start = everything(db)
    before = snapshot_for_add(db, "bo@example.org")
    assert before.table("person") == [] and before.person_ids == frozenset()
    pid = people.add_person(db, program, _data("Bo Chen", "bo@example.org"))
    after = snapshot(db, [pid])
    end = everything(db)

    restore(db, before, after)
    assert everything(db) == start
    restore(db, after, before)
    assert everything(db) == end


def test_undoing_an_add_that_reused_a_person_puts_their_details_back(
    db: Database, program: int
) -> None:
    people.add_person(db, program, _data("Ana Lima", "ana@example.org", phone="0113 496 0000"))
    other = programs.create_program(db, programs.quick_settings("Autumn 2026"))
    start = everything(db)
    before = snapshot_for_add(db, "  ANA@example.org ")
    assert len(before.table("person")) == 1
    pid = people.add_person(db, other, _data("Ana L.", "ana@example.org", phone=""))
    after = snapshot(db, [pid])
    assert rows(db, "person")[0][1] == "Ana L."

    restore(db, before, after)
    assert everything(db) == start  # Ana is back as she was, in her first program only


def test_a_bulk_status_change_is_undone_exactly(db: Database, program: int) -> None:
    ids = [
        people.add_person(db, program, _data(f"Person {n}", f"p{n}@example.org")) for n in range(5)
    ]
    people.set_status(db, ids[:2], ParticipantStatus.SCREENED)
    start = everything(db)
    before = snapshot(db, ids)
    people.set_status(db, ids, ParticipantStatus.WITHDRAWN)
    restore(db, before, snapshot(db, ids))
    assert everything(db) == start


def test_restore_refuses_to_remove_someone_matched_since(db: Database, program: int) -> None:
    mentor = people.add_person(db, program, _data("Ana Lima", "ana@example.org", role=Role.MENTOR))
    before = snapshot_for_add(db, "bo@example.org")
    mentee = people.add_person(db, program, _data("Bo Chen", "bo@example.org"))
    after = snapshot(db, [mentee])
    with db.transaction() as session:
        session.add(
            Pair(program_id=program, mentor_id=mentor, mentee_id=mentee, status=PairStatus.ACTIVE)
        )
    start = everything(db)
    with pytest.raises(UndoNotPossible, match="matched or given records"):
        restore(db, before, after)
    assert everything(db) == start
    assert len(rows(db, "pair")) == 1


def test_restore_never_brings_back_an_erased_persons_data(db: Database, program: int) -> None:
    pid = people.add_person(db, program, _data("Ana Lima", "ana@example.org"))
    before = snapshot(db, [pid])
    people.erase_person(db, people.get_person_id(db, pid))
    start = everything(db)
    with pytest.raises(UndoNotPossible, match="erased"):
        restore(db, before)
    assert everything(db) == start
    assert rows(db, "person")[0][1] == people.ERASED_NAME


def test_undo_puts_tags_back_when_their_old_ids_went_to_someone_else(
    db: Database, program: int
) -> None:
    # A file gives a deleted row's id to the next new row: another person's tags (an
    # import, say) may hold the ids an older step's tags had when that step is undone.
    # (A server's id sequence never hands out an id twice.)
    ana = people.add_person(db, program, _data("Ana Lima", "ana@example.org"))
    before = snapshot(db, [ana])
    bare = people.get_person(db, ana)
    bare.tags = {}
    people.update_person(db, ana, bare)
    bo = people.add_person(db, program, _data("Bo Chen", "bo@example.org"))
    taken = {r[0] for r in rows(db, "participant_tag") if r[1] == bo}
    if not db.on_server:
        assert taken & {r["id"] for r in before.table("participant_tag")}  # the ids went to Bo
    restore(db, before, snapshot(db, [ana]))
    assert people.get_person(db, ana).tags == _data("Ana Lima", "x@example.org").tags
    assert people.get_person(db, bo).tags == _data("Bo Chen", "bo@example.org").tags
