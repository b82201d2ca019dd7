"""Attendance at a group session: the invited people as a checklist, marked from the keyboard.

Space ticks (or unticks) *attended* for the selected people, E marks them excused,
A absent and U not marked yet; the arrows move. **Everyone attended** ticks every
row at once, so only the exceptions are left to mark. **Import sign-in sheet…**
reads a CSV or Excel list of names or e-mails on the worker, matches it to the
invited people the way a roster import matches, and shows who was found and which
lines were not before ticking anyone. Nothing is written until **Save**, which
marks every changed row in one transaction — one step on the window's undo stack.
A session whose attendance completes a readiness step records that step for each
person marked attended, so undo takes the step back with the marks.

:func:`open_attendance` reads the session on the worker and opens the dialog over
the window; the calendar calls it for a session the coordinator opens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peerdesk.calendar import zones
from ui import memory, messages, operations
from ui import palette_colors as pc
from ui.calendar.data import long_date, plural
from ui.calendar.dialog_parts import error_label
from ui.matching.mentee_list import WordFilter
from ui.people.rows import role_labels
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAbstractTableModel,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFileDialog,
    QFont,
    QFontMetrics,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QLocale,
    QModelIndex,
    QObject,
    QPalette,
    QPersistentModelIndex,
    QPushButton,
    QShortcut,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTableView,
    QTime,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.undo import RestoreCommand

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.errors import UserError
    from peerdesk.groups.attendance import AttendanceChanges
    from peerdesk.groups.signin_import import SigninMatch
    from ui.window_host import ProgramWindow

INVITED, ATTENDED, EXCUSED, ABSENT = "invited", "attended", "excused", "absent"
STATUSES = (ATTENDED, EXCUSED, ABSENT, INVITED)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
FOLDER_KEY = "attendance/folder"
SHEET_FILTER = str(
    QT_TRANSLATE_NOOP("AttendanceDialog", "Sign-in sheets (*.csv *.xlsx);;All files (*)")
)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def status_labels() -> dict[str, str]:
    return {
        INVITED: tr("Not marked"),
        ATTENDED: tr("Attended"),
        EXCUSED: tr("Excused"),
        ABSENT: tr("Absent"),
    }


STATUS_HUES = {ATTENDED: pc.GOOD, EXCUSED: pc.WARN, ABSENT: pc.BAD}  # not marked: muted

KEYS = {
    Qt.Key.Key_E: EXCUSED,
    Qt.Key.Key_A: ABSENT,
    Qt.Key.Key_U: INVITED,
}


class Column(IntEnum):
    ATTENDED = 0
    NAME = 1
    ROLE = 2
    STATUS = 3


COLUMNS = len(Column)


@dataclass(frozen=True)
class Entry:
    """One invited person: the status saved in the file and the one being chosen."""

    participant_id: int
    name: str
    role: str
    saved: str
    status: str
    email: str = ""

    @property
    def changed(self) -> bool:
        return self.status != self.saved


class AttendanceModel(QAbstractTableModel):
    """The invited people, with the attendance being chosen for each."""

    refused = Signal()  # a mark not allowed yet (attended or absent before it begins)

    def __init__(self, entries: Iterable[Entry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = list(entries)
        self.allowed = frozenset(STATUSES)  # before the session begins: excused, not marked
        self._labels = status_labels()
        self._roles = {role.value: text for role, text in role_labels().items()}
        self._titles = {
            Column.ATTENDED: tr("Came"),
            Column.NAME: tr("Name"),
            Column.ROLE: tr("Role"),
            Column.STATUS: tr("Attendance"),
        }

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.ATTENDED:
            attended = entry.status == ATTENDED
            return Qt.CheckState.Checked if attended else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == Column.NAME:
                return entry.name
            if column == Column.ROLE:
                return self._roles.get(entry.role, entry.role)
            if column == Column.STATUS:
                return self._labels.get(entry.status, entry.status)
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.ATTENDED:
            return f"{entry.name}: {self._labels.get(entry.status, entry.status)}"
        if role == STATUS_ROLE:
            return entry.status
        if column != Column.STATUS:
            return None
        if role == Qt.ItemDataRole.FontRole and entry.changed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QPalette()
            hue = STATUS_HUES.get(entry.status)
            return pc.muted(palette) if hue is None else pc.ink(palette, hue)
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2
    ) -> bool:
        if not index.isValid():
            return False
        column = Column(index.column())
        if column == Column.ATTENDED and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.mark([index.row()], ATTENDED if checked else INVITED)
            return True
        if column == Column.STATUS and role in (Qt.ItemDataRole.EditRole, STATUS_ROLE):
            if value not in STATUSES:
                return False
            self.mark([index.row()], str(value))
            return True
        return False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles.get(Column(section)) if 0 <= section < COLUMNS else None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = Column(index.column())
        if column == Column.STATUS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def mark(self, rows: Iterable[int], status: str) -> None:
        """Give these rows one attendance (Space, E, A and U; the tick and the column)."""
        if status not in self.allowed:
            self.refused.emit()
            return
        for n in sorted(set(rows)):
            if 0 <= n < len(self.entries) and self.entries[n].status != status:
                self.entries[n] = replace(self.entries[n], status=status)
                self.dataChanged.emit(self.index(n, 0), self.index(n, COLUMNS - 1))

    def toggle(self, rows: Iterable[int]) -> None:
        """Space: tick the rows as attended; if every one is ticked already, untick them."""
        rows = [n for n in rows if 0 <= n < len(self.entries)]
        everyone = all(self.entries[n].status == ATTENDED for n in rows)
        self.mark(rows, INVITED if everyone else ATTENDED)

    def mark_everyone(self, status: str, *, only_unmarked: bool = False) -> None:
        """Everyone attended; or, with ``only_unmarked``, the rest absent."""
        self.mark(
            [n for n, e in enumerate(self.entries) if not only_unmarked or e.status == INVITED],
            status,
        )

    def search_text(self, row: int) -> str:
        """What the Find field looks in: the name and the e-mail."""
        entry = self.entries[row]
        return f"{entry.name} {entry.email}".casefold()

    def row_of(self, participant_id: int) -> int:
        return next(
            (n for n, e in enumerate(self.entries) if e.participant_id == participant_id), -1
        )

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for entry in self.entries:
            counts[entry.status] = counts.get(entry.status, 0) + 1
        return counts

    def changed(self) -> dict[int, str]:
        """What is to be saved: the new status by participant id."""
        return {e.participant_id: e.status for e in self.entries if e.changed}


class AttendanceTable(QTableView):
    """The checklist: Space ticks attended; E, A and U mark excused, absent, not marked.

    It shows the people through a filter (the dialog's Find field); the keys act on
    the people selected, whatever rows they are in the list underneath.
    """

    def __init__(self, source: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.proxy = WordFilter(self)
        self.proxy.setSourceModel(source)
        self.setModel(self.proxy)
        self.clicked.connect(self._clicked)

    def _clicked(self, index: QModelIndex) -> None:
        """A click anywhere in the tick's cell ticks or unticks (not only on the box)."""
        if index.column() == Column.ATTENDED:
            self.source.toggle([self.proxy.mapToSource(index).row()])

    def selected_rows(self) -> list[int]:
        """The selected people's rows in :attr:`source`; the current one alone if it is
        not among them (moved to with Ctrl, which leaves the selection where it was)."""
        shown = self.selectionModel().selectedRows()
        current = self.currentIndex()
        if current.isValid() and current.row() not in {i.row() for i in shown}:
            shown = [current]
        return sorted({self.proxy.mapToSource(i).row() for i in shown})

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        editing = self.state() == QAbstractItemView.State.EditingState
        if plain and not editing:
            if key == Qt.Key.Key_Space:
                self.source.toggle(self.selected_rows())
                return
            status = KEYS.get(key)
            if status is not None:
                self.source.mark(self.selected_rows(), status)
                return
        super().keyPressEvent(event)


class StatusDelegate(QStyledItemDelegate):
    """A drop-down of the four attendances for the Attendance column."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("attendance_editor")
        labels = status_labels()
        for status in STATUSES:
            combo.addItem(labels[status], status)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(STATUS_ROLE))))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


@dataclass(frozen=True)
class Sheet:
    """A session as the dialog shows it, and its invited people (read on the worker)."""

    session_id: int
    heading: str  # "Training: Mentor training 1"
    when: str  # "Tuesday 12 January 2027, 18:00–19:30 · Room 4"
    step: str  # the readiness step attending completes; empty: none
    entries: tuple[Entry, ...]
    upcoming: bool = False  # it has not begun yet: nobody can have attended


def load_sheet(db: Database, session_id: int) -> Sheet:
    """The session and its invited people, in name order (runs on the worker)."""
    from peerdesk.groups.sessions import get_session
    from peerdesk.people import step_records

    detail = get_session(db, session_id)
    row = detail.session
    step = ""
    if row.completes_step_id is not None and detail.invitees:
        steps = step_records(db, detail.invitees[0].participant_id)
        step = next((s.name for s in steps if s.step_id == row.completes_step_id), "")
    heading = row.kind_name
    if row.title and row.title.casefold() != row.kind_name.casefold():
        heading = tr("{kind}: {title}").format(kind=row.kind_name, title=row.title)
    start, end = row.local_start, zones.to_local(row.ends_at, row.timezone)
    when = tr("{day}, {start}–{end}").format(
        day=long_date(start.date()),
        start=QLocale().toString(QTime(start.hour, start.minute), "HH:mm"),
        end=QLocale().toString(QTime(end.hour, end.minute), "HH:mm"),
    )
    where = [text for text in (row.place, row.link) if text]
    if row.cancelled:
        where.append(tr("cancelled"))
    entries = tuple(
        Entry(i.participant_id, i.name, i.role, i.status, i.status, i.email or "")
        for i in detail.invitees
    )
    upcoming = row.starts_at > datetime.now(UTC)
    return Sheet(session_id, heading, " · ".join([when, *where]), step, entries, upcoming)


class ImportPanel(QFrame):
    """What a sign-in sheet matched, shown before anyone is ticked: **Tick them** or **Dismiss**."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("signin_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary = QLabel(self)
        self.summary.setObjectName("signin_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply = QPushButton(self)
        self.apply.setObjectName("signin_apply")
        self.dismiss = QPushButton(tr("&Dismiss"), self)
        self.dismiss.setObjectName("signin_dismiss")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply)
        buttons.addWidget(self.dismiss)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.matched: list[int] = []
        self.hide()


class AttendanceCommand(RestoreCommand):
    """Attendance already saved; undo and redo put back its rows (and steps) on the worker."""

    def __init__(
        self, window: ProgramWindow, db: Database, text: str, changes: AttendanceChanges
    ) -> None:
        super().__init__(window, db, text, changes.kinds)
        self.changes = changes

    def restorer(self, *, redo: bool) -> Callable[[Database], Any]:
        from peerdesk.groups import attendance

        step, changes = (attendance.redo if redo else attendance.undo), self.changes
        return lambda db: step(db, changes)


class AttendanceDialog(QDialog):
    """The checklist of one session's invited people; saved as one undo step."""

    saved = Signal(object)  # the AttendanceChanges made
    import_read = Signal()  # a sign-in sheet was read and its matches are on show

    def __init__(self, window: ProgramWindow, sheet: Sheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.sheet = sheet
        self.setObjectName("attendance_dialog")
        self.setWindowTitle(self.tr("Attendance"))
        self.setModal(True)
        self.resize(660, 620)

        self.heading = QLabel(sheet.heading, self)
        self.heading.setObjectName("attendance_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.when = QLabel(sheet.when, self)
        self.when.setObjectName("attendance_when")
        self.when.setWordWrap(True)
        self.step_note = QLabel(self)
        self.step_note.setObjectName("attendance_step")
        self.step_note.setWordWrap(True)
        if sheet.step:
            self.step_note.setText(
                self.tr(
                    "Attending completes the step “{step}”: it is recorded, with the "
                    "session’s date, for everyone marked attended."
                ).format(step=sheet.step)
            )
        self.step_note.setVisible(bool(sheet.step))
        self.hint = QLabel(
            self.tr(
                "Space ticks who came; E marks excused, A absent, U not marked. "
                "Shift+arrows select several."
            ),
            self,
        )
        self.hint.setObjectName("attendance_hint")
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.model = AttendanceModel(sheet.entries, self)
        if sheet.upcoming:
            self.model.allowed = frozenset({EXCUSED, INVITED})
        self.model.refused.connect(self._not_yet)
        self.table = AttendanceTable(self.model, self)
        self.table.setObjectName("attendance_table")
        self.proxy = self.table.proxy
        self.search = QLineEdit(self)
        self.search.setObjectName("attendance_find")
        self.search.setPlaceholderText(self.tr("Find a name or e-mail (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Find"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._find)
        self.search.installEventFilter(self)
        find_key = QShortcut(QKeySequence.StandardKey.Find, self)
        find_key.activated.connect(self._focus_find)
        self.table.setItemDelegateForColumn(Column.STATUS, StatusDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self._fit_columns()
        self.empty = QLabel(self.tr("Nobody is invited to this session yet."), self)
        self.empty.setObjectName("attendance_empty")
        self.counts = QLabel(self)
        self.counts.setObjectName("attendance_counts")

        self.panel = ImportPanel(self)
        self.panel.apply.clicked.connect(self.apply_import)
        self.panel.dismiss.clicked.connect(self.panel.hide)
        self.error = error_label(self, "attendance_error")

        self.everyone = QPushButton(self.tr("E&veryone attended"), self)
        self.everyone.setObjectName("everyone_attended")
        self.everyone.setToolTip(self.tr("Tick everyone; then mark the exceptions"))
        self.everyone.clicked.connect(lambda: self.model.mark_everyone(ATTENDED))
        self.rest_absent = QPushButton(self.tr("The &rest absent"), self)
        self.rest_absent.setObjectName("rest_absent")
        self.rest_absent.setToolTip(self.tr("Mark everyone not marked yet as absent"))
        self.rest_absent.clicked.connect(
            lambda: self.model.mark_everyone(ABSENT, only_unmarked=True)
        )
        self.import_button = QPushButton(self.tr("&Import sign-in sheet…"), self)
        self.import_button.setObjectName("import_signin")
        self.import_button.setToolTip(
            self.tr("Tick the people listed in a CSV or Excel file of names or e-mails")
        )
        self.import_button.clicked.connect(self.import_sheet)
        actions = QHBoxLayout()
        actions.addWidget(self.everyone)
        actions.addWidget(self.rest_absent)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.when)
        layout.addWidget(self.step_note)
        layout.addWidget(self.hint)
        layout.addLayout(actions)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.panel)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.model.dataChanged.connect(lambda *_args: self._show_counts())
        self.model.dataChanged.connect(lambda *_args: self.error.hide())  # acted on
        self.model.modelReset.connect(self._show_counts)
        has_rows = bool(sheet.entries)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        for button in (self.everyone, self.rest_absent, self.import_button):
            button.setEnabled(has_rows)
        if sheet.upcoming:
            self.hint.setText(
                self.tr(
                    "This session has not begun yet: tick who came once it has. "
                    "Apologies can be marked now: E marks excused, U not marked."
                )
            )
            for button in (self.everyone, self.rest_absent, self.import_button):
                button.setEnabled(False)
        self._show_counts()
        self.table.setFocus()
        self.search.setVisible(has_rows)
        if has_rows:
            self.table.setCurrentIndex(self.proxy.index(0, Column.NAME))

    def _fit_columns(self) -> None:
        """Widths from the words the columns can hold (in the language in use), not from
        every row: measuring hundreds of rows made a big session's list slow to open."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        bold = QFont(self.table.font())
        bold.setBold(True)
        plain, strong = self.table.fontMetrics(), QFontMetrics(bold)
        titles = {c: str(self.model.headerData(c, Qt.Orientation.Horizontal, 0)) for c in Column}
        words = {
            Column.ATTENDED: [(strong, titles[Column.ATTENDED])],
            Column.ROLE: [(strong, titles[Column.ROLE])]
            + [(plain, text) for text in role_labels().values()],
            Column.STATUS: [(strong, titles[Column.STATUS])]
            + [(strong, text) for text in status_labels().values()],
        }
        for column, texts in words.items():
            room = plain.height() * (1 if column == Column.ATTENDED else 2)  # margins, a box
            header.resizeSection(column, max(m.horizontalAdvance(t) for m, t in texts) + room)

    # -- finding someone -----------------------------------------------------------------

    def _find(self, text: str) -> None:
        self.proxy.set_search(text)
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _focus_find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the Find field, Down or Enter go to the list; Escape empties the field."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.table.setFocus()
                if self.proxy.rowCount() and not self.table.selected_rows():
                    self.table.selectRow(0)
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # -- what is on show ---------------------------------------------------------------

    def _show_counts(self) -> None:
        c = self.model.counts()
        total = len(self.model.entries)
        parts = [
            plural(total, self.tr("1 invited"), self.tr("{n} invited")),
            self.tr("{n} attended").format(n=c[ATTENDED]),
            self.tr("{n} excused").format(n=c[EXCUSED]),
            self.tr("{n} absent").format(n=c[ABSENT]),
        ]
        if c[INVITED]:
            parts.append(self.tr("{n} not marked").format(n=c[INVITED]))
        changed = len(self.model.changed())
        if changed:
            parts.append(
                plural(changed, self.tr("1 change to save"), self.tr("{n} changes to save"))
            )
        self.counts.setText(" · ".join(parts))
        self.rest_absent.setEnabled(bool(c[INVITED]) and ABSENT in self.model.allowed)

    def _not_yet(self) -> None:
        self.show_error(
            self.tr(
                "The session has not begun yet ({when}): who attended and who was absent "
                "can be marked once it has. Apologies can be marked now (E, excused)."
            ).format(when=self.sheet.when)
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- the sign-in sheet -------------------------------------------------------------

    def ask_open_file(self, title: str, start: Path) -> Path | None:
        """The system's open dialog (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(self, title, str(start), self.tr(SHEET_FILTER))
        return Path(name) if name else None

    def import_sheet(self) -> None:
        """Read a sign-in sheet on the worker and show what it matched (nothing ticked yet)."""
        path = self.ask_open_file(
            self.tr("Import a sign-in sheet"), memory.remembered_folder(FOLDER_KEY)
        )
        if path is None:
            return
        memory.app_settings().setValue(FOLDER_KEY, str(path.parent))
        db = self.window_.db
        if db is None:
            return
        session_id = self.sheet.session_id
        self.error.hide()
        self.import_button.setEnabled(False)

        def read(state: Any) -> SigninMatch:
            from peerdesk.groups.signin_import import match_signin_sheet

            return match_signin_sheet(db, session_id, path, progress=state)

        def failed(exc: UserError) -> None:
            self.import_button.setEnabled(True)
            self.panel.hide()
            self.show_error(messages.user_message(exc))

        operations.Op(
            read,
            success=self._show_import,
            failure=failed,
            label=self.tr("Reading the sign-in sheet…"),
            cancellable=True,
            parent=self,
        ).run()

    def _show_import(self, found: SigninMatch) -> None:
        """Who the sheet names and which rows name nobody invited; ticking waits for the user."""
        self.import_button.setEnabled(True)
        matched = [pid for pid in found.matched if self.model.row_of(pid) >= 0]
        lines = [
            plural(
                found.rows,
                self.tr("“{file}”: 1 row with a name or e-mail."),
                self.tr("“{file}”: {n} rows with a name or e-mail."),
                file=found.file_name,
            ),
            plural(
                len(matched),
                self.tr("1 invited person found"),
                self.tr("{n} invited people found"),
            )
            + (
                self.tr(" ({n} marked attended already).").format(n=found.already)
                if found.already
                else "."
            ),
        ]
        if found.problems:
            lines.append(
                plural(
                    len(found.problems),
                    self.tr("1 row not matched, left out:"),
                    self.tr("{n} rows not matched, left out:"),
                )
            )
            lines.extend(f"  {problem}" for problem in found.problems)
        self.panel.matched = matched
        self.panel.summary.setText("\n".join(lines))
        self.panel.apply.setText(
            plural(len(matched), self.tr("&Tick 1 person"), self.tr("&Tick {n} people"))
        )
        self.panel.apply.setEnabled(bool(matched))
        self.panel.show()
        (self.panel.apply if matched else self.panel.dismiss).setFocus()
        self.import_read.emit()

    def apply_import(self) -> None:
        """Tick the people the sheet matched (saved with the rest, by Save)."""
        rows = [self.model.row_of(pid) for pid in self.panel.matched]
        self.model.mark([n for n in rows if n >= 0], ATTENDED)
        self.panel.hide()
        self.table.setFocus()

    # -- saving --------------------------------------------------------------------------

    def accept(self) -> None:
        self.table.setCurrentIndex(self.table.currentIndex())  # commit an open editor
        marks = self.model.changed()
        if not marks:
            super().accept()
            return
        db = self.window_.db
        if db is None:
            return
        window, session_id = self.window_, self.sheet.session_id
        text = plural(
            len(marks),
            self.tr("Mark attendance of 1 person"),
            self.tr("Mark attendance of {n} people"),
        )

        def work(state: Any) -> AttendanceChanges:
            from peerdesk.groups.attendance import set_marks

            return set_marks(db, session_id, marks)

        def committed(changes: AttendanceChanges) -> None:
            # Also when the dialog was closed while it saved: the marks are in the file.
            if changes.kinds:
                window.undo_stack.push(AttendanceCommand(window, db, text, changes))
                window.notify(changes.kinds)

        def done(changes: AttendanceChanges) -> None:
            self.saved.emit(changes)
            self.done(QDialog.DialogCode.Accepted)

        def failed(exc: UserError) -> None:
            self.buttons.setEnabled(True)
            self.show_error(messages.user_message(exc))

        self.buttons.setEnabled(False)
        self.error.hide()
        operations.Op(
            work,
            committed=committed,
            success=done,
            failure=failed,
            label=self.tr("Saving attendance…"),
            parent=self,
        ).run()


def open_attendance(
    window: ProgramWindow,
    session_id: int,
    *,
    parent: QWidget | None = None,
    show: Callable[[AttendanceDialog], None] | None = None,
) -> operations.Op | None:
    """Read the session on the worker, then open its attendance checklist over ``parent``.

    ``show`` opens the dialog (the calendar passes its own, to keep hold of it); by
    default it is opened window-modal and deleted once closed.
    """
    db = window.db
    if db is None:
        return None
    where = parent if parent is not None else window
    assert isinstance(where, QWidget)

    def opened(sheet: Sheet) -> None:
        dialog = AttendanceDialog(window, sheet, where)
        if show is not None:
            show(dialog)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    return operations.Op(
        lambda state: load_sheet(db, session_id),
        success=opened,
        label=tr("Reading the session…"),
        parent=where,
    ).run()
