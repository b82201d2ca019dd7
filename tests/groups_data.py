"""Group sessions written straight into a program, for the reports' tests (G4).

Sessions and their marks are inserted as rows, so the reports are tested on known data
whatever the sessions API does; kinds are added only where the program lacks them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from sqlalchemy import select

from peerdesk.database import Database
from peerdesk.models import GroupSession, SessionAttendance, SessionKind

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
