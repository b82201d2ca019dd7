"""Closing: ending a pair well, closing a whole cycle, and counting mentors' hours.

A pair ends *completed* or *ended early*, for a reason picked from a short
list (so the reasons can be counted) with words of the coordinator's own
added, and with a note of whether the mentee may be matched again. The
matching engine's :func:`~peerdesk.matching.apply.end_pair` does the ending,
so the board and this screen end pairs the same way and undo alike; its
meetings after the end are cancelled with it (:mod:`peerdesk.calendar.pair_meetings`).
Before asking how a pair ended, :func:`recent_misses` tells whether its last
meetings were cancelled or missed, so that the question can suggest "ended early".

Closing a cycle ends every open pair at the program's end date in one
transaction: active pairs as completed, paused ones as ended early.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from peerdesk.database import Database
from peerdesk.documents.pairs import held_minutes
from peerdesk.enums import MeetingKind, MeetingStatus, PairOutcome, PairStatus
from peerdesk.errors import NotFound, UserError
from peerdesk.matching.apply import Changes, Ending, end_pair, end_pairs
from peerdesk.models import Meeting, Pair, Program
from peerdesk.pairs.dates import end_on_or_after_start

OTHER = "Other"
END_REASONS: tuple[str, ...] = (
    "Goals reached",
    "Program ended",
    "Schedules did not fit",
    "Lost contact",
    "Not a good match",
    "Moved away or changed role",
    "Personal or health reasons",
    OTHER,
)
CYCLE_REASON = "Program ended"
PAUSED_REASON = "Program ended while the pair was paused"


class NothingToClose(UserError):
    template = "There are no active or paused pairs to close in this program."


class OtherNeedsWords(UserError):
    template = "Say in a few words why the pair is ending."


@dataclass(frozen=True)
class MentorHours:
    participant_id: int
    meetings: int
    minutes: int

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 1)


@dataclass(frozen=True)
class Closed:
    """What ending a pair did: the changes (for undo) and the pair's held meetings."""

    changes: Changes
    meetings: int
    minutes: int


@dataclass(frozen=True)
class CyclePreview:
    program_id: int
    ended_on: date
    active: int
    paused: int

    @property
    def total(self) -> int:
        return self.active + self.paused


def end_reason_text(choice: str, details: str = "") -> str:
    """The reason as stored: "Lost contact: no reply since May"; "Other" gives way to words."""
    choice, details = choice.strip(), " ".join(details.split())
    if choice == OTHER or not choice:
        if not details:
            raise OtherNeedsWords()
        return details
    return f"{choice}: {details}" if details else choice


def split_reason(text: str | None) -> tuple[str, str]:
    """A stored reason back into (choice from the list, the coordinator's words)."""
    text = (text or "").strip()
    for choice in END_REASONS:
        if text == choice:
            return choice, ""
        if text.startswith(choice + ": "):
            return choice, text[len(choice) + 2 :]
    return (OTHER, text) if text else ("", "")


def close_pair(
    db: Database,
    pair_id: int,
    *,
    outcome: PairOutcome,
    reason: str,
    details: str = "",
    rematch_eligible: bool,
    ended_on: date | None = None,
) -> Closed:
    """End one active or paused pair; one transaction. Returns its held meetings too."""
    changes = end_pair(
        db,
        pair_id,
        reason=end_reason_text(reason, details),
        rematch_eligible=rematch_eligible,
        outcome=outcome,
        ended_on=ended_on,
    )
    totals = held_minutes(db, [pair_id]).get(pair_id)
    return Closed(changes, totals.meetings if totals else 0, totals.minutes if totals else 0)


MISSED = (MeetingStatus.CANCELLED, MeetingStatus.NO_SHOW)


