"""Circles (issue 22): confirming formed circles in one undoable step, changing their
people, pausing, resuming and ending them (their circle sessions follow), refusals."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from matching_data import realistic_members, store_members
from sqlalchemy import func, select

from peerdesk.calendar.series import WEEKLY
from peerdesk.database import Database
from peerdesk.enums import PairOutcome, PairStatus, ParticipantStatus, Role
from peerdesk.errors import UserError
from peerdesk.groups import circles as gc
from peerdesk.groups import forming
from peerdesk.groups import sessions as gs
from peerdesk.models import ChangeRecord, Circle, CircleMember, GroupSession, Participant
from peerdesk.pairs.dates import EndBeforeStart
from peerdesk.program import programs

START = date(2026, 2, 2)


@pytest.fixture
def program(db: Database) -> int:
    program_id = programs.create_program(db, programs.quick_settings("Circles"))
    members, _, _ = realistic_members(16, 4, seed=6)
    store_members(db, program_id, members)
    return program_id


def statuses(db: Database, program_id: int) -> dict[int, ParticipantStatus]:
    with db.reading() as session:
        return dict(
            session.execute(
                select(Participant.id, Participant.status).where(
                    Participant.program_id == program_id
                )
            ).all()
        )


def rows(db: Database) -> list[tuple[str, str, tuple[tuple[int, str], ...]]]:
    with db.reading() as session:
        found = []
        for circle in session.scalars(select(Circle).order_by(Circle.id)):
            people = tuple(sorted((m.participant_id, m.role) for m in circle.members))
            found.append((circle.name, circle.status.value, people))
        return found


def confirmed(db: Database, program_id: int) -> tuple[forming.Formation, gc.CircleChanges]:
    formation = forming.form_circles(db, program_id, size=5)
    names = ["Harbour", "Lantern", "Orchard", "Willow"]
    return formation, gc.confirm_circles(
        db, program_id, gc.plans_from(formation, names), start_date=START
    )


def test_confirming_formed_circles_is_one_step_that_undo_and_redo_take(
    db: Database, program: int
) -> None:
    before = statuses(db, program)
    formation, changes = confirmed(db, program)
    assert len(changes.created) == 4
    saved = rows(db)
    assert [name for name, _, _ in saved] == ["Harbour", "Lantern", "Orchard", "Willow"]
    people = [p for _, _, members in saved for p, _ in members]
    assert sorted(people) == sorted(before)  # all 20, each once
    views = gc.list_circles(db, program)
    assert [len(v.leaders) for v in views] == [1, 1, 1, 1]
    assert all(v.status == PairStatus.ACTIVE and v.started_on == START for v in views)
    assert {v.name: v.score for v in views} == {
        n: round(f.quality.quality, 2)
        for n, f in zip(["Harbour", "Lantern", "Orchard", "Willow"], formation.circles, strict=True)
    }
    assert set(statuses(db, program).values()) == {ParticipantStatus.MATCHED}
    with db.reading() as session:
        line = session.scalars(
            select(ChangeRecord).where(ChangeRecord.entity == "circle").order_by(ChangeRecord.id)
        ).all()[-1]
        assert line.action == "confirm" and line.details["circles"] == sorted(changes.created)
    # Formed again: nobody is left to form circles with.
    with pytest.raises(forming.TooFewForCircles):
        forming.form_circles(db, program, size=5)
    gc.undo(db, changes)
    assert rows(db) == [] and statuses(db, program) == before
    gc.redo(db, changes)
    assert rows(db) == saved and set(statuses(db, program).values()) == {ParticipantStatus.MATCHED}


def test_people_move_between_circles_and_the_circle_sessions_follow(
    db: Database, program: int
) -> None:
    _, made = confirmed(db, program)
    first, second = gc.list_circles(db, program)[:2]
    day = date.today() + timedelta(days=10)
    session_ids = gs.create_sessions(
        db,
        program,
        gs.SessionPlan(
            kind="workshop",
            title="Circle meeting",
            day=day,
            local_time=time(18, 0),
            timezone="Europe/London",
            invite="circle",
            circle_id=first.id,
        ),
    ).created
    moving = first.members[0].participant_id

    def invited() -> set[int]:
        detail = gs.get_session(db, session_ids[0])
        return {i.participant_id for i in detail.invitees}

    assert invited() == {p.participant_id for p in first.people}
    moved = gc.move_member(db, moving, first.id, second.id)
    assert moving not in invited()
    assert moving in {p.participant_id for p in gc.get_circle(db, second.id).members}
    gc.undo(db, moved)
    assert moving in invited()
    renamed = gc.rename_circle(db, first.id, "  Harbour   lights ")
    assert gc.get_circle(db, first.id).name == "Harbour lights"
    gc.undo(db, renamed)
    assert gc.get_circle(db, first.id).name == first.name
    # A member made leader; the leader made member; the last leader cannot go.
    leader = first.leaders[0].participant_id
    with pytest.raises(gc.CircleRefused, match="needs a leader"):
        gc.remove_member(db, first.id, leader)
    with pytest.raises(gc.CircleRefused, match="needs a leader"):
        gc.set_role(db, first.id, leader, gc.MEMBER)
    assert gc.circle_session_ids(db, first.id) == session_ids
    assert made.kinds == frozenset({"circle", "participant"})


def test_ending_a_circle_cancels_its_sessions_after_the_end_and_frees_its_people(
    db: Database, program: int
) -> None:
    confirmed(db, program)
    circle = gc.list_circles(db, program)[0]
    today = date.today()
    created = gs.create_sessions(
        db,
        program,
        gs.SessionPlan(
            kind="workshop",
            title="Circle meeting",
            day=today + timedelta(days=7),
            local_time=time(18, 0),
            timezone="Europe/London",
            invite="circle",
            circle_id=circle.id,
            repeat=gs.Repeat(WEEKLY, last_date=today + timedelta(days=28)),
        ),
    ).created
    assert len(created) == 4

    def session_statuses() -> list[str]:
        with db.reading() as session:
            return list(
                session.scalars(
                    select(GroupSession.status)
                    .where(GroupSession.id.in_(created))
                    .order_by(GroupSession.starts_at)
                )
            )

    paused = gc.pause_circle(db, circle.id, paused_on=today + timedelta(days=10))
    assert session_statuses() == ["scheduled", "cancelled", "cancelled", "cancelled"]
    resumed = gc.resume_circle(db, circle.id, resumed_on=today + timedelta(days=20))
    assert session_statuses() == ["scheduled", "cancelled", "scheduled", "scheduled"]
    gc.undo(db, resumed)
    gc.undo(db, paused)
    assert session_statuses() == ["scheduled"] * 4
    with pytest.raises(gc.CircleEndReasonMissing):
        gc.end_circle(db, circle.id, reason="  ")
    with pytest.raises(EndBeforeStart):
        gc.end_circle(db, circle.id, reason="Done", ended_on=START - timedelta(days=1))
    ended = gc.end_circle(
        db,
        circle.id,
        reason="The group met its goals",
        outcome=PairOutcome.COMPLETED,
        ended_on=today + timedelta(days=14),
    )
    assert session_statuses() == ["scheduled", "scheduled", "cancelled", "cancelled"]
    view = gc.get_circle(db, circle.id)
    assert view.status == PairStatus.ENDED and view.outcome == PairOutcome.COMPLETED
    assert view.end_reason == "The group met its goals"
    now = statuses(db, program)
    assert {now[p.participant_id] for p in view.people} == {ParticipantStatus.READY}
    with pytest.raises(gc.CircleRefused, match="has ended"):
        gc.add_member(db, circle.id, view.members[0].participant_id)
    gc.undo(db, ended)
    assert session_statuses() == ["scheduled"] * 4
    assert gc.get_circle(db, circle.id).status == PairStatus.ACTIVE
    signed = gc.sign_agreement(db, circle.id, START)
    assert gc.get_circle(db, circle.id).agreement_signed_on == START
    gc.undo(db, signed)
    assert gc.get_circle(db, circle.id).agreement_signed_on is None


def test_pausing_and_ending_go_by_each_sessions_own_day_where_it_is_held(
    db: Database, program: int
) -> None:
    """18:00 in Los Angeles is 02:00 the next day in UTC, 08:00 in Auckland 19:00 the day
    before: a circle ended on a day keeps that day's sessions, a pause from a day takes
    that day's sessions, whatever the UTC date says."""
    confirmed(db, program)
    circle = gc.list_circles(db, program)[0]
    day = date.today() + timedelta(days=14)

    def make(zone: str, at: time, on: date) -> int:
        plan = gs.SessionPlan(
            kind="workshop", title="Circle meeting", day=on, local_time=at, timezone=zone,
            invite="circle", circle_id=circle.id,
        )  # fmt: skip
        return gs.create_sessions(db, program, plan).created[0]

    la_evening = make("America/Los_Angeles", time(18, 0), day)
    auckland_morning = make("Pacific/Auckland", time(8, 0), day)
    la_day_before = make("America/Los_Angeles", time(18, 0), day - timedelta(days=1))

    def status(*ids: int) -> list[str]:
        with db.reading() as session:
            return [session.get(GroupSession, i).status for i in ids]  # type: ignore[union-attr]

    paused = gc.pause_circle(db, circle.id, paused_on=day)
    assert status(la_evening, auckland_morning, la_day_before) == [
        "cancelled",
        "cancelled",
        "scheduled",
    ]
    gc.undo(db, paused)
    gc.end_circle(db, circle.id, reason="Done", ended_on=day)
    assert status(la_evening, auckland_morning, la_day_before) == ["scheduled"] * 3


