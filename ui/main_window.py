"""The main window: the open program file, its programs, menus and screens.

The window shows the welcome screen while the open file has no program, and
otherwise a left navigation with the screens that work so far (the program
overview; later issues add theirs). Every read and write goes through
:mod:`ui.operations`; the database layer itself is imported on the worker,
so the window appears before SQLAlchemy has loaded.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk import paths
from peerdesk.errors import ConnectionLost, FileMissing, ServerUnreachable, UserError, WrongPassword
from peerdesk.program.settings import ProgramSettings
from peerdesk.storage import is_server
from ui import icons, memory, messages, operations
from ui.program_overview import OverviewData, ProgramOverview, load_overview
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAction,
    QActionGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QIcon,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSize,
    QStackedWidget,
    Qt,
    QTimer,
    QUndoStack,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.sample_banner import is_sample, show_sample_banner
from ui.screens import (
    ALL_KINDS,
    MEETINGS,
    PAIRS,
    PEOPLE,
    PROGRAMS,
    SCREENS,
    Screen,
    ScreenSpec,
)
from ui.server import roles
from ui.server.live import LiveScreens
from ui.undo import UndoInOrder
from ui.welcome import WelcomeScreen

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.program.reads import ProgramSummary
    from ui.qt import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
    from ui.sample_banner import SampleBanner

log = logging.getLogger(__name__)

BACKUP_DELAY_MS = 250
COUNT_DELAY_MS = 250  # the calendar's attention count is read again this long after a change

FILE_FILTER = str(QT_TRANSLATE_NOOP("MainWindow", "PeerDesk program files (*.peerdesk)"))


@dataclass(frozen=True)
class FileView:
    """What the window shows of a file: its programs and the current one's overview."""

    programs: list[ProgramSummary]
    overview: OverviewData | None


@dataclass(frozen=True)
class Opened:
    db: Database
    view: FileView


def load_file_view(db: Database, wanted: int | None) -> FileView:
    """The programs in ``db`` and the overview of ``wanted`` (or of the first, if it is gone)."""
    from peerdesk.program import reads as programs

    listing = programs.list_programs(db)
    ids = [p.id for p in listing]
    chosen = wanted if wanted in ids else (ids[0] if ids else None)
    return FileView(listing, load_overview(db, chosen) if chosen is not None else None)


def open_file_view(
    location: memory.Location, create: bool, wanted: int | None, password: str | None = None
) -> Opened:
    """Open (or make) the program at ``location`` and read its first screen (on the worker).

    ``create`` makes a new file, or sets up an empty server database.
    """
    from peerdesk import database

    if is_server(str(location)):
        db = (
            database.create_database(location, password=password)
            if create
            else database.open_database(location, password=password)
        )
    else:
        db = database.open_or_create(location) if create else database.open_database(location)
    try:
        return Opened(db, load_file_view(db, wanted))
    except BaseException:
        db.close()
        raise


