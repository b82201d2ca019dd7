"""Importing a forms export: which survey it is, what would happen, then Import.

The file is read and checked on the worker as soon as the dialog opens (and
again when the survey is changed); the survey is proposed from the file's name
and its questions (a "Post-program survey" file starts on the post-program
assessment), and the dialog says why. It lists the rows that would be left out,
with their row numbers and reasons, before anything is written; a file it
cannot import is explained in the same wrapped box, never in a line that runs
off the dialog. Import writes the good rows in one transaction and closes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.enums import SurveyKind
from peerdesk.errors import UserError
from ui import operations
from ui.checkins.models import kind_labels
from ui.messages import user_message
from ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPalette,
    QPlainTextEdit,
    Qt,
    QTextOption,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.surveys.forms_import import SurveyImportPlan, SurveyImportSummary


class SurveyImportDialog(QDialog):
    planned = Signal()  # the file was read and checked (or refused)
    imported = Signal(object)  # the SurveyImportSummary

    def __init__(
        self,
        db: Database,
        program_id: int,
        path: Path,
        kind: SurveyKind | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("surveyImportDialog")
        self.setWindowTitle(self.tr("Import responses"))
        self.db, self.program_id, self.path = db, program_id, path
        self.plan: SurveyImportPlan | None = None
        self._token = 0
        self.kind = QComboBox()
        self.kind.setObjectName("importKind")
        for value, label in kind_labels().items():
            self.kind.addItem(label, value.value)
        self.kind.setCurrentIndex(self.kind.findData((kind or SurveyKind.CHECKIN).value))
        self.chosen = kind is not None  # None: propose the survey from the file
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.proposal = QLabel()
        self.proposal.setObjectName("importProposal")
        self.proposal.setWordWrap(True)
        self.proposal.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.proposal.hide()
        form = QFormLayout()
        file_label = QLabel()
        file_label.setToolTip(str(path))
        # A long name is shortened in the middle (the whole path is in the tooltip).
        file_label.setText(
            file_label.fontMetrics().elidedText(path.name, Qt.TextElideMode.ElideMiddle, 480)
        )
        form.addRow(self.tr("File:"), file_label)
        form.addRow(self.tr("&Survey:"), self.kind)
        form.addRow("", self.proposal)
        self.summary = QLabel(self.tr("Reading the file…"))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Reasons and messages wrap anywhere (a long file or column name too), inside the box.
        self.details = QPlainTextEdit()
        self.details.setObjectName("importDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.setMinimumHeight(140)
        self.details.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("importButton")
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "PeerDesk matches each row to a person by email address, and each column to a "
                "question by its title."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.check()

    def current_kind(self) -> SurveyKind:
        return SurveyKind(self.kind.currentData())

    def _kind_changed(self, _index: int) -> None:
        self.chosen = True  # the coordinator's choice stands from now on
        self.proposal.hide()
        self.check()

    def _show_proposal(self, plan: SurveyImportPlan) -> None:
        proposal = plan.proposal
        if proposal is None:
            return
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(proposal.kind.value))
        self.kind.blockSignals(False)
        self.chosen = True
        if not proposal.certain:
            text = self.tr(
                "Its questions fit more than one survey: check that this is the right one."
            )
        elif proposal.by_name and proposal.by_questions:
            text = self.tr("Chosen from the file's name and its questions.")
        elif proposal.by_name:
            text = self.tr("Chosen from the file's name.")
        else:
            text = self.tr("Chosen from the file's questions.")
        self.proposal.setText(text)
        self.proposal.show()

    def check(self) -> None:
        """Read and check the file for the survey chosen; nothing is written."""
        self._token += 1
        token = self._token
        self.plan = None
        self.ok.setEnabled(False)
        self.summary.setText(self.tr("Reading the file…"))
        db, program_id, path = self.db, self.program_id, self.path
        kind = self.current_kind() if self.chosen else None

        def work(state: object) -> SurveyImportPlan:
            from peerdesk.surveys.forms_import import plan_survey_import
            from peerdesk.surveys.questions import ensure_default_questions

            ensure_default_questions(db, program_id)
            return plan_survey_import(db, program_id, path, kind)

        def success(plan: SurveyImportPlan) -> None:
            if token == self._token:
                self._show_proposal(plan)
                self.show_plan(plan)
                self._fit()
                self.planned.emit()

        def failure(exc: UserError) -> None:
            if token == self._token:
                self.show_problem(user_message(exc))
                self.planned.emit()

        operations.Op(work, success=success, failure=failure, parent=self).run()

    def show_problem(self, message: str) -> None:
        """A file that cannot be imported: a short heading, the message wrapped in the box."""
        self.summary.setText(self.tr("This file cannot be imported as it is:"))
        self.details.setPlainText(message)
        self.details.show()
        self._fit()

    def _fit(self) -> None:
        """Grow to the new text at once: a layout's minimum size leaves out the extra lines
        of wrapped text, which is how messages came to be drawn over each other and cut off."""
        layout = self.layout()
        buttons = self.buttons.layout()
        if layout is None or buttons is None:
            return
        buttons.activate()  # "Import 12 responses" is wider than "Import"
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        need = max(need, layout.totalMinimumSize().height())
        self.setMinimumHeight(need)
        if self.height() < need:
            self.resize(self.width(), need)

    def show_plan(self, plan: SurveyImportPlan) -> None:
        self.plan = plan
        count = len(plan.responses)
        problems = plan.errors
        text = (
            self.tr("1 response will be added.")
            if count == 1
            else self.tr("{count} responses will be added.").format(count=count)
        )
        if plan.lines:
            left_out = (
                self.tr("1 row will be left out ({problems} with a problem):")
                if len(plan.lines) == 1
                else self.tr("{skipped} rows will be left out ({problems} with problems):")
            )
            text += " " + left_out.format(skipped=len(plan.lines), problems=len(problems))
        self.summary.setText(text)
        lines = [line.reason for line in plan.lines]
        if plan.ignored_columns:
            lines.append(
                self.tr(
                    "Columns that are not questions of this survey, left out: {columns}"
                ).format(columns=", ".join(f"“{c}”" for c in plan.ignored_columns))
            )
        lines += plan.notes
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))
        self.ok.setEnabled(count > 0)
        self.ok.setText(
            self.tr("Import 1 response")
            if count == 1
            else self.tr("Import {count} responses").format(count=count)
        )

    def run_import(self) -> None:
        plan = self.plan
        if plan is None or not plan.responses:
            return
        self.ok.setEnabled(False)
        db = self.db

        def work(state: object) -> SurveyImportSummary:
            from peerdesk.progress import Progress
            from peerdesk.surveys.forms_import import commit_survey_import

            assert isinstance(state, Progress)
            return commit_survey_import(db, plan, state)

        def success(summary: SurveyImportSummary) -> None:
            self.imported.emit(summary)
            self.accept()

        def failure(exc: UserError) -> None:
            self.show_problem(user_message(exc))
            self.ok.setEnabled(True)

        operations.Op(
            work, success=success, failure=failure, label=self.tr("Importing the responses…"),
            cancellable=True, parent=self,
        ).run()  # fmt: skip
