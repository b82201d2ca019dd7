"""Undo and redo for the Check-ins screen: responses, imports, goals, ended pairs.

Each command is pushed once its change has been made (the first redo does
nothing); undo and redo run core calls on the worker, then tell the window
which kinds of records changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ui import messages, operations
from ui.checkins.models import tr
from ui.qt import QUndoCommand
from ui.screens import PAIRS, PEOPLE, SURVEYS

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.errors import UserError
    from peerdesk.matching.apply import Changes
    from peerdesk.pairs.goals import GoalRow
    from peerdesk.surveys.forms_import import SurveyImportPlan
    from peerdesk.surveys.responses import ResponseData
    from ui.main_window import MainWindow


class WorkerCommand(QUndoCommand):
    kinds: frozenset[str] = frozenset()

    def __init__(self, window: MainWindow, db: Database, text: str) -> None:
        super().__init__(text)
        self.window = window
        self.db = db
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        self._done = True
        self._run(self.do_redo, tr("Redoing…"))

    def undo(self) -> None:
        self._done = False
        self._run(self.do_undo, tr("Undoing…"))

    def do_redo(self, db: Database) -> Any:
        raise NotImplementedError

    def do_undo(self, db: Database) -> Any:
        raise NotImplementedError

    def _run(self, fn: Any, label: str) -> None:
        db, window, kinds = self.db, self.window, self.kinds

        def failure(exc: UserError) -> None:
            messages.show_user_error(window, exc)
            window.notify(kinds)

        operations.Op(
            lambda state: fn(db),
            success=lambda _result: window.notify(kinds),
            failure=failure,
            label=label,
            parent=window,
        ).run()


class ResponseCommand(WorkerCommand):
    kinds = frozenset({SURVEYS})

    def __init__(
        self, window: MainWindow, db: Database, program_id: int, data: ResponseData, rid: int
    ) -> None:
        super().__init__(window, db, tr("Record a response"))
        self.program_id, self.data, self.response_id = program_id, data, rid

    def do_undo(self, db: Database) -> None:
        from peerdesk.surveys.responses import delete_response

        delete_response(db, self.response_id)

    def do_redo(self, db: Database) -> None:
        from peerdesk.surveys.responses import record_response

        self.response_id = record_response(db, self.program_id, self.data)


class ImportCommand(WorkerCommand):
    kinds = frozenset({SURVEYS})

    def __init__(
        self, window: MainWindow, db: Database, plan: SurveyImportPlan, ids: tuple[int, ...]
    ) -> None:
        super().__init__(window, db, tr("Import responses"))
        self.plan, self.ids = plan, ids

    def do_undo(self, db: Database) -> None:
        from peerdesk.surveys.responses import delete_responses

        delete_responses(db, self.ids)

    def do_redo(self, db: Database) -> None:
        from peerdesk.surveys.forms_import import commit_survey_import

        self.ids = commit_survey_import(db, self.plan).response_ids


class GoalCommand(WorkerCommand):
    """A goal added (before None), changed, or deleted (after None)."""

    kinds = frozenset({PAIRS})

    def __init__(
        self, window: MainWindow, db: Database, before: GoalRow | None, after: GoalRow | None
    ) -> None:
        text = (
            tr("Add a goal")
            if before is None
            else tr("Delete a goal")
            if after is None
            else tr("Change a goal")
        )
        super().__init__(window, db, text)
        self.before, self.after = before, after

    @staticmethod
    def _put(db: Database, present: GoalRow | None, wanted: GoalRow | None, redo: bool) -> None:
        """Make the goal ``wanted`` if it is still ``present`` (refused if someone changed it)."""
        from peerdesk.pairs.goals import delete_goal, restore_goal, update_goal

        if wanted is None and present is not None:
            delete_goal(db, present.id, unchanged_since=present, redo=redo)
        elif present is None and wanted is not None:
            restore_goal(db, wanted)
        elif wanted is not None:
            update_goal(
                db, wanted.id, text=wanted.text, target_date=wanted.target_date,
                progress=wanted.progress, unchanged_since=present, redo=redo,
            )  # fmt: skip

    def do_undo(self, db: Database) -> None:
        self._put(db, self.after, self.before, redo=False)

    def do_redo(self, db: Database) -> None:
        self._put(db, self.before, self.after, redo=True)


class PairsEndedCommand(WorkerCommand):
    """One pair ended, or a whole cycle closed: the matching engine undoes it exactly."""

    kinds = frozenset({PAIRS, PEOPLE})

    def __init__(self, window: MainWindow, db: Database, changes: Changes, text: str) -> None:
        super().__init__(window, db, text)
        self.changes = changes

    def do_undo(self, db: Database) -> None:
        from peerdesk.matching.apply import undo

        undo(db, self.changes)

    def do_redo(self, db: Database) -> None:
        from peerdesk.matching.apply import redo

        redo(db, self.changes)
