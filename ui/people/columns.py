"""The People table's columns, remembered between windows.

Order, widths, hidden columns and the sort are kept as the header's saved
state in QSettings (:func:`ui.memory.app_settings`), with the splitter beside
the table; a right-click on the header shows or hides columns.
"""

from __future__ import annotations

from ui import memory
from ui.labels import tr
from ui.people.rows import COLUMN_COUNT, DEFAULT_WIDTHS, HIDDEN_BY_DEFAULT, Column, column_titles
from ui.qt import QByteArray, QMenu, QObject, QPoint, QSplitter, Qt, QTableView, QTimer

HEADER_STATE_KEY = "people/header"
HEADER_COLUMNS_KEY = "people/header_columns"
SPLITTER_KEY = "people/splitter"
SAVE_DELAY_MS = 400


class ColumnMemory(QObject):
    def __init__(self, table: QTableView, splitter: QSplitter) -> None:
        super().__init__(table)
        self.table = table
        self.splitter = splitter
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_menu)

    def watch(self) -> None:
        """Save (shortly) after every change the user makes to the columns."""
        header = self.table.horizontalHeader()
        header.sectionMoved.connect(self._changed)
        header.sectionResized.connect(self._changed)
        header.sortIndicatorChanged.connect(self._changed)
        self.splitter.splitterMoved.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        self._timer.start()

    def save(self) -> None:
        self._timer.stop()
        settings = memory.app_settings()
        settings.setValue(HEADER_STATE_KEY, self.table.horizontalHeader().saveState())
        settings.setValue(HEADER_COLUMNS_KEY, COLUMN_COUNT)
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        settings.sync()

    def restore(self) -> None:
        """The columns as last left, or the defaults; then sort the table as they say."""
        settings = memory.app_settings()
        header = self.table.horizontalHeader()
        state = settings.value(HEADER_STATE_KEY)
        columns = settings.value(HEADER_COLUMNS_KEY, 0, type=int)
        restored = (
            isinstance(state, QByteArray) and columns == COLUMN_COUNT and header.restoreState(state)
        )
        if not restored:
            self.defaults()
        splitter = settings.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header.setSectionHidden(Column.NAME, False)
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def defaults(self) -> None:
        header = self.table.horizontalHeader()
        for visual, column in enumerate(Column):
            header.moveSection(header.visualIndex(column), visual)
            header.setSectionHidden(column, column in HIDDEN_BY_DEFAULT)
            header.resizeSection(column, DEFAULT_WIDTHS.get(column, 120))

    def reset(self) -> None:
        self.defaults()
        self.save()

    def set_shown(self, column: Column, shown: bool) -> None:
        if column == Column.NAME:
            return  # a row needs a name
        self.table.horizontalHeader().setSectionHidden(column, not shown)
        self.save()

    def show_menu(self, position: QPoint) -> QMenu:
        header = self.table.horizontalHeader()
        menu = QMenu(self.table)
        menu.setObjectName("columns_menu")
        for column, title in column_titles().items():
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != Column.NAME)
            action.toggled.connect(lambda on, c=column: self.set_shown(c, on))
        menu.addSeparator()
        menu.addAction(tr("Reset the columns"), self.reset)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(header.mapToGlobal(position))
        return menu
