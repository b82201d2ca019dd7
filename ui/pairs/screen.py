"""The Pairs screen: every pair of the program, and the paper that goes with them.

Select pairs (or none: then every active pair) and **Print agreements…** shows
a print preview, then the system's print dialog; **Save as PDF…** writes one
file or one file per pair. Agreements come in the order the table shows, and
both menus offer *only those not signed yet* and *only pairs new since the
last print* (each print and save is recorded on the pairs). **Mark agreement
signed…** records the date (undoable), **Introduce pair** opens the user's mail
program with a message to both, and **Certificates…** prints or saves certificates of completion.

PDFs are made on the worker with progress and Cancel; nothing here blocks
the window. Opening a URL, asking for a file name or a folder and showing the
preview each go through one small method, so tests can stand in for the
operating system's dialogs and mail program.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peerdesk import paths
from peerdesk.documents.pairs import AgreementFilter
from peerdesk.enums import PairStatus
from ui import icons, memory, messages, operations, screens
from ui.pairs.commands import mark_signed
from ui.pairs.dialogs import (
    IntroduceDialog,
    IntroductionData,
    SignedDateDialog,
    save_template,
    saved_template,
)
from ui.pairs.mail_fallback import MailFallbackDialog
from ui.pairs.model import (
    Column,
    PairRow,
    PairsModel,
    PairsProxy,
    make_rows,
    status_labels,
)
from ui.pairs.printing import PdfPages, PrintPreview
from ui.pairs.printing import default_paper as _paper
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAction,
    QComboBox,
    QDesktopServices,
    QFileDialog,
    QHBoxLayout,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMenu,
    QPoint,
    QShortcut,
    Qt,
    QTabWidget,
    QToolButton,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.screens import PAIRS, PEOPLE, PROGRAMS, Screen

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.documents.agreements import Agreements
    from peerdesk.documents.introductions import Introduction
    from ui.main_window import MainWindow

FOLDER_KEY = "pairs/folder"
DUPLEX_KEY = "pairs/duplex"
LOGO_KEY = "pairs/logo/"  # + the program file, in hex
LOGO_FILTER = str(QT_TRANSLATE_NOOP("PairsScreen", "Pictures (*.png *.jpg *.jpeg)"))
PDF_FILTER = str(QT_TRANSLATE_NOOP("PairsScreen", "PDF documents (*.pdf)"))
WIDTHS = {Column.MENTOR: 200, Column.MENTEE: 200, Column.STATUS: 110, Column.SCORE: 70}


class PairsScreen(Screen):
    loaded = Signal()  # the table shows the rows just read
    saved = Signal(list)  # the files just written
    previewed = Signal(object)  # the print preview just opened

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.db: Database | None = None
        self.program_id: int | None = None
        self.program_name = ""
        self.dialog: QWidget | None = None
        self.preview: PrintPreview | None = None
        self._stale = False
        self._token = 0
        self._wanted: int | None = None  # a pair to select once the table has loaded
        self.model = PairsModel(self)
        self.proxy = PairsProxy(self.model, self)
        self._build()
        self._update_actions()

    # -- building ----------------------------------------------------------------

    def _action(self, text: str, icon: str, slot: Callable[[], object], name: str) -> QAction:
        action = QAction(icons.icon(icon), text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _button(self, action: QAction, menu: QMenu | None, instant: bool = False) -> QToolButton:
        button = QToolButton(self.toolbar)
        button.setObjectName(action.objectName() + "_button")
        button.setDefaultAction(action)
        screens.keep_dots(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if menu is not None:
            button.setMenu(menu)
            # A menu button always: an instant popup draws its arrow under the text.
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            if instant:  # the button itself opens the menu too
                action.triggered.connect(button.showMenu)
        self.toolbar.addWidget(button)
        return button

    def _build(self) -> None:
        self.heading = screens.heading(self.tr("Pairs"), self)
        self.count = QLabel(self)
        self.count.setObjectName("pairs_count")

        self.toolbar = screens.toolbar("pairs_toolbar", self)
        self.print_action = self._action(
            self.tr("Print agreements…"), "print", self.print_agreements, "print_agreements"
        )
        self.print_action.setToolTip(
            self.tr("Print the agreements of the selected pairs, or of every active pair (Ctrl+P)")
        )
        self.print_menu = QMenu(self)
        self.print_selected_action = self.print_menu.addAction(
            self.tr("The selected pairs"), lambda: self.print_agreements("selected")
        )
        self.print_active_action = self.print_menu.addAction(
            self.tr("Every active pair"), lambda: self.print_agreements("active")
        )
        self.unsigned_action = QAction(self.tr("Only agreements not signed yet"), self)
        self.unsigned_action.setObjectName("only_unsigned")
        self.new_action = QAction(self.tr("Only pairs new since the last print"), self)
        self.new_action.setObjectName("only_new")
        self.new_action.setToolTip(
            self.tr("Leave out the pairs whose agreement was printed or saved before")
        )
        for only in (self.unsigned_action, self.new_action):
            only.setCheckable(True)
            only.toggled.connect(lambda _on: self._update_actions())
        self.duplex_action = QAction(self.tr("Two-sided: every agreement on its own sheets"), self)
        self.duplex_action.setObjectName("duplex")
        self.duplex_action.setToolTip(
            self.tr(
                "A blank back page after an agreement with an odd number of pages, so that "
                "printed on both sides no sheet holds two agreements"
            )
        )
        self.duplex_action.setCheckable(True)
        self.duplex_action.setChecked(memory.app_settings().value(DUPLEX_KEY, False, bool))
        self.duplex_action.toggled.connect(
            lambda on: memory.app_settings().setValue(DUPLEX_KEY, on)
        )
        self.print_menu.addSeparator()
        self.print_menu.addActions([self.unsigned_action, self.new_action, self.duplex_action])
        from ui.pairs.language import LanguageMenu

        self.language_menu = LanguageMenu(
            self.window_,
            lambda: [(r.id, r.pair.document_language) for r in self.selected_rows()],
            self,
        )
        self.print_menu.addMenu(self.language_menu)
        self.print_menu.addSeparator()
        self.logo_action = self.print_menu.addAction(
            self.tr("Organization logo…"), self.choose_logo
        )
        self.logo_action.setToolTip(
            self.tr("A PNG or JPEG picture printed at the top of agreements and certificates")
        )
        self.no_logo_action = self.print_menu.addAction(
            self.tr("Print without a logo"), lambda: self.set_logo(None)
        )
        self.save_action = self._action(
            self.tr("Save as PDF…"), "save-pdf", self.save_agreements, "save_agreements"
        )
        self.save_action.setToolTip(self.tr("Save the agreements as one PDF file"))
        self.save_menu = QMenu(self)
        self.save_one_action = self.save_menu.addAction(
            self.tr("One PDF file…"), lambda: self.save_agreements(split=False)
        )
        self.save_split_action = self.save_menu.addAction(
            self.tr("One PDF per pair, into a folder…"), lambda: self.save_agreements(split=True)
        )
        self.save_menu.addSeparator()
        self.save_menu.addActions([self.unsigned_action, self.new_action, self.duplex_action])
        self.signed_action = self._action(
            self.tr("Mark agreement signed…"), "signed", self.mark_signed, "mark_signed"
        )
        self.introduce_action = self._action(
            self.tr("Introduce pair"), "introduce", self.introduce, "introduce"
        )
        self.introduce_action.setToolTip(
            self.tr("Write to both in your own mail program, with the message filled in")
        )
        # Goals and closing live on the Check-ins screen; this opens it on the pair.
        self.goals_action = self._action(
            self.tr("Goals and closing…"), "checkin", self.open_goals, "goals_and_closing"
        )
        self.schedule_action = self._action(
            self.tr("Schedule…"), "calendar", self.schedule_meetings, "schedule_meetings"
        )
        self.schedule_action.setToolTip(
            self.tr("Schedule meetings for the selected pairs, or every active pair, so that "
                    "nobody is in two meetings at once")
        )  # fmt: skip
        self.certificates_action = self._action(
            self.tr("Certificates…"), "certificate", lambda: None, "certificates"
        )
        self.certificates_menu = QMenu(self)
        self.certificates_print_action = self.certificates_menu.addAction(
            self.tr("Print certificates…"), self.print_certificates
        )
        self.certificates_save_action = self.certificates_menu.addAction(
            self.tr("Save certificates as PDF…"), self.save_certificates
        )
        self.print_button = self._button(self.print_action, self.print_menu)
        self.save_button = self._button(self.save_action, self.save_menu)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.signed_action)
        self.toolbar.addAction(self.introduce_action)
        self.toolbar.addAction(self.goals_action)
        self.toolbar.addAction(self.schedule_action)
        self.toolbar.addSeparator()
        self.certificates_button = self._button(
            self.certificates_action, self.certificates_menu, instant=True
        )

        self.search = QLineEdit(self)
        self.search.setObjectName("pairs_search")
        self.search.setPlaceholderText(self.tr("Search mentor or mentee names… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("pairs_status_filter")
        self.status_filter.addItem(self.tr("All pairs"), None)
        labels = status_labels()
        for status in (PairStatus.ACTIVE, PairStatus.PROPOSED, PairStatus.PAUSED):
            self.status_filter.addItem(labels[status], status.value)
        self.status_filter.addItem(self.tr("Completed"), PairsProxy.COMPLETED)
        self.status_filter.addItem(self.tr("Ended (any reason)"), PairStatus.ENDED.value)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 1)

        self.table = screens.record_table("pairs_table", self.proxy, self, many=True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicator(Column.MENTOR, Qt.SortOrder.AscendingOrder)
        for column, width in WIDTHS.items():
            self.table.setColumnWidth(column, width)

        self.scope = QLabel(self)
        self.scope.setObjectName("pairs_scope")
        self.scope.setForegroundRole(self.scope.foregroundRole())
        self.empty = QLabel(self)
        self.empty.setObjectName("pairs_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.count, 1, Qt.AlignmentFlag.AlignBottom)
        pairs_page = QWidget(self)
        page = QVBoxLayout(pairs_page)
        page.setContentsMargins(0, 6, 0, 0)
        page.addWidget(self.toolbar)
        page.addLayout(filters)
        page.addWidget(self.table, 1)
        page.addWidget(self.empty, 1)
        page.addWidget(self.scope)
        from ui.circles.panel import CirclesPanel

        self.circles = CirclesPanel(self, self)  # circles and groups (issue 22)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pairs_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(pairs_page, self.tr("Pairs"))
        self.tabs.addTab(self.circles, self.tr("Circles"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.search.textChanged.connect(self._search_changed)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.print_agreements("selected"))
        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_agreements),
            (QKeySequence.StandardKey.Find, self._focus_search),
        ):
            shortcut = QShortcut(QKeySequence(keys), pairs_page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.print_action, self.save_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.signed_action)
        menu.addAction(self.introduce_action)
        menu.addAction(self.schedule_action)
        menu.addMenu(self.language_menu)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- data --------------------------------------------------------------------

    def show_tab(self, circles: bool) -> None:
        """Bring the Circles tab (or the Pairs tab) to the front."""
        self.tabs.setCurrentIndex(1 if circles else 0)

    def set_context(self, db: Database | None, program_id: int | None) -> None:
        self.db, self.program_id = db, program_id
        self.circles.set_context(db, program_id)
        self.model.set_rows([])
        self._update_actions()
        self.reload()

    def refresh(self, kinds: frozenset[str]) -> None:
        if kinds & {PAIRS, PEOPLE, PROGRAMS}:
            self.reload_when_shown()

    def reload(self) -> None:
        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return
        self._token += 1
        token = self._token

        def work(state: object) -> tuple[list[PairRow], bool, str]:
            from peerdesk.documents.pairs import list_pairs
            from peerdesk.program.reads import load_settings

            settings = load_settings(db, program_id)
            return make_rows(list_pairs(db, program_id)), settings.reciprocal, settings.name

        def success(result: tuple[list[PairRow], bool, str]) -> None:
            if token != self._token:
                return
            rows, reciprocal, name = result
            selected = set(self.selected_ids())
            self.program_name = name
            self.model.set_rows(rows, reciprocal)
            self._select(selected)
            if self._wanted is not None:
                self._show_wanted()
            self._update_actions()
            self.loaded.emit()

        operations.Op(work, success=success, label=self.tr("Reading the pairs…"), parent=self).run()
        self.circles.reload()

    def _select(self, pair_ids: set[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.pair_id_at(row) in pair_ids:
                selection.select(index, flags)

    def select_pair(self, pair_id: int) -> None:
        """Select the pair ``pair_id`` alone and scroll to it (the calendar's attention list
        opens pairs here). Before the table has loaded, it is selected when it has."""
        self._wanted = pair_id
        if self.model.row_of(pair_id) >= 0:
            self._show_wanted()

    def _show_wanted(self) -> None:
        pair_id, self._wanted = self._wanted, None
        source_row = self.model.row_of(pair_id) if pair_id is not None else -1
        if source_row < 0:
            return  # gone since it was asked for
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():  # hidden by the search or the status filter: show everything
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus()
        self._update_actions()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_actions()

    def _status_changed(self, _index: int) -> None:
        self.proxy.set_status(self.status_filter.currentData())
        self._update_actions()

    # -- what the actions act on -------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The selected pairs, in the order shown."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.proxy.pair_id_at(row) for row in rows]

    def selected_rows(self) -> list[PairRow]:
        wanted = set(self.selected_ids())
        return [row for row in self.model.rows if row.id in wanted]

    def active_ids(self) -> list[int]:
        """Every active pair, in the order the table shows (hidden ones included)."""
        active = [r.id for r in self.model.rows if r.pair.status == PairStatus.ACTIVE]
        return self.proxy.in_view_order(active)

    def completed_ids(self) -> list[int]:
        chosen = [r for r in self.selected_rows() if r.pair.completed]
        rows = chosen or [r for r in self.model.rows if r.pair.completed]
        return [r.id for r in rows]

    def agreement_ids(self, scope: str = "auto") -> list[int]:
        """``selected``, ``active``, or ``auto``: the selection, else every active pair;
        in the table's order, before the "only" choices."""
        if scope == "selected" or (scope == "auto" and self.selected_ids()):
            return self.selected_ids()
        return self.active_ids()

    def only(self) -> AgreementFilter:
        """The "only" choices of the print and save menus."""
        return AgreementFilter(
            unsigned=self.unsigned_action.isChecked(), new=self.new_action.isChecked()
        )

    def _kept(self, ids: list[int]) -> int:
        """How many of ``ids`` the "only" choices keep."""
        only = self.only()
        pairs = {r.id: r.pair for r in self.model.rows}
        return sum(1 for i in ids if i in pairs and only.keeps(pairs[i]))

    def _scope_text(self, selected: int, active: int) -> str:
        only = self.only()
        if not (only.unsigned or only.new):
            if selected:
                return self.tr(
                    "Agreements will be printed for the {count} selected pair(s)."
                ).format(count=selected)
            return self.tr(
                "Agreements will be printed for all {count} active pairs. "
                "Select pairs to print only theirs."
            ).format(count=active)
        kept = self._kept(self.agreement_ids())
        which = (
            self.tr("not signed yet and new since the last print")
            if only.unsigned and only.new
            else self.tr("not signed yet")
            if only.unsigned
            else self.tr("new since the last print")
        )
        if kept == 0:
            why = (
                self.tr("Every one of these pairs has signed or had its agreement printed before")
                if only.unsigned and only.new
                else self.tr("Every one of these pairs has signed its agreement already")
                if only.unsigned
                else self.tr("Every one of these pairs had its agreement printed or saved before")
            )
            return why + self.tr(": untick “Only…” in the Print menu to print them again.")
        if selected:
            return self.tr(
                "Agreements will be printed for {kept} of the {count} selected pair(s): "
                "those {which}."
            ).format(kept=kept, count=selected, which=which)
        return self.tr(
            "Agreements will be printed for {kept} of the {count} active pairs: those {which}."
        ).format(kept=kept, count=active, which=which)

    def _update_actions(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self.count.setText("")
        elif shown == total:
            self.count.setText(self.tr("{count} pairs").format(count=total))
        else:
            self.count.setText(self.tr("{shown} of {count} pairs").format(shown=shown, count=total))
        selected = len(self.selected_ids())
        active = sum(1 for r in self.model.rows if r.pair.status == PairStatus.ACTIVE)
        has_file = self.db is not None and self.program_id is not None
        self.print_action.setEnabled(has_file and (selected > 0 or active > 0))
        self.save_action.setEnabled(has_file and (selected > 0 or active > 0))
        self.print_selected_action.setEnabled(selected > 0)
        self.print_active_action.setEnabled(active > 0)
        self.signed_action.setEnabled(has_file and selected > 0)
        self.introduce_action.setEnabled(has_file and selected == 1)
        self.goals_action.setEnabled(has_file and selected == 1)
        self.schedule_action.setEnabled(has_file and bool(self.schedule_ids()))
        self.no_logo_action.setEnabled(self.logo() is not None)
        completed = any(r.pair.completed for r in self.model.rows)
        self.certificates_action.setEnabled(has_file and completed)
        if selected or active:
            self.scope.setText(self._scope_text(selected, active))
        else:
            self.scope.setText(
                self.tr("No active pairs yet: confirm pairs on the Matching screen.")
            )
        no_pairs = has_file and total == 0
        self.table.setVisible(not no_pairs)
        self.empty.setVisible(no_pairs)
        if no_pairs:
            self.empty.setText(
                self.tr(
                    "This program has no pairs yet. Make pairs on the Matching screen; "
                    "they appear here, ready for their agreements."
                )
            )

    # -- stand-ins for the operating system (tests replace these) ----------------

    def open_url(self, url: QUrl) -> bool:
        """Open ``url`` (a ``mailto:`` link) with the user's own program."""
        return bool(QDesktopServices.openUrl(url))

    def ask_save_file(self, title: str, suggested: Path) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            title,
            str(suggested),
            self.tr(PDF_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked below, the same way always
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def ask_folder(self, title: str, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, title, str(start))
        return Path(name) if name else None

    def ask_picture(self, title: str, start: Path) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(self, title, str(start), self.tr(LOGO_FILTER))
        return Path(name) if name else None

    def show_preview(self, pages: PdfPages, title: str) -> PrintPreview:
        dialog = PrintPreview(pages, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: pages.close())
        self.preview = dialog
        dialog.open()
        self.previewed.emit(dialog)
        return dialog

    # -- the logo: the user's choice for this program file, kept in their settings --

    def _logo_key(self) -> str | None:
        if self.db is None:
            return None
        return LOGO_KEY + self.db.key.encode().hex()  # a file's path, or a server's address

    def logo(self) -> Path | None:
        key = self._logo_key()
        saved = memory.app_settings().value(key, "", str) if key else ""
        path = Path(saved) if saved else None
        return path if path is not None and path.is_file() else None

    def set_logo(self, path: Path | None) -> None:
        key = self._logo_key()
        if key is None:
            return
        settings = memory.app_settings()
        if path is None:
            settings.remove(key)
        else:
            settings.setValue(key, str(path))
        self._update_actions()

    def choose_logo(self) -> None:
        current = self.logo()
        path = self.ask_picture(
            self.tr("Choose the organization's logo"),
            current.parent if current else self._folder(),
        )
        if path is None:
            return

        def check(state: object) -> Path:
            from peerdesk.documents.layout import load_logo

            load_logo(path)  # refuses a file that is not a picture, in plain words
            return path

        operations.Op(
            check, success=self.set_logo, label=self.tr("Reading the logo…"), parent=self
        ).run()

    # -- agreements --------------------------------------------------------------

    def _folder(self) -> Path:
        saved = memory.app_settings().value(FOLDER_KEY, "", str)
        folder = Path(saved) if saved else paths.documents_dir()
        return folder if folder.is_dir() else Path.home()

    def _remember_folder(self, folder: Path) -> None:
        memory.app_settings().setValue(FOLDER_KEY, str(folder))

    def _make_pdf(
        self,
        label: str,
        make: Callable[[Database, int, Any], bytes],
        done: Callable[[bytes], None],
    ) -> None:
        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return
        operations.Op(
            lambda state: make(db, program_id, state),
            success=done,
            label=label,
            cancellable=True,
            parent=self,
        ).run()

    def print_agreements(self, scope: str = "auto") -> None:
        ids = self.agreement_ids(scope)
        db, program_id = self.db, self.program_id
        if not ids or db is None or program_id is None:
            return
        paper, logo, only = _paper(), self.logo(), self.only()
        duplex = self.duplex_action.isChecked()

        def make(state: Any) -> Agreements:
            from peerdesk.documents.agreements import make_agreements

            return make_agreements(
                db, program_id, ids, only=only, logo=logo, paper=paper, duplex=duplex,
                progress=state,
            )  # fmt: skip

        title = self.tr("Print agreements — {program}").format(program=self.program_name)

        def show(made: Agreements) -> None:
            preview = self.show_preview(PdfPages(made.data), title)
            preview.printed.connect(lambda _pages: self._record_printed(made.pair_ids))

        operations.Op(
            make,
            success=show,
            label=self.tr("Preparing the agreements…"),
            cancellable=True,
            parent=self,
        ).run()

    def _record_printed(self, pair_ids: tuple[int, ...]) -> None:
        """The agreements went to the printer: remember it, for "only new" next time."""
        db = self.db
        if db is None:
            return

        def work(state: object) -> None:
            from peerdesk.documents.pairs import mark_printed

            mark_printed(db, pair_ids)

        operations.Op(
            work,
            success=lambda _none: self.reload(),
            label=self.tr("Recording the print…"),
            parent=self,
        ).run()

    def save_agreements(self, split: bool = False, scope: str = "auto") -> None:
        ids = self.agreement_ids(scope)
        if not ids:
            return
        if split:
            folder = self.ask_folder(self.tr("Save one agreement per pair into"), self._folder())
            if folder is None:
                return
            self._remember_folder(folder)
            self._save_split(ids, folder)
            return
        rows = {r.id: r for r in self.model.rows}
        if len(ids) == 1 and ids[0] in rows:
            from peerdesk.documents.agreements import split_name

            name = split_name(rows[ids[0]].pair)
        else:
            from peerdesk.output_files import safe_file_name

            name = safe_file_name(f"Agreements - {self.program_name}")
        path = self.ask_save_file(self.tr("Save agreements as PDF"), self._folder() / name)
        if path is None:
            return
        self._remember_folder(path.parent)
        self._confirm_replace([path], lambda: self._save_one(ids, path))

    def _confirm_replace(self, targets: list[Path], go: Callable[[], None]) -> None:
        taken = [t for t in targets if t.exists()]
        if not taken:
            go()
            return
        if len(taken) == 1:
            text = self.tr("“{name}” already exists in {folder}. Replace it?").format(
                name=taken[0].name, folder=taken[0].parent
            )
        else:
            text = self.tr(
                "{count} of these files already exist in {folder}. Replace them?"
            ).format(count=len(taken), folder=taken[0].parent)
        messages.confirm(
            self,
            self.tr("Replace files?"),
            text,
            self.tr("Replace"),
            go,
            self.tr("The files there now will be lost; a signed copy should be kept elsewhere."),
        )

    def _save_one(self, ids: list[int], path: Path) -> None:
        paper, logo, only = _paper(), self.logo(), self.only()
        duplex = self.duplex_action.isChecked()

        def work(state: Any) -> list[Path]:
            from peerdesk.documents.agreements import save_agreements

            assert self.db is not None and self.program_id is not None
            return save_agreements(
                self.db,
                self.program_id,
                path,
                ids,
                overwrite=True,
                only=only,
                logo=logo,
                paper=paper,
                duplex=duplex,
                progress=state,
            )

        self._run_save(work, self.tr("Saving the agreements…"))

    def _save_split(self, ids: list[int], folder: Path) -> None:
        from peerdesk.documents.agreements import split_name

        rows = {r.id: r for r in self.model.rows}
        only = self.only()
        targets = [
            folder / split_name(rows[i].pair) for i in ids if i in rows and only.keeps(rows[i].pair)
        ]
        paper, logo = _paper(), self.logo()
        duplex = self.duplex_action.isChecked()

        def work(state: Any) -> list[Path]:
            from peerdesk.documents.agreements import save_agreements

            assert self.db is not None and self.program_id is not None
            return save_agreements(
                self.db,
                self.program_id,
                folder,
                ids,
                split=True,
                overwrite=True,
                only=only,
                logo=logo,
                paper=paper,
                duplex=duplex,
                progress=state,
            )

        self._confirm_replace(
            targets, lambda: self._run_save(work, self.tr("Saving the agreements…"))
        )

    def _run_save(self, work: Callable[[Any], list[Path]], label: str) -> None:
        def done(written: list[Path]) -> None:
            where = written[0] if len(written) == 1 else written[0].parent
            text = (
                self.tr("Saved to {path}").format(path=where)
                if len(written) == 1
                else self.tr("Saved {count} files in {folder}").format(
                    count=len(written), folder=where
                )
            )
            self.window_.statusBar().showMessage(text, 10000)
            self.reload()  # the pairs now say when their agreement was last saved
            self.saved.emit(written)

        operations.Op(work, success=done, label=label, cancellable=True, parent=self).run()

    # -- signed, introduced ------------------------------------------------------

    def mark_signed(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        names = [f"{r.pair.mentor.name} and {r.pair.mentee.name}" for r in rows]
        dialog = SignedDateDialog(names, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ids = [r.id for r in rows]
        dialog.accepted.connect(lambda: mark_signed(self.window_, ids, dialog.value()))
        self.dialog = dialog
        dialog.open()

    def schedule_ids(self) -> list[int]:
        """The selected active or paused pairs; with none selected, every active pair."""
        open_ = (PairStatus.ACTIVE, PairStatus.PAUSED)
        if self.selected_ids():
            return [r.id for r in self.selected_rows() if r.pair.status in open_]
        return self.active_ids()

    def schedule_meetings(self) -> None:
        """The schedule dialog for these pairs, with its plan (see ui.calendar.schedule_dialog)."""
        from ui.calendar.schedule_dialog import open_for_pairs

        ids, program_id = self.schedule_ids(), self.program_id
        if ids and program_id is not None:
            chosen = ids if self.selected_ids() else None  # none selected: every active pair
            open_for_pairs(self.window_, program_id, chosen, parent=self, opened=self._opened)

    def _opened(self, dialog: QWidget) -> None:
        self.dialog = dialog

    def open_goals(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            screen = self.window_.show_screen("checkins")
            screen.show_pair(ids[0])  # type: ignore[union-attr]

    def introduce(self) -> None:
        ids = self.selected_ids()
        db, program_id = self.db, self.program_id
        if len(ids) != 1 or db is None or program_id is None:
            return
        pair_id = ids[0]

        def work(state: object) -> IntroductionData:
            from peerdesk.documents.pairs import first_meetings, load_pairs, load_program

            [pair] = load_pairs(db, program_id, [pair_id])
            first = first_meetings(db, [pair_id]).get(pair_id)
            return IntroductionData(load_program(db, program_id), pair, first)

        operations.Op(
            work, success=self._show_introduction, label=self.tr("Reading the pair…"), parent=self
        ).run()

    def _show_introduction(self, data: IntroductionData) -> None:
        dialog = IntroduceDialog(data, saved_template(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def send() -> None:
            save_template(dialog.template())
            intro = dialog.introduction
            if intro is None:
                return
            if not self.open_url(QUrl(intro.url)):
                self._mail_by_hand(data, intro)
            else:
                self.window_.statusBar().showMessage(
                    self.tr("Your mail program has the introduction, ready to send."), 10000
                )

        dialog.accepted.connect(send)
        self.dialog = dialog
        dialog.open()

    def _mail_by_hand(self, data: IntroductionData, intro: Introduction) -> None:
        """No mail program opened the message: show it, to copy or save as an .eml file."""
        pair = data.pair
        title = self.tr("Introduction - {mentor} and {mentee}").format(
            mentor=pair.mentor.name, mentee=pair.mentee.name
        )
        dialog = MailFallbackDialog(
            intro,
            sender=data.settings.coordinator_email,
            title=title,
            folder=self._folder(),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    # -- certificates ------------------------------------------------------------

    def print_certificates(self) -> None:
        ids = self.completed_ids()
        if not ids:
            return
        paper, logo = _paper(), self.logo()

        def make(db: Database, program_id: int, state: Any) -> bytes:
            from peerdesk.documents.certificates import certificates_pdf

            return certificates_pdf(db, program_id, ids, logo=logo, paper=paper, progress=state)

        title = self.tr("Print certificates — {program}").format(program=self.program_name)
        self._make_pdf(
            self.tr("Preparing the certificates…"),
            make,
            lambda data: self.show_preview(PdfPages(data), title),
        )

    def save_certificates(self) -> None:
        ids = self.completed_ids()
        if not ids:
            return
        from peerdesk.output_files import safe_file_name

        suggested = self._folder() / safe_file_name(f"Certificates - {self.program_name}")
        path = self.ask_save_file(self.tr("Save certificates as PDF"), suggested)
        if path is None:
            return
        self._remember_folder(path.parent)
        paper, logo = _paper(), self.logo()

        def work(state: Any) -> list[Path]:
            from peerdesk.documents.certificates import save_certificates

            assert self.db is not None and self.program_id is not None
            return [
                save_certificates(
                    self.db, self.program_id, path, ids, overwrite=True, logo=logo,
                    paper=paper, progress=state,
                )
            ]  # fmt: skip

        self._confirm_replace(
            [path], lambda: self._run_save(work, self.tr("Saving the certificates…"))
        )
