"""Every change to circles, carried out by the core on the worker and made undoable.

A change runs its :mod:`peerdesk.groups.circles` call through an operation;
only when it worked is a :class:`CircleCommand` pushed on the window's undo
stack (a refused change leaves no step). Undo and redo call the core's
:func:`~peerdesk.groups.circles.undo` and :func:`~peerdesk.groups.circles.redo`,
which put back exactly the rows as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from ui import operations
from ui.qt import QCoreApplication
from ui.screens import MEETINGS, PAIRS, PEOPLE
from ui.undo import RestoreCommand

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.enums import PairOutcome
    from peerdesk.errors import UserError
    from peerdesk.groups.circles import CircleChanges
    from ui.circles.draft import Draft
    from ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def screens_of(changes: CircleChanges) -> set[str]:
    """The screens whose data a circle change touched."""
    kinds = {PAIRS}
    if changes.status_after or changes.status_before:
        kinds.add(PEOPLE)  # ready ↔ matched
    if changes.sessions_after or changes.sessions_before:
        kinds.add(MEETINGS)
    return kinds


class CircleCommand(RestoreCommand):
    """A circle change already made; undo and redo put its rows back through the core."""

    def __init__(self, window: MainWindow, db: Database, text: str, changes: CircleChanges):
        super().__init__(window, db, text, screens_of(changes))
        self.changes = changes

    def restorer(self, *, redo: bool) -> Callable[[Database], Any]:
        from peerdesk.groups import circles

        step = circles.redo if redo else circles.undo
        changes = self.changes
        return lambda db: step(db, changes)


def run_circle_change(
    window: MainWindow,
    text: str,
    action: Callable[[Database], CircleChanges],
    *,
    done: Callable[[CircleChanges], None] | None = None,
    failure: Callable[[UserError], None] | None = None,
) -> operations.Op | None:
    """Make a change to circles, undoably, and tell the window's screens."""
    finished = done or (lambda _changes: None)
    return run_circle_changes(
        window, text, lambda db: [action(db)], done=lambda made: finished(made[0]), failure=failure
    )


def run_circle_changes(
    window: MainWindow,
    text: str,
    actions: Callable[[Database], list[CircleChanges]],
    *,
    done: Callable[[list[CircleChanges]], None] | None = None,
    failure: Callable[[UserError], None] | None = None,
) -> operations.Op | None:
    """Make changes to circles as one undo step (``actions`` puts back what it did if one
    of them is refused), and tell the window's screens."""
    db = window.db
    if db is None:
        return None

    def committed(made: list[CircleChanges]) -> None:
        stack = window.undo_stack
        if len(made) > 1:
            stack.beginMacro(text)
        for changes in made:
            stack.push(CircleCommand(window, db, text, changes))
        if len(made) > 1:
            stack.endMacro()
        window.notify(set().union(*(screens_of(c) for c in made)) if made else {PAIRS})

    return operations.Op(
        lambda state: actions(db),
        committed=committed,
        success=done or (lambda _made: None),
        failure=failure,
        label=tr("Saving…"),
        parent=window,
    ).run()


def confirm_circles(
    window: MainWindow,
    program_id: int,
    draft: Draft,
    start: date,
    *,
    done: Callable[[list[int]], None],
    failure: Callable[[UserError], None],
) -> operations.Op | None:
    """Save the board's circles, active from ``start``, as one undoable step."""
    from peerdesk.groups.circles import CirclePlan

    plans: Sequence[CirclePlan] = [
        CirclePlan(
            circle.name,
            tuple(p.participant_id for p in circle.leaders),
            tuple(p.participant_id for p in circle.members),
            None if circle.score is None else round(circle.score, 2),
        )
        for circle in draft.circles
    ]
    count = len(plans)
    text = tr("Confirm 1 circle") if count == 1 else tr("Confirm {n} circles").format(n=count)

    def action(db: Database) -> CircleChanges:
        from peerdesk.groups import circles

        return circles.confirm_circles(db, program_id, plans, start_date=start)

    return run_circle_change(
        window,
        text,
        action,
        done=lambda changes: done(list(changes.created or changes.circle_ids)),
        failure=failure,
    )


def mark_signed(window: MainWindow, circle_id: int, on_date: date) -> operations.Op | None:
    """Record the day the circle's agreement was signed (undoable)."""
    from peerdesk.groups import circles

    return run_circle_change(
        window,
        tr("Mark agreement signed"),
        lambda db: circles.sign_agreement(db, circle_id, on_date),
    )


def end_circle(
    window: MainWindow,
    circle_id: int,
    outcome: PairOutcome,
    reason: str,
    ended_on: date,
) -> operations.Op | None:
    """End a circle with its outcome and why (undoable)."""
    from peerdesk.groups import circles

    return run_circle_change(
        window,
        tr("End circle"),
        lambda db: circles.end_circle(
            db, circle_id, reason=reason, outcome=outcome, ended_on=ended_on
        ),
    )


def pause_or_resume(window: MainWindow, circle_id: int, pause: bool) -> operations.Op | None:
    """Pause an active circle (its sessions from today on are held) or resume it."""
    from peerdesk.groups import circles

    if pause:
        return run_circle_change(
            window, tr("Pause circle"), lambda db: circles.pause_circle(db, circle_id)
        )
    return run_circle_change(
        window, tr("Resume circle"), lambda db: circles.resume_circle(db, circle_id)
    )


def rename(window: MainWindow, circle_id: int, name: str) -> operations.Op | None:
    from peerdesk.groups import circles

    return run_circle_change(
        window, tr("Rename circle"), lambda db: circles.rename_circle(db, circle_id, name)
    )


def add_people(
    window: MainWindow, circle_id: int, people: Sequence[tuple[int, str]]
) -> operations.Op | None:
    """Put people in a circle, each as ``leader`` or ``member``: one undo step, or none
    of them if one is refused."""
    from peerdesk.groups import circles

    count = len(people)
    text = (
        tr("Add 1 person to a circle")
        if count == 1
        else tr("Add {n} people to a circle").format(n=count)
    )

    def actions(db: Database) -> list[CircleChanges]:
        made: list[CircleChanges] = []
        try:
            for participant_id, role in people:
                made.append(circles.add_member(db, circle_id, participant_id, role))
        except BaseException:
            for changes in reversed(made):
                circles.undo(db, changes)
            raise
        return made

    return run_circle_changes(window, text, actions)


def take_out(window: MainWindow, circle_id: int, participant_id: int) -> operations.Op | None:
    from peerdesk.groups import circles

    return run_circle_change(
        window,
        tr("Take someone out of a circle"),
        lambda db: circles.remove_member(db, circle_id, participant_id),
    )


def move_to(
    window: MainWindow, participant_id: int, from_circle: int, to_circle: int
) -> operations.Op | None:
    from peerdesk.groups import circles

    return run_circle_change(
        window,
        tr("Move someone to another circle"),
        lambda db: circles.move_member(db, participant_id, from_circle, to_circle),
    )


def set_role(
    window: MainWindow, circle_id: int, participant_id: int, leader: bool
) -> operations.Op | None:
    from peerdesk.groups import circles

    role = circles.LEADER if leader else circles.MEMBER
    return run_circle_change(
        window,
        tr("Make someone lead a circle") if leader else tr("Make a leader a member"),
        lambda db: circles.set_role(db, circle_id, participant_id, role),
    )
