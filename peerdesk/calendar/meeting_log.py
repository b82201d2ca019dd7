"""Logging what happened at a meeting or staff check-in: held, cancelled, no-show.

A log records the outcome, how long it actually lasted, notes and topics.
A meeting can be logged as cancelled ahead of time, but not as held (or
missed) before it has started. "Log meetings" logs many at once — a day's or
a whole period's that nobody logged yet — in one transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from peerdesk import conflicts
from peerdesk.calendar import versions
from peerdesk.calendar.changes import CalendarChanges, Recorder, revise
from peerdesk.database import Database
from peerdesk.enums import MeetingStatus
from peerdesk.errors import NotFound, UserError, ValidationError
from peerdesk.models import Meeting
from peerdesk.storage.retry import strict

if TYPE_CHECKING:
    from peerdesk.calendar.reads import MeetingRow

MAX_ACTUAL_MINUTES = 12 * 60
TOPICS_MAX = 500


class NotYetHappened(UserError):
    template = (
        "This meeting has not started yet, so it can only be logged as cancelled. "
        "Log it as held or missed once it is over."
    )


@dataclass(frozen=True)
class LogEntry:
    """One meeting's log. ``actual_minutes`` None for a held meeting: as planned."""

    meeting_id: int
    status: MeetingStatus
    actual_minutes: int | None = None
    notes: str = ""
    topics: str = ""


def validate_entry(entry: LogEntry) -> dict[str, str]:
    """Problems with an entry, by field (empty if it is fine)."""
    problems: dict[str, str] = {}
    if entry.actual_minutes is not None and not 0 < entry.actual_minutes <= MAX_ACTUAL_MINUTES:
        problems["actual_minutes"] = "The actual length is between 1 minute and 12 hours."
    if len(entry.topics) > TOPICS_MAX:
        problems["topics"] = f"Keep the topics under {TOPICS_MAX} characters."
    return problems


def _apply(meeting: Meeting, entry: LogEntry, now: datetime) -> None:
    ahead = entry.status not in (MeetingStatus.CANCELLED, MeetingStatus.SCHEDULED)
    if ahead and meeting.starts_at > now:
        raise NotYetHappened()
    if (entry.status == MeetingStatus.CANCELLED) != (meeting.status == MeetingStatus.CANCELLED):
        revise(meeting, now)  # calendars take the (un)cancelling
    if entry.status != meeting.status:
        meeting.cancel_reason = None  # logged by hand: no longer PeerDesk's own cancelling
    meeting.status = entry.status
    if entry.status == MeetingStatus.HELD:
        meeting.actual_minutes = entry.actual_minutes or meeting.length_minutes
    else:
        meeting.actual_minutes = None
    meeting.notes = entry.notes.strip()
    meeting.topics = entry.topics.strip()
    meeting.logged_at = None if entry.status == MeetingStatus.SCHEDULED else now


@strict
def log_meetings(
    db: Database,
    entries: Sequence[LogEntry],
    *,
    now: datetime | None = None,
    expected_versions: Mapping[int, conflicts.Version] | None = None,
) -> CalendarChanges:
    """Log several meetings in one transaction (all of them, or none if one is wrong).

    Logging a meeting as ``SCHEDULED`` clears its log. ``expected_versions``: the
    versions of meetings a form showed (by id); one saved by someone else since is
    :class:`~peerdesk.conflicts.EditConflict`, and nothing is logged.
    """
    if not entries:
        raise ValidationError({"entries": "Choose at least one meeting to log."})
    for entry in entries:
        problems = validate_entry(entry)
        if problems:
            raise ValidationError(problems)
    moment = now or datetime.now(UTC)
    with db.transaction() as session:
        meetings = []
        for entry in entries:
            meeting = session.get(Meeting, entry.meeting_id)
            if meeting is None:
                raise NotFound(what="That meeting")
            meetings.append(meeting)
        program_ids = {m.program_id for m in meetings}
        rec = Recorder(session, meetings[0].program_id, "log_meetings")
        if len(program_ids) > 1:
            raise UserError("These meetings belong to different programs; log them one by one.")
        rec.touch_meetings([m.id for m in meetings])
        for meeting, entry in zip(meetings, entries, strict=True):
            expected = (expected_versions or {}).get(meeting.id)
            versions.check(session, meeting, expected, _logged(meeting, entry))
            _apply(meeting, entry, moment)
        return rec.finish(statuses=sorted({e.status.value for e in entries}))


def _logged(meeting: Meeting, entry: LogEntry) -> dict[str, object]:
    """The fields ``entry`` sets, as :func:`peerdesk.calendar.versions.meeting_fields`
    names them."""
    held = entry.status == MeetingStatus.HELD
    return {
        "status": entry.status,
        "actual_minutes": (entry.actual_minutes or meeting.length_minutes) if held else None,
        "notes": entry.notes.strip(),
        "topics": entry.topics.strip(),
    }


def log_meeting(
    db: Database,
    meeting_id: int,
    status: MeetingStatus,
    *,
    actual_minutes: int | None = None,
    notes: str = "",
    topics: str = "",
    now: datetime | None = None,
    expected_version: conflicts.Version | None = None,
) -> CalendarChanges:
    """Log one meeting: held (with its actual length), cancelled or no-show.
    ``expected_version``: as in :func:`log_meetings`."""
    entry = LogEntry(meeting_id, status, actual_minutes, notes, topics)
    expected = None if expected_version is None else {meeting_id: expected_version}
    return log_meetings(db, [entry], now=now, expected_versions=expected)


def meetings_to_log(
    db: Database, program_id: int, first: date, last: date, *, now: datetime | None = None
) -> list[MeetingRow]:
    """The meetings and check-ins of local dates ``first``..``last`` that have started and
    that nobody has logged yet, in time order."""
    from peerdesk.calendar.reads import select_meetings

    moment = now or datetime.now(UTC)
    with db.reading() as session:
        rows = select_meetings(session, program_id, first=first, last=last)
    return [r for r in rows if r.status == MeetingStatus.SCHEDULED and r.starts_at <= moment]


def first_unlogged_day(
    db: Database, program_id: int, *, now: datetime | None = None
) -> date | None:
    """The local date of the oldest meeting that has started and is not logged, if any."""
    from peerdesk.calendar import zones

    moment = now or datetime.now(UTC)
    with db.reading() as session:
        oldest = session.execute(
            select(Meeting.starts_at, Meeting.timezone)
            .where(
                Meeting.program_id == program_id,
                Meeting.status == MeetingStatus.SCHEDULED,
                Meeting.starts_at <= moment,
            )
            .order_by(Meeting.starts_at, Meeting.id)
            .limit(1)
        ).first()
    if oldest is None:
        return None
    return zones.local_date(oldest[0], oldest[1])
