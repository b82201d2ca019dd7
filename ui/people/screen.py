"""The People screen: everyone in the program, found as you type, and what you do with them.

A table (:mod:`ui.people.model`) with a search box and filters above it and the
selected person's screening and training checklist beside it. Everything a
coordinator does here — add, edit, set a status, mark a step done, allow
matching early — is one undoable change; erasing is confirmed and final.

Keys: Ctrl+F searches, Enter or F2 edits, Delete offers to erase, Ctrl+N adds a
person (on this screen it means "new person", not "new file").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from peerdesk import paths
from ui import icons, memory, operations, screens
from ui.people.checklist import ChecklistPanel
from ui.people.columns import ColumnMemory
from ui.people.filters import FilterBar
from ui.people.model import PeopleFilter, PeopleModel, PeopleProxy
from ui.people.rows import (
    Column,
    PeopleData,
    load_people,
)
from ui.qt import (
    QAction,
    QEvent,
    QHBoxLayout,
    QItemSelection,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QMenu,
    QModelIndex,
    QPalette,
    QPoint,
    QPushButton,
    QShortcut,
    QSplitter,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.screens import PAIRS, PEOPLE, PROGRAMS, Screen

if TYPE_CHECKING:
    from peerdesk.database import Database
    from ui.main_window import MainWindow
    from ui.qt import QHideEvent

EXPORT_FOLDER_KEY = "people/export_folder"
SELECTION_SETTLE_MS = 60


class PeopleScreen(Screen):
    loaded = Signal()  # the table shows the rows just read
    exported = Signal(Path)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.db: Database | None = None
        self.program_id: int | None = None
        self.data: PeopleData | None = None
        self.dialog: QWidget | None = None
        self._token = 0
        self._stale = False
        self._restoring_selection = False

        self.model = PeopleModel(self)
        self.proxy = PeopleProxy(self.model, self)
        self._build()
        self.columns = ColumnMemory(self.table, self.splitter)
        self.columns.restore()
        self._connect()
        self._update_actions()

    # -- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.heading = screens.heading(self.tr("People"), self)
        self.count = QLabel(self)
        self.count.setObjectName("people_count")

        self.toolbar = screens.toolbar("people_toolbar", self)
        self.add_action = self._action(self.tr("Add person…"), "person-add", self.add_person)
        self.add_action.setToolTip(self.tr("Add a person to this program (Ctrl+N)"))
        self.edit_action = self._action(self.tr("Edit…"), "edit", self.edit_selected)
        self.edit_action.setToolTip(self.tr("Edit the selected person (Enter or F2)"))
        self.status_action = self._action(self.tr("Set status…"), "status", self.set_status)
        self.step_action = self._action(self.tr("Mark steps done…"), "step-done", self.mark_step)
        self.step_action.setToolTip(
            self.tr("Record screening and training steps the selected people finished")
        )
        self.erase_action = self._action(self.tr("Erase…"), "erase", self.erase_selected)
        self.erase_action.setToolTip(
            self.tr("Erase the selected person's personal data from this file (Delete)")
        )
        self.export_action = self._action(self.tr("Export…"), "export", self.export)
        self.export_action.setToolTip(self.tr("Save the people shown, as shown, to Excel"))
        self.import_action: QAction | None = None
        for action in (self.add_action, self.edit_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.status_action, self.step_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.erase_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_action)
        if hasattr(self.window_, "import_roster"):
            self.import_action = self._action(
                self.tr("Import roster…"), "import-roster", self.import_roster
            )
            self.toolbar.addAction(self.import_action)

        self.notice = QLabel(self)
        self.notice.setObjectName("people_notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAutoFillBackground(True)
        self.notice.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.notice.setMargin(6)
        self.notice.hide()
        self._notice_index = -1  # the undo step the notice tells of

        self.filters = FilterBar(self)
        self.search = self.filters.search
        self.role_filter = self.filters.role
        self.status_filter = self.filters.status
        self.readiness_filter = self.filters.readiness
        self.department_filter = self.filters.department
        self.clear_filters = self.filters.clear

        self.table = screens.record_table("people_table", self.proxy, self, many=True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)

        self.checklist = ChecklistPanel(self.window_, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("people_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.checklist)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([820, 260])

        self.empty = QWidget(self)
        self.empty.setObjectName("people_empty")
        self.empty_text = QLabel(self.empty)
        self.empty_text.setObjectName("people_empty_text")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_add = QPushButton(icons.icon("person-add"), self.tr("Add a person…"), self.empty)
        self.empty_add.setObjectName("empty_add")
        empty_buttons = QHBoxLayout()
        empty_buttons.addStretch(1)
        empty_buttons.addWidget(self.empty_add)
        if self.import_action is not None:
            self.empty_import = QPushButton(
                icons.icon("import-roster"), self.tr("Import a roster…"), self.empty
            )
            self.empty_import.setObjectName("empty_import")
            self.empty_import.clicked.connect(self.import_roster)
            empty_buttons.addWidget(self.empty_import)
        empty_buttons.addStretch(1)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addLayout(empty_buttons)
        empty_layout.addStretch(2)

        self.body = QStackedWidget(self)
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.notice)
        layout.addWidget(self.filters)
        layout.addWidget(self.body, 1)

        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(SELECTION_SETTLE_MS)

    def _action(self, text: str, icon_name: str, slot: Any) -> QAction:
        action = QAction(icons.icon(icon_name), text, self)
        action.setObjectName(f"people_{icon_name.replace('-', '_')}")
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _connect(self) -> None:
        self.filters.changed.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.columns.watch()
        self._selection_timer.timeout.connect(self._show_selected)
        self.empty_add.clicked.connect(self.add_person)
        self.window_.undo_stack.indexChanged.connect(self._undo_moved)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        for key, slot in (
            (Qt.Key.Key_Return, self.edit_selected),
            (Qt.Key.Key_Enter, self.edit_selected),
            (Qt.Key.Key_F2, self.edit_selected),
            (Qt.Key.Key_Delete, self.erase_selected),
        ):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        # Down from the search box goes to the table, as in a mail program.
        self.search.installEventFilter(self)

    # -- context ---------------------------------------------------------------------

    def set_context(self, db: Database | None, program_id: int | None) -> None:
        self.db, self.program_id = db, program_id
        self.data = None
        self.notice.hide()
        self.model.set_rows([])
        self.checklist.show_nobody()
        self.reload()

    def refresh(self, kinds: frozenset[str]) -> None:
        if kinds & {PEOPLE, PAIRS, PROGRAMS}:
            self.reload_when_shown()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_columns()
        super().hideEvent(event)

    def reload(self) -> None:
        """Read the program's people again (on the worker) and show them."""
        self._stale = False
        self._token += 1
        token, db, program_id = self._token, self.db, self.program_id
        if db is None or program_id is None:
            self._show_data(None)
            return
        operations.Op(
            lambda state: load_people(db, program_id),
            success=lambda data: self._loaded(token, data),
            label=self.tr("Loading people…"),
            parent=self,
        ).run()

    def _loaded(self, token: int, data: PeopleData) -> None:
        if token != self._token:
            return  # a newer read is on its way
        self._show_data(data)

    def _show_data(self, data: PeopleData | None) -> None:
        selected = self.selected_ids()
        current = self.current_id()
        self.data = data
        self.filters.set_departments(data.rows if data else [])
        self.model.set_rows(data.rows if data else [])
        self._reselect(selected, current)
        self._update_count()
        self._update_actions()
        if data is not None and not data.rows:
            self.empty_text.setText(
                self.tr(
                    "Nobody has joined this program yet.\n"
                    "Add people one by one, or import the roster you already have."
                )
            )
            self.body.setCurrentWidget(self.empty)
        else:
            self.body.setCurrentWidget(self.splitter)
        self._show_selected()
        self.loaded.emit()

    def program_name(self) -> str:
        overview = getattr(self.window_, "overview", None)
        data = getattr(overview, "data", None)
        return data.settings.name if data is not None else ""

    # -- filtering ---------------------------------------------------------------------

    def current_filter(self) -> PeopleFilter:
        return self.filters.current()

    def apply_filter(self) -> None:
        self.proxy.set_filter(self.filters.current())
        self._update_count()

    def reset_filters(self) -> None:
        self.filters.reset()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if total == shown:
            text = self.tr("1 person") if total == 1 else self.tr("{n} people").format(n=total)
        else:
            text = self.tr("{shown} of {total} people shown").format(shown=shown, total=total)
        self.count.setText(text)

    # -- selection ---------------------------------------------------------------------

    def _selected_rows(self) -> list[int]:
        """The selected rows of the table, read from the selection's ranges.

        (``selectedRows`` would ask the model about every cell of every row, which
        is slow when thousands are selected.)
        """
        rows: set[int] = set()
        for selected in self.table.selectionModel().selection():
            rows.update(range(selected.top(), selected.bottom() + 1))
        return sorted(rows)

    def selected_ids(self) -> list[int]:
        """The participant ids of the selected rows, in the table's order."""
        return [self.proxy.participant_id(row) for row in self._selected_rows()]

    def current_id(self) -> int | None:
        """The person the keyboard is on (if selected), else the only one selected."""
        selection = self.table.selectionModel()
        index = self.table.currentIndex()
        if index.isValid() and selection.isRowSelected(index.row(), QModelIndex()):
            return self.proxy.participant_id(index.row())
        ranges = selection.selection()
        if len(ranges) == 1 and ranges[0].top() == ranges[0].bottom():
            return self.proxy.participant_id(ranges[0].top())
        rows = self._selected_rows() if len(ranges) > 1 else []
        return self.proxy.participant_id(rows[0]) if len(rows) == 1 else None

    def select_ids(self, ids: list[int], current: int | None = None) -> None:
        self._reselect(ids, current if current is not None else (ids[0] if ids else None))

    def _reselect(self, ids: list[int], current: int | None) -> None:
        """Select these people again (those still shown), in runs of adjacent rows."""
        proxy, model = self.proxy, self.model
        positions = model.rows_of(ids)
        shown: list[int] = []
        current_index = None
        for pid, source_row in positions.items():
            index = proxy.mapFromSource(model.index(source_row, 0))
            if index.isValid():
                shown.append(index.row())
                if pid == current:
                    current_index = index
        selection = QItemSelection()
        last = proxy.columnCount() - 1
        shown.sort()
        start = 0
        for n in range(1, len(shown) + 1):
            if n == len(shown) or shown[n] != shown[n - 1] + 1:
                selection.select(proxy.index(shown[start], 0), proxy.index(shown[n - 1], last))
                start = n
        selection_model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        self._restoring_selection = True
        try:
            selection_model.select(selection, flags.ClearAndSelect)
            if current_index is not None:
                selection_model.setCurrentIndex(current_index, flags.NoUpdate)
                self.table.scrollTo(current_index)
        finally:
            self._restoring_selection = False

    def _selection_changed(self) -> None:
        self._update_actions()
        if not self._restoring_selection:
            self._selection_timer.start()

    def _show_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and self.db is not None:
            self.checklist.show_person(self.db, ids[0])
        elif len(ids) > 1:
            self.checklist.show_many(len(ids))
        else:
            self.checklist.show_nobody()

    def _update_actions(self) -> None:
        has_program = self.db is not None and self.program_id is not None
        selected = has_program and self.table.selectionModel().hasSelection()
        one = has_program and self.current_id() is not None
        self.add_action.setEnabled(has_program)
        self.edit_action.setEnabled(one)
        self.erase_action.setEnabled(one)
        self.status_action.setEnabled(selected)
        self.step_action.setEnabled(selected and bool(self.data and self.data.steps))
        self.export_action.setEnabled(has_program and self.model.rowCount() > 0)

    # -- actions -----------------------------------------------------------------------

    def add_person(self) -> None:
        self.open_person_dialog(None)

    def edit_selected(self) -> None:
        pid = self.current_id()
        if pid is not None:
            self.open_person_dialog(pid)

    def open_person_dialog(self, participant_id: int | None) -> None:
        """Read what the dialog needs on the worker, then open it (add when id is None)."""
        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return
        from ui.people.person_dialog import PersonDialog, load_dialog_data

        def show(data: Any) -> None:
            dialog = PersonDialog(self.window_, db, data, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.saved.connect(lambda change: self._after_save(change.result))
            dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
            self.dialog = dialog
            dialog.open()

        operations.Op(
            lambda state: load_dialog_data(db, program_id, participant_id),
            success=show,
            label=self.tr("Opening…"),
            parent=self,
        ).run()

    def _after_save(self, participant_id: int) -> None:
        """Select the person just saved once the table has them."""

        def select() -> None:
            self.loaded.disconnect(select)
            self.select_ids([participant_id])

        self.loaded.connect(select)

    def set_status(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        from ui.people.bulk import StatusDialog

        dialog = StatusDialog(self.window_, ids, self._single_name(ids), self)
        self._open(dialog)

    def mark_step(self) -> None:
        """Ask which steps the selected people finished (after counting who has each)."""
        ids = self.selected_ids()
        if not ids or self.data is None or self.dialog is not None:
            return
        from ui.people.bulk import StepsDialog, load_step_progress

        name = self._single_name(ids)

        def show(progress: list[Any]) -> None:
            if self.dialog is not None or not progress:
                return
            dialog = StepsDialog(self.window_, ids, progress, name, self)
            dialog.recorded.connect(self._steps_recorded)
            self._open(dialog)

        load_step_progress(self.window_, ids, show, self)

    def _steps_recorded(self, result: Any) -> None:
        from ui.people.bulk import steps_message

        text = steps_message(result)
        self.notice.setText(self.tr("{done} Edit → Undo takes it back.").format(done=text))
        self.notice.show()
        self._notice_index = self.window_.undo_stack.index()
        self.window_.statusBar().showMessage(text, 15000)

    def _undo_moved(self, index: int) -> None:
        if index != self._notice_index:
            self.notice.hide()  # undone, redone or followed by another change: no longer news

    def _single_name(self, ids: list[int]) -> str:
        row = self.model.person_by_id(ids[0]) if len(ids) == 1 else None
        return row.name if row else ""

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def erase_selected(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        from ui.people.erase import offer_erase

        offer_erase(self.window_, pid, self)

    def export(self, path: Path | None = None) -> None:
        from ui.people.export import export_view

        export_view(self, path)

    def import_roster(self) -> None:
        importer = getattr(self.window_, "import_roster", None)
        if importer is not None:
            importer()

    def export_folder(self) -> Path:
        stored = str(memory.app_settings().value(EXPORT_FOLDER_KEY, "", type=str))
        folder = Path(stored) if stored else paths.documents_dir()
        return folder if folder.is_dir() else paths.documents_dir()

    def remember_export_folder(self, folder: Path) -> None:
        memory.app_settings().setValue(EXPORT_FOLDER_KEY, str(folder))

    def show_message(self, text: str) -> None:
        self.window_.statusBar().showMessage(text, 10000)

    # -- menus -------------------------------------------------------------------------

    def _table_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.edit_action, self.status_action, self.step_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.erase_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(position))

    # -- columns -----------------------------------------------------------------------

    def set_column_shown(self, column: Column, shown: bool) -> None:
        self.columns.set_shown(column, shown)

    def save_columns(self) -> None:
        """Remember the columns' order, widths, visibility and sort for the next window."""
        self.columns.save()

    # -- keys --------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Ctrl+N is File → New file elsewhere; here it adds a person. Claiming the key
        # as a shortcut override keeps the window's action from taking it.
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and event.matches(  # type: ignore[attr-defined]
            QKeySequence.StandardKey.New
        ):
            event.accept()
            if kind == QEvent.Type.KeyPress and self.add_action.isEnabled():
                self.add_person()
            return True
        return super().event(event)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
            and self.proxy.rowCount() > 0
        ):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)