def test_refusals_change_nothing(db: Database, program: int) -> None:
    with db.reading() as session:
        people = session.execute(
            select(Participant.id, Participant.role)
            .where(Participant.program_id == program)
            .order_by(Participant.id)
        ).all()
    mentors = [p for p, role in people if role == Role.MENTOR]
    mentees = [p for p, role in people if role == Role.MENTEE]
    before = statuses(db, program)

    def refused(call: object, words: str) -> None:
        with pytest.raises(UserError) as error:
            call()  # type: ignore[operator]
        assert words in str(error.value)
        assert rows(db) == [] and statuses(db, program) == before

    twice = [
        gc.CirclePlan("A", (mentors[0],), (mentees[0], mentees[1])),
        gc.CirclePlan("B", (mentors[1],), (mentees[1],)),
    ]
    refused(lambda: gc.confirm_circles(db, program, twice), "Someone is in two of these")
    refused(
        lambda: gc.create_circle(db, program, "C", [mentees[0]], [mentees[1]]),
        "is not a mentor and cannot lead",
    )
    refused(lambda: gc.create_circle(db, program, " ", [mentors[0]]), "Give the circle a name")
    refused(lambda: gc.create_circle(db, program, "D", [], [mentees[0]]), "needs a leader")
    refused(lambda: gc.confirm_circles(db, program, []), "no circles to confirm")
    with db.transaction() as session:
        session.get(Participant, mentees[3]).status = ParticipantStatus.WITHDRAWN  # type: ignore[union-attr]
    with pytest.raises(gc.CircleRefused, match="has withdrawn and cannot join") as gone:
        gc.create_circle(db, program, "W", [mentors[0]], [mentees[3]])
    assert set(gone.value.fields) == {"name"}  # no English status word to translate in it
    with db.transaction() as session:
        session.get(Participant, mentees[3]).status = before[mentees[3]]  # type: ignore[union-attr]
    made = gc.create_circle(db, program, "E", [mentors[0]], [mentees[0]])
    with pytest.raises(gc.CircleRefused, match="already in another circle"):
        gc.create_circle(db, program, "F", [mentors[1]], [mentees[0]])
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(CircleMember)) == 2
    edited = gc.add_member(db, made.created[0], mentees[2])
    with pytest.raises(gc.CircleChangedSince, match="The circle “E” was changed again"):
        gc.undo(db, made)  # the circle changed after it was made
    gc.undo(db, edited)
    gc.undo(db, made)
    assert rows(db) == [] and statuses(db, program) == before


