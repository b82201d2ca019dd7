"""Group sessions (issue 22): kinds, creating one or a series, who is invited, editing,
cancelling, deleting, undo and redo, and reading them for the calendar and the lists."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import db_rows
import pytest
from calendar_data import add_pairs, make_program
from concurrency import held_at, starts
from sqlalchemy import select

from peerdesk import history, people
from peerdesk.calendar import zones
from peerdesk.calendar.ics import NoSuchEmail, calendar_bytes
from peerdesk.calendar.series import Scope
from peerdesk.conflicts import EditConflict
from peerdesk.database import Database, open_database
from peerdesk.enums import ParticipantStatus, Role
from peerdesk.errors import NotFound
from peerdesk.groups import kinds as session_kinds
from peerdesk.groups import sessions as gs
from peerdesk.groups.kinds import DEFAULT_KINDS, KindSetting
from peerdesk.models import (
    ChangeRecord,
    Circle,
    CircleMember,
    GroupSession,
    Participant,
    ProgramStep,
    SessionAttendance,
    StepRecord,
)
from peerdesk.people import snapshots
from peerdesk.roster.commit import run_import
from peerdesk.roster.errors import UndoNotPossible
from peerdesk.roster.plan import RosterImport
from peerdesk.roster.undo import undo_last_import
from peerdesk.storage import roles
from peerdesk.storage.roles import Access

LONDON = "Europe/London"
PAIRS = 6  # 6 mentors, 6 mentees


def plan(**changes: object) -> gs.SessionPlan:
    base = gs.SessionPlan(
        kind="training",
        title="Mentor training",
        day=date(2026, 3, 3),
        local_time=time(18, 0),
        length_minutes=90,
        timezone=LONDON,
        invite="mentors",
    )
    return gs.SessionPlan(**{**base.__dict__, **changes})  # type: ignore[arg-type]


@pytest.fixture
def program(db: Database) -> int:
    program_id = make_program(db)
    add_pairs(db, program_id, PAIRS)
    return program_id


def participants(db: Database, program_id: int, role: Role) -> list[int]:
    with db.reading() as session:
        return sorted(
            session.scalars(
                select(Participant.id).where(
                    Participant.program_id == program_id, Participant.role == role
                )
            )
        )


def invited(db: Database, session_id: int) -> dict[int, str]:
    with db.reading() as session:
        return dict(
            session.execute(
                select(SessionAttendance.participant_id, SessionAttendance.status).where(
                    SessionAttendance.session_id == session_id
                )
            ).all()
        )


def set_status(db: Database, session_id: int, participant_id: int, status: str) -> None:
    with db.transaction() as session:
        row = session.scalars(
            select(SessionAttendance).where(
                SessionAttendance.session_id == session_id,
                SessionAttendance.participant_id == participant_id,
            )
        ).one()
        row.status = status


def test_new_programs_get_the_default_kinds(db: Database) -> None:
    program_id = make_program(db)
    found = session_kinds.list_kinds(db, program_id)
    assert [(k.key, k.name, k.colour) for k in found] == list(DEFAULT_KINDS)
    assert [k.position for k in found] == list(range(len(DEFAULT_KINDS)))


def test_a_single_session_invites_the_mentors(db: Database, program: int) -> None:
    changes = gs.create_sessions(db, program, plan())
    [session_id] = changes.created
    assert invited(db, session_id) == {p: "invited" for p in participants(db, program, Role.MENTOR)}
    [row] = gs.list_sessions(db, program)
    assert (row.id, row.kind_name, row.colour, row.label) == (
        session_id,
        "Training",
        "#2e7d32",
        "Mentor training",
    )
    assert (row.invited, row.attended, row.excused, row.absent, row.unmarked) == (6, 0, 0, 0, 6)
    assert row.local_start == datetime(2026, 3, 3, 18, 0, tzinfo=zones.zone(LONDON))
    assert row.series_key is None and row.occurrence_date is None and row.sequence == 0
    assert row.uid.endswith("@peerdesk")
    assert changes.kinds == frozenset({"meetings"}) and not changes.warnings
    with db.reading() as session:
        record = session.scalars(
            select(ChangeRecord).where(ChangeRecord.entity == "group_session")
        ).one()
        assert (record.entity_id, record.action) == (session_id, "create_sessions")
        assert record.details["session_ids"] == [session_id]


@pytest.mark.parametrize(
    ("invite", "roles"),
    [("mentees", {Role.MENTEE}), ("everyone", {Role.MENTOR, Role.MENTEE})],
)
def test_mentees_and_everyone(db: Database, program: int, invite: str, roles: set[Role]) -> None:
    [session_id] = gs.create_sessions(db, program, plan(invite=invite)).created
    expected = sorted(p for role in roles for p in participants(db, program, role))
    assert sorted(invited(db, session_id)) == expected


def test_withdrawn_people_are_not_invited(db: Database, program: int) -> None:
    gone = participants(db, program, Role.MENTOR)[0]
    with db.transaction() as session:
        participant = session.get(Participant, gone)
        assert participant is not None
        participant.status = ParticipantStatus.WITHDRAWN
    [session_id] = gs.create_sessions(db, program, plan()).created
    assert gone not in invited(db, session_id)
    assert len(invited(db, session_id)) == PAIRS - 1


def test_a_fortnightly_series_keeps_its_wall_clock_time(db: Database, program: int) -> None:
    # 3 March to 14 April 2026 crosses the UK's clock change (29 March).
    repeat = gs.Repeat("2w", last_date=date(2026, 4, 14), skip_dates=(date(2026, 3, 17),))
    changes = gs.create_sessions(db, program, plan(repeat=repeat))
    rows = gs.list_sessions(db, program)
    assert [r.id for r in rows] == changes.created
    assert [r.local_start.date() for r in rows] == [
        date(2026, 3, 3),
        date(2026, 3, 31),
        date(2026, 4, 14),
    ]
    assert {r.local_start.time() for r in rows} == {time(18, 0)}
    assert len({r.series_key for r in rows}) == 1 and rows[0].series_key is not None
    assert [r.occurrence_date for r in rows] == [r.local_start.date() for r in rows]
    assert len({r.uid for r in rows}) == 3
    assert all(r.invited == PAIRS for r in rows)


def test_sessions_between_gives_those_overlapping_the_span(db: Database, program: int) -> None:
    repeat = gs.Repeat("1w", last_date=date(2026, 3, 31))
    gs.create_sessions(db, program, plan(repeat=repeat))  # 3, 10, 17, 24, 31 March
    start = zones.to_utc(date(2026, 3, 10), time(19, 0), LONDON)  # inside the 10th's
    end = zones.to_utc(date(2026, 3, 24), time(18, 0), LONDON)  # the 24th's start: out
    found = gs.sessions_between(db, program, start, end)
    assert [r.local_start.date() for r in found] == [date(2026, 3, 10), date(2026, 3, 17)]
    week = gs.week_sessions(db, program, date(2026, 3, 19), LONDON)
    assert [r.local_start.date() for r in week] == [date(2026, 3, 17)]


def dump(db: Database) -> list[tuple[object, ...]]:
    """Every session and attendance row, but the revision columns (they only go up)."""
    with db.reading() as session:
        sessions = [
            (s.id, s.uid, s.kind, s.title, s.starts_at, s.length_minutes, s.place, s.link,
             s.capacity, s.invite, s.circle_id, s.series_key, s.status, s.completes_step_id,
             s.notes)
            for s in session.scalars(select(GroupSession).order_by(GroupSession.id))
        ]  # fmt: skip
        attendance = [
            (a.id, a.session_id, a.participant_id, a.status)
            for a in session.scalars(select(SessionAttendance).order_by(SessionAttendance.id))
        ]
    return sessions + attendance


def test_changing_the_invitation_keeps_the_marks(db: Database, program: int) -> None:
    [session_id] = gs.create_sessions(db, program, plan()).created
    mentors = participants(db, program, Role.MENTOR)
    mentees = participants(db, program, Role.MENTEE)
    set_status(db, session_id, mentors[0], "attended")
    set_status(db, session_id, mentors[1], "excused")
    changes = gs.edit_session(db, session_id, gs.SessionEdit(invite="mentees"))
    after = invited(db, session_id)
    # Marked mentors stay on the list with their marks; unmarked mentors go; mentees come.
    assert after == {
        mentors[0]: "attended",
        mentors[1]: "excused",
        **{p: "invited" for p in mentees},
    }
    gs.undo(db, changes)
    assert invited(db, session_id)[mentors[0]] == "attended"
    assert sorted(invited(db, session_id)) == mentors
    gs.redo(db, changes)
    assert invited(db, session_id) == after


def test_hand_picked_people_and_a_circle(db: Database, program: int) -> None:
    mentors = participants(db, program, Role.MENTOR)
    mentees = participants(db, program, Role.MENTEE)
    chosen = (mentors[2], mentees[4])
    [session_id] = gs.create_sessions(db, program, plan(invite="people", people=chosen)).created
    assert sorted(invited(db, session_id)) == sorted(chosen)
    with db.transaction() as session:
        circle = Circle(program_id=program, name="Tuesday circle")
        circle.members = [
            CircleMember(participant_id=mentors[0], role="leader"),
            CircleMember(participant_id=mentees[0]),
            CircleMember(participant_id=mentees[1]),
        ]
        session.add(circle)
        session.flush()
        circle_id = circle.id
    gs.edit_session(db, session_id, gs.SessionEdit(invite="circle", circle_id=circle_id))
    assert sorted(invited(db, session_id)) == sorted([mentors[0], mentees[0], mentees[1]])
    [row] = gs.list_sessions(db, program)
    assert (row.invite, row.circle_id, row.invited) == ("circle", circle_id, 3)
    # A member joins the circle: refreshing the invitations takes them in.
    with db.transaction() as session:
        session.add(CircleMember(circle_id=circle_id, participant_id=mentees[2]))
    gs.refresh_invitations(db, program, now=datetime(2026, 1, 1, tzinfo=UTC))
    assert mentees[2] in invited(db, session_id)
    # Hand-picked again, adding one: the people listed are the picked ones.
    gs.edit_session(db, session_id, gs.SessionEdit(invite="people", people=(mentees[5],)))
    assert sorted(invited(db, session_id)) == [mentees[5]]


def test_capacity(db: Database, program: int) -> None:
    mentors = participants(db, program, Role.MENTOR)
    before = dump(db)
    with pytest.raises(gs.TooManyPeople) as refused:
        gs.create_sessions(db, program, plan(invite="people", people=tuple(mentors), capacity=4))
    assert refused.value.message == (
        "6 people are chosen but the session has 4 places. Choose fewer people, or give "
        "the session more places."
    )
    assert dump(db) == before
    changes = gs.create_sessions(db, program, plan(capacity=4))  # all 6 mentors: a warning
    assert changes.warnings == (
        "6 people are invited to “Mentor training” on 2026-03-03, which has 4 places.",
    )
    [session_id] = changes.created
    assert gs.edit_session(db, session_id, gs.SessionEdit(capacity=10)).warnings == ()
    assert gs.list_sessions(db, program)[0].capacity == 10
    gs.edit_session(db, session_id, gs.SessionEdit(capacity=0))
    assert gs.list_sessions(db, program)[0].capacity is None
    with pytest.raises(gs.BadCapacity):
        gs.edit_session(db, session_id, gs.SessionEdit(capacity=-2))


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"kind": "yoga"}, gs.UnknownKind, "“yoga” is not a kind of session in this program."),
        ({"length_minutes": 2}, gs.SessionLength, "between 5 minutes and 12 hours"),
        ({"capacity": 0}, gs.BadCapacity, "a whole number from 1 up"),
        ({"timezone": "Mars/Olympus"}, gs.UnknownZone, "“Mars/Olympus”"),
        ({"invite": "friends"}, gs.BadInvite, "“friends” is not a way to invite people"),
        ({"invite": "circle"}, gs.NoCircleChosen, "Choose the circle"),
        ({"invite": "people"}, gs.NoPeopleChosen, "at least one person"),
        ({"invite": "people", "people": (99999,)}, gs.NotInProgram, "(ids 99999)"),
        ({"title": "x" * 201}, gs.TitleTooLong, "at most 200 characters"),
        ({"repeat": gs.Repeat("3d")}, gs.BadRepeat, "“3d” is not a repeat"),
        (
            {"repeat": gs.Repeat("1w", last_date=date(2026, 2, 1))},
            gs.LastBeforeFirst,
            "(2026-02-01) is before its first date (2026-03-03)",
        ),
        (
            {"repeat": gs.Repeat("1w", last_date=date(2026, 3, 3), skip_dates=(date(2026, 3, 3),))},
            gs.NoDates,
            "No session of the series",
        ),
        (
            {"repeat": gs.Repeat("1w", last_date=date(2034, 1, 1))},
            gs.TooManySessions,
            "at most 366 sessions",
        ),
    ],
)
def test_bad_input_is_refused_in_plain_words_and_changes_nothing(
    db: Database, program: int, changes: dict[str, object], error: type, message: str
) -> None:
    before = dump(db)
    with pytest.raises(error) as refused:
        gs.create_sessions(db, program, plan(**changes))
    assert message in refused.value.message
    assert dump(db) == before


def test_editing_this_and_following_sessions_of_a_series(db: Database, program: int) -> None:
    repeat = gs.Repeat("1w", last_date=date(2026, 3, 24))
    created = gs.create_sessions(db, program, plan(repeat=repeat)).created  # 3, 10, 17, 24
    before = dump(db)
    one = gs.edit_session(db, created[1], gs.SessionEdit(place="Hall B"))
    assert [r.place for r in gs.list_sessions(db, program)] == ["", "Hall B", "", ""]
    assert one.updated == [created[1]]
    following = gs.edit_session(
        db,
        created[2],
        gs.SessionEdit(local_time=time(9, 30), day=date(2026, 3, 18), length_minutes=45),
        scope=Scope.FOLLOWING,
    )
    rows = gs.list_sessions(db, program)
    assert [(r.local_start.date(), r.local_start.time(), r.length_minutes) for r in rows] == [
        (date(2026, 3, 3), time(18, 0), 90),
        (date(2026, 3, 10), time(18, 0), 90),
        (date(2026, 3, 18), time(9, 30), 45),
        (date(2026, 3, 25), time(9, 30), 45),  # moved by as many days
    ]
    assert [r.sequence for r in rows] == [0, 1, 1, 1]
    assert following.updated == created[2:]
    gs.undo(db, following)
    gs.undo(db, one)
    assert dump(db) == before
    assert [r.sequence for r in gs.list_sessions(db, program)] == [0, 2, 2, 2]  # never back


def test_cancel_restore_and_delete_with_undo(db: Database, program: int) -> None:
    repeat = gs.Repeat("1w", last_date=date(2026, 3, 24))
    created = gs.create_sessions(db, program, plan(repeat=repeat)).created
    before = dump(db)
    cancelled = gs.cancel_session(db, created[1], scope=Scope.FOLLOWING)
    rows = gs.list_sessions(db, program)
    assert [r.status for r in rows] == ["scheduled", "cancelled", "cancelled", "cancelled"]
    assert [r.sequence for r in rows] == [0, 1, 1, 1]
    assert [r.id for r in gs.list_sessions(db, program, include_cancelled=False)] == created[:1]
    gs.restore_session(db, created[2])
    assert [r.status for r in gs.list_sessions(db, program)][2] == "scheduled"
    assert gs.list_sessions(db, program)[2].sequence == 2
    deleted = gs.delete_session(db, created[0])
    assert deleted.removed == [created[0]]
    assert invited(db, created[0]) == {}
    gs.undo(db, deleted)
    assert len(invited(db, created[0])) == PAIRS
    with pytest.raises(gs.ChangedSince):  # the restore changed a session it cancelled
        gs.undo(db, cancelled)
    all_gone = gs.delete_session(db, created[0], scope=Scope.FOLLOWING)
    assert gs.list_sessions(db, program) == []
    gs.undo(db, all_gone)
    assert len(gs.list_sessions(db, program)) == 4
    assert dump(db)[:1] == before[:1]


def test_undo_of_create_is_refused_once_attendance_is_marked(db: Database, program: int) -> None:
    changes = gs.create_sessions(db, program, plan())
    [session_id] = changes.created
    set_status(db, session_id, participants(db, program, Role.MENTOR)[0], "attended")
    before = dump(db)
    with pytest.raises(gs.ChangedSince) as refused:
        gs.undo(db, changes)
    assert "undoing would overwrite them" in refused.value.message
    assert dump(db) == before


def test_a_stale_dialog_does_not_overwrite_anothers_edit(db: Database, program: int) -> None:
    [session_id] = gs.create_sessions(db, program, plan()).created
    shown = gs.list_sessions(db, program)[0].version
    gs.edit_session(db, session_id, gs.SessionEdit(place="Hall A"), expected_version=(shown,))
    with pytest.raises(EditConflict) as refused:
        gs.edit_session(db, session_id, gs.SessionEdit(place="Hall C"), expected_version=(shown,))
    assert refused.value.theirs["place"] == "Hall A"
    assert refused.value.mine["place"] == "Hall C"
    assert gs.list_sessions(db, program)[0].place == "Hall A"


def test_a_persons_sessions_and_a_sessions_people(db: Database, program: int) -> None:
    mentor = participants(db, program, Role.MENTOR)[0]
    mentee = participants(db, program, Role.MENTEE)[0]
    [training] = gs.create_sessions(db, program, plan()).created
    [social] = gs.create_sessions(
        db, program, plan(kind="social", title="", invite="everyone", day=date(2026, 3, 20))
    ).created
    set_status(db, training, mentor, "attended")
    assert [(s.session.id, s.status) for s in gs.sessions_of_participant(db, mentor)] == [
        (training, "attended"),
        (social, "invited"),
    ]
    assert [s.session.id for s in gs.sessions_of_participant(db, mentee)] == [social]
    detail = gs.get_session(db, social)
    assert detail.session.label == "Social" and detail.session.invited == 2 * PAIRS
    names = [i.name for i in detail.invitees]
    assert names == sorted(names, key=str.casefold) and len(names) == 2 * PAIRS
    assert {i.role for i in detail.invitees} == {"mentor", "mentee"}


def test_the_kinds_list_can_be_edited_but_not_lose_a_kind_in_use(
    db: Database, program: int
) -> None:
    gs.create_sessions(db, program, plan())  # a training
    stored = session_kinds.list_kinds(db, program)
    training = next(k for k in stored if k.key == "training")
    assert training.sessions == 1
    saved = session_kinds.save_kinds(
        db,
        program,
        [
            KindSetting("Parents' evening", "#123ABC"),
            KindSetting("Mentor training", training.colour, key="training"),
        ],
    )
    assert [(k.key, k.name, k.colour) for k in saved] == [
        ("parents_evening", "Parents' evening", "#123abc"),
        ("training", "Mentor training", "#2e7d32"),
    ]
    assert gs.list_sessions(db, program)[0].kind_name == "Mentor training"
    with pytest.raises(session_kinds.KindInUse) as refused:
        session_kinds.save_kinds(
            db, program, [KindSetting("Parents' evening", key="parents_evening")]
        )
    assert "1 session(s) are of that kind" in refused.value.message
    for settings, error in [
        ([], session_kinds.NoKinds),
        ([KindSetting("  ", key="training")], session_kinds.KindNameMissing),
        ([KindSetting("A", key="training"), KindSetting("a")], session_kinds.KindNameTwice),
        ([KindSetting("A", "green", key="training")], session_kinds.KindColour),
    ]:
        with pytest.raises(error):
            session_kinds.save_kinds(db, program, settings)
    assert session_kinds.list_kinds(db, program) == saved


def test_the_history_says_what_was_done_to_which_session(db: Database, program: int) -> None:
    [one] = gs.create_sessions(db, program, plan()).created
    series = gs.create_sessions(
        db, program, plan(kind="social", title="", repeat=gs.Repeat("1w", date(2026, 3, 17)))
    ).created
    gs.cancel_session(db, one)
    changes = gs.delete_session(db, series[0], scope=Scope.FOLLOWING)
    gs.undo(db, changes)
    session_kinds.save_kinds(
        db,
        program,
        [KindSetting(k.name, k.colour, k.key) for k in session_kinds.list_kinds(db, program)],
    )
    with db.reading() as session:
        page = history.read_changes(session, program, kind="meetings")
        said = [history.sentence(change) for change in page.changes]
    assert said == [
        "Changed the kinds of session",
        "Undid a change to 3 sessions",
        "Deleted 3 sessions",
        "Cancelled “Mentor training” on 2026-03-03",
        "Scheduled 3 sessions",
        "Scheduled “Mentor training” on 2026-03-03",
    ]
    with db.reading() as session:
        who = history.last_change(session, "group_session", series[1])
    assert who is not None  # found through the many-sessions line's ids


def test_erasing_a_person_keeps_the_sessions_counts_and_clears_their_circles_notes(
    db: Database, program: int
) -> None:
    mentor = participants(db, program, Role.MENTOR)[0]
    with db.transaction() as session:
        circle = Circle(program_id=program, name="Circle", notes="Zebedee asked to move")
        circle.end_reason = "Zebedee left"
        circle.members = [CircleMember(participant_id=mentor, role="leader")]
        session.add(circle)
        found = session.get(Participant, mentor)
        assert found is not None
        person_id, email = found.person_id, found.person.email
        found.person.full_name = "Zebedee Quarrington"
    [session_id] = gs.create_sessions(db, program, plan()).created
    set_status(db, session_id, mentor, "attended")
    people.erase_person(db, person_id)
    assert invited(db, session_id)[mentor] == "attended"  # an anonymous record
    assert gs.list_sessions(db, program)[0].attended == 1
    with db.reading() as session:
        kept = session.scalars(select(Circle)).one()
        assert (kept.notes, kept.end_reason) == ("", None)
    assert email is not None
    with pytest.raises(NoSuchEmail):
        calendar_bytes(db, program, person_email=email)
    assert calendar_bytes(db, program)[1] == 1
    for table in ("group_session", "session_attendance", "circle", "circle_member", "person"):
        for row in db_rows.table(db, table, order="1"):
            assert not any(isinstance(v, str) and "Zebedee" in v for v in row), table


def test_two_coordinators_changing_one_invitation_at_once(
    two: tuple[Database, Database],
) -> None:
    mine, theirs = two
    program_id = make_program(mine)
    add_pairs(mine, program_id, 3)
    [session_id] = gs.create_sessions(mine, program_id, plan()).created
    # Mine has read the session and is about to write when theirs invites everyone.
    with held_at(
        mine,
        starts("UPDATE group_session"),
        lambda: gs.edit_session(theirs, session_id, gs.SessionEdit(invite="everyone")),
    ) as other:
        gs.edit_session(mine, session_id, gs.SessionEdit(invite="mentees"))
    assert isinstance(other[0], gs.SessionChanges)
    # Mine ran again on theirs: the mentees, each once; the unmarked mentors gone.
    assert sorted(invited(mine, session_id)) == participants(mine, program_id, Role.MENTEE)
    [row] = gs.list_sessions(mine, program_id)
    assert (row.invite, row.invited, row.sequence) == ("mentees", 3, 2)
    with mine.reading() as session:
        actions = session.scalars(
            select(ChangeRecord.action).where(ChangeRecord.entity == "group_session")
        ).all()
    assert sorted(actions) == ["create_sessions", "edit_session_this", "edit_session_this"]


def test_people_who_join_later_are_invited_to_the_sessions_to_come(
    db: Database, program: int, tmp_path: Path
) -> None:
    soon = date.today() + timedelta(days=30)
    [past] = gs.create_sessions(db, program, plan(day=date(2020, 1, 7))).created
    [training] = gs.create_sessions(db, program, plan(day=soon)).created  # the mentors
    [social] = gs.create_sessions(db, program, plan(day=soon, invite="everyone")).created
    [chosen] = gs.create_sessions(
        db,
        program,
        plan(day=soon, invite="people", people=(participants(db, program, Role.MENTOR)[0],)),
    ).created
    mentor = people.add_person(
        db,
        program,
        people.PersonData(full_name="Nia Late", email="nia@example.org", role=Role.MENTOR),
    )
    mentee = people.add_person(
        db,
        program,
        people.PersonData(full_name="Ode Late", email="ode@example.org", role=Role.MENTEE),
    )
    assert mentor in invited(db, training) and mentor in invited(db, social)
    assert mentee not in invited(db, training) and mentee in invited(db, social)
    assert mentor not in invited(db, past) and mentor not in invited(db, chosen)
    # A roster import invites the people it adds; undoing it takes them away again.
    roster = tmp_path / "late.csv"
    roster.write_text(
        "Name,Email,Role\nPia Later,pia@example.org,Mentor\nQui Later,qui@example.org,Mentee\n",
        encoding="utf-8",
    )
    before = invited(db, training), invited(db, social)
    run_import(db, program, RosterImport.open(roster, db))
    assert len(invited(db, training)) == len(before[0]) + 1
    assert len(invited(db, social)) == len(before[1]) + 2
    undo_last_import(db, program)
    assert (invited(db, training), invited(db, social)) == before
    # ...but not once one of them has been marked at a session.
    run_import(db, program, RosterImport.open(roster, db))
    [pia] = set(invited(db, training)) - set(before[0])
    set_status(db, training, pia, "excused")
    with pytest.raises(UndoNotPossible):
        undo_last_import(db, program)


def test_undoing_and_redoing_adding_someone_takes_their_invitations_with_them(
    db: Database, program: int
) -> None:
    [training] = gs.create_sessions(db, program, plan(day=date.today() + timedelta(days=7))).created
    data = people.PersonData(full_name="Nia Late", email="nia@example.org", role=Role.MENTOR)
    before = snapshots.snapshot_for_add(db, data.email)
    nia = people.add_person(db, program, data)
    after = snapshots.snapshot(db, [nia])
    assert invited(db, training)[nia] == "invited"
    snapshots.restore(db, before, after)  # undo
    assert nia not in invited(db, training)
    snapshots.restore(db, after, before, redo=True)  # redo
    assert invited(db, training)[nia] == "invited"
    set_status(db, training, nia, "attended")
    with pytest.raises(snapshots.UndoNotPossible):
        snapshots.restore(db, before, after)
    assert invited(db, training)[nia] == "attended"


def test_undoing_an_edit_of_someone_keeps_the_step_their_attendance_recorded(
    db: Database, program: int
) -> None:
    mentor = participants(db, program, Role.MENTOR)[0]
    [training] = gs.create_sessions(db, program, plan()).created
    with db.transaction() as session:
        step = session.scalars(select(ProgramStep).where(ProgramStep.program_id == program)).first()
        assert step is not None
        record = StepRecord(participant_id=mentor, step_id=step.id, completed_on=date(2026, 3, 3))
        session.add(record)
        session.flush()
        row = session.scalars(
            select(SessionAttendance).where(
                SessionAttendance.session_id == training,
                SessionAttendance.participant_id == mentor,
            )
        ).one()
        row.status, row.step_record_id, record_id = "attended", record.id, record.id
    before = snapshots.snapshot(db, [mentor])
    data = people.get_person(db, mentor)
    data.notes = "Prefers evenings"
    people.update_person(db, mentor, data)
    after = snapshots.snapshot(db, [mentor])
    snapshots.restore(db, before, after)  # undo the edit: step records are written back
    with db.reading() as session:
        linked = session.scalars(
            select(SessionAttendance.step_record_id).where(
                SessionAttendance.participant_id == mentor
            )
        ).one()
    assert linked == record_id


def test_a_coordinator_on_a_server_works_with_their_programs_sessions_only(
    pg_url: str,
) -> None:
    with open_database(pg_url) as owner:
        other = make_program(owner, "Other program")
        add_pairs(owner, other, 2)
        [theirs] = gs.create_sessions(owner, other, plan()).created
        mine = make_program(owner, "My program")
        add_pairs(owner, mine, 3, offset=10)
        user = f"coord_{uuid.uuid4().hex[:12]}"  # logins are the whole server's
        roles.add_user(owner, user, Access.COORDINATOR, [str(mine)], password="pw'1")
    with open_database(pg_url.replace("peerdesk@", f"{user}:pw'1@", 1)) as db:
        assert roles.my_role(db) is Access.COORDINATOR
        kinds = session_kinds.save_kinds(
            db,
            mine,
            [KindSetting(k.name, k.colour, k.key) for k in session_kinds.list_kinds(db, mine)],
        )
        assert len(kinds) == len(DEFAULT_KINDS)
        made = gs.create_sessions(db, mine, plan(repeat=gs.Repeat("1w", date(2026, 3, 17))))
        assert [r.invited for r in gs.list_sessions(db, mine)] == [3, 3, 3]
        changed = gs.edit_session(db, made.created[0], gs.SessionEdit(invite="everyone"))
        gs.cancel_session(db, made.created[1])
        gs.undo(db, changed)
        assert calendar_bytes(db, mine)[1] == 3
        with pytest.raises(NotFound):
            gs.list_sessions(db, other)
        with pytest.raises(NotFound):
            gs.get_session(db, theirs)


def test_invitations_follow_withdrawals_and_new_roles(db: Database, program: int) -> None:
    soon = date.today() + timedelta(days=14)
    [training] = gs.create_sessions(db, program, plan(day=soon)).created  # the mentors
    [mentee_talk] = gs.create_sessions(db, program, plan(day=soon, invite="mentees")).created
    [past] = gs.create_sessions(db, program, plan(day=date(2020, 1, 7))).created
    first, second, third = participants(db, program, Role.MENTOR)[:3]
    set_status(db, training, second, "excused")  # marked: stays on the list
    before = snapshots.snapshot(db, [first, second])
    people.set_status(db, [first, second], ParticipantStatus.WITHDRAWN)
    after = snapshots.snapshot(db, [first, second])
    assert first not in invited(db, training) and invited(db, training)[second] == "excused"
    assert first in invited(db, past)  # what has happened stays as it was
    snapshots.restore(db, before, after)  # undo
    assert invited(db, training)[first] == "invited"
    snapshots.restore(db, after, before, redo=True)
    assert first not in invited(db, training)
    # A mentor who becomes a mentee moves from the mentors' session to the mentees'.
    data = people.get_person(db, third)
    data.role = Role.MENTEE
    people.update_person(db, third, data)
    assert third not in invited(db, training) and third in invited(db, mentee_talk)
