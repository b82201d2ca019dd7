"""A pair's goals: what they set out to do, by when, and how far they got.

Each call is one transaction and is recorded in the change history (by id).
Calls that change a goal return it as it was, so that undo is one more call.
A goal's dialog saves against the version it showed (``GoalRow.version``): a
save someone else's came before is refused (:mod:`peerdesk.conflicts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk import conflicts, history
from peerdesk.database import Database
from peerdesk.errors import NotFound, ValidationError
from peerdesk.models import Goal, Pair

TEXT_MAX = 1000


@dataclass(frozen=True)
class GoalRow:
    id: int
    pair_id: int
    text: str
    target_date: date | None
    progress: int  # percent, 0–100
    updated_at: datetime | None = None
    version: int = 1  # the row's version (peerdesk.conflicts)

    @property
    def done(self) -> bool:
        return self.progress >= 100


def _row(goal: Goal) -> GoalRow:
    return GoalRow(
        goal.id,
        goal.pair_id,
        goal.text,
        goal.target_date,
        goal.progress,
        goal.updated_at,
        goal.version,
    )


def goal_fields(text: str, target_date: date | None, progress: int) -> dict[str, object]:
    """A goal field by field (both sides of a conflict)."""
    return {"text": text.strip(), "target_date": target_date, "progress": progress}


def validate_goal(text: str, progress: int) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not text.strip():
        problems["text"] = "Write the goal."
    elif len(text.strip()) > TEXT_MAX:
        problems["text"] = f"Keep the goal under {TEXT_MAX} characters."
    if not 0 <= progress <= 100:
        problems["progress"] = "Progress goes from 0 to 100%."
    return problems


def _goal(session: Session, goal_id: int) -> Goal:
    goal = session.get(Goal, goal_id)
    if goal is None:
        raise NotFound(what="That goal")
    return goal


def _program_of(session: Session, pair_id: int) -> int:
    program_id = session.scalar(select(Pair.program_id).where(Pair.id == pair_id))
    if program_id is None:
        raise NotFound(what="That pair")
    return int(program_id)


def list_goals(db: Database, pair_id: int) -> list[GoalRow]:
    with db.reading() as session:
        goals = session.scalars(select(Goal).where(Goal.pair_id == pair_id).order_by(Goal.id))
        return [_row(g) for g in goals]


def program_goals(db: Database, program_id: int) -> list[GoalRow]:
    """Every goal of every pair in the program, by pair then by id."""
    with db.reading() as session:
        goals = session.scalars(
            select(Goal)
            .join(Pair, Pair.id == Goal.pair_id)
            .where(Pair.program_id == program_id)
            .order_by(Goal.pair_id, Goal.id)
        )
        return [_row(g) for g in goals]


def add_goal(
    db: Database,
    pair_id: int,
    text: str,
    target_date: date | None = None,
    progress: int = 0,
) -> int:
    problems = validate_goal(text, progress)
    if problems:
        raise ValidationError(problems)
    with db.transaction() as session:
        program_id = _program_of(session, pair_id)
        goal = Goal(pair_id=pair_id, text=text.strip(), target_date=target_date, progress=progress)
        session.add(goal)
        session.flush()
        history.record(session, "goal", goal.id, "add", program_id=program_id, pair=pair_id)
        return goal.id


def update_goal(
    db: Database,
    goal_id: int,
    *,
    text: str,
    target_date: date | None,
    progress: int,
    expected_version: conflicts.Version | None = None,
    unchanged_since: GoalRow | None = None,
    redo: bool = False,
) -> GoalRow:
    """Change a goal; returns it as it was. ``expected_version``: the version the goal's
    dialog showed; if someone saved the goal since, nothing is saved
    (:class:`~peerdesk.conflicts.EditConflict`). Undo and redo give ``unchanged_since``,
    the goal as their step left it (see :func:`_unchanged`)."""
    problems = validate_goal(text, progress)
    if problems:
        raise ValidationError(problems)

    def save() -> GoalRow:
        with db.transaction() as session:
            goal = _goal(session, goal_id)
            before = _row(goal)
            if unchanged_since is not None:
                _unchanged(session, before, unchanged_since, redo=redo)
            conflicts.check(
                session,
                entity="goal",
                entity_id=goal_id,
                record=f"The goal “{before.text}”",
                label=before.text,
                expected=expected_version,
                current=(goal.version,),
                theirs=lambda: goal_fields(before.text, before.target_date, before.progress),
                mine=goal_fields(text, target_date, progress),
                changed_at=goal.updated_at,
            )
            goal.text, goal.target_date, goal.progress = text.strip(), target_date, progress
            history.record(
                session, "goal", goal_id, "update", program_id=_program_of(session, goal.pair_id),
                progress=progress,
            )  # fmt: skip
            return before

    return conflicts.saving(save)


def set_progress(db: Database, goal_id: int, progress: int) -> GoalRow:
    """Record how far a goal got (at a check-in); returns it as it was."""
    with db.reading() as session:
        goal = _row(_goal(session, goal_id))
    return update_goal(db, goal_id, text=goal.text, target_date=goal.target_date, progress=progress)


def _unchanged(session: Session, now: GoalRow, then: GoalRow, *, redo: bool) -> None:
    """Refuse an undo or redo when someone changed the goal after its step: nothing is
    written, and :class:`~peerdesk.history.ChangedAfterYou` names who and when."""
    if (now.text, now.target_date, now.progress) != (then.text, then.target_date, then.progress):
        raise history.ChangedAfterYou.find(
            session, [("goal", now.id)], f"the goal “{now.text}”", redo=redo
        )


def delete_goal(
    db: Database, goal_id: int, *, unchanged_since: GoalRow | None = None, redo: bool = False
) -> GoalRow:
    """Delete a goal; returns it, so that :func:`restore_goal` can put it back. Undo and
    redo give ``unchanged_since``, the goal as their step left it."""
    with db.transaction() as session:
        goal = _goal(session, goal_id)
        before = _row(goal)
        if unchanged_since is not None:
            _unchanged(session, before, unchanged_since, redo=redo)
        program_id = _program_of(session, goal.pair_id)
        session.delete(goal)
        history.record(session, "goal", goal_id, "delete", program_id=program_id)
        return before


def restore_goal(db: Database, row: GoalRow) -> None:
    """Put back a deleted goal under its old id."""
    with db.transaction() as session:
        program_id = _program_of(session, row.pair_id)
        session.add(
            Goal(
                id=row.id,
                pair_id=row.pair_id,
                text=row.text,
                target_date=row.target_date,
                progress=row.progress,
            )
        )
        history.record(session, "goal", row.id, "restore", program_id=program_id)