def test_circle_members_get_staff_checkins_which_ending_the_circle_cancels(
    db: Database, program: int
) -> None:
    from peerdesk.calendar import checkins, reads
    from peerdesk.calendar.changes import MEETINGS
    from peerdesk.models import Meeting

    confirmed(db, program)
    circle = gc.list_circles(db, program)[0]
    first, last = START, START + timedelta(days=180)
    checkins.schedule_checkins(
        db, program, first_date=first, last_date=last, timezone="Europe/London"
    )
    people = {p.participant_id for p in circle.people}

    def theirs() -> list[tuple[int, date, str, str | None]]:
        with db.reading() as session:
            rows = session.scalars(
                select(Meeting)
                .where(Meeting.participant_id.in_(people))
                .order_by(Meeting.participant_id, Meeting.starts_at)
            ).all()
            return [
                (m.participant_id, m.starts_at.date(), m.status.value, m.cancel_reason)
                for m in rows
                if m.pair_id is None
            ]

    scheduled = theirs()
    assert {pid for pid, *_ in scheduled} == people  # everyone in the circle, no pair
    assert all(status == "scheduled" for *_, status, _ in scheduled)
    per_person = len(scheduled) // len(people)
    assert per_person >= 5  # monthly from the circle's start
    listed = reads.meetings_between(db, program, first, last)
    names = {p.name for p in circle.people}
    assert names <= {row.checkin_name for row in listed if row.is_checkin}
    end = START + timedelta(days=75)
    ended = gc.end_circle(db, circle.id, reason="Merged with another circle", ended_on=end)
    after = theirs()
    for _pid, day, status, why in after:
        if day > end:
            assert (status, why) == ("cancelled", gc.CIRCLE_ENDED)
        else:
            assert (status, why) == ("scheduled", None)
    assert ended.meetings is not None and MEETINGS in ended.kinds  # the calendar refreshes
    gc.undo(db, ended)
    assert theirs() == scheduled
    gc.redo(db, ended)
    assert theirs() == after


