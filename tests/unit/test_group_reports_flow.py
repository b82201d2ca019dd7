"""The reports follow attendance made through the groups API, end to end: a training for
12 mentors (9 attend, completing their training step) and a workshop for everyone, then
the rates, the practice check, the attention list and the workbook, and undo."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from calendar_data import add_pairs, make_program
from openpyxl import load_workbook
from sqlalchemy import select

from peerdesk.calendar.attention import AttentionKind, attention_items
from peerdesk.database import Database
from peerdesk.enums import CheckinCadence, StepKind
from peerdesk.evaluation.measures import load_evidence
from peerdesk.exports.workbook import export_workbook
from peerdesk.groups import attendance
from peerdesk.groups.rates import Tally, as_of, attendance_rates
from peerdesk.groups.sessions import Invite, SessionPlan, create_sessions
from peerdesk.models import Pair, ProgramStep

TODAY = date(2026, 3, 20)
LONDON = "Europe/London"


def test_reports_follow_attendance_and_its_undo(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db, checkin=CheckinCadence.NONE, no_meeting_weeks=0,
                              missed_in_row=0)  # fmt: skip
    pair_ids = add_pairs(db, program_id, 12, started=date(2026, 3, 2))
    with db.reading() as session:
        pairs = [session.get(Pair, p) for p in pair_ids]
        mentors = [p.mentor_id for p in pairs if p]
        mentees = [p.mentee_id for p in pairs if p]
        step = session.scalars(
            select(ProgramStep).where(
                ProgramStep.program_id == program_id, ProgramStep.kind == StepKind.TRAINING
            )
        ).one()
        step_id, step_name = step.id, step.name
    training = create_sessions(db, program_id, SessionPlan(
        kind="training", title="Mentor training", day=date(2026, 2, 17),
        local_time=time(18, 0), length_minutes=90, timezone=LONDON,
        invite=Invite.MENTORS, completes_step_id=step_id,
    )).created[0]  # fmt: skip
    workshop = create_sessions(db, program_id, SessionPlan(
        kind="workshop", title="Goal setting", day=date(2026, 3, 10), local_time=time(18, 0),
        timezone=LONDON, invite=Invite.EVERYONE,
    )).created[0]  # fmt: skip
    marked = attendance.mark(db, training, mentors[:9], "attended")
    attendance.mark(db, training, mentors[9:], "absent")
    attendance.mark(db, workshop, mentors + mentees[:10], "attended")
    attendance.mark(db, workshop, mentees[10:], "absent")

    now = as_of(TODAY)
    rates = attendance_rates(db, program_id, now=now)
    by_key = {k.key: k for k in rates.kinds}
    assert by_key["training"].tally == Tally(9, 0, 3, 0)  # 9 of 12: 75%
    assert by_key["training"].rate.percent == 75
    assert by_key["workshop"].tally == Tally(22, 0, 2, 0)  # 22 of 24: 91.7%, 92%
    assert by_key["workshop"].rate.percent == 92
    assert rates.rate.percent == 86  # 31 of 36: 86.1%

    # The 9 who attended have the training step, recorded by the session, before their match
    # (2 March); nobody else had the training: 9 of 24 matched, 37.5%, half up 38%.
    check = next(c for c in load_evidence(db, program_id, today=TODAY).checks
                 if c.key == "training_before_match")  # fmt: skip
    assert (check.value, check.n, check.extra) == (38, 24, {"by_session": 9})
    assert f"({step_name}) by the day their match started, 9 of them by attending" in (
        check.sentence
    )
    # The training was before anyone's match; the two mentees absent at the workshop since
    # their match attended none: they need a word.
    flagged = [i for i in attention_items(db, program_id, today=TODAY, now=now)
               if i.kind == AttentionKind.NO_SESSION]  # fmt: skip
    assert sorted(i.participant_id for i in flagged) == sorted(mentees[10:])
    assert {i.count for i in flagged} == {1}

    book = load_workbook(export_workbook(db, program_id, tmp_path / "a.xlsx", today=TODAY))
    rows = list(book["Sessions"].iter_rows(values_only=True))
    col = {title: i for i, title in enumerate(rows[0])}
    assert [(r[col["Title"]], r[col["Invited (n)"]], r[col["Attended"]], r[col["Absent"]],
             r[col["Attending completes step"]]) for r in rows[1:3]] == [
        ("Mentor training", 12, 9, 3, step_name), ("Goal setting", 24, 22, 2, None),
    ]  # fmt: skip
    assert book["Attendance"].max_row == 25  # a header and the 24 people

    # Undo the 9 marked attended: back to invited, their steps gone, the reports follow.
    attendance.undo(db, marked)
    rates = attendance_rates(db, program_id, now=now)
    assert {k.key: k for k in rates.kinds}["training"].tally == Tally(0, 0, 3, 9)
    check = next(c for c in load_evidence(db, program_id, today=TODAY).checks
                 if c.key == "training_before_match")  # fmt: skip
    assert (check.value, check.extra) == (0, {"by_session": 0})
