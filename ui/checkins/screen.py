"""The Check-ins screen: answers typed in or imported, goals, and closing pairs.

**Responses**: the quick entry form on the left (person, survey, date, one
widget per question), the latest responses on the right, and **Import
responses…** for a Google Forms or Microsoft Forms export. **Goals and
closing**: each pair's goals with their progress, **End pair…** and **Close
the cycle…**. A program without questions gets its template's set the first
time the screen opens. Every change is undoable (Edit → Undo).

Choosing a file goes through one small method, so tests can stand in for the
system's file dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk import paths
from peerdesk.enums import SurveyKind
from peerdesk.errors import UserError, ValidationError
from peerdesk.pairs.goals import GoalRow
from peerdesk.surveys.questions import QuestionRow
from peerdesk.surveys.responses import Respondent, ResponseData, ResponseRow
from ui import icons, memory, operations, screens
from ui.checkins.commands import ImportCommand, ResponseCommand
from ui.checkins.entry import ResponseForm
from ui.checkins.goals import GoalsPanel, table
from ui.checkins.import_dialog import SurveyImportDialog
from ui.checkins.models import PairRow, SearchProxy, kind_labels, pair_rows, responses_model
from ui.checkins.questions_dialog import QuestionsDialog
from ui.messages import user_message
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    QShortcut,
    QSplitter,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.screens import PAIRS, PEOPLE, PROGRAMS, SURVEYS, Screen

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.surveys.forms_import import SurveyImportSummary
    from ui.main_window import MainWindow

FOLDER_KEY = "checkins/folder"
FORMS_FILTER = str(
    QT_TRANSLATE_NOOP("CheckinsScreen", "Forms exports (*.xlsx *.xls *.ods *.csv);;All files (*)")
)


@dataclass(frozen=True)
class CheckinsData:
    people: list[Respondent]
    questions: list[QuestionRow]
    responses: list[ResponseRow]
    pairs: list[PairRow]
    goals: list[GoalRow]


def load_checkins(db: Database, program_id: int) -> CheckinsData:
    """Everything the screen shows (runs on the worker); adds the default questions if none."""
    from peerdesk.documents.pairs import list_pairs
    from peerdesk.pairs.goals import program_goals
    from peerdesk.surveys.questions import ensure_default_questions, list_questions
    from peerdesk.surveys.responses import recent_responses, respondents

    ensure_default_questions(db, program_id)
    goals = program_goals(db, program_id)
    return CheckinsData(
        respondents(db, program_id),
        list_questions(db, program_id),
        recent_responses(db, program_id),
        pair_rows(list_pairs(db, program_id), goals),
        goals,
    )


class CheckinsScreen(Screen):
    loaded = Signal()  # the screen shows what was just read
    response_saved = Signal(int)  # the id of the response just saved

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.db: Database | None = None
        self.program_id: int | None = None
        self.dialog: QWidget | None = None
        self._stale = False
        self._token = 0
        self._wanted_pair: int | None = None
        self.responses = responses_model(self)
        self.responses_proxy = SearchProxy(self.responses, lambda r: r.name, self)
        self._build()

    # -- building ----------------------------------------------------------------

    def _build(self) -> None:
        heading = screens.heading(self.tr("Check-ins"), self)
        self.count = QLabel()
        self.count.setObjectName("checkins_count")

        self.form = ResponseForm()
        self.form.save_requested.connect(self.save_response)
        self.form.edit_questions.connect(self.edit_questions)

        self.search = QLineEdit()
        self.search.setObjectName("responses_search")
        self.search.setPlaceholderText(self.tr("Search by name…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.responses_proxy.set_search)
        self.import_button = QPushButton(icons.icon("import-roster"), self.tr("&Import responses…"))
        self.import_button.setObjectName("import_responses")
        self.import_button.setToolTip(
            self.tr("Answers exported from Google Forms or Microsoft Forms (.xlsx or .csv)")
        )
        self.import_button.clicked.connect(self.import_responses)
        self.responses_table = table("responses_table", self.responses_proxy)
        self.responses_table.setSortingEnabled(True)
        self.responses_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        header = self.responses_table.horizontalHeader()
        # Person and survey share what is left; the survey's longest name does not take it all.
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (0, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        recent_heading = QLabel(self.tr("Recent responses"))
        bold = recent_heading.font()
        bold.setBold(True)
        recent_heading.setFont(bold)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.import_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(recent_heading)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.responses_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.form)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.form.setMinimumWidth(380)
        splitter.setSizes([520, 540])  # room for the form's scales and the list's names
        responses_tab = QWidget()
        responses_layout = QVBoxLayout(responses_tab)
        responses_layout.setContentsMargins(0, 8, 0, 0)
        responses_layout.addWidget(splitter)

        self.goals = GoalsPanel(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("checkins_tabs")
        self.tabs.addTab(responses_tab, icons.icon("checkin"), self.tr("Responses"))
        self.tabs.addTab(self.goals, icons.icon("pairs"), self.tr("Goals and closing"))

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.count, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)
        self._update()

    def _focus_search(self) -> None:
        """Find (Ctrl+F): the search of the tab shown."""
        search = self.search if self.tabs.currentIndex() == 0 else self.goals.search
        search.setFocus()
        search.selectAll()

    def _update(self) -> None:
        ready = self.db is not None and self.program_id is not None
        for widget in (self.form, self.import_button):
            widget.setEnabled(ready)
        total = self.responses.rowCount()
        if total == 1:
            self.count.setText(self.tr("1 response"))
        else:
            self.count.setText(self.tr("{count} responses").format(count=total) if total else "")

    # -- data --------------------------------------------------------------------

    def set_context(self, db: Database | None, program_id: int | None) -> None:
        self.db, self.program_id = db, program_id
        self.responses.set_rows([])
        self._update()
        self.reload()

    def refresh(self, kinds: frozenset[str]) -> None:
        if kinds & {SURVEYS, PAIRS, PEOPLE, PROGRAMS}:
            self.reload_when_shown()

    def editing(self) -> bool:
        """Answers typed and not saved: a new question list would rebuild the form."""
        return any(value is not None for value in self.form.answers().values())

    def reload(self) -> None:
        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return
        self._token += 1
        token = self._token

        def success(data: CheckinsData) -> None:
            if token != self._token:
                return
            self.form.set_people(data.people)
            if [q.id for q in self.form.questions] != [q.id for q in data.questions if q.active]:
                self.form.set_questions(data.questions)
            self.responses.set_rows(data.responses)
            self.goals.set_data(data.pairs, data.goals)
            self._show_wanted_pair()
            self._update()
            self.loaded.emit()

        operations.Op(
            lambda state: load_checkins(db, program_id),
            success=success,
            label=self.tr("Reading the check-ins…"),
            parent=self,
        ).run()

    # -- entering a response -----------------------------------------------------

    def save_response(self) -> None:
        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return
        person = self.form.participant_id()
        if person is None:
            self.form.show_error(self.tr("Choose who answered."))
            self.form.person.setFocus()
            return
        data = ResponseData(
            person, self.form.current_kind(), self.form.responded_at(), self.form.answers()
        )

        def work(state: object) -> int:
            from peerdesk.surveys.responses import record_response

            return record_response(db, program_id, data)

        def success(response_id: int) -> None:
            name = self.form.person.currentText()
            self.window_.undo_stack.push(
                ResponseCommand(self.window_, db, program_id, data, response_id)
            )
            self.form.clear_answers()
            self.window_.notify({SURVEYS})
            self.window_.statusBar().showMessage(
                self.tr("Saved the {survey} of {name}.").format(
                    survey=kind_labels()[data.kind].lower(), name=name
                ),
                8000,
            )
            self.response_saved.emit(response_id)

        def failure(exc: UserError) -> None:
            if isinstance(exc, ValidationError):
                self.form.show_problems(exc.problems)
            else:
                self.form.show_error(user_message(exc))

        self.form.show_error("")
        operations.Op(work, success=success, failure=failure, label=self.tr("Saving…"),
                      parent=self).run()  # fmt: skip

    def start_closing_survey(self, participant_id: int) -> None:
        """Go to the entry form with the person and the closing survey chosen."""
        self.tabs.setCurrentIndex(0)
        self.form.select_kind(SurveyKind.CLOSING)
        self.form.select_person(participant_id)
        self.form.clear_answers()
        if self.form.fields:
            self.form.fields[0].widget.setFocus()

    def show_pair(self, pair_id: int) -> None:
        """Open the Goals and closing tab on a pair (from the Pairs screen); before the
        pairs have loaded, it is chosen once they have."""
        self.tabs.setCurrentIndex(1)
        self._wanted_pair = pair_id
        self._show_wanted_pair()

    def _show_wanted_pair(self) -> None:
        pair_id = self._wanted_pair
        if pair_id is None or self.goals.pairs.row_of(pair_id) < 0:
            return
        self._wanted_pair = None
        if not self.goals.select_pair(pair_id):  # an ended pair: show those too
            self.goals.show_ended.setChecked(True)
            self.goals.select_pair(pair_id)

    # -- questions and imports ---------------------------------------------------

    def edit_questions(self) -> None:
        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return
        dialog = QuestionsDialog(db, program_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda: self.window_.notify({SURVEYS}))
        self.dialog = dialog
        dialog.open()

    def ask_open_file(self, title: str, start: Path) -> Path | None:
        """The system's open dialog (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(self, title, str(start), self.tr(FORMS_FILTER))
        return Path(name) if name else None

    def _folder(self) -> Path:
        saved = memory.app_settings().value(FOLDER_KEY, "", str)
        folder = Path(saved) if saved else paths.documents_dir()
        return folder if folder.is_dir() else Path.home()

    def import_responses(self) -> None:
        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return
        path = self.ask_open_file(self.tr("Import responses from a forms export"), self._folder())
        if path is None:
            return
        memory.app_settings().setValue(FOLDER_KEY, str(path.parent))
        dialog = SurveyImportDialog(db, program_id, path, parent=self)  # proposes the survey
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def imported(summary: SurveyImportSummary) -> None:
            plan = dialog.plan
            if plan is not None and summary.response_ids:
                self.window_.undo_stack.push(
                    ImportCommand(self.window_, db, plan, summary.response_ids)
                )
            self.window_.notify({SURVEYS})
            self.window_.statusBar().showMessage(
                self.tr("Imported {added} responses; {skipped} rows left out.").format(
                    added=summary.added, skipped=len(summary.lines)
                ),
                12000,
            )

        dialog.imported.connect(imported)
        self.dialog = dialog
        dialog.open()
