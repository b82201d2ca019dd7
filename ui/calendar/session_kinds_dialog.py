"""Edit session kinds…: the program's list of kinds of group session — rename one, give it
another colour, add one, put the list in another order, take away one no session uses.

The list is edited in the dialog and saved as a whole on **Save** (one transaction,
:func:`peerdesk.groups.kinds.save_kinds`); a refused list (a name twice, a kind still
in use taken away) shows why under the list and changes nothing. The save is one step
on the window's undo stack: undo saves the list as it was (a kind taken away comes
back; one added goes, unless a session was made of it since, which the undo says).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui import messages, operations
from ui.calendar.dialog_parts import error_label
from ui.qt import (
    QAbstractItemView,
    QColor,
    QColorDialog,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QIcon,
    QLabel,
    QModelIndex,
    QPixmap,
    QPushButton,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.screens import MEETINGS
from ui.undo import RestoreCommand

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

    from peerdesk.database import Database
    from peerdesk.errors import UserError
    from peerdesk.groups.kinds import KindRow, KindSetting
    from ui.main_window import MainWindow

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 2
USED_ROLE = Qt.ItemDataRole.UserRole + 3
NEW_COLOUR = "#546e7a"
NAME, COLOUR, USED = 0, 1, 2


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def swatch(colour: str, size: int = 14) -> QIcon:
    """A small square of ``colour`` ("#rrggbb"; empty: the app's colour for sessions)."""
    from ui.calendar.session_rows import SESSION_HUE

    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour) if colour else SESSION_HUE)
    return QIcon(pixmap)


def as_settings(kinds: Sequence[KindRow]) -> list[KindSetting]:
    from peerdesk.groups.kinds import KindSetting

    return [KindSetting(k.name, k.colour, k.key) for k in kinds]


def restore_kinds(db: Database, program_id: int, settings: Sequence[KindSetting]) -> list[KindRow]:
    """Save ``settings`` as the program's list; a kind no longer there (taken away since)
    is made again under its name."""
    from dataclasses import replace

    from peerdesk.groups.kinds import list_kinds, save_kinds

    present = {k.key for k in list_kinds(db, program_id)}
    return save_kinds(
        db,
        program_id,
        [s if s.key is None or s.key in present else replace(s, key=None) for s in settings],
    )


class KindsCommand(RestoreCommand):
    """An edit of the kinds list already saved; undo and redo save the list before/after."""

    def __init__(
        self,
        window: MainWindow,
        db: Database,
        program_id: int,
        before: list[KindSetting],
        after: list[KindSetting],
    ) -> None:
        super().__init__(window, db, tr("Edit session kinds"), {MEETINGS})
        self.program_id, self.before, self.after = program_id, before, after

    def restorer(self, *, redo: bool) -> Callable[[Database], Any]:
        program_id, settings = self.program_id, (self.after if redo else self.before)
        return lambda db: restore_kinds(db, program_id, settings)


