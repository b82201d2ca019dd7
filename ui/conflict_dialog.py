"""Someone saved the record while you were editing it: both versions side by side.

A form's save that the core refuses with :class:`~peerdesk.conflicts.EditConflict`
opens :class:`ConflictDialog` over the form. It says who changed the record and
when (local time), lists every field with their value and yours — the fields that
differ highlighted, each with a choice of "theirs" or "mine" — and offers three
ways on:

- **Keep theirs**: what is stored stays; the form's edits are dropped (they are
  still shown here, and "Copy my version" puts them on the clipboard first);
- **Keep mine**: your values are saved over theirs;
- **Save merged**: for each differing field, the side chosen in its row.

Keep mine and Save merged save again against the version now stored; if yet
another change came in meanwhile, the form gets a new conflict and this dialog
opens again with the newest values. :func:`resolve` is the one entry point the
forms use.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from ui.qt import (
    QApplication,
    QButtonGroup,
    QCoreApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from peerdesk.conflicts import EditConflict

THEIRS, MINE, MERGE = "theirs", "mine", "merge"
DIFFERS_BACKGROUND = "#FFF4CE"  # a soft yellow row behind each field that differs
SAME_COLOR = "#5F6B7A"  # fields both sides agree on, quieter
MAX_VALUE_CHARS = 400  # a long note is cut in the table (the whole of it is in the tooltip)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def plain(value: Any) -> str:
    """A stored value as a coordinator reads it: lists joined, dates as dates, nothing as —."""
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ").capitalize()
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return ", ".join(plain(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {plain(v)}" for k, v in value.items())
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return str(value)


def headline(conflict: EditConflict, record: str, plural: bool = False) -> str:
    """The dialog's first line: who changed ``record`` and when, in local time (and the
    date when it was not today): "Ana Ruiz's record was changed by sam at 14:02 while you
    were editing."; "were changed" for a ``plural`` record."""
    who = conflict.who or tr("another coordinator")
    if conflict.when is None:
        template = (
            tr("{record} were changed by {who} while you were editing.")
            if plural
            else tr("{record} was changed by {who} while you were editing.")
        )
        return template.format(record=record, who=who)
    local = conflict.when.astimezone()
    at = local.strftime("%H:%M")
    if local.date() != datetime.now().astimezone().date():
        at = tr("{time} on {date}").format(time=at, date=local.strftime("%Y-%m-%d"))
    template = (
        tr("{record} were changed by {who} at {time} while you were editing.")
        if plural
        else tr("{record} was changed by {who} at {time} while you were editing.")
    )
    return template.format(record=record, who=who, time=at)


