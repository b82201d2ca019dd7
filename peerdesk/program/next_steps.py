"""The next steps of a new program: what is done and what is still to do, from the database.

One checklist, shown on the program's Overview (where a new program lands) and
on the Dashboard, computed here only. A step is ticked only when what it says
is done: "Set up the program" waits for a purpose and both dates, "Schedule the
first meetings" for a meeting for every active pair. Plain, portable SQL
on the quick connection, like :mod:`peerdesk.program.reads`, so the first screen
does not wait for the ORM.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from peerdesk.enums import MeetingKind, MeetingStatus, PairStatus, ParticipantStatus
from peerdesk.groups.statuses import CANCELLED

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.storage import QuickConnection

# The steps, in order (the screens word them and open the screen where each is done).
STEP_SETUP = "setup"
STEP_IMPORT = "import"
STEP_READY = "ready"
STEP_MATCH = "match"
STEP_AGREEMENTS = "agreements"
STEP_SCHEDULE = "schedule"

# What "Set up the program" still lacks.
MISSING_PURPOSE = "purpose"
MISSING_DATES = "dates"

_STARTED = (PairStatus.ACTIVE.value, PairStatus.PAUSED.value, PairStatus.ENDED.value)
_READY_STATUSES = (
    ParticipantStatus.READY.value,
    ParticipantStatus.MATCHED.value,
    ParticipantStatus.COMPLETED.value,
)


@dataclass(frozen=True)
class NextStep:
    key: str
    done: bool
    count: int = 0  # how much of it is done (people, ready people, pairs, signed, scheduled)
    of: int = 0  # out of (ready: people; agreements and meetings: active pairs and circles)
    missing: tuple[str, ...] = ()  # setup: MISSING_PURPOSE, MISSING_DATES
    circles: int = 0  # how many of count (match) or of (agreements, meetings) are circles


def first_steps_pending(steps: list[NextStep]) -> bool:
    """Whether the checklist still shows: a first step is not done yet.

    Whether everyone is ready does not keep it open by itself: people who join a
    running program later are not a new program's first steps.
    """
    return any(not step.done for step in steps if step.key != STEP_READY)


def next_steps_from(conn: QuickConnection, program_id: int) -> list[NextStep]:
    """The checklist, read through an open quick connection (the caller's snapshot)."""
    purpose, start, end = conn.execute(
        "SELECT purpose, start_date, end_date FROM program WHERE id = ?", (program_id,)
    ).fetchone()
    missing = tuple(
        part
        for part, lacking in ((MISSING_PURPOSE, not (purpose or "").strip()),
                              (MISSING_DATES, not (start and end)))
        if lacking
    )  # fmt: skip
    required = conn.execute(
        "SELECT count(*) FROM program_step WHERE program_id = ? AND required", (program_id,)
    ).fetchone()[0]
    people = conn.execute(
        "SELECT p.status, p.readiness_override, "
        "(SELECT count(*) FROM step_record r JOIN program_step s ON s.id = r.step_id "
        " WHERE r.participant_id = p.id AND s.required AND r.completed_on IS NOT NULL) "
        "FROM participant p WHERE p.program_id = ?",
        (program_id,),
    ).fetchall()
    participants = len(people)
    waiting = [p for p in people if p[0] != ParticipantStatus.WITHDRAWN.value]
    ready = sum(
        1
        for status, override, done in waiting
        if override or done >= required or status in _READY_STATUSES
    )
    pairs = conn.execute(
        "SELECT status, agreement_signed_on, "
        "(SELECT count(*) FROM meeting m WHERE m.pair_id = pair.id AND m.kind = ? "
        " AND m.status != ?) FROM pair WHERE program_id = ?",
        (MeetingKind.PAIR.value, MeetingStatus.CANCELLED.value, program_id),
    ).fetchall()
    # A program that matches in circles (groups mode) counts them beside its pairs:
    # a circle's agreement and its first meeting (a session for the circle) count too.
    pairs += conn.execute(
        "SELECT status, agreement_signed_on, "
        "(SELECT count(*) FROM group_session g WHERE g.circle_id = circle.id "
        " AND g.invite = 'circle' AND g.status != ?) FROM circle WHERE program_id = ?",
        (CANCELLED, program_id),
    ).fetchall()
    circles = conn.execute(
        "SELECT count(*) FROM circle WHERE program_id = ? AND status IN (?, ?, ?)",
        (program_id, *_STARTED),
    ).fetchone()[0]
    active_circles = conn.execute(
        "SELECT count(*) FROM circle WHERE program_id = ? AND status = ?",
        (program_id, PairStatus.ACTIVE.value),
    ).fetchone()[0]
    started = [p for p in pairs if p[0] in _STARTED]
    active = [p for p in pairs if p[0] == PairStatus.ACTIVE.value]
    ended = any(p[0] == PairStatus.ENDED.value for p in pairs)
    signed = sum(1 for p in active if p[1])
    scheduled = sum(1 for p in active if p[2])
    any_meeting = any(p[2] for p in pairs)
    return [
        NextStep(STEP_SETUP, not missing, missing=missing),
        NextStep(STEP_IMPORT, participants > 0, participants),
        NextStep(STEP_READY, bool(waiting) and ready == len(waiting), ready, len(waiting)),
        NextStep(STEP_MATCH, bool(started), len(started), circles=circles),
        NextStep(
            STEP_AGREEMENTS,
            (bool(active) and signed == len(active)) or (not active and ended),
            signed,
            len(active),
            circles=active_circles,
        ),
        NextStep(
            STEP_SCHEDULE,
            (bool(active) and scheduled == len(active)) or (not active and ended and any_meeting),
            scheduled,
            len(active),
            circles=active_circles,
        ),
    ]


def next_steps(db: Database, program_id: int) -> list[NextStep]:
    """The program's checklist, as it stands in the database now."""
    with db.quick() as conn:
        conn.begin()  # its four reads as one state
        return next_steps_from(conn, program_id)