class SessionKindsDialog(QDialog):
    saved = Signal(object)  # the list as saved: list[KindRow]

    def __init__(
        self,
        window: MainWindow,
        program_id: int,
        kinds: list[KindRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.window_ = window
        self.program_id = program_id
        self.before = as_settings(kinds)
        self.setObjectName("session_kinds_dialog")
        self.setWindowTitle(self.tr("Kinds of session"))
        self.setModal(True)
        self.setMinimumWidth(480)

        intro = QLabel(
            self.tr(
                "The kinds of group session this program holds. Each kind has its colour in "
                "the calendar. A kind that sessions are of can be renamed but not taken away."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Colour"), self.tr("Sessions")]
        )
        for kind in kinds:
            self._append(kind.name, kind.colour, kind.key, kind.sessions)
        self.table = QTableView(self)
        self.table.setObjectName("session_kinds")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLOUR, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(USED, QHeaderView.ResizeMode.ResizeToContents)
        line = self.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(line)
        self.table.setMinimumHeight(line * 9)  # the seven standard kinds and their header

        self.add_button = self._button(self.tr("Add"), "kind_add", self.add_kind)
        self.remove_button = self._button(self.tr("Remove"), "kind_remove", self.remove_kind)
        self.colour_button = self._button(self.tr("Colour…"), "kind_colour", self.choose_colour)
        self.standard_button = self._button(
            self.tr("Standard colour"), "kind_standard_colour", self.standard_colour
        )
        self.standard_button.setToolTip(self.tr("The calendar's own colour for sessions"))
        self.up_button = self._button(self.tr("Move up"), "kind_up", lambda: self.move(-1))
        self.down_button = self._button(self.tr("Move down"), "kind_down", lambda: self.move(1))
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.remove_button,
            self.colour_button,
            self.standard_button,
            self.up_button,
            self.down_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)

        self.error = error_label(self, "session_kinds_error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update())
        self.table.doubleClicked.connect(self._double_clicked)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def _append(self, name: str, colour: str, key: str | None, used: int, row: int = -1) -> None:
        name_item = QStandardItem(name)
        name_item.setData(key, KEY_ROLE)
        colour_item = QStandardItem(colour or self.tr("standard"))
        colour_item.setData(colour, COLOUR_ROLE)
        colour_item.setIcon(swatch(colour))
        colour_item.setEditable(False)
        used_item = QStandardItem(str(used))
        used_item.setData(used, USED_ROLE)
        used_item.setEditable(False)
        used_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        items = [name_item, colour_item, used_item]
        if row < 0:
            self.model.appendRow(items)
        else:
            self.model.insertRow(row, items)

    # -- editing -------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _update(self) -> None:
        row = self.current_row()
        chosen = row >= 0
        used = int(self.model.item(row, USED).data(USED_ROLE) or 0) if chosen else 0
        self.remove_button.setEnabled(chosen and used == 0 and self.model.rowCount() > 1)
        self.remove_button.setToolTip(
            self.tr("Sessions are of this kind: it can be renamed, not taken away.") if used else ""
        )
        self.colour_button.setEnabled(chosen)
        self.standard_button.setEnabled(
            chosen and bool(self.model.item(row, COLOUR).data(COLOUR_ROLE))
        )
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(chosen and row < self.model.rowCount() - 1)

    def add_kind(self) -> None:
        self._append(self.tr("New kind"), NEW_COLOUR, None, 0)
        row = self.model.rowCount() - 1
        index = self.model.index(row, NAME)
        self.table.setCurrentIndex(index)
        self.table.edit(index)
        self._update()

    def remove_kind(self) -> None:
        row = self.current_row()
        if row < 0 or int(self.model.item(row, USED).data(USED_ROLE) or 0):
            return
        self.model.removeRow(row)
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self._update()

    def move(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        items = self.model.takeRow(row)
        self.model.insertRow(target, items)
        self.table.selectRow(target)
        self._update()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == COLOUR:
            self.choose_colour()

    def choose_colour(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        item = self.model.item(row, COLOUR)
        current = str(item.data(COLOUR_ROLE) or NEW_COLOUR)
        self.colour_dialog = QColorDialog(QColor(current), self)
        self.colour_dialog.setObjectName("kind_colour_dialog")
        self.colour_dialog.setWindowTitle(
            self.tr("Colour of “{name}”").format(name=self.model.item(row, NAME).text())
        )
        self.colour_dialog.colorSelected.connect(lambda colour: self.set_colour(row, colour))
        self.colour_dialog.open()

    def standard_colour(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.set_colour(row, QColor())

    def set_colour(self, row: int, colour: QColor) -> None:
        """``colour`` for the kind on ``row``; an invalid colour: the standard one."""
        text = colour.name() if colour.isValid() else ""
        item = self.model.item(row, COLOUR)
        item.setData(text, COLOUR_ROLE)
        item.setText(text or self.tr("standard"))
        item.setIcon(swatch(text))
        self._update()

    # -- saving ----------------------------------------------------------------------

    def settings(self) -> list[KindSetting]:
        from peerdesk.groups.kinds import KindSetting

        return [
            KindSetting(
                name=self.model.item(row, NAME).text().strip(),
                colour=str(self.model.item(row, COLOUR).data(COLOUR_ROLE) or ""),
                key=self.model.item(row, NAME).data(KEY_ROLE),
            )
            for row in range(self.model.rowCount())
        ]

    def accept(self) -> None:
        from peerdesk.groups.kinds import save_kinds

        db = self.window_.db
        if db is None:
            return
        settings, program_id = self.settings(), self.program_id
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        self.error.hide()
        window, before = self.window_, self.before

        def committed(rows: list[KindRow]) -> None:
            window.undo_stack.push(KindsCommand(window, db, program_id, before, as_settings(rows)))
            window.notify({MEETINGS})

        operations.Op(
            lambda state: save_kinds(db, program_id, settings),
            committed=committed,
            success=self._saved,
            failure=self._failed,
            label=self.tr("Saving the kinds of session…"),
            parent=self,
        ).run()

    def _saved(self, rows: list[KindRow]) -> None:
        self.saved.emit(rows)
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, exc: UserError) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.error.setText(messages.user_message(exc))
        self.error.show()
