"""Group sessions written straight into a program, for the reports' tests (G4).

Sessions and their marks are inserted as rows, so the reports are tested on known data
whatever the sessions API does; kinds are added only where the program lacks them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from calendar_data import add_pairs, make_program
from sqlalchemy import select

from peerdesk.database import Database
from peerdesk.models import GroupSession, Pair, SessionAttendance, SessionKind

KINDS = {"training": "Training", "workshop": "Workshop", "social": "Social"}
LONDON = "Europe/London"


def ensure_kinds(db: Database, program_id: int) -> None:
    with db.transaction() as session:
        have = set(
            session.scalars(select(SessionKind.key).where(SessionKind.program_id == program_id))
        )
        for position, (key, name) in enumerate(KINDS.items()):
            if key not in have:
                session.add(
                    SessionKind(program_id=program_id, key=key, name=name, position=position)
                )


def add_session(
    db: Database,
    program_id: int,
    kind: str,
    starts_at: datetime,
    invited: Iterable[int],
    marks: Mapping[int, str] | None = None,
    *,
    title: str = "",
    status: str = "scheduled",
    completes_step_id: int | None = None,
    length_minutes: int = 90,
    invite: str = "people",
) -> int:
    """A session with ``invited`` as its attendance rows, marked as ``marks`` says."""
    marks = marks or {}
    with db.transaction() as session:
        made = GroupSession(
            uid=f"{uuid.uuid4()}@peerdesk",
            program_id=program_id,
            kind=kind,
            title=title or KINDS.get(kind, kind),
            starts_at=starts_at,
            timezone=LONDON,
            length_minutes=length_minutes,
            invite=invite,
            status=status,
            completes_step_id=completes_step_id,
        )
        for participant_id in invited:
            mark = marks.get(participant_id, "invited")
            made.attendance.append(
                SessionAttendance(
                    participant_id=participant_id,
                    status=mark,
                    marked_at=None if mark == "invited" else datetime(2026, 3, 1, tzinfo=UTC),
                )
            )
        session.add(made)
        session.flush()
        return made.id


NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)
T1 = datetime(2026, 2, 3, 18, tzinfo=UTC)
T2 = datetime(2026, 2, 10, 18, tzinfo=UTC)
W1 = datetime(2026, 3, 5, 17, tzinfo=UTC)
W2 = datetime(2026, 4, 2, 17, tzinfo=UTC)  # still to come at NOW
S1 = datetime(2026, 3, 12, 19, tzinfo=UTC)  # cancelled


def _people(db: Database, program_id: int) -> tuple[list[int], list[int]]:
    pair_ids = add_pairs(db, program_id, 6)
    with db.reading() as session:
        pairs = [session.get(Pair, p) for p in pair_ids]
        return [p.mentor_id for p in pairs if p], [p.mentee_id for p in pairs if p]


def build_sessions(db: Database) -> tuple[int, list[int], list[int]]:
    """Six pairs (mentors m, mentees e) and five sessions: two trainings for the mentors
    (T1 marked, T2 not), a workshop for everyone (W1, partly marked), one still to come at
    NOW (W2, two excused ahead) and a cancelled social (S1). Returns (program, m, e)."""
    program_id = make_program(db)
    ensure_kinds(db, program_id)
    m, e = _people(db, program_id)
    everyone = m + e
    A, X, N = "attended", "excused", "absent"
    add_session(db, program_id, "training", T1, m, {**{p: A for p in m[:5]}, m[5]: N})
    add_session(db, program_id, "training", T2, m)  # nobody marked yet
    add_session(db, program_id, "workshop", W1, everyone, {
        m[0]: A, m[1]: A, m[2]: A, e[0]: A, e[1]: A, e[2]: A, e[3]: X, e[4]: X, m[5]: N,
    })  # fmt: skip
    add_session(db, program_id, "workshop", W2, everyone, {e[3]: X, e[4]: X},
                title="=SUM(1,2) open house")  # fmt: skip
    add_session(db, program_id, "social", S1, everyone, {p: A for p in everyone},
                status="cancelled")  # fmt: skip
    return program_id, m, e
