"""Who is invited to which sessions, by person: what the calendar's pair and person
filters need to keep a person's sessions in view.

One query per 500 sessions (the calendar's six weeks hold a few dozen), reading only
ids: no names leave the database here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select

from peerdesk.calendar.changes import chunks
from peerdesk.database import Database
from peerdesk.models import Participant, SessionAttendance


def invited_people(db: Database, session_ids: Iterable[int]) -> dict[int, frozenset[int]]:
    """Each of these sessions' invited people, as person ids (a session nobody is
    invited to maps to an empty set)."""
    ids = sorted(set(session_ids))
    found: dict[int, set[int]] = defaultdict(set)
    with db.reading() as session:
        for part in chunks(ids):
            rows = session.execute(
                select(SessionAttendance.session_id, Participant.person_id)
                .join(Participant, Participant.id == SessionAttendance.participant_id)
                .where(SessionAttendance.session_id.in_(part))
            )
            for session_id, person_id in rows:
                found[session_id].add(person_id)
    return {i: frozenset(found.get(i, ())) for i in ids}
