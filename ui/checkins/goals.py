"""The "Goals and closing" tab: each pair's goals, ending a pair, closing the cycle.

Pick a pair on the left; its goals show on the right, each with its target
date and progress, to add, change (a progress slider) or delete. **End
pair…** asks how and why it ended and can go straight on to the closing
survey; **Close the cycle…** ends every open pair at the program's end date
after saying exactly what it will do. Everything is undoable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from peerdesk.conflicts import EditConflict
from peerdesk.enums import PairStatus
from peerdesk.pairs.goals import GoalRow
from ui import conflict_dialog, icons, messages, operations
from ui.checkins.commands import GoalCommand, PairsEndedCommand
from ui.checkins.dialogs import Ending, EndPairDialog, GoalDialog, GoalValues
from ui.checkins.models import (
    PairRow,
    SearchProxy,
    day_text,
    goals_model,
    pairs_model,
)
from ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QDate,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QItemSelectionModel,
    QLabel,
    QLineEdit,
    QLocale,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.screens import PAIRS, PEOPLE

if TYPE_CHECKING:
    from datetime import date

    from peerdesk.database import Database
    from peerdesk.errors import UserError
    from peerdesk.matching.apply import Changes
    from peerdesk.pairs.closing import Closed, CyclePreview
    from ui.main_window import MainWindow


class Host(Protocol):
    db: Database | None
    program_id: int | None
    window_: MainWindow

    def start_closing_survey(self, participant_id: int) -> None: ...


def table(name: str, model: Any) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class GoalsPanel(QWidget):
    dialog_opened = Signal(object)  # the dialog just opened (for tests)

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.goals: list[GoalRow] = []
        self.dialog: QWidget | None = None
        self.pairs = pairs_model(self)
        self.pairs_proxy = SearchProxy(
            self.pairs, lambda r: f"{r.pair.mentor.name}\n{r.pair.mentee.name}", self
        )
        self.pairs_proxy.set_accept(lambda r: r.open)
        self.goal_rows = goals_model(self)
        self._build()
        self._update()

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("pairs_search")
        self.search.setPlaceholderText(self.tr("Search mentor or mentee names…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.pairs_proxy.set_search)
        self.show_ended = QCheckBox(self.tr("Show ended pairs"))
        self.show_ended.setObjectName("show_ended")
        self.show_ended.toggled.connect(
            lambda on: self.pairs_proxy.set_accept((lambda r: True) if on else (lambda r: r.open))
        )
        self.pairs_table = table("goal_pairs_table", self.pairs_proxy)
        self.pairs_table.setSortingEnabled(True)
        self.pairs_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.pairs_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.end_button = QPushButton(icons.icon("end-pair"), self.tr("&End pair…"))
        self.end_button.setObjectName("end_pair")
        self.end_button.clicked.connect(self.end_pair)
        self.cycle_button = QPushButton(self.tr("Close the &cycle…"))
        self.cycle_button.setObjectName("close_cycle")
        self.cycle_button.setToolTip(
            self.tr("End every open pair at the program's end date, in one go")
        )
        self.cycle_button.clicked.connect(self.close_cycle)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_ended)
        actions = QHBoxLayout()
        actions.addWidget(self.end_button)
        actions.addStretch(1)
        actions.addWidget(self.cycle_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.pairs_table, 1)
        left_layout.addLayout(actions)

        self.pair_title = QLabel(self.tr("Choose a pair to see its goals."))
        self.pair_title.setObjectName("goal_pair_title")
        self.pair_title.setWordWrap(True)
        font = self.pair_title.font()
        font.setBold(True)
        self.pair_title.setFont(font)
        self.pair_detail = QLabel()
        self.pair_detail.setObjectName("goal_pair_detail")
        self.pair_detail.setWordWrap(True)
        self.goals_table = table("goals_table", self.goal_rows)
        header = self.goals_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.goals_table.doubleClicked.connect(lambda _index: self.edit_goal())
        self.add_goal_button = QPushButton(self.tr("&Add goal…"))
        self.add_goal_button.setObjectName("add_goal")
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button = QPushButton(self.tr("Update &progress…"))
        self.edit_goal_button.setObjectName("edit_goal")
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.delete_goal_button = QPushButton(self.tr("&Delete goal"))
        self.delete_goal_button.setObjectName("delete_goal")
        self.delete_goal_button.clicked.connect(self.delete_goal)
        goal_buttons = QHBoxLayout()
        goal_buttons.addWidget(self.add_goal_button)
        goal_buttons.addWidget(self.edit_goal_button)
        goal_buttons.addStretch(1)
        goal_buttons.addWidget(self.delete_goal_button)
        right = QFrame()
        right.setFrameShape(QFrame.Shape.StyledPanel)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 10, 12, 10)
        right_layout.addWidget(self.pair_title)
        right_layout.addWidget(self.pair_detail)
        right_layout.addWidget(self.goals_table, 1)
        right_layout.addLayout(goal_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)
        self.pairs_table.selectionModel().selectionChanged.connect(lambda *_: self._pair_chosen())
        self.goals_table.selectionModel().selectionChanged.connect(lambda *_: self._update())

    # -- data --------------------------------------------------------------------

    def set_data(self, rows: list[PairRow], goals: list[GoalRow]) -> None:
        chosen = self.selected_pair()
        chosen_goal = self.selected_goal()
        self.goals = goals
        self.pairs.set_rows(rows)
        if chosen is not None:
            self.select_pair(chosen.id)
        self._pair_chosen()
        if chosen_goal is not None:
            row = self.goal_rows.row_of(chosen_goal.id)
            if row >= 0:
                self.goals_table.selectRow(row)

    def select_pair(self, pair_id: int) -> bool:
        for row in range(self.pairs_proxy.rowCount()):
            if self.pairs_proxy.id_at(row) == pair_id:
                self.pairs_table.selectionModel().select(
                    self.pairs_proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.pairs_table.scrollTo(self.pairs_proxy.index(row, 0))
                return True
        return False

    def selected_pair(self) -> PairRow | None:
        rows = self.pairs_table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.pairs_proxy.mapToSource(rows[0])
        return self.pairs.rows[source.row()] if source.isValid() else None

    def selected_goal(self) -> GoalRow | None:
        rows = self.goals_table.selectionModel().selectedRows()
        return self.goal_rows.rows[rows[0].row()] if rows else None

    def _pair_chosen(self) -> None:
        row = self.selected_pair()
        if row is None:
            self.pair_title.setText(self.tr("Choose a pair to see its goals."))
            self.pair_detail.setText("")
            self.goal_rows.set_rows([])
        else:
            pair = row.pair
            self.pair_title.setText(
                self.tr("{mentor} and {mentee}").format(
                    mentor=pair.mentor.name, mentee=pair.mentee.name
                )
            )
            since = day_text(pair.started_on)
            detail = self.tr("Together since {date}").format(date=since) if since else ""
            if pair.status == PairStatus.ENDED and pair.ended_on:
                detail = self.tr("Ended on {date}").format(date=day_text(pair.ended_on))
            self.pair_detail.setText(detail)
            self.goal_rows.set_rows([g for g in self.goals if g.pair_id == pair.id])
        self._update()

    def _update(self) -> None:
        ready = self.host.db is not None and self.host.program_id is not None
        pair = self.selected_pair()
        goal = self.selected_goal()
        self.end_button.setEnabled(ready and pair is not None and pair.open)
        self.cycle_button.setEnabled(ready and any(r.open for r in self.pairs.rows))
        self.add_goal_button.setEnabled(ready and pair is not None)
        self.edit_goal_button.setEnabled(ready and goal is not None)
        self.delete_goal_button.setEnabled(ready and goal is not None)

    # -- goals -------------------------------------------------------------------

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]
        self.dialog_opened.emit(dialog)

    def _title(self) -> str:
        return self.pair_title.text()

    def add_goal(self) -> None:
        pair = self.selected_pair()
        if pair is None:
            return
        dialog = GoalDialog(self._title(), None, self)
        dialog.accepted.connect(lambda: self._save_goal(pair.id, None, dialog.values()))
        self._open(dialog)

    def edit_goal(self) -> None:
        goal = self.selected_goal()
        if goal is None:
            return
        dialog = GoalDialog(self._title(), goal, self)
        dialog.accepted.connect(lambda: self._save_goal(goal.pair_id, goal, dialog.values()))
        self._open(dialog)

    def _save_goal(
        self,
        pair_id: int,
        goal: GoalRow | None,
        values: GoalValues,
        expected: tuple[int, ...] | None = None,
    ) -> None:
        """Save the goal dialog's ``values`` (the dialog has closed), against the version of
        ``goal`` it showed, or ``expected`` after a conflict."""
        from peerdesk.pairs import goals as core

        db = self.host.db
        if db is None:
            return
        version = expected or (None if goal is None else (goal.version,))

        def work(state: object) -> tuple[GoalRow | None, GoalRow]:
            if goal is None:
                new_id = core.add_goal(db, pair_id, values.text, values.target_date,
                                       values.progress)  # fmt: skip
                before = None
            else:
                before = core.update_goal(db, goal.id, text=values.text,
                                          target_date=values.target_date,
                                          progress=values.progress,
                                          expected_version=version)  # fmt: skip
                new_id = goal.id
            after = next(g for g in core.list_goals(db, pair_id) if g.id == new_id)
            return before, after

        def success(result: tuple[GoalRow | None, GoalRow]) -> None:
            before, after = result
            self.host.window_.undo_stack.push(GoalCommand(self.host.window_, db, before, after))
            self.host.window_.notify({PAIRS})

        def failure(exc: UserError) -> None:
            if isinstance(exc, EditConflict) and goal is not None:
                self._goal_conflict(exc, goal, values)
            else:
                messages.show_user_error(self, exc)

        operations.Op(
            work, success=success, failure=failure, label=self.tr("Saving the goal…"), parent=self
        ).run()

    def _goal_conflict(self, conflict: EditConflict, goal: GoalRow, values: GoalValues) -> None:
        """Someone saved the goal while its dialog was open: both versions, then the choice
        is saved against the goal as it is now."""
        from peerdesk.pairs.goals import goal_fields

        def save_again(chosen: dict[str, Any]) -> None:
            merged = GoalValues(chosen["text"], chosen["target_date"], chosen["progress"])
            self._save_goal(goal.pair_id, goal, merged, conflict.version)

        self.conflict_dialog = conflict_dialog.resolve(
            self,
            conflict,
            record=self.tr("The goal “{text}”").format(text=conflict.label),
            names={
                "text": self.tr("Goal"),
                "target_date": self.tr("By"),
                "progress": self.tr("Progress (%)"),
            },
            base=goal_fields(goal.text, goal.target_date, goal.progress),
            save_again=save_again,
            keep_theirs=lambda: self.host.window_.notify({PAIRS}),
        )

    def delete_goal(self) -> None:
        from peerdesk.pairs.goals import delete_goal

        goal, db = self.selected_goal(), self.host.db
        if goal is None or db is None:
            return

        def success(before: GoalRow) -> None:
            self.host.window_.undo_stack.push(GoalCommand(self.host.window_, db, before, None))
            self.host.window_.notify({PAIRS})
            self.host.window_.statusBar().showMessage(
                self.tr("Goal deleted. Edit → Undo brings it back."), 8000
            )

        operations.Op(lambda state: delete_goal(db, goal.id), success=success, parent=self).run()

    # -- ending ------------------------------------------------------------------

    def end_pair(self) -> None:
        row = self.selected_pair()
        if row is None or not row.open:
            return
        pair = row.pair
        dialog = EndPairDialog(pair.mentor.name, pair.mentee.name, started_on=pair.started_on,
                               parent=self)  # fmt: skip
        dialog.accepted.connect(lambda: self._end(row, dialog.ending()))
        dialog.outcome.suggest_from(self.host.db, row.id)  # "ended early?" after misses
        self._open(dialog)

    def _end(self, row: PairRow, ending: Ending) -> None:
        from peerdesk.pairs.closing import close_pair

        db = self.host.db
        if db is None:
            return
        window = self.host.window_

        def work(state: object) -> Closed:
            return close_pair(
                db, row.id, outcome=ending.outcome, reason=ending.reason,
                details=ending.details, rematch_eligible=ending.rematch_eligible,
                ended_on=ending.ended_on,
            )  # fmt: skip

        def success(closed: Closed) -> None:
            text = self.tr("End the pair of {mentee}").format(mentee=row.pair.mentee.name)
            window.undo_stack.push(PairsEndedCommand(window, db, closed.changes, text))
            window.notify({PAIRS, PEOPLE})
            from peerdesk.evaluation.figures import decimals, hours

            held = hours(closed.minutes)  # the one rounding rule: as on the certificate
            shown = QLocale().toString(float(held), "f", decimals(held))
            window.statusBar().showMessage(
                self.tr(
                    "The pair has ended. {mentor} gave {hours} hours of mentoring across "
                    "{count} meetings."
                ).format(mentor=row.pair.mentor.name, hours=shown, count=closed.meetings),
                12000,
            )
            if ending.closing_survey:
                self.host.start_closing_survey(row.pair.mentee.participant_id)

        operations.Op(work, success=success, label=self.tr("Ending the pair…"), parent=self).run()

    def close_cycle(self) -> None:
        from peerdesk.pairs.closing import cycle_preview

        db, program_id = self.host.db, self.host.program_id
        if db is None or program_id is None:
            return
        operations.Op(
            lambda state: cycle_preview(db, program_id), success=self._confirm_cycle, parent=self
        ).run()

    def _confirm_cycle(self, preview: CyclePreview) -> None:
        if not preview.total:
            messages.show_info(
                self, self.tr("Close the cycle"), self.tr("There are no open pairs to close.")
            )
            return
        details = self.tr(
            "{active} active pairs will be marked completed and {paused} paused pairs ended "
            "early, all on {date}, and their meetings after that date cancelled. Nobody will be "
            "offered for rematching. Edit → Undo takes it all back."
        ).format(active=preview.active, paused=preview.paused, date=long_date(preview.ended_on))
        box = messages.confirm(
            self,
            self.tr("Close the cycle?"),
            self.tr("End all {count} open pairs of this program?").format(count=preview.total),
            self.tr("Close the cycle"),
            lambda: self._close_cycle(preview),
            details,
        )
        self.dialog = box
        self.dialog_opened.emit(box)

    def _close_cycle(self, preview: CyclePreview) -> None:
        from peerdesk.pairs.closing import close_cycle

        db, program_id = self.host.db, self.host.program_id
        if db is None or program_id is None:
            return
        window = self.host.window_

        def success(changes: Changes) -> None:
            count = len(changes.pairs_after)
            window.undo_stack.push(
                PairsEndedCommand(window, db, changes, self.tr("Close the cycle"))
            )
            window.notify({PAIRS, PEOPLE})
            window.statusBar().showMessage(
                self.tr("The cycle is closed: {count} pairs ended.").format(count=count), 12000
            )

        operations.Op(
            lambda state: close_cycle(db, program_id, ended_on=preview.ended_on),
            success=success,
            label=self.tr("Closing the cycle…"),
            parent=self,
        ).run()
