"""Program → History…: every change to the program, newest first, and who made it.

The history keeps ids only (:mod:`peerdesk.history`); the names in the list are
looked up as it is read, on the worker, like every other read. The list can be
narrowed to the changes one coordinator made and to one kind of record; each
choice reads again (the newest :data:`peerdesk.history.PAGE` changes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ui import operations
from ui.qt import (
    QAbstractItemView,
    QAction,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLocale,
    QMenu,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.history import HistoryPage
    from ui.qt import SignalInstance

NO_NAME = "—"
READ_AGAIN_MS = 300


class HistoryWindow(Protocol):
    """What the dialog asks of the main window."""

    db: Database | None
    program_id: int | None
    changed: SignalInstance  # kinds of records changed (its own actions, others' too)
    file_opened: SignalInstance
    program_shown: SignalInstance


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def kinds() -> list[tuple[str | None, str]]:
    """The kinds of record to narrow the list to, as the filter offers them."""
    return [
        (None, tr("Everything")),
        ("people", tr("People")),
        ("pairs", tr("Pairs and goals")),
        ("meetings", tr("Meetings")),
        ("surveys", tr("Check-ins and surveys")),
        ("programs", tr("Program settings")),
    ]


def add_action(window: HistoryWindow, menu: QMenu) -> QAction:
    """Program → History… on ``menu``: usable while a program is open."""
    assert isinstance(window, QWidget)
    action = QAction(tr("&History…"), window)
    action.setObjectName("history")
    action.setStatusTip(tr("Every change to this program, when and by whom"))
    action.triggered.connect(lambda _checked=False: show_history(window))
    menu.aboutToShow.connect(lambda: action.setEnabled(window.program_id is not None))
    menu.addAction(action)
    return action


def show_history(window: HistoryWindow) -> HistoryDialog | None:
    if window.db is None or window.program_id is None:
        return None
    assert isinstance(window, QWidget)
    dialog = HistoryDialog(window.db, window.program_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # What changes while it is open shows in it; another file or program closes it.
    window.changed.connect(dialog.read_soon)
    window.file_opened.connect(dialog.close_for)
    window.program_shown.connect(dialog.close_for)
    dialog.show()
    return dialog


def load(
    db: Database, program_id: int, actor: str | None, kind: str | None
) -> tuple[HistoryPage, str]:
    """A page of the history, and the name this coordinator works under (on the worker)."""
    from peerdesk import history

    with db.reading() as session:
        page = history.read_changes(session, program_id, actor=actor, kind=kind)
    return page, db.actor


class HistoryDialog(QDialog):
    """The program's changes, newest first: when, who, and what, in plain words."""

    def __init__(self, db: Database, program_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History"))
        self.db, self.program_id = db, program_id
        self._op: operations.Op | None = None
        self._again = False  # a filter changed while a read was under way

        intro = QLabel(self.tr("Every change to this program, newest first, and who made it."))
        intro.setWordWrap(True)
        self.who = QComboBox()
        self.who.setObjectName("historyWho")
        self.who.addItem(self.tr("Everyone"), None)
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind = QComboBox()
        self.kind.setObjectName("historyKind")
        for key, label in kinds():
            self.kind.addItem(label, key)
        filters = QHBoxLayout()
        who_label = QLabel(self.tr("&Made by:"))
        who_label.setBuddy(self.who)
        kind_label = QLabel(self.tr("&Changes to:"))
        kind_label.setBuddy(self.kind)
        filters.addWidget(who_label)
        filters.addWidget(self.who)
        filters.addSpacing(12)
        filters.addWidget(kind_label)
        filters.addWidget(self.kind)
        filters.addStretch(1)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.count = QLabel()
        self.count.setObjectName("historyCount")
        self.you = QLabel()
        self.you.setObjectName("historyYou")
        self.you.setEnabled(False)
        self.you.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.you)
        layout.addWidget(buttons)
        self.resize(760, 520)

        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(READ_AGAIN_MS)
        self._soon.timeout.connect(self.reload)
        self.who.currentIndexChanged.connect(self.reload)
        self.kind.currentIndexChanged.connect(self.reload)
        self.reload()

    def read_soon(self, _kinds: object = None) -> None:
        """Records changed: read again once a burst of changes is over."""
        self._soon.start()

    def close_for(self, shown: object) -> None:
        """Another file, or another program, is on show in the window: this list is not its."""
        if shown != self.program_id:
            self.close()

    # -- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the history again with the filters chosen, off the UI thread."""
        if self._op is not None:
            self._again = True
            return
        db, program_id = self.db, self.program_id
        actor, kind = self.who.currentData(), self.kind.currentData()
        self.count.setText(self.tr("Reading the history…"))
        op = operations.Op(
            lambda state: load(db, program_id, actor, kind),
            success=lambda result: self._show(*result),
            parent=self,
            progress_dialog=False,
        )
        op.finished.connect(self._read)
        self._op = op
        op.run()

    def _read(self) -> None:
        self._op = None
        if self._again:
            self._again = False
            self.reload()

    def _show(self, page: HistoryPage, you: str) -> None:
        from peerdesk.history import sentence
        from ui.checkins.models import moment_text

        self._offer_names(page.actors)
        table = self.table
        table.setUpdatesEnabled(False)
        table.setRowCount(len(page.changes))
        for row, change in enumerate(page.changes):
            cells = (moment_text(change.at), change.actor or NO_NAME, sentence(change, tr))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1 and change.actor is None:
                    item.setToolTip(self.tr("Made before PeerDesk recorded who made changes"))
                table.setItem(row, column, item)
        table.setUpdatesEnabled(True)
        shown = QLocale().toString(len(page.changes))
        if page.more:
            text = self.tr("The newest {count} changes; older ones are in the workbook export.")
        elif len(page.changes) == 1:
            text = self.tr("1 change")
        else:
            text = self.tr("{count} changes")
        self.count.setText(text.format(count=shown))
        self.you.setText(
            self.tr("Your changes are recorded as “{name}”.").format(name=you)
            if you
            else self.tr("Your changes are recorded without a name.")
        )

    def _offer_names(self, names: list[str]) -> None:
        """Everyone in the history can be chosen; the choice made stays."""
        chosen = self.who.currentData()
        offered = [self.who.itemData(i) for i in range(1, self.who.count())]
        if offered == names:
            return
        self.who.blockSignals(True)
        try:
            while self.who.count() > 1:
                self.who.removeItem(1)
            for name in names:
                self.who.addItem(name, name)
            index = self.who.findData(chosen) if chosen is not None else 0
            self.who.setCurrentIndex(max(index, 0))
        finally:
            self.who.blockSignals(False)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the list shows, row by row (When, Who, What)."""
        table = self.table

        def text(row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(table.rowCount())]
