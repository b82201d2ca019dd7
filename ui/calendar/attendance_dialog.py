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
the window; the calendar calls it for a session the coordinator opens. The list
itself (its model, keys and drop-down) is :mod:`ui.calendar.attendance_list`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peerdesk.calendar import zones
from ui import memory, messages, operations
from ui.calendar.attendance_list import (
    ABSENT,
    ATTENDED,
    EXCUSED,
    INVITED,
    AttendanceModel,
    AttendanceTable,
    Column,
    Entry,
    StatusDelegate,
)
from ui.calendar.data import long_date, plural
from ui.calendar.dialog_parts import error_label
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QLocale,
    QObject,
    QPalette,
    QPushButton,
    QShortcut,
    Qt,
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
    from peerdesk.groups.signin_import import SigninMatch, SigninProblem
    from ui.window_host import ProgramWindow

FOLDER_KEY = "attendance/folder"
SHEET_FILTER = str(
    QT_TRANSLATE_NOOP("AttendanceDialog", "Sign-in sheets (*.csv *.xlsx);;All files (*)")
)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def unmatched_text(problem: SigninProblem) -> str:
    """A row of a sign-in sheet left out, in the language in use."""
    from peerdesk.groups.signin_import import Unmatched

    texts = {
        Unmatched.NOBODY: tr("Row {row}: “{written}” is not anyone in this program."),
        Unmatched.SEVERAL: tr(
            "Row {row}: “{written}” matches more than one person; write their e-mail."
        ),
        Unmatched.NOT_INVITED: tr("Row {row}: “{written}” was not invited to this session."),
    }
    return texts[problem.kind].format(row=problem.row, written=problem.written)


def saved_text(changes: AttendanceChanges) -> str:
    """What saving attendance did, in words: the status bar's and the calendar's notice."""
    parts = [
        plural(
            changes.marked,
            tr("Attendance saved for 1 person."),
            tr("Attendance saved for {n} people."),
        )
    ]
    if changes.steps_recorded:
        parts.append(
            plural(
                changes.steps_recorded,
                tr("The session's readiness step is recorded for 1 person."),
                tr("The session's readiness step is recorded for {n} people."),
            )
        )
    if changes.became_ready:
        parts.append(
            plural(
                len(changes.became_ready),
                tr("1 person is now ready for matching."),
                tr("{n} people are now ready for matching."),
            )
        )
    if changes.steps_removed:
        parts.append(
            plural(
                changes.steps_removed,
                tr("The session's readiness step is taken back from 1 person."),
                tr("The session's readiness step is taken back from {n} people."),
            )
        )
    return " ".join(parts)


@dataclass(frozen=True)
class Sheet:
    """A session as the dialog shows it, and its invited people (read on the worker)."""

    session_id: int
    heading: str  # "Training: Mentor training 1"
    when: str  # "Tuesday 12 January 2027, 18:00–19:30 · Room 4"
    step: str  # the readiness step attending completes; empty: none
    entries: tuple[Entry, ...]
    upcoming: bool = False  # it has not begun yet: nobody can have attended
    cancelled: bool = False  # nobody can attend it (until it is restored)


def load_sheet(db: Database, session_id: int) -> Sheet:
    """The session and its invited people, in name order (runs on the worker)."""
    from peerdesk.groups.sessions import get_session
    from peerdesk.people import step_records

    detail = get_session(db, session_id)
    row = detail.session
    step = ""
    if row.completes_step_id is not None and detail.invitees:
        steps = step_records(db, detail.invitees[0].participant_id)  # every step, by name
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
    return Sheet(
        session_id, heading, " · ".join([when, *where]), step, entries, upcoming, row.cancelled
    )


class ImportPanel(QFrame):
    """What a sign-in sheet matched, shown before anyone is ticked: **Tick N people** or
    **Dismiss**."""

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
        if sheet.cancelled:
            self.model.allowed = frozenset({EXCUSED, ABSENT, INVITED})
        elif sheet.upcoming:
            self.model.allowed = frozenset({EXCUSED, INVITED})
        self.model.refused.connect(self._refused)
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
        self.table.fit_columns()
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
        self.everyone.clicked.connect(lambda: self._mark_everyone(ATTENDED))
        self.rest_absent = QPushButton(self.tr("The &rest absent"), self)
        self.rest_absent.setObjectName("rest_absent")
        self.rest_absent.setToolTip(self.tr("Mark everyone not marked yet as absent"))
        self.rest_absent.clicked.connect(lambda: self._mark_everyone(ABSENT, only_unmarked=True))
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
        if sheet.cancelled:
            self.hint.setText(
                self.tr(
                    "This session was cancelled: nobody can be ticked as attended unless "
                    "it is restored on the Calendar. E marks excused, A absent, U not marked."
                )
            )
        elif sheet.upcoming:
            self.hint.setText(
                self.tr(
                    "This session has not begun yet: tick who came once it has. "
                    "Apologies can be marked now: E marks excused, U not marked."
                )
            )
        if ATTENDED not in self.model.allowed:
            for button in (self.everyone, self.import_button):
                button.setEnabled(False)
        self._show_counts()
        self.table.setFocus()
        self.search.setVisible(has_rows)
        if has_rows:
            self.table.setCurrentIndex(self.proxy.index(0, Column.NAME))

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

    def _mark_everyone(self, status: str, *, only_unmarked: bool = False) -> None:
        """Everyone attended / The rest absent, then the list has the keyboard again for the
        exceptions (a clicked button kept it, and Enter would have clicked it again)."""
        self.model.mark_everyone(status, only_unmarked=only_unmarked)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

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

    def _refused(self) -> None:
        """A mark the session does not allow yet (or any more): say why."""
        if self.sheet.cancelled:
            self.show_error(
                self.tr(
                    "This session was cancelled, so nobody can attend it. Restore it on the "
                    "Calendar first."
                )
            )
            return
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
            cancelled=lambda: self.import_button.setEnabled(True),
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
            lines.extend(f"  {unmatched_text(problem)}" for problem in found.problems)
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
                window.statusBar().showMessage(saved_text(changes), 10000)

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