class ConflictDialog(QDialog):
    """Theirs and mine, field by field; ``choice`` and ``values()`` say what to save."""

    def __init__(
        self,
        conflict: EditConflict,
        *,
        record: str,
        names: Mapping[str, str],
        show: Callable[[str, Any], str] | None = None,
        base: Mapping[str, Any] | None = None,
        plural: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``record`` names the record in the headline ("Ana Ruiz's record"); ``names``
        gives each field's label, in the order to list them (fields not named are left
        out); ``show`` writes a value (default :func:`plain`); ``base`` is what the form
        showed before it was edited: a differing field starts on "mine" where you changed
        it, on "theirs" where you did not; ``plural``: the record's name is plural."""
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(tr("Changed while you were editing"))
        self.conflict = conflict
        self.names = dict(names)
        self.show_value = show or (lambda _field, value: plain(value))
        self.choice: str | None = None
        self.fields = [f for f in self.names if f in conflict.mine]
        self.differing = [f for f in self.fields if f in conflict.differing]
        self.groups: dict[str, QButtonGroup] = {}

        self.headline = QLabel(headline(conflict, record, plural), self)
        self.headline.setObjectName("conflict_headline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        explain = QLabel(
            tr(
                "Nothing of yours has been saved yet. The fields that differ are highlighted: "
                "keep their version, keep yours, or choose in each row and save the merge."
            ),
            self,
        )
        explain.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(explain)
        layout.addWidget(self._table(base), 1)
        layout.addWidget(self._buttons())
        self.resize(760, min(640, 220 + 34 * len(self.fields)))

    # -- building -------------------------------------------------------------------

    def _cell(self, text: str, parent: QWidget, name: str = "") -> QLabel:
        shown = text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS] + "…"
        label = QLabel(shown, parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if shown != text:
            label.setToolTip(text)
        if name:
            label.setObjectName(name)
        return label

    def _table(self, base: Mapping[str, Any] | None) -> QScrollArea:
        area = QScrollArea(self)
        area.setObjectName("conflict_fields")
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps
        area.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QWidget(area)
        grid = QGridLayout(inner)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        headers = (tr("Field"), tr("Their version (saved)"), tr("Your version"))
        for column, text in enumerate(headers):
            header = QLabel(text, inner)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column)
        for row, field in enumerate(self.fields, start=1):
            theirs = self.show_value(field, self.conflict.theirs.get(field))
            mine = self.show_value(field, self.conflict.mine.get(field))
            if field in self.differing:
                self._differing_row(grid, inner, row, field, theirs, mine, base)
            else:
                cells = (
                    self._cell(self.names[field], inner),
                    self._cell(theirs, inner, f"same:{field}"),
                    self._cell(mine, inner, f"same_mine:{field}"),
                )
                for column, label in enumerate(cells):
                    indent = "padding-left: 4px;" if column else ""  # under the radios' text
                    label.setStyleSheet(f"color: {SAME_COLOR}; {indent}")
                    grid.addWidget(label, row, column)
        grid.setColumnMinimumWidth(0, self.fontMetrics().horizontalAdvance("M" * 12))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.fields) + 1, 1)
        area.setWidget(inner)
        return area

    def _differing_row(
        self,
        grid: QGridLayout,
        parent: QWidget,
        row: int,
        field: str,
        theirs: str,
        mine: str,
        base: Mapping[str, Any] | None,
    ) -> None:
        band = QFrame(parent)  # behind the row's cells, which sit on it in the grid
        band.setObjectName(f"differs:{field}")
        band.setStyleSheet(f"background: {DIFFERS_BACKGROUND}; border-radius: 3px;")
        grid.addWidget(band, row, 0, 1, 3)
        name = self._cell(self.names[field], parent)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        grid.addWidget(name, row, 0)
        group = QButtonGroup(self)
        group.setExclusive(True)
        self.groups[field] = group
        for column, (side, text) in enumerate(((THEIRS, theirs), (MINE, mine)), start=1):
            cell = QWidget(parent)
            line = QVBoxLayout(cell)
            line.setContentsMargins(4, 2, 4, 2)
            line.setSpacing(0)
            radio = QRadioButton(tr("Theirs") if side == THEIRS else tr("Mine"), cell)
            radio.setObjectName(f"{side}:{field}")
            radio.setAccessibleName(
                tr("{field}: their version").format(field=self.names[field])
                if side == THEIRS
                else tr("{field}: your version").format(field=self.names[field])
            )
            group.addButton(radio)
            line.addWidget(radio, 0, Qt.AlignmentFlag.AlignLeft)
            line.addWidget(self._cell(text, cell, f"{side}_value:{field}"))
            grid.addWidget(cell, row, column)
        changed_by_me = base is None or base.get(field) != self.conflict.mine.get(field)
        self.radio(field, MINE if changed_by_me else THEIRS).setChecked(True)

    def _buttons(self) -> QWidget:
        """Copy my version on the left; then keep theirs, keep mine and save merged, in that
        order on every platform (a button box would reorder them by role)."""
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.copy_button = QPushButton(tr("&Copy my version"), row)
        self.copy_button.setObjectName("copy_mine")
        self.copy_button.setToolTip(tr("Put your values on the clipboard, to paste elsewhere"))
        self.theirs_button = QPushButton(tr("Keep &theirs"), row)
        self.theirs_button.setObjectName("keep_theirs")
        self.theirs_button.setToolTip(tr("Leave the record as saved; your changes are dropped"))
        self.mine_button = QPushButton(tr("Keep &mine"), row)
        self.mine_button.setObjectName("keep_mine")
        self.mine_button.setToolTip(tr("Save your version over theirs"))
        self.merge_button = QPushButton(tr("&Save merged"), row)
        self.merge_button.setObjectName("merge")
        self.merge_button.setToolTip(tr("Save the version chosen in each row"))
        self.merge_button.setDefault(True)
        line.addWidget(self.copy_button)
        line.addStretch(1)
        for button in (self.theirs_button, self.mine_button, self.merge_button):
            line.addWidget(button)
        self.copy_button.clicked.connect(self.copy_mine)
        self.theirs_button.clicked.connect(lambda: self._choose(THEIRS))
        self.mine_button.clicked.connect(lambda: self._choose(MINE))
        self.merge_button.clicked.connect(lambda: self._choose(MERGE))
        return row

    # -- choosing -------------------------------------------------------------------

    def radio(self, field: str, side: str) -> QRadioButton:
        found = self.findChild(QRadioButton, f"{side}:{field}")
        assert found is not None
        return found

    def mine_chosen(self) -> list[str]:
        """The differing fields whose row says "mine"."""
        return [f for f in self.differing if self.radio(f, MINE).isChecked()]

    def values(self) -> dict[str, Any]:
        """What to save for the choice made: theirs, mine, or the merge of the rows."""
        if self.choice == THEIRS:
            return dict(self.conflict.theirs)
        if self.choice == MINE:
            return self.conflict.merged(self.differing)
        return self.conflict.merged(self.mine_chosen())

    def copy_text(self) -> str:
        return "\n".join(
            f"{self.names[f]}: {self.show_value(f, self.conflict.mine.get(f))}" for f in self.fields
        )

    def copy_mine(self) -> None:
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.copy_text())
        self.copy_button.setText(tr("Copied"))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == THEIRS:
            self.reject()
        else:
            self.accept()


def resolve(
    parent: QWidget,
    conflict: EditConflict,
    *,
    record: str,
    names: Mapping[str, str],
    save_again: Callable[[dict[str, Any]], object],
    keep_theirs: Callable[[], None],
    show: Callable[[str, Any], str] | None = None,
    base: Mapping[str, Any] | None = None,
    back: Callable[[], None] | None = None,
    plural: bool = False,
) -> ConflictDialog | None:
    """Show ``conflict`` over ``parent`` and act on the choice: ``save_again(values)`` for
    keep mine or merge (the caller saves with ``conflict.version``), ``keep_theirs()``
    for keep theirs, ``back()`` (if given) when the dialog is closed without a choice.

    When the two versions agree on every field the form holds (another save changed only
    what this form does not show, or changed it to the same), there is nothing to
    choose: the values are saved again at once and no dialog opens (returns None).
    """
    listed: Sequence[str] = [f for f in names if f in conflict.mine]
    if not any(f in conflict.differing for f in listed):
        save_again(dict(conflict.mine))
        return None
    dialog = ConflictDialog(
        conflict, record=record, names=names, show=show, base=base, plural=plural, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(_result: int) -> None:
        if dialog.choice == THEIRS:
            keep_theirs()
        elif dialog.choice in (MINE, MERGE):
            save_again(dialog.values())
        elif back is not None:
            back()

    dialog.finished.connect(done)
    dialog.open()
    return dialog
