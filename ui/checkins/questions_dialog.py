"""Editing the program's questions: add, change, reorder, switch off.

The list is a table model over the questions; every change runs on the worker
and the list reloads after it. A question that already has answers keeps its
kind of answer, and is switched off rather than deleted — the core says so in
words, shown in the dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peerdesk.enums import AnswerType, SurveyKind
from peerdesk.errors import UserError
from peerdesk.surveys.questions import QuestionRow
from ui import operations
from ui.checkins.models import answer_labels, kind_labels, questions_model
from ui.messages import user_message
from ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from peerdesk.database import Database

ERROR_STYLE = "color: #B3261E;"


class QuestionDialog(QDialog):
    """One question: which survey, the words, the kind of answer, what it measures."""

    def __init__(
        self,
        question: QuestionRow | None = None,
        kind: SurveyKind = SurveyKind.CHECKIN,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionDialog")
        self.setWindowTitle(
            self.tr("Change the question") if question else self.tr("Add a question")
        )
        self.kind = QComboBox()
        self.kind.setObjectName("questionKind")
        for value, label in kind_labels().items():
            self.kind.addItem(label, value.value)
        self.kind.setCurrentIndex(self.kind.findData((question.kind if question else kind).value))
        self.kind.setEnabled(question is None)  # answers belong to their survey
        self.text = QLineEdit(question.text if question else "")
        self.text.setObjectName("questionText")
        self.text_error = QLabel()
        self.text_error.setObjectName("questionTextError")
        self.text_error.setStyleSheet(ERROR_STYLE)
        self.text_error.hide()
        self.answer = QComboBox()
        self.answer.setObjectName("questionAnswer")
        for value, label in answer_labels().items():
            self.answer.addItem(label, value.value)
        self.answer.setCurrentIndex(
            self.answer.findData((question.answer_type if question else AnswerType.LIKERT).value)
        )
        self.measure = QLineEdit((question.measure or "") if question else "")
        self.measure.setObjectName("questionMeasure")
        self.measure.setPlaceholderText(self.tr("For example: Confidence"))
        self.measure.setToolTip(
            self.tr(
                "A word or two for what the question measures. A pre-program and a "
                "post-program question with the same measure are compared before and after."
            )
        )
        self.active = QCheckBox(self.tr("Ask this question"))
        self.active.setObjectName("questionActive")
        self.active.setChecked(question.active if question else True)
        form = QFormLayout()
        form.addRow(self.tr("&Survey:"), self.kind)
        form.addRow(self.tr("&Question:"), self.text)
        form.addRow("", self.text_error)
        form.addRow(self.tr("&Answer:"), self.answer)
        form.addRow(self.tr("&Measures:"), self.measure)
        form.addRow("", self.active)
        self.error = QLabel()
        self.error.setObjectName("questionError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("questionOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        if not self.text.text().strip():
            self.show_problem("text", self.tr("Write the question."))
            return
        super().accept()

    def show_problem(self, field: str, text: str) -> None:
        label = self.text_error if field == "text" else self.error
        label.setText(text)
        label.show()

    def values(self) -> dict[str, Any]:
        return {
            "kind": SurveyKind(self.kind.currentData()),
            "text": self.text.text().strip(),
            "answer_type": AnswerType(self.answer.currentData()),
            "measure": self.measure.text().strip() or None,
            "active": self.active.isChecked(),
        }


class QuestionsDialog(QDialog):
    """The program's questions, survey by survey; ``changed`` after every change."""

    changed = Signal()

    def __init__(self, db: Database, program_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionsDialog")
        self.setWindowTitle(self.tr("Questions"))
        self.db, self.program_id = db, program_id
        self.editor: QuestionDialog | None = None
        intro = QLabel(
            self.tr(
                "What the program asks before it starts, at check-ins, after it ends and when "
                "a pair closes. Agree–disagree and number questions asked both before and "
                "after, with the same measure, are compared in the evaluation."
            )
        )
        intro.setWordWrap(True)
        self.model = questions_model(self)
        self.table = QTableView()
        self.table.setObjectName("questionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.message = QLabel()
        self.message.setObjectName("questionsMessage")
        self.message.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("addQuestion")
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.setObjectName("editQuestion")
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setObjectName("questionUp")
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.setObjectName("questionDown")
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeQuestion")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button.clicked.connect(self.remove)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button,
                       self.remove_button):  # fmt: skip
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(900, 520)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()
        self.reload()

    def selected(self) -> QuestionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update(self) -> None:
        chosen = self.selected()
        for button in (self.edit_button, self.up_button, self.down_button, self.remove_button):
            button.setEnabled(chosen is not None)
        if chosen is not None:
            self.remove_button.setText(
                self.tr("Switch &off") if chosen.answers else self.tr("&Remove")
            )

    def reload(self, select: int | None = None) -> None:
        db, program_id = self.db, self.program_id

        def work(state: object) -> list[QuestionRow]:
            from peerdesk.surveys.questions import ensure_default_questions, list_questions

            ensure_default_questions(db, program_id)
            return list_questions(db, program_id)

        def success(rows: list[QuestionRow]) -> None:
            chosen = select if select is not None else getattr(self.selected(), "id", None)
            self.model.set_rows(rows)
            row = self.model.row_of(chosen) if chosen is not None else -1
            if row >= 0:
                self.table.selectRow(row)
            self._update()

        operations.Op(work, success=success, parent=self).run()

    def _run(self, work: Any, done_text: str = "", select: int | None = None) -> None:
        """Run a change on the worker, then reload and select ``select`` (or the new id)."""

        def success(result: Any) -> None:
            self.message.setText(done_text)
            new_id = result if isinstance(result, int) and not isinstance(result, bool) else None
            self.reload(select if select is not None else new_id)
            self.changed.emit()

        def failure(exc: UserError) -> None:
            self.message.setText(user_message(exc))

        operations.Op(lambda state: work(), success=success, failure=failure, parent=self).run()

    def add(self) -> None:
        chosen = self.selected()
        editor = QuestionDialog(None, chosen.kind if chosen else SurveyKind.CHECKIN, self)
        self._open(editor, None)

    def edit(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._open(QuestionDialog(chosen, chosen.kind, self), chosen)

    def _open(self, editor: QuestionDialog, question: QuestionRow | None) -> None:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = editor
        editor.accepted.connect(lambda: self._save(editor, question))
        editor.open()

    def _save(self, editor: QuestionDialog, question: QuestionRow | None) -> None:
        from peerdesk.surveys import questions as core

        values = editor.values()
        db, program_id = self.db, self.program_id
        if question is None:
            self._run(
                lambda: core.add_question(
                    db, program_id, values["kind"], values["text"], values["answer_type"],
                    values["measure"],
                ),
                self.tr("Question added."),
            )  # fmt: skip
        else:
            self._run(
                lambda: core.update_question(
                    db, question.id, text=values["text"], answer_type=values["answer_type"],
                    measure=values["measure"], active=values["active"],
                ),
                self.tr("Question changed."),
                question.id,
            )  # fmt: skip

    def move(self, offset: int) -> None:
        from peerdesk.surveys.questions import move_question

        chosen = self.selected()
        if chosen is not None:
            self._run(lambda: move_question(self.db, chosen.id, offset), "", chosen.id)

    def remove(self) -> None:
        from peerdesk.surveys.questions import remove_question

        chosen = self.selected()
        if chosen is None:
            return
        db, question_id = self.db, chosen.id

        def success(deleted: bool) -> None:
            self.message.setText(
                self.tr("Question removed.")
                if deleted
                else self.tr(
                    "The question has answers, so it was switched off: it is no longer asked, "
                    "and its answers stay in the evaluation."
                )
            )
            self.reload(None if deleted else question_id)
            self.changed.emit()

        operations.Op(
            lambda state: remove_question(db, question_id),
            success=success,
            failure=lambda exc: self.message.setText(user_message(exc)),
            parent=self,
        ).run()
