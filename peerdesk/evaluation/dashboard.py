"""The dashboard's numbers: cards, charts and, for a new program, the next steps.

Everything is read in one go with plain SQL (like :mod:`peerdesk.program.reads`),
so the screen fills quickly even for a program with tens of thousands of
meetings. Months are the meeting's own local months (a 23:30 meeting on the
31st belongs to the month it happened in where it happened).

The funnel is counted from what happened, not from today's statuses alone: a
mentor whose pair completed is back to "ready" for the next cycle, but has
still been matched and completed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from peerdesk.database import Database
from peerdesk.enums import ParticipantStatus
from peerdesk.evaluation.figures import (
    MeetingCounts,
    MonthCount,
    ProgramFigures,
    Share,
    local_month,
    program_figures,
    read_snapshot,
)
from peerdesk.program.next_steps import NextStep, first_steps_pending, next_steps_from

__all__ = [
    "DashboardData",
    "FunnelStage",
    "MonthCount",
    "NextStep",
    "load_dashboard",
    "local_month",
]


@dataclass(frozen=True)
class FunnelStage:
    key: str  # "applied", "ready", "matched", "completed"
    label: str
    count: int


@dataclass
class DashboardData:
    """The dashboard's figures (shared with the workbook and the PDF) and its next steps."""

    program_id: int
    program_name: str
    today: date
    figures: ProgramFigures
    funnel: list[FunnelStage]
    steps: list[NextStep] = field(default_factory=list)
    attention_note: str = ""

    # The figures under the names the screens have always used.
    @property
    def participants(self) -> int:
        return self.figures.people

    @property
    def by_status(self) -> dict[ParticipantStatus, int]:
        return self.figures.by_status

    @property
    def matched(self) -> int:
        return self.figures.matched

    @property
    def matchable(self) -> int:
        return self.figures.matchable

    @property
    def matched_share(self) -> Share:
        return self.figures.matched_share

    @property
    def active_pairs(self) -> int:
        return self.figures.pairs_active

    @property
    def paused_pairs(self) -> int:
        return self.figures.pairs_paused

    @property
    def ended_pairs(self) -> int:
        return self.figures.pairs_ended

    @property
    def completed_pairs(self) -> int:
        return self.figures.pairs_completed

    @property
    def ended_early_pairs(self) -> int:
        return self.figures.pairs_ended_early

    @property
    def meetings(self) -> MeetingCounts:
        return self.figures.meetings

    @property
    def meetings_this_month(self) -> int:
        return self.figures.this_month.held

    @property
    def meetings_held(self) -> int:
        return self.figures.meetings.held

    @property
    def unlogged(self) -> int:
        return self.figures.meetings.unlogged

    @property
    def mentor_minutes(self) -> int:
        return self.figures.meetings.minutes

    @property
    def mentor_hours(self) -> Decimal:
        return self.figures.mentor_hours

    @property
    def satisfaction(self) -> Decimal | None:
        return self.figures.satisfaction.mean

    @property
    def satisfaction_n(self) -> int:
        return self.figures.satisfaction.n

    @property
    def satisfaction_counts(self) -> tuple[int, int, int, int, int]:
        return self.figures.satisfaction.counts

    @property
    def needs_attention(self) -> int | None:
        return None if self.figures.attention is None else self.figures.attention.count

    @property
    def per_month(self) -> list[MonthCount]:
        return self.figures.per_month

    @property
    def is_new(self) -> bool:
        """Whether the program still has first steps to take (the checklist shows)."""
        return first_steps_pending(self.steps)


def load_dashboard(db: Database, program_id: int, *, today: date | None = None) -> DashboardData:
    """Every number the dashboard shows, for ``today`` (default: the computer's date)."""
    today = today or date.today()
    figures = program_figures(db, program_id, today=today)
    with read_snapshot(db) as conn:
        name = conn.execute("SELECT name FROM program WHERE id = ?", (program_id,)).fetchone()[0]
        steps = next_steps_from(conn, program_id)  # the one checklist, as the Overview shows it
    funnel = [
        FunnelStage("applied", "Applied", figures.people),
        FunnelStage("ready", "Ready", figures.ready),
        FunnelStage("matched", "Matched", figures.matched),
        FunnelStage("completed", "In a completed pair", figures.in_completed_pair),
    ]
    note = (
        "" if figures.attention is not None else "The calendar's attention list is not available."
    )
    return DashboardData(
        program_id=program_id,
        program_name=name,
        today=today,
        figures=figures,
        funnel=funnel,
        steps=steps,
        attention_note=note,
    )