def test_the_history_says_what_was_done_to_which_circle(db: Database, program: int) -> None:
    from peerdesk import history

    confirmed(db, program)
    first = gc.list_circles(db, program)[0]
    gc.rename_circle(db, first.id, "Harbour lights")
    gc.end_circle(db, first.id, reason="Done", ended_on=START + timedelta(days=30))
    with db.reading() as session:
        page = history.read_changes(session, program, kind="pairs")
    said = [history.sentence(c) for c in page.changes if c.entity == "circle"]
    assert said[:3] == [
        "Ended the circle “Harbour lights”",
        "Renamed the circle “Harbour lights”",
        "Confirmed 4 circles",
    ]


def test_someone_taken_out_of_a_circle_has_no_more_checkins_through_it(
    db: Database, program: int
) -> None:
    from peerdesk.calendar import checkins
    from peerdesk.models import Meeting

    confirmed(db, program)
    circle = gc.list_circles(db, program)[0]
    today = date.today()
    checkins.schedule_checkins(
        db, program, first_date=today - timedelta(days=60), last_date=today + timedelta(days=120)
    )
    leaving = circle.members[0].participant_id

    def statuses_of(pid: int) -> list[tuple[date, str]]:
        with db.reading() as session:
            rows = session.scalars(
                select(Meeting).where(Meeting.participant_id == pid).order_by(Meeting.starts_at)
            ).all()
            return [(m.starts_at.date(), m.status.value) for m in rows]

    before = statuses_of(leaving)
    assert any(day > today for day, _ in before) and any(day < today for day, _ in before)
    removed = gc.remove_member(db, circle.id, leaving)
    for day, status in statuses_of(leaving):
        assert status == ("cancelled" if day > today else "scheduled")
    assert statuses(db, program)[leaving] == ParticipantStatus.READY
    gc.undo(db, removed)
    assert statuses_of(leaving) == before
