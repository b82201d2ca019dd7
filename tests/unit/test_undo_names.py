"""Undo takes back only your own step, and says who changed the record after it
(issue 18.3): "sam changed Ana Ruiz’s record at 14:02, after your change; undoing would
overwrite it." Nothing is written when it refuses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from calendar_data import add_pairs
from calendar_data import make_program as make_calendar_program
from fixtures_rosters import make_program
from sqlalchemy import select

from peerdesk import history, people
from peerdesk.calendar import changes as calendar_changes
from peerdesk.calendar.series import MeetingEdit, edit_meeting, move_meeting, schedule_series
from peerdesk.database import Database, open_database
from peerdesk.enums import ParticipantStatus, Role
from peerdesk.matching import apply as matching
from peerdesk.models import Meeting, Pair, Participant, Person
from peerdesk.people.snapshots import restore, snapshot
from tests.unit.test_calendar_series import plan


def clock(db: Database, entity: str, entity_id: int) -> str:
    with db.reading() as session:
        found = history.last_change(session, entity, entity_id)
    assert found is not None
    return f"{found[1].astimezone():%H:%M}"


def edit(db: Database, participant_id: int, change: Callable[[people.PersonData], None]) -> Any:
    """An edit as the People screen makes it: snapshot, change, snapshot (its undo step)."""
    before = snapshot(db, [participant_id])
    data = people.get_person(db, participant_id)
    change(data)
    people.update_person(db, participant_id, data)
    return before, snapshot(db, [participant_id])


def stored(db: Database, participant_id: int) -> tuple[str, str | None, ParticipantStatus]:
    with db.reading() as session:
        participant = session.get(Participant, participant_id)
        assert participant is not None
        return participant.person.full_name, participant.department, participant.status


def add_ana(db: Database, program_id: int) -> int:
    return people.add_person(
        db, program_id, people.PersonData(full_name="Ana Ruiz", role=Role.MENTEE)
    )


def set_department(value: str) -> Callable[[people.PersonData], None]:
    def change(data: people.PersonData) -> None:
        data.department = value

    return change


def test_undo_refuses_naming_who_changed_the_record_after_you(db: Database) -> None:
    program_id = make_program(db)
    ana = people.add_person(
        db, program_id, people.PersonData(full_name="Ana Ruiz", role=Role.MENTEE)
    )
    db.actor = "lee"
    before, after = edit(db, ana, set_department("Audit"))
    db.actor = "sam"  # another coordinator (on a file: who had it open after lee)
    people.set_status(db, [ana], ParticipantStatus.SCREENED)
    db.actor = "lee"

    with pytest.raises(history.ChangedAfterYou) as refused:
        restore(db, before, after)  # lee's Ctrl+Z

    assert refused.value.message == (
        f"sam changed Ana Ruiz’s record at {clock(db, 'participant', ana)}, after your change; "
        "undoing would overwrite it."
    )
    assert stored(db, ana) == ("Ana Ruiz", "Audit", ParticipantStatus.SCREENED)  # untouched


def test_redo_refuses_too_and_says_so(file_db: Database) -> None:
    db = file_db  # the same on a server (see the first test)
    program_id = make_program(db)
    ana = people.add_person(
        db, program_id, people.PersonData(full_name="Ana Ruiz", role=Role.MENTEE)
    )
    db.actor = "lee"
    before, after = edit(db, ana, set_department("Audit"))
    restore(db, before, after)  # undone: nobody changed it in between
    assert stored(db, ana)[1] is None
    db.actor = "sam"
    edit(db, ana, set_department("Sales"))
    db.actor = "lee"
    with pytest.raises(history.ChangedAfterYou) as refused:
        restore(db, after, before, redo=True)
    assert refused.value.message == (
        f"sam changed Ana Ruiz’s record at {clock(db, 'participant', ana)}, after you undid "
        "your change; redoing would overwrite it."
    )
    assert stored(db, ana)[1] == "Sales"


def test_a_change_under_your_own_name_since_blames_nobody(file_db: Database) -> None:
    db = file_db  # the same on a server (see the first test)
    program_id = make_program(db)
    ana = people.add_person(
        db, program_id, people.PersonData(full_name="Ana Ruiz", role=Role.MENTEE)
    )
    before, after = edit(db, ana, set_department("Audit"))
    people.set_status(db, [ana], ParticipantStatus.SCREENED)  # not on this undo list
    with pytest.raises(history.ChangedAfterYou) as refused:
        restore(db, before, after)
    assert refused.value.message == (
        f"Ana Ruiz’s record was changed again at {clock(db, 'participant', ana)}, after this "
        "change; undoing would overwrite it."
    )


def test_two_coordinators_on_one_server(pg_url: str) -> None:
    with open_database(pg_url) as lee, open_database(pg_url) as sam:
        lee.actor, sam.actor = "lee", "sam"
        program_id = make_program(lee)
        ana = people.add_person(
            lee, program_id, people.PersonData(full_name="Ana Ruiz", role=Role.MENTEE)
        )
        before, after = edit(lee, ana, set_department("Audit"))
        edit(sam, ana, set_department("Sales"))
        with pytest.raises(history.ChangedAfterYou) as refused:
            restore(lee, before, after)
        assert refused.value.message.startswith("sam changed Ana Ruiz’s record at ")
        assert stored(sam, ana)[1] == "Sales"
        # With nobody in between, lee's own step is undone as before.
        before, after = edit(lee, ana, set_department("Finance"))
        restore(lee, before, after)
        assert stored(sam, ana)[1] == "Sales"


def test_calendar_and_pair_undo_name_who_changed_them(db: Database) -> None:
    program_id = make_calendar_program(db)
    [pair_id] = add_pairs(db, program_id, 1)
    schedule_series(db, program_id, plan(), pair_ids=[pair_id])
    with db.reading() as session:
        meeting_id = session.scalars(select(Meeting.id).order_by(Meeting.starts_at)).first()
        pair = session.get(Pair, pair_id)
        assert pair is not None and meeting_id is not None
        names = " & ".join(
            session.scalars(
                select(Person.full_name).join(Participant).where(Participant.id == i)
            ).one()
            for i in (pair.mentor_id, pair.mentee_id)
        )
    db.actor = "lee"
    moved = move_meeting(db, meeting_id, day=date(2026, 3, 5))
    locked = matching.lock_pair(db, pair_id)
    db.actor = "sam"
    edit_meeting(db, meeting_id, MeetingEdit(place="Elsewhere"))
    matching.lock_pair(db, pair_id, False)
    db.actor = "lee"

    with pytest.raises(calendar_changes.ChangedSince) as meetings_refused:
        calendar_changes.undo(db, moved)
    with pytest.raises(matching.ChangedSince) as pair_refused:
        matching.undo(db, locked)

    assert meetings_refused.value.message == (
        f"sam changed these meetings at {clock(db, 'meeting', meeting_id)}, after your change; "
        "undoing would overwrite them."
    )
    assert pair_refused.value.message == (
        f"sam changed the pair {names} at {clock(db, 'pair', pair_id)}, after your change; "
        "undoing would overwrite it."
    )


def test_when_is_a_time_today_and_a_date_before() -> None:
    now = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)
    today = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
    assert history.when_words(today, now) == f"at {today.astimezone():%H:%M}"
    earlier = today - timedelta(days=3)
    assert history.when_words(earlier, now).startswith(f"on {earlier.astimezone().day} Dec at ")
    assert history.when_words(earlier - timedelta(days=365), now).endswith(
        f"Dec 2025 at {earlier.astimezone():%H:%M}"
    )


def test_undoing_an_import_names_who_edited_one_of_its_people(
    file_db: Database, tmp_path: Path
) -> None:
    import fixtures_rosters as shapes

    from peerdesk.roster.commit import run_import
    from peerdesk.roster.errors import UndoNotPossible
    from peerdesk.roster.plan import RosterImport
    from peerdesk.roster.undo import last_import, undo_last_import

    db = file_db
    program_id = make_program(db)
    db.actor = "lee"
    run_import(db, program_id, RosterImport.open(shapes.tsv_file(tmp_path).path, db))
    sofia = next(r for r in people.list_participants(db, program_id) if r.full_name[0] == "S")
    db.actor = "sam"
    edit(db, sofia.participant_id, set_department("Research"))
    db.actor = "lee"
    at = clock(db, "participant", sofia.participant_id)
    reason = (
        f"some of its people have been edited since (sam changed {sofia.full_name}’s record "
        f"at {at})"
    )
    info = last_import(db, program_id)
    assert info is not None and info.reason == reason
    with pytest.raises(UndoNotPossible) as refused:
        undo_last_import(db, program_id)
    assert refused.value.message == f"The last import can no longer be undone: {reason}."


def test_undoing_a_signed_date_refuses_after_someone_changed_it(file_db: Database) -> None:
    from peerdesk.documents.pairs import mark_signed_many

    db = file_db
    program_id = make_calendar_program(db)
    [pair_id] = add_pairs(db, program_id, 1)
    db.actor = "lee"
    signed = {pair_id: date(2026, 2, 2)}
    before = mark_signed_many(db, signed)
    db.actor = "sam"
    mark_signed_many(db, {pair_id: date(2026, 2, 9)})
    db.actor = "lee"
    with pytest.raises(history.ChangedAfterYou) as refused:
        mark_signed_many(db, before, expected=signed)  # lee's Ctrl+Z
    assert refused.value.message.startswith("sam changed the pair ")
    assert refused.value.message.endswith(", after your change; undoing would overwrite it.")
    with db.reading() as session:
        pair = session.get(Pair, pair_id)
        assert pair is not None and pair.agreement_signed_on == date(2026, 2, 9)
    # Undone at once, with nobody in between, it goes back.
    again = mark_signed_many(db, {pair_id: date(2026, 2, 16)})
    mark_signed_many(db, again, expected={pair_id: date(2026, 2, 16)})
    with db.reading() as session:
        pair = session.get(Pair, pair_id)
        assert pair is not None and pair.agreement_signed_on == date(2026, 2, 9)


def test_undoing_a_goal_change_refuses_after_someone_changed_the_goal(file_db: Database) -> None:
    from peerdesk.pairs import goals

    db = file_db
    program_id = make_calendar_program(db)
    [pair_id] = add_pairs(db, program_id, 1)
    goal_id = goals.add_goal(db, pair_id, "Lead a team meeting")
    db.actor = "lee"
    before = goals.update_goal(db, goal_id, text="Lead two meetings", target_date=None,
                               progress=10)  # fmt: skip
    [after] = goals.list_goals(db, pair_id)
    db.actor = "sam"
    goals.set_progress(db, goal_id, 60)
    db.actor = "lee"
    with pytest.raises(history.ChangedAfterYou) as refused:  # lee's Ctrl+Z
        goals.update_goal(db, goal_id, text=before.text, target_date=before.target_date,
                          progress=before.progress, unchanged_since=after)  # fmt: skip
    assert refused.value.message == (
        f"sam changed the goal “Lead two meetings” at {clock(db, 'goal', goal_id)}, after your "
        "change; undoing would overwrite it."
    )
    assert goals.list_goals(db, pair_id)[0].progress == 60
    with pytest.raises(history.ChangedAfterYou):  # nor is it deleted (undoing an add)
        goals.delete_goal(db, goal_id, unchanged_since=after)
    assert len(goals.list_goals(db, pair_id)) == 1