class MainWindow(QMainWindow):
    ready = Signal()  # the first file is on screen (or could not be opened)
    changed = Signal(object)  # frozenset of record kinds an action changed (ui.screens)
    file_opened = Signal(object)  # the location: a file's Path, or a shared database's key
    program_shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icons.app_icon())
        self.db: Database | None = None
        self.programs: list[ProgramSummary] = []
        self.program_id: int | None = None
        self.wizard: QDialog | None = None
        self.settings_dialog: QDialog | None = None
        self.backup_dialog: QDialog | None = None
        self.import_wizard: QDialog | None = None  # the roster import wizard, while open
        self._open_op: operations.Op | None = None
        # The shared database last opened or tried, and the password it was given (this run
        # only, never on disk): what Reconnect opens again.
        self.server: tuple[str, str | None] | None = None
        self._ready_sent = False
        self.auto_backup_pending = False  # an automatic backup is due or running
        self._closed = False

        self.loading = QLabel(self.tr("Opening your program file…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setEnabled(False)
        self.welcome = WelcomeScreen()
        self.welcome.create_requested.connect(self.new_program)
        self.welcome.open_requested.connect(self.ask_open_file)
        self.welcome.recent_chosen.connect(self.open_recent)
        self.welcome.import_requested.connect(self._import_from_welcome)
        self.welcome.sample_requested.connect(self.open_sample)
        self.setAcceptDrops(True)  # a roster dropped on the window starts an import
        self.overview = ProgramOverview()
        self.overview.edit_requested.connect(self.edit_program_settings)
        self.overview.step_requested.connect(self._open_next_step)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(190)
        self.nav.setSpacing(2)
        self.screens = QStackedWidget()
        self._add_screen(self.tr("Overview"), "overview", self.overview)
        self.screen_specs: list[ScreenSpec] = list(SCREENS)
        self.built_screens: dict[str, Screen] = {}
        for spec in self.screen_specs:
            self._add_screen(spec.translated_title(), spec.icon, QWidget())
        self.undo_stack = QUndoStack(self)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.update_attention_count)
        self.nav.currentRowChanged.connect(self._screen_chosen)
        self.nav.setCurrentRow(0)
        self.sample_banner: SampleBanner | None = None  # made when the sample program opens
        workspace = QWidget()
        column = QVBoxLayout(workspace)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)  # the sample banner goes above the row (ui.sample_banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.screens, 1)
        column.addLayout(row, 1)
        self.workspace = workspace

        self.pages = QStackedWidget()
        for page in (self.loading, self.welcome, self.workspace):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)

        self.file_label = QLabel()
        self.file_label.setObjectName("fileLabel")
        self.statusBar().addPermanentWidget(self.file_label)
        self._make_actions()
        self._make_menus()
        self._restore_geometry()
        self.role_guard = roles.RoleGuard(self)  # a viewer's window is read-only
        self.live = LiveScreens(self)  # a shared database: others' changes, who else is here
        self._refresh()

    # -- building -------------------------------------------------------------

    def _screen_chosen(self, row: int) -> None:
        """Show the screen in ``row``, building it the first time it is asked for.

        On a shared database others may have changed anything since the screen was
        last shown, so a screen already built reads again as it comes into view.
        """
        if self.db is not None and self.db.on_server:
            shown = (
                self.overview
                if row == 0
                else self.built_screens.get(self.screen_specs[row - 1].key)
            )
            if row == 0:
                self.reload()
            elif shown is not None:
                shown.refresh(ALL_KINDS)
        if row > 0:
            spec = self.screen_specs[row - 1]
            if spec.key not in self.built_screens:
                screen = spec.build(self)
                screen.setObjectName(f"screen_{spec.key}")
                self.built_screens[spec.key] = screen
                placeholder = self.screens.widget(row)
                self.screens.insertWidget(row, screen)
                self.screens.removeWidget(placeholder)
                placeholder.deleteLater()
                screen.set_context(self.db, self.program_id)
        self.screens.setCurrentIndex(row)

    def refresh_all(self) -> None:
        """Read every screen again (View → Refresh, F5): on a shared database, others'
        changes show up; the screen on show reloads now, the others when next shown."""
        if self.db is not None:
            self.notify(ALL_KINDS)

    def show_screen(self, key: str) -> Screen | QWidget:
        """Switch to the screen called ``key`` ("overview", "people", …) and return it."""
        if key == "overview":
            self.nav.setCurrentRow(0)
            return self.overview
        row = 1 + [s.key for s in self.screen_specs].index(key)
        self.nav.setCurrentRow(row)
        return self.built_screens[key]

    def _open_next_step(self, key: str) -> None:
        """A next step's button on the Overview: its screen, when this window has it."""
        from ui.next_steps import open_target, screen_of

        if screen_of(key) in [spec.key for spec in self.screen_specs]:
            open_target(self, key)

    def notify(self, kinds: set[str] | frozenset[str]) -> None:
        """An action changed records of these kinds: every built screen refreshes what it shows."""
        frozen = frozenset(kinds)
        for screen in self.built_screens.values():
            screen.refresh(frozen)
        if frozen & {PROGRAMS, PEOPLE, PAIRS, MEETINGS}:  # the overview's counts and next steps
            self.reload()
        if frozen & {PROGRAMS, PEOPLE, PAIRS, MEETINGS}:
            self._count_timer.start()  # once, after a burst of changes (a drag, an undo…)
        self.changed.emit(frozen)

    def set_screen_count(self, key: str, count: int) -> None:
        """Show a number on a screen's navigation item, "Calendar (3)"; 0 shows the title."""
        keys = [spec.key for spec in self.screen_specs]
        if key not in keys:
            return
        spec = self.screen_specs[keys.index(key)]
        item = self.nav.item(1 + keys.index(key))
        base = spec.translated_title()
        item.setText(f"{base} ({count})" if count else base)
        item.setToolTip(self.tr("{n} things need attention").format(n=count) if count else base)

    def update_attention_count(self) -> None:
        """Count the calendar's attention items on the worker and show them on the navigation,
        whether or not the Calendar screen has been opened yet."""
        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            self.set_screen_count("calendar", 0)
            return
        if "calendar" not in [spec.key for spec in self.screen_specs]:
            return

        def work(state: object) -> int:
            from peerdesk.calendar.attention import attention_count

            return attention_count(db, program_id)

        def show(count: int) -> None:
            if self.db is db and self.program_id == program_id:
                self.set_screen_count("calendar", count)

        operations.Op(work, success=show, failure=lambda _exc: None, parent=self).run()

    def _set_screens_context(self) -> None:
        for screen in self.built_screens.values():
            screen.set_context(self.db, self.program_id)

    def _add_screen(self, title: str, icon_name: str, widget: QWidget) -> None:
        self.nav.addItem(QListWidgetItem(icons.icon(icon_name), title))
        self.screens.addWidget(widget)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        icon_name: str = "",
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(icons.icon(icon_name) if icon_name else QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_file_action = self._action(
            self.tr("&New file…"), self.ask_new_file, "new-file", keys.New, "newFile"
        )
        self.open_action = self._action(
            self.tr("&Open…"), self.ask_open_file, "open", keys.Open, "open"
        )
        self.connect_action = self._action(
            self.tr("&Connect to shared database…"),
            self.connect_to_server,
            "server",
            None,
            "connect",
        )
        self.move_action = self._action(
            self.tr("&Move to shared database…"),
            self.move_to_server,
            "server",
            None,
            "moveToServer",
        )
        self.local_copy_action = self._action(
            self.tr("Save a &local copy…"), self.save_local_copy, "copy", None, "saveLocalCopy"
        )
        self.backup_action = self._action(
            self.tr("&Backup now"), self.backup_now, "backup", None, "backupNow"
        )
        self.restore_action = self._action(
            self.tr("&Restore from backup…"), self.ask_restore, "restore", None, "restore"
        )
        self.import_action = self._action(
            self.tr("&Import roster…"),
            self.import_roster,
            "import-roster",
            "Ctrl+I",
            "importRoster",
        )
        self.template_action = self._action(
            self.tr("Save blank roster &template…"),
            self.save_roster_template,
            "roster-template",
            None,
            "rosterTemplate",
        )
        self.undo_import_action = self._action(
            self.tr("&Undo last import…"), self.undo_last_import, "", None, "undoLastImport"
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, "quit", "Ctrl+Q", "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.new_program_action = self._action(
            self.tr("&New program…"), self.new_program, "new-program", "Ctrl+Shift+N", "newProgram"
        )
        self.settings_action = self._action(
            self.tr("Program &settings…"),
            self.edit_program_settings,
            "settings",
            keys.Preferences,
            "programSettings",
        )
        if self.settings_action.shortcut().isEmpty():  # Windows and Linux name no key for it
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.refresh_action = self._action(
            self.tr("&Refresh"), self.refresh_all, "refresh", keys.Refresh, "refresh"
        )
        self.refresh_action.setStatusTip(
            self.tr("Read everything again, with what others changed on a shared database")
        )
        self.quick_start_action = self._action(
            self.tr("&Quick start"), self.show_quick_start, "help", keys.HelpContents, "quickStart"
        )
        self.sample_action = self._action(
            self.tr("Try the &sample program"), self.open_sample, "sample", None, "trySample"
        )
        self.about_action = self._action(
            self.tr("&About PeerDesk"), self.show_about, "info", None, "about"
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_file_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.setIcon(icons.icon("recent"))
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.connect_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.undo_import_action)
        file_menu.addAction(self.template_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.move_action)
        file_menu.addAction(self.local_copy_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setObjectName("undo")
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Ctrl+Shift+Z everywhere, and the platform's own redo keys; once each, since on
        # Linux desktops the platform's are Ctrl+Shift+Z too, and a key given twice is
        # "ambiguous" and does nothing.
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if key not in redo_keys:
                redo_keys.append(key)
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.setObjectName("redo")
        self.undo_order = UndoInOrder(self.undo_stack, self.undo_action, self.redo_action)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        from ui import preferences_dialog

        self.preferences_action = preferences_dialog.add_action(self, edit_menu)
        self.settings_action.setMenuRole(QAction.MenuRole.NoRole)  # not the Mac's Preferences…
        program_menu = bar.addMenu(self.tr("&Program"))
        program_menu.addAction(self.new_program_action)
        program_menu.addAction(self.settings_action)
        self.switch_menu = QMenu(self.tr("S&witch program"), self)
        self.switch_menu.setIcon(icons.icon("switch"))
        program_menu.addMenu(self.switch_menu)
        program_menu.addSeparator()
        program_menu.addAction(self.refresh_action)
        from ui import history_dialog

        self.history_action = history_dialog.add_action(self, program_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.quick_start_action)
        help_menu.addAction(self.sample_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.switch_group = QActionGroup(self)
        self.switch_group.setExclusive(True)

    # -- state shown ----------------------------------------------------------

    def _refresh(self) -> None:
        has_file = self.db is not None
        has_program = self.program_id is not None
        for action in (
            self.backup_action,
            self.restore_action,
            self.move_action,
            self.local_copy_action,
        ):
            action.setEnabled(has_file)
        self.settings_action.setEnabled(has_program)
        self.import_action.setEnabled(has_program)
        self.undo_import_action.setEnabled(has_program)
        self._rebuild_recent_menu()
        self._rebuild_switch_menu()
        current = self.location()
        self.welcome.set_recent(
            [
                recent
                for recent in self.recent_locations()
                if current is None or not memory.same_location(recent.location, current)
            ]
        )
        self.welcome.set_current_file(self.db.label if self.db else None)
        self.file_label.setText(self._where_shown())
        show_sample_banner(self, is_sample(self.db.path if self.db else None))
        self.setWindowTitle(self.title())
        self.role_guard.apply()
        self.live.follow()

    def _where_shown(self) -> str:
        """The status bar's note of where the program is: its file, or its shared database."""
        if self.db is None:
            return ""
        if self.db.on_server:
            return self.tr("Shared database: {label}").format(label=self.db.label)
        return self.db.label

    def location(self) -> memory.Location | None:
        """Where the open program is: its file, or its shared database's key (no password)."""
        if self.db is None:
            return None
        return self.db.path if self.db.path is not None else self.db.key

    def title(self) -> str:
        parts: list[str] = []
        if self.program_id is not None and self.overview.data is not None:
            parts.append(self.overview.data.settings.name)
        if self.db is not None:
            parts.append(self.db.path.name if self.db.path is not None else self.db.label)
        parts.append("PeerDesk")
        return " — ".join(parts)

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_locations()
        for recent in files:
            text = (
                recent.label
                if recent.exists()
                else self.tr("{name} (missing)").format(name=recent.label)
            )
            action = self.recent_menu.addAction(icons.icon(recent.icon), text)
            action.setToolTip(recent.where)
            action.setData(str(recent.location))
            action.triggered.connect(lambda _c=False, p=recent.location: self.open_recent(p))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear this list"), self.clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def _rebuild_switch_menu(self) -> None:
        self.switch_menu.clear()
        for action in self.switch_group.actions():
            self.switch_group.removeAction(action)
        for summary in self.programs:
            action = self.switch_menu.addAction(summary.name)
            action.setCheckable(True)
            action.setChecked(summary.id == self.program_id)
            action.setData(summary.id)
            self.switch_group.addAction(action)
            action.triggered.connect(lambda _c=False, pid=summary.id: self.show_program(pid))
        self.switch_menu.setEnabled(len(self.programs) > 1)
        self.new_program_action.setEnabled(True)

    def _show_view(self, view: FileView, *, new_file: bool = False) -> None:
        self.programs = view.programs
        before = self.program_id
        self._show_view_of_program(view)
        if new_file or self.program_id != before:
            self.undo_stack.clear()  # undo steps belong to the file and program they were made in
            self._set_screens_context()
            if new_file:  # counted once the file is on screen (see _auto_backup)
                self.set_screen_count("calendar", 0)
            else:
                self.update_attention_count()
        self._refresh()
        if self.program_id is not None:
            self.program_shown.emit(self.program_id)

    def _show_view_of_program(self, view: FileView) -> None:
        if view.overview is None:
            self.program_id = None
            self.overview.data = None
            self.pages.setCurrentWidget(self.welcome)
        else:
            self.program_id = view.overview.program_id
            self.overview.show_program(view.overview)
            self.pages.setCurrentWidget(self.workspace)
            if self.db is not None:
                memory.remember_program(self.db.key, view.overview.program_id)

    def _send_ready(self) -> None:
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()

    # -- files ----------------------------------------------------------------

    def start(self, location: Path | str | None = None) -> None:
        """Open ``location``, else the one used last, else the default file (made if need be).

        A shared database that cannot be reached at start shows the welcome screen
        (not the default file, where work would land apart from the team's).
        """
        if location is not None:
            if is_server(str(location)):
                self.open_location(str(location), fallback=self._show_no_file)
            else:
                self.open_file(Path(location), fallback=self._open_default)
            return
        last = memory.last_file()
        if last and is_server(last):
            self.open_location(last, fallback=self._show_no_file)
            return
        if last and Path(last).exists():
            self.open_file(Path(last), fallback=self._open_default)
            return
        if last:
            self.statusBar().showMessage(
                self.tr("The file you used last, {path}, is no longer there.").format(path=last),
                15000,
            )
        self._open_default()

    def _open_default(self) -> None:
        default = paths.default_file()
        if self.db is not None:
            return
        self.open_file(default, create=True, fallback=self._show_no_file)

    def _show_no_file(self) -> None:
        self.pages.setCurrentWidget(self.welcome)
        self._refresh()

    def open_file(
        self,
        path: Path,
        *,
        create: bool = False,
        fallback: Callable[[], None] | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Open ``path`` in place of the current file, which stays open if this fails."""
        self.open_location(Path(path).expanduser(), create=create, fallback=fallback, then=then)

    def open_location(
        self,
        location: memory.Location,
        *,
        password: str | None = None,
        create: bool = False,
        fallback: Callable[[], None] | None = None,
        then: Callable[[], None] | None = None,
        again: bool = False,
    ) -> None:
        """Open a program file or a shared database in place of the current one, which
        stays open if this fails.

        A shared database without ``password`` gets the one saved in the keyring, if
        any (or none: libpq may find one); if the server wants another, the connect
        dialog asks for it. ``again`` reopens the location already open (Reconnect).
        """
        on_server = is_server(str(location))
        if on_server:
            location = str(location)
            self.server = (location, password)
        if self.db is not None and not again and memory.same_location(location, self.db.key):
            self.statusBar().showMessage(
                self.tr("“{name}” is already open.").format(name=self._name_of(location)), 5000
            )
            return
        if self._open_op is not None:
            return
        wanted_id = memory.last_program(location)

        def failed(exc: UserError) -> None:
            if isinstance(exc, FileMissing) and isinstance(location, Path):
                self.forget_recent(location)
            if on_server and isinstance(exc, WrongPassword):
                # The password saved (or none) was not the right one: ask for it.
                if fallback is not None:
                    fallback()
                self.connect_to_server(str(location), note=messages.user_message(exc))
                return
            title = (
                self.tr("The shared database could not be opened")
                if on_server
                else self.tr("The file could not be opened")
            )
            messages.show_user_error(self, exc, title)
            if fallback is not None:
                fallback()

        used = password  # the password the worker opened it with (maybe the keyring's)

        def opened(result: Opened) -> None:
            if on_server:
                self.server = (str(location), used)
            self._file_opened(result)
            if then is not None:
                then()

        if (
            not create
            and isinstance(location, Path)
            and self._open_quickly(location, wanted_id, opened, failed)
        ):
            return

        def work(state: object) -> Opened:
            nonlocal used
            if on_server and used is None:
                # On the worker: a system keyring may take a while, or ask to be unlocked.
                from ui.server import passwords

                used = passwords.saved(str(location))
            return open_file_view(location, create, wanted_id, used)

        op = operations.Op(
            work,
            success=opened,
            failure=failed,
            label=self.tr("Opening “{name}”…").format(name=self._name_of(location)),
            parent=self,
        )
        self._open_op = op
        op.finished.connect(lambda: self._open_finished(op))
        op.run()

    def _name_of(self, location: memory.Location) -> str:
        return memory.Recent(location).label

    def _open_quickly(
        self,
        path: Path,
        wanted_id: int | None,
        opened: Callable[[Opened], None],
        failed: Callable[[UserError], None],
    ) -> bool:
        """Open a current file and read its first screen right here; False if it needs the worker.

        Those are a few milliseconds of plain SQLite reads — less than handing
        them to the worker thread and back — so the program is on screen sooner.
        Anything that can take longer (creating a file, upgrading an old one,
        the backup) still runs on the worker.
        """
        from peerdesk import database

        try:
            if not path.exists() or not database.opens_quickly(path):
                return False
            result = open_file_view(path, False, wanted_id)
        except UserError as exc:
            failed(exc)
        else:
            opened(result)
        self._send_ready()
        return True

    def _open_finished(self, op: operations.Op) -> None:
        if self._open_op is op:
            self._open_op = None
            self._send_ready()

    def _file_opened(self, opened: Opened) -> None:
        if self._closed:
            opened.db.close()
            return
        old, self.db = self.db, opened.db
        from ui.server import identity

        identity.apply(opened.db)  # the name the history records this window's changes under
        if old is not None:
            operations.run(lambda state: old.close(), success=lambda _r: None, parent=self)
        self.remember_location()
        self._show_view(opened.view, new_file=True)
        self.file_opened.emit(self.location())
        # Started once the window is up, so the copy does not slow the first paint.
        self.auto_backup_pending = True
        QTimer.singleShot(BACKUP_DELAY_MS, self, lambda db=opened.db: self._auto_backup(db))

    def _auto_backup(self, db: Database) -> None:
        """Back up the program just opened, after it is on screen so start-up stays quick."""

        def work(state: object) -> Path | None:
            from peerdesk import backups

            return backups.back_up(db, reason="auto")

        def failed(exc: UserError) -> None:
            self.statusBar().showMessage(
                self.tr("The automatic backup could not be made: {reason}").format(
                    reason=messages.user_message(exc)
                )
            )

        def done() -> None:
            # After the first paint, like the backup: the calendar's count on the navigation.
            if not self._closed:
                self.update_attention_count()
            self.auto_backup_pending = False

        op = operations.Op(work, success=lambda _r: None, failure=failed, parent=self)
        op.finished.connect(done)
        op.run()

    def ask_open_file(self) -> None:
        folder = self.db.path.parent if self.db and self.db.path else paths.documents_dir()
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a program file"), str(folder), self.tr(FILE_FILTER)
        )
        if name:
            self.open_file(Path(name))

    def open_recent(self, location: memory.Location) -> None:
        if isinstance(location, Path) and not location.exists():
            self.forget_recent(location)
            messages.show_user_error(
                self, FileMissing(path=str(location)), self.tr("The file could not be opened")
            )
            return
        self.open_location(location)

    def ask_new_file(self) -> None:
        start = paths.documents_dir() / self.tr("Mentoring programs.peerdesk")
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("New program file"),
            str(start),
            self.tr(FILE_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != paths.FILE_SUFFIX:
                path = path.with_name(path.name + paths.FILE_SUFFIX)
            self.create_file(path)

    def create_file(self, path: Path) -> None:
        """Make a new, empty program file and switch to it (refuses an existing file)."""
        if path.exists():
            from peerdesk.errors import FileExists

            messages.show_user_error(self, FileExists(path=str(path)))
            return
        self.open_file(path, create=True)

    def close_file(self) -> None:
        """Close the file after the work queued on it, and release its lock.

        The close runs on the worker like everything else: the file lock is
        per thread, so it must be released by the thread that took it.
        """
        if self.db is None:
            return
        self.live.close()
        db, self.db = self.db, None
        operations.Op(lambda state: db.close(), success=lambda _r: None).run()
        operations.drain(30)

    # -- shared databases -------------------------------------------------------

    def connect_to_server(self, location: str | None = None, note: str = "") -> QDialog:
        """File → Connect to shared database… (``location`` fills in the form)."""
        from ui.server import actions

        return actions.ask_connect(self, location, note)

    def move_to_server(self) -> QDialog | None:
        """File → Move to shared database…: copy the program onto an empty database."""
        from ui.server import actions

        return actions.ask_move(self)

    def save_local_copy(self) -> None:
        """File → Save a local copy…: the whole program into a new file."""
        from ui.server import actions

        actions.ask_local_copy(self)

    def reconnect(self) -> None:
        """Open the shared database last used again (after a lost connection)."""
        if self.server is None:
            return
        location, password = self.server
        open_now = self.db is not None and self.db.key == location
        self.open_location(location, password=password, again=open_now)

    def can_reconnect(self, exc: UserError) -> bool:
        """Whether a message about ``exc`` should offer Reconnect (ui.messages asks)."""
        return self.server is not None and isinstance(exc, ConnectionLost | ServerUnreachable)

    # -- recent files ---------------------------------------------------------

    def recent_files(self) -> list[Path]:
        return memory.recent_files()

    def recent_locations(self) -> list[memory.Recent]:
        return memory.recent()

    def remember_location(self) -> None:
        location = self.location()
        if location is not None and self.db is not None:
            memory.remember_location(location, self.db.label)

    def forget_recent(self, location: memory.Location) -> None:
        memory.forget_recent(location)
        self._refresh()

    def clear_recent(self) -> None:
        memory.clear_recent()
        self._refresh()

    # -- programs -------------------------------------------------------------

    def show_program(self, program_id: int | None) -> None:
        """Load and show ``program_id`` (or the first program, if it is gone)."""
        db = self.db
        if db is None:
            return
        operations.Op(
            lambda state: load_file_view(db, program_id),
            success=self._show_view,
            label=self.tr("Loading the program…"),
            parent=self,
        ).run()

    def reload(self) -> None:
        self.show_program(self.program_id)

    def new_program(self) -> None:
        """The setup wizard; the program is saved only when it finishes."""
        if self.db is None:
            self.open_file(paths.default_file(), create=True, then=self.new_program)
            return
        from ui.wizard import ProgramWizard

        wizard = ProgramWizard({p.name for p in self.programs}, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.accepted.connect(lambda: self._create_program(wizard.settings()))
        wizard.destroyed.connect(lambda: setattr(self, "wizard", None))
        self.wizard = wizard
        wizard.open()

    def _create_program(self, settings: ProgramSettings) -> None:
        db = self.db
        if db is None:
            return

        def work(state: object) -> int:
            from peerdesk.program import programs

            return programs.create_program(db, settings)

        operations.Op(
            work,
            success=self.show_program,
            label=self.tr("Saving the program…"),
            parent=self,
        ).run()

    def edit_program_settings(self) -> None:
        db, data = self.db, self.overview.data
        if db is None or data is None:
            return
        from ui.wizard import ProgramSettingsDialog
        from ui.wizard.settings_dialog import save_settings

        program_id = data.program_id
        taken = {p.name for p in self.programs if p.id != program_id}
        dialog = ProgramSettingsDialog(copy.deepcopy(data.settings), taken, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        base = data.settings  # what the dialog shows: a save against another's is a conflict
        dialog.accepted.connect(
            lambda: save_settings(self, db, program_id, dialog.settings(), base=base)
        )
        dialog.destroyed.connect(lambda: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.open()

    # -- backups --------------------------------------------------------------

    def backup_now(self) -> None:
        db = self.db
        if db is None:
            return

        def work(state: object) -> tuple[Path | None, Path]:
            from peerdesk import backups

            return backups.back_up(db, reason="manual"), backups.backup_folder(db.key)

        operations.Op(
            work,
            success=self._backed_up,
            label=self.tr("Backing up…"),
            parent=self,
        ).run()

    def _backed_up(self, result: tuple[Path | None, Path]) -> None:
        made, folder = result
        if made is not None:
            text = self.tr("A backup of “{name}” was saved.").format(
                name=self._name_of(self.location() or "")
            )
            details = self.tr("It is {path}").format(path=made)
        else:
            text = self.tr("Nothing has changed since the last backup, so it is still current.")
            details = self.tr("Backups are kept in {folder}").format(folder=folder)
        self.statusBar().showMessage(text, 10000)
        messages.show_info(self, self.tr("Backup now"), text, details)

    def ask_restore(self) -> None:
        if self.db is None:
            return
        from ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        dialog.destroyed.connect(lambda: setattr(self, "backup_dialog", None))
        self.backup_dialog = dialog
        dialog.open()

    def _restored(self) -> None:
        self.statusBar().showMessage(self.tr("The backup was restored."), 10000)
        self.reload()

    # -- help -----------------------------------------------------------------

    def show_quick_start(self) -> QDialog:
        from ui.quick_start import QuickStartDialog

        dialog = QuickStartDialog(self)
        dialog.open()
        return dialog

    def open_sample(self) -> None:
        """Help → Try the sample program (and the welcome screen's button)."""
        from ui.sample_banner import open_sample

        open_sample(self)

    def leave_sample(self) -> None:
        from ui.sample_banner import leave_sample

        leave_sample(self)

    def show_about(self) -> QDialog:
        from ui.help import AboutDialog

        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    # -- rosters --------------------------------------------------------------

    def import_roster(self, path: Path | None = None) -> None:
        """Import a roster into the current program: read ``path`` (or ask for a file), then
        the import wizard. Other screens call this too (the People screen's Import button)."""
        from ui.importer import launch

        launch.import_roster(self, path)

    def save_roster_template(self) -> None:
        from ui.importer import launch

        launch.ask_save_template(self)

    def undo_last_import(self) -> None:
        from ui.importer import command

        command.undo_last_import(self)

    def _import_from_welcome(self) -> None:
        from ui.importer import launch

        launch.import_from_welcome(self)

    def _accept_roster_drag(self, event: QDragMoveEvent) -> None:
        """Take a drag only if it carries one roster file (.xlsx, .csv…)."""
        from ui.importer.drops import dropped_roster

        if dropped_roster(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_roster_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_roster_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        from ui.importer.drops import dropped_roster

        path = dropped_roster(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # After the drop returns, so the file manager is not kept waiting on a dialog.
        QTimer.singleShot(0, self, lambda: self.import_roster(path))

    # -- window ---------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = memory.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)

    def closeEvent(self, event: QCloseEvent) -> None:
        memory.save_geometry(self.saveGeometry())
        self.remember_location()
        self._closed = True
        try:
            operations.wait_idle(30)
        except TimeoutError:
            log.warning("closing while work is still running")
        self.close_file()
        super().closeEvent(event)
