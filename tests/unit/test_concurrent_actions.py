"""Two coordinators acting at once: a collision is run again, or told in plain words, and
no rule is broken — no mentor over their places, no mentee in two active pairs.

On a shared database the second of two colliding actions is held at one statement
while the other runs to its end on another thread and connection
(:func:`concurrency.held_at`), so the collision happens every time.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

import pytest
from concurrency import held_at, starts
from matching_data import store_members
from sqlalchemy import func, select

from peerdesk import people
from peerdesk.database import Database, create_database
from peerdesk.enums import PairStatus, Role, TagKind
from peerdesk.errors import RuleBroken, StillBusyRecords
from peerdesk.matching import PairRefused, confirm_pairs, end_pair, propose_pair, undo
from peerdesk.matching.pool import Member
from peerdesk.models import ChangeRecord, Pair, Participant
from peerdesk.program import programs
from peerdesk.storage import retry
from peerdesk.storage import sqlite as sqlite_store

INDEX = "uq_pair_active_mentee"

ART = {TagKind.INTEREST: ("Art",), TagKind.LANGUAGE: ("English",)}


def make_program(db: Database, capacity: int = 1) -> int:
    settings = programs.quick_settings("Autumn mentoring")
    settings.default_mentor_capacity = capacity
    return programs.create_program(db, settings)


def add_people(
    db: Database, program_id: int, mentors: int, mentees: int
) -> tuple[list[int], list[int]]:
    """Ready mentors and mentees who may all be paired (ids of each, in order)."""
    members = [Member(n, f"Mentor {n}", Role.MENTOR, tags=ART) for n in range(mentors)]
    members += [Member(100 + n, f"Mentee {n}", Role.MENTEE, tags=ART) for n in range(mentees)]
    ids = store_members(db, program_id, members)
    return [ids[n] for n in range(mentors)], [ids[100 + n] for n in range(mentees)]


def stored_pairs(db: Database, program_id: int) -> list[tuple[int, int, PairStatus]]:
    with db.reading() as session:
        return [
            (p.mentor_id, p.mentee_id, p.status)
            for p in session.scalars(
                select(Pair).where(Pair.program_id == program_id).order_by(Pair.id)
            )
        ]


def capacity(db: Database, participant_id: int) -> int | None:
    with db.reading() as session:
        found = session.get(Participant, participant_id)
        assert found is not None
        return found.capacity


def test_a_collision_is_run_again_and_keeps_both_changes(
    two: tuple[Database, Database], caplog: pytest.LogCaptureFixture
) -> None:
    mine, theirs = two
    program_id = make_program(mine)
    [mentor], _ = add_people(mine, program_id, 1, 0)
    caplog.set_level(logging.INFO, logger=retry.__name__)
    # Mine has read the mentor's places (1) and is about to write 2 when theirs,
    # reading 1 too, writes 2 first.
    with held_at(
        mine, starts("UPDATE participant"), lambda: people.allow_one_more(theirs, mentor)
    ) as other:
        mine_gave = people.allow_one_more(mine, mentor)
    assert other == [2]
    # Run again from the start, mine read theirs: one more than 2, not 2 twice.
    assert mine_gave == 3
    assert capacity(mine, mentor) == 3
    assert "running it again (2 of 5)" in caplog.text
    with mine.reading() as session:
        lines = session.scalar(
            select(func.count()).where(
                ChangeRecord.entity_id == mentor, ChangeRecord.action == "capacity"
            )
        )
    assert lines == 2  # each action once in the history: none lost, none doubled


def test_a_collision_every_time_is_told_in_plain_words(
    two: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    mine, theirs = two
    monkeypatch.setattr(retry, "FIRST_PAUSE_S", 0.001)
    program_id = make_program(mine)
    [mentor], _ = add_people(mine, program_id, 1, 0)

    def edit_notes() -> None:
        with theirs.transaction() as session:
            found = session.get(Participant, mentor)
            assert found is not None
            found.notes += "x"

    hold = held_at(mine, starts("UPDATE participant"), edit_notes, times=retry.ATTEMPTS)
    with hold as other, pytest.raises(StillBusyRecords) as refused:
        people.allow_one_more(mine, mentor)
    assert other == [None] * 5  # every run of mine collided with a save of theirs
    assert refused.value.message == (
        "Another coordinator was changing the same records; PeerDesk tried 5 times. Try again."
    )
    assert capacity(mine, mentor) is None  # nothing of mine was kept
    with mine.reading() as session:
        found = session.get(Participant, mentor)
        assert found is not None and found.notes == "xxxxx"  # all of theirs was


def test_a_deadlock_between_two_actions_is_run_again_and_both_are_saved(
    two: tuple[Database, Database],
) -> None:
    """Two actions that change the same two records in opposite orders wait on each
    other; the server gives one up (a deadlock), and that one is run again."""
    mine, theirs = two
    program_id = make_program(mine)
    [ana, bo], _ = add_people(mine, program_id, 2, 0)
    both_started = threading.Barrier(2, timeout=30)

    @retry.strict
    def note(db: Database, first: int, second: int, mark: str, runs: list[str]) -> None:
        runs.append(mark)
        with db.transaction() as session:
            for participant_id in (first, second):
                found = session.get(Participant, participant_id)
                assert found is not None
                found.notes += mark
                session.flush()
                if participant_id == first and runs.count(mark) == 1:
                    both_started.wait()  # each holds its first record, then wants the other's

    runs: list[str] = []
    other = threading.Thread(target=note, args=(theirs, bo, ana, "b", runs))
    other.start()
    note(mine, ana, bo, "a", runs)
    other.join(timeout=30)
    assert sorted(runs) == ["a", "a", "b"] or sorted(runs) == ["a", "b", "b"]  # one ran twice
    with mine.reading() as session:
        for participant_id in (ana, bo):
            found = session.get(Participant, participant_id)
            assert found is not None and sorted(found.notes) == ["a", "b"]


def test_two_coordinators_pairing_one_mentor_at_once_never_overfill_them(
    two: tuple[Database, Database],
) -> None:
    mine, theirs = two
    program_id = make_program(mine, capacity=1)
    [mentor], [ana, bo] = add_people(mine, program_id, 1, 2)
    # Both see the mentor's one place free; theirs takes it while mine is writing.
    with (
        held_at(
            mine, starts("INSERT INTO pair"), lambda: propose_pair(theirs, program_id, mentor, bo)
        ) as other,
        pytest.raises(PairRefused) as refused,
    ):
        propose_pair(mine, program_id, mentor, ana)
    assert not isinstance(other[0], Exception)
    assert refused.value.rule == "capacity"
    assert "already has 1 of 1 mentee" in refused.value.message
    assert stored_pairs(mine, program_id) == [(mentor, bo, PairStatus.PROPOSED)]


def test_the_database_refuses_a_mentee_in_two_active_pairs_in_plain_words(db: Database) -> None:
    program_id = make_program(db, capacity=2)
    [first, second], [ana] = add_people(db, program_id, 2, 1)
    # Written past every check of the app (as a bug, or another program, might).
    with pytest.raises(RuleBroken) as refused, db.transaction() as session:
        for mentor in (first, second):
            session.add(
                Pair(
                    program_id=program_id, mentor_id=mentor, mentee_id=ana, status=PairStatus.ACTIVE
                )
            )
    assert refused.value.message.startswith(
        "A mentee can be in only one active or paused pair at a time"
    )
    assert stored_pairs(db, program_id) == []


def test_undoing_an_ending_cannot_give_a_mentor_more_than_their_places(db: Database) -> None:
    program_id = make_program(db, capacity=2)
    [mentor], [ana, bo, cy] = add_people(db, program_id, 1, 3)
    for mentee in (ana, bo):
        confirm_pairs(db, propose_pair(db, program_id, mentor, mentee).created)
    first = _pair_ids(db, program_id)[0]
    ended = end_pair(db, first, reason="Moved away", rematch_eligible=True)
    confirm_pairs(db, propose_pair(db, program_id, mentor, cy).created)  # the freed place
    with pytest.raises(PairRefused) as refused:
        undo(db, ended)
    assert refused.value.rule == "capacity"
    assert "has no place left (2 mentees at most)" in refused.value.message
    active = [p for p in stored_pairs(db, program_id) if p[2] == PairStatus.ACTIVE]
    assert [mentee for _m, mentee, _s in active] == [bo, cy]


def test_a_file_whose_pairs_already_break_the_rule_still_opens(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Migration 0013 leaves a file whose data already has a mentee in two active pairs as
    it is (none made by PeerDesk can): no index then, and the file still upgrades."""
    with create_database(db_path) as db:
        program_id = make_program(db, capacity=2)
        [first, second], [ana] = add_people(db, program_id, 2, 1)
        confirm_pairs(db, propose_pair(db, program_id, first, ana).created)
    conn = sqlite3.connect(db_path)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(pair)") if row[1] != "id"]
    listed = ", ".join(columns)
    with conn:
        conn.execute(f"DROP INDEX {INDEX}")
        conn.execute(
            f"INSERT INTO pair ({listed}) SELECT {listed.replace('mentor_id', '?')} FROM pair",
            (second,),
        )
        conn.execute("UPDATE alembic_version SET version_num = '0012_measures'")
    caplog.set_level(logging.WARNING)
    sqlite_store.upgrade(db_path, "0013_invariants")
    assert sqlite_store.current_revision(db_path) == "0013_invariants"
    indexes = [row[1] for row in conn.execute("PRAGMA index_list(pair)")]
    actives = conn.execute("SELECT count(*) FROM pair WHERE status = 'active'").fetchone()
    conn.close()
    assert INDEX not in indexes
    assert actives == (2,)
    assert f"is the mentee of two active pairs; {INDEX} not created" in caplog.text


def _pair_ids(db: Database, program_id: int) -> list[int]:
    with db.reading() as session:
        return list(
            session.scalars(select(Pair.id).where(Pair.program_id == program_id).order_by(Pair.id))
        )


def test_on_a_file_a_strict_action_holds_the_write_lock_from_its_first_read(
    file_db: Database,
) -> None:
    """SQLite needs no retry: a write transaction begins IMMEDIATE, so no other
    connection can write between its reads and its writes."""
    with file_db.transaction(strict=True) as session:
        session.execute(select(func.count()).select_from(Pair))  # only read so far
        other = sqlite3.connect(file_db.path, timeout=0)  # type: ignore[arg-type]
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("UPDATE program SET name = name")
        finally:
            other.close()
