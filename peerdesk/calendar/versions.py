"""A meeting edited in its dialog while someone else saved it: the conflict's two sides.

The meeting dialog saves what changed (a new date, place, a log); the save names the
version the dialog showed (``MeetingRow.version``), and :func:`check` refuses it with
:class:`~peerdesk.conflicts.EditConflict` when the meeting is at another one. A
meeting's fields here are what the dialog shows, on the meeting's own wall clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from peerdesk import conflicts
from peerdesk.calendar import zones
from peerdesk.models import Meeting

#: The fields of a meeting its dialog edits, in the dialog's order.
FIELDS = (
    "date",
    "time",
    "length_minutes",
    "place",
    "link",
    "status",
    "actual_minutes",
    "notes",
    "topics",
)


def meeting_fields(meeting: Meeting) -> dict[str, Any]:
    """The stored meeting as its dialog shows it (date and time on its wall clock)."""
    local = zones.to_local(meeting.starts_at, meeting.timezone)
    return {
        "date": local.date(),
        "time": local.strftime("%H:%M"),
        "length_minutes": meeting.length_minutes,
        "place": meeting.place,
        "link": meeting.link,
        "status": meeting.status,
        "actual_minutes": meeting.actual_minutes,
        "notes": meeting.notes,
        "topics": meeting.topics,
    }


def check(
    session: Session,
    meeting: Meeting,
    expected: conflicts.Version | None,
    changes: Mapping[str, Any],
) -> None:
    """Refuse a save of ``changes`` (field → new value) made from version ``expected``
    when the meeting is at another version now; ``mine`` is the stored meeting with the
    changes, so only the fields this save changes can differ."""
    if expected is None:
        return
    stored = meeting_fields(meeting)
    day = stored["date"].isoformat()
    conflicts.check(
        session,
        entity="meeting",
        entity_id=meeting.id,
        record=f"The meeting on {day}",
        label=day,
        expected=expected,
        current=(meeting.version,),
        theirs=lambda: stored,
        mine={**stored, **changes},
    )


__all__ = ["FIELDS", "check", "meeting_fields"]
