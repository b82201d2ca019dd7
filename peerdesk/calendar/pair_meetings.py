"""A pair's end ends its future: the meetings of a pair that ends, or pauses, come off.

Ending a pair (completed or early) cancels its meetings still scheduled after
the day it ended; pausing it holds those from the day it paused — cancelled
too, so that nobody goes to them, but marked as held for the pause
(``cancel_reason = "pair_paused"``) so that resuming the pair brings back the
ones still to come. Each changed meeting's ``sequence`` goes up, so the next
calendar file carries it as ``STATUS:CANCELLED`` (or confirmed again) with the
same UID and a higher SEQUENCE, and the calendars people imported drop it (or
show it again).

These run inside the pair operation's own transaction
(:mod:`peerdesk.matching.apply`) and record into a calendar
:class:`~peerdesk.calendar.changes.Recorder`, so ending a pair and cancelling
its meetings are one action, undone together.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.calendar import zones
from peerdesk.calendar.changes import Recorder, revise
from peerdesk.enums import MeetingKind, MeetingStatus
from peerdesk.models import Meeting

PAIR_ENDED = "pair_ended"
PAIR_PAUSED = "pair_paused"
MARGIN = timedelta(days=1)  # a local day lies within a day of the UTC one


def _scheduled_from(session: Session, pair_ids: list[int], day: date) -> list[Meeting]:
    """The pairs' meetings still scheduled on or after ``day`` (each in its own zone)."""
    if not pair_ids:
        return []
    rough = datetime.combine(day, time(0, 0), tzinfo=UTC) - MARGIN
    found = session.scalars(
        select(Meeting)
        .where(
            Meeting.pair_id.in_(pair_ids),
            Meeting.kind == MeetingKind.PAIR,
            Meeting.status == MeetingStatus.SCHEDULED,
            Meeting.starts_at >= rough,
        )
        .order_by(Meeting.starts_at, Meeting.id)
    )
    return [m for m in found if zones.local_date(m.starts_at, m.timezone) >= day]


def cancel_after(
    session: Session, rec: Recorder, pair_ids: Iterable[int], ended_on: date
) -> list[int]:
    """Cancel the pairs' scheduled meetings after ``ended_on``; their ids."""
    return _take_off(session, rec, list(pair_ids), ended_on + timedelta(days=1), PAIR_ENDED)


def hold_from(session: Session, rec: Recorder, pair_id: int, paused_on: date) -> list[int]:
    """Hold (cancel, marked as for the pause) the pair's meetings from ``paused_on`` on."""
    return _take_off(session, rec, [pair_id], paused_on, PAIR_PAUSED)


def _take_off(
    session: Session, rec: Recorder, pair_ids: list[int], first_day: date, reason: str
) -> list[int]:
    meetings = _scheduled_from(session, pair_ids, first_day)
    return _set_status(session, rec, meetings, MeetingStatus.CANCELLED, reason)


def _set_status(
    session: Session,
    rec: Recorder,
    meetings: list[Meeting],
    status: MeetingStatus,
    cancel_reason: str | None,
) -> list[int]:
    """Give ``meetings`` this status (a change their calendar invitations carry); their ids."""
    rec.touch_meetings([m.id for m in meetings])
    for meeting in meetings:
        meeting.status = status
        meeting.cancel_reason = cancel_reason
        revise(meeting)
    session.flush()
    return [m.id for m in meetings]


def restore_held(session: Session, rec: Recorder, pair_id: int, resumed_on: date) -> list[int]:
    """Bring back the meetings held for the pause that are on or after ``resumed_on``.

    Held meetings whose day passed during the pause stay cancelled, as they were.
    """
    rough = datetime.combine(resumed_on, time(0, 0), tzinfo=UTC) - MARGIN
    found = session.scalars(
        select(Meeting)
        .where(
            Meeting.pair_id == pair_id,
            Meeting.status == MeetingStatus.CANCELLED,
            Meeting.cancel_reason == PAIR_PAUSED,
            Meeting.starts_at >= rough,
        )
        .order_by(Meeting.starts_at, Meeting.id)
    )
    meetings = [m for m in found if zones.local_date(m.starts_at, m.timezone) >= resumed_on]
    return _set_status(session, rec, meetings, MeetingStatus.SCHEDULED, None)
