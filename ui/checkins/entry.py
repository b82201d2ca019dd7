"""The quick entry form: one person's answers to one survey, typed in from paper or a call.

Choose the person (type to find them), the survey and the date; each active
question of that survey gets the widget its answer needs — a row of five
radio buttons for agree–disagree, Yes/No, a number field, a text box.
Questions left blank are not answered. Problems show next to the question
they belong to, in words, and nothing is saved until every answer fits.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from peerdesk.enums import AnswerType, SurveyKind
from peerdesk.surveys.questions import QuestionRow
from peerdesk.surveys.responses import Respondent
from ui.checkins.models import kind_labels, tr
from ui.qt import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDate,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPalette,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

ERROR_STYLE = "color: #B3261E;"


class ChoiceRow(QWidget):
    """Radio buttons in a row that can also be left (or put back) unanswered."""

    changed = Signal()

    def __init__(
        self, choices: list[tuple[str, Any, str]], name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.values: dict[QAbstractButton, Any] = {}
        self.buttons: list[QRadioButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        for text, value, tip in choices:
            button = QRadioButton(text)
            button.setObjectName(f"{name}_{value}")
            button.setToolTip(tip)
            self.group.addButton(button)
            self.values[button] = value
            self.buttons.append(button)
            row.addWidget(button)
        self.clear_button = QToolButton()
        self.clear_button.setObjectName(f"{name}_clear")
        self.clear_button.setText("×")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Leave unanswered"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        self.clear_button.setEnabled(self.group.checkedButton() is not None)
        self.changed.emit()

    def value(self) -> Any:
        checked = self.group.checkedButton()
        return None if checked is None else self.values[checked]

    def set_value(self, value: Any) -> None:
        for button, own in self.values.items():
            if own == value:
                button.setChecked(True)
                return
        self.clear()

    def clear(self) -> None:
        self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self.group.setExclusive(True)
        self.clear_button.setEnabled(False)


def likert_row(name: str, parent: QWidget | None = None) -> ChoiceRow:
    words = (
        tr("Strongly disagree"),
        tr("Disagree"),
        tr("Neutral"),
        tr("Agree"),
        tr("Strongly agree"),
    )
    row = ChoiceRow([(str(n), n, words[n - 1]) for n in range(1, 6)], name, parent)
    layout = row.layout()
    assert isinstance(layout, QHBoxLayout)
    for index, text in ((0, words[0]), (6, words[4])):
        caption = QLabel(text.lower() if index else text)
        caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.insertWidget(index, caption)
    return row


class QuestionField:
    """One question's widget and its error line."""

    def __init__(self, question: QuestionRow, parent: QWidget) -> None:
        self.question = question
        name = f"question_{question.id}"
        self.widget: QWidget
        if question.answer_type == AnswerType.LIKERT:
            self.widget = likert_row(name, parent)
        elif question.answer_type == AnswerType.YES_NO:
            self.widget = ChoiceRow([(tr("Yes"), True, ""), (tr("No"), False, "")], name, parent)
        elif question.answer_type == AnswerType.NUMBER:
            field = QLineEdit(parent)
            field.setObjectName(name)
            field.setPlaceholderText(tr("A number"))
            field.setMaximumWidth(160)
            self.widget = field
        else:
            text = QPlainTextEdit(parent)
            text.setObjectName(name)
            text.setTabChangesFocus(True)
            text.setFixedHeight(64)
            self.widget = text
        self.label = QLabel(question.text, parent)
        self.label.setWordWrap(True)
        self.error = QLabel(parent)
        self.error.setObjectName(f"{name}_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

    def value(self) -> Any:
        widget = self.widget
        if isinstance(widget, ChoiceRow):
            return widget.value()
        if isinstance(widget, QLineEdit):
            return widget.text().strip() or None
        assert isinstance(widget, QPlainTextEdit)
        return widget.toPlainText().strip() or None

    def clear(self) -> None:
        widget = self.widget
        if isinstance(widget, ChoiceRow | QLineEdit | QPlainTextEdit):
            widget.clear()
        self.show_error("")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class ResponseForm(QFrame):
    """Person, survey, date and the answers; emits ``save_requested`` when Save is clicked."""

    save_requested = Signal()
    edit_questions = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("response_form")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.questions: list[QuestionRow] = []
        self.fields: list[QuestionField] = []
        heading = QLabel(self.tr("Record a response"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)

        self.person = QComboBox()
        self.person.setObjectName("response_person")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.lineEdit().setPlaceholderText(self.tr("Type a name…"))
        completer = QCompleter(self.person.model(), self.person)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person.setCompleter(completer)
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.person.setMinimumContentsLength(18)
        self.kind = QComboBox()
        self.kind.setObjectName("response_kind")
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind.value)
        self.kind.setCurrentIndex(1)  # check-ins are the everyday case
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("response_date")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        self.day.setMaximumDate(QDate.currentDate())
        form = QFormLayout()
        form.addRow(self.tr("&Person:"), self.person)
        form.addRow(self.tr("&Survey:"), self.kind)
        form.addRow(self.tr("&Date:"), self.day)

        self.questions_page = QWidget()
        self.questions_layout = QVBoxLayout(self.questions_page)
        self.questions_layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setObjectName("response_questions")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.questions_page)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.none_label = QLabel()
        self.none_label.setWordWrap(True)

        self.error = QLabel()
        self.error.setObjectName("response_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("&Save response"))
        self.save_button.setObjectName("save_response")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_requested)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clear_response")
        self.clear_button.clicked.connect(self.clear_answers)
        self.questions_button = QPushButton(self.tr("Edit questions…"))
        self.questions_button.setObjectName("edit_questions")
        self.questions_button.clicked.connect(self.edit_questions)
        buttons = QHBoxLayout()
        buttons.addWidget(self.questions_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._rebuild())
        self.person.currentIndexChanged.connect(lambda _i: self.show_error(""))

    # -- content -----------------------------------------------------------------

    def set_people(self, people: list[Respondent]) -> None:
        current = self.participant_id()
        roles = {"mentor": self.tr("mentor"), "mentee": self.tr("mentee"),
                 "both": self.tr("mentor and mentee"), "peer": self.tr("peer")}  # fmt: skip
        self.person.blockSignals(True)
        self.person.clear()
        for person in people:
            role = roles.get(person.role.value, person.role.value)
            self.person.addItem(f"{person.name} ({role})", person.participant_id)
        self.person.setCurrentIndex(-1)
        self.person.blockSignals(False)
        if current is not None:
            self.select_person(current)

    def set_questions(self, questions: list[QuestionRow]) -> None:
        self.questions = [q for q in questions if q.active]
        self._rebuild()

    def select_person(self, participant_id: int) -> None:
        index = self.person.findData(participant_id)
        self.person.setCurrentIndex(index)

    def select_kind(self, kind: SurveyKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def _rebuild(self) -> None:
        for field in self.fields:
            for widget in (field.label, field.widget, field.error):
                widget.setParent(None)
                widget.deleteLater()
        self.fields = []
        while self.questions_layout.count():
            item = self.questions_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.none_label:
                widget.deleteLater()
        kind = self.current_kind()
        mine = [q for q in self.questions if q.kind == kind]
        for question in mine:
            field = QuestionField(question, self.questions_page)
            self.fields.append(field)
            self.questions_layout.addWidget(field.label)
            self.questions_layout.addWidget(field.widget)
            self.questions_layout.addWidget(field.error)
            self.questions_layout.addSpacing(6)
        if not mine:
            self.none_label.setText(
                self.tr("This survey has no questions yet. Add some with Edit questions…")
            )
            self.questions_layout.addWidget(self.none_label)
            self.none_label.show()
        else:
            self.none_label.hide()
        self.questions_layout.addStretch(1)
        self.save_button.setEnabled(bool(mine))
        self.show_error("")

    # -- reading and showing -----------------------------------------------------

    def participant_id(self) -> int | None:
        if self.person.currentIndex() < 0:
            return None
        text = self.person.currentText().strip()
        if text != self.person.itemText(self.person.currentIndex()):
            match = self.person.findText(text, Qt.MatchFlag.MatchFixedString)
            return None if match < 0 else int(self.person.itemData(match))
        data = self.person.currentData()
        return None if data is None else int(data)

    def current_kind(self) -> SurveyKind:
        return SurveyKind(self.kind.currentData())

    def responded_at(self, now: datetime | None = None) -> datetime:
        """The date chosen: now if it is today, else midday that day (local time)."""
        chosen = self.day.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        current = (now or datetime.now(UTC)).astimezone()
        if day == current.date():
            return current.replace(microsecond=0)
        return datetime.combine(day, time(12)).astimezone()

    def answers(self) -> dict[int, Any]:
        return {field.question.id: field.value() for field in self.fields}

    def clear_answers(self) -> None:
        for field in self.fields:
            field.clear()
        self.show_error("")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def show_problems(self, problems: dict[str, str]) -> None:
        for field in self.fields:
            field.show_error(problems.get(f"q{field.question.id}", ""))
        self.show_error(self.tr("Some answers need a look (marked in red)."))

    def field(self, question_id: int) -> QuestionField:
        return next(f for f in self.fields if f.question.id == question_id)
