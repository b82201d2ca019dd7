"""What every settings form shares: the form base class and inline problem labels.

A form edits part of a :class:`ProgramSettings`. The wizard shows each form on
a page of its own, the settings dialog shows the same forms as tabs; neither
knows what is inside a form, only how to load it, read it back and show the
problems :func:`peerdesk.program.settings.validate` found.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from peerdesk.program.settings import ProgramSettings
from ui.qt import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QPalette,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

PROBLEM_COLOR = "#b3261e"


def error_object_name(key: str) -> str:
    """``error_name``, ``error_agreement_expectations``; tests find labels by it."""
    return "error_" + key.replace(":", "_")


class ErrorLabel(QLabel):
    """A problem shown right under its field, hidden while there is none."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(error_object_name(key))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {PROBLEM_COLOR};")
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleDescription(message)
        self.setVisible(bool(message))


def text_editor(name: str, lines: int, parent: QWidget | None = None) -> QPlainTextEdit:
    """A multi-line field about ``lines`` lines tall where Tab moves on, as in a form."""
    editor = QPlainTextEdit(parent)
    editor.setObjectName(name)
    editor.setTabChangesFocus(True)
    line = editor.fontMetrics().lineSpacing()
    editor.setFixedHeight(line * lines + 2 * editor.frameWidth() + 10)
    return editor


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area, so a small screen scrolls instead of clipping."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the first field gets the focus, not the frame
    return area


class SettingsForm(QWidget):
    """One section of a program's settings, used by a wizard page and a dialog tab.

    ``changed`` is emitted whenever the user edits something (not while loading);
    the owner then validates the whole settings and calls :meth:`show_problems`.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, ErrorLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._loading = False

    # What a subclass provides.
    def title(self) -> str:
        raise NotImplementedError

    def subtitle(self) -> str:
        return ""

    def _load(self, settings: ProgramSettings) -> None:
        raise NotImplementedError

    def store(self, settings: ProgramSettings) -> None:
        """Write this form's values into ``settings``."""
        raise NotImplementedError

    # Shared behaviour.
    def load(self, settings: ProgramSettings) -> None:
        self._loading = True
        try:
            self._load(settings)
        finally:
            self._loading = False

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def owns(self, key: str) -> bool:
        return key in self._errors

    def problem_field(self, key: str) -> QWidget | None:
        """The field to put the cursor in for problem ``key``."""
        return self._fields.get(key)

    def show_problems(self, problems: dict[str, str], reveal: bool = False) -> None:
        """Show this form's problems next to their fields and clear the rest.

        ``reveal`` is true once the user tries to move on; before that a form
        may hold back a complaint about a field the user has not reached yet.
        """
        for key, label in self._errors.items():
            label.show_message(problems.get(key, ""))

    def _error(self, key: str, field: QWidget | None = None) -> ErrorLabel:
        label = ErrorLabel(key, self)
        self._errors[key] = label
        if field is not None:
            self._fields[key] = field
        return label

    def _main_form(self) -> QFormLayout:
        """The form's field layout, with the spare height left below the last field."""
        outer = QVBoxLayout(self)
        form = form_layout(None)
        outer.addLayout(form)
        outer.addStretch(1)
        return form

    def _row(
        self,
        form: QFormLayout,
        text: str,
        field: QWidget | QLayout,
        buddy: QWidget | None = None,
        error: ErrorLabel | None = None,
    ) -> QLabel:
        """Add ``text`` with a mnemonic for ``buddy`` and the field, with its problem below."""
        label = QLabel(text, self)
        target = buddy if buddy is not None else field
        if isinstance(target, QWidget):
            label.setBuddy(target)
        if error is None and isinstance(field, QWidget):
            form.addRow(label, field)
            return label
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(field, QWidget):
            column.addWidget(field)
        else:
            column.addLayout(field)
        if error is not None:
            column.addWidget(error)
        form.addRow(label, column)
        return label


def form_layout(parent: QWidget | None) -> QFormLayout:
    """A form whose fields grow with the window and whose labels sit on the left."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return form


def note(text: str, parent: QWidget | None = None) -> QLabel:
    """A quiet explanatory line under a heading or a group of fields."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


E = TypeVar("E", bound=StrEnum)


def enum_combo(name: str, choices: dict[E, str], parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for value, text in choices.items():
        combo.addItem(text, value.value)
    return combo


def select(combo: QComboBox, value: StrEnum) -> None:
    combo.setCurrentIndex(max(combo.findData(value.value), 0))


def spin(name: str, low: int, high: int, suffix: str, parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setRange(low, high)
    box.setSuffix(suffix)
    return box