def recent_misses(db: Database, pair_id: int, *, now: datetime | None = None) -> int:
    """How many of the pair's latest past meetings in a row were cancelled or missed.

    Meetings nobody has logged yet are passed over (not logged is not missed), and so
    are those PeerDesk cancelled by itself when the pair paused.
    """
    moment = now or datetime.now(UTC)
    with db.reading() as session:
        rows = session.execute(
            select(Meeting.status, Meeting.cancel_reason)
            .where(
                Meeting.pair_id == pair_id,
                Meeting.kind == MeetingKind.PAIR,
                Meeting.starts_at <= moment,
                Meeting.status != MeetingStatus.SCHEDULED,
            )
            .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
        )
        count = 0
        for status, cancel_reason in rows:
            if cancel_reason is not None:
                continue
            if status not in MISSED:
                break
            count += 1
    return count


def _cycle_end(program: Program, today: date | None) -> date:
    today = today or date.today()
    if program.end_date is not None and program.end_date <= today:
        return program.end_date
    return today


def cycle_preview(db: Database, program_id: int, *, today: date | None = None) -> CyclePreview:
    """What closing the cycle would end, and on which date (the end date, if it has passed)."""
    with db.reading() as session:
        program = session.get(Program, program_id)
        if program is None:
            raise NotFound(what="That program")
        statuses = list(
            session.scalars(
                select(Pair.status).where(
                    Pair.program_id == program_id,
                    Pair.status.in_((PairStatus.ACTIVE, PairStatus.PAUSED)),
                )
            )
        )
        ended_on = _cycle_end(program, today)
    return CyclePreview(
        program_id,
        ended_on,
        sum(1 for s in statuses if s == PairStatus.ACTIVE),
        sum(1 for s in statuses if s == PairStatus.PAUSED),
    )


def close_cycle(
    db: Database,
    program_id: int,
    *,
    ended_on: date | None = None,
    today: date | None = None,
) -> Changes:
    """End every active pair as completed and every paused one as ended early, together.

    ``ended_on`` defaults to the program's end date once it has passed, else today —
    for a pair that started later than that, its start. Nobody is offered for
    rematching: the cycle is over.
    """
    with db.reading() as session:
        program = session.get(Program, program_id)
        if program is None:
            raise NotFound(what="That program")
        day = ended_on or _cycle_end(program, today)
        rows = session.execute(
            select(Pair.id, Pair.status, Pair.started_on)
            .where(
                Pair.program_id == program_id,
                Pair.status.in_((PairStatus.ACTIVE, PairStatus.PAUSED)),
            )
            .order_by(Pair.id)
        ).all()
    if not rows:
        raise NothingToClose()

    def _day(started: date | None) -> date:  # a date asked for is checked, not moved
        return day if ended_on is not None else end_on_or_after_start(day, started)

    endings = [
        Ending(pair_id, CYCLE_REASON, False, PairOutcome.COMPLETED, _day(started))
        if status == PairStatus.ACTIVE
        else Ending(pair_id, PAUSED_REASON, False, PairOutcome.ENDED_EARLY, _day(started))
        for pair_id, status, started in rows
    ]
    return end_pairs(db, endings, action="close_cycle")


def mentor_hours(db: Database, program_id: int) -> dict[int, MentorHours]:
    """Each mentor's held meetings and time across all their pairs (actual, else planned)."""
    with db.reading() as session:
        pairs = session.execute(
            select(Pair.id, Pair.mentor_id).where(
                Pair.program_id == program_id, Pair.status != PairStatus.PROPOSED
            )
        ).all()
    totals = held_minutes(db, [pair_id for pair_id, _ in pairs])
    meetings: dict[int, int] = defaultdict(int)
    minutes: dict[int, int] = defaultdict(int)
    for pair_id, mentor_id in pairs:
        found = totals.get(pair_id)
        if found is not None:
            meetings[mentor_id] += found.meetings
            minutes[mentor_id] += found.minutes
    return {
        mentor: MentorHours(mentor, meetings[mentor], minutes[mentor])
        for mentor in sorted({m for _, m in pairs})
    }
