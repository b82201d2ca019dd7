"""Restore from backup: the open file's backups by date, reason and size.

Restoring asks first, says that the current state is backed up before it is
replaced (so a restore can itself be undone), and runs on the worker. The
dialog closes only when the restore has worked.
"""

from __future__ import annotations

from typing import Any

from peerdesk import backups
from peerdesk.backups import BackupInfo
from peerdesk.database import Database
from peerdesk.errors import UserError
from ui import messages, operations
from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QTimeZone,
    QVBoxLayout,
    QWidget,
    Signal,
)


def reason_label(reason: str) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("", text)

    known = {
        "auto": tr("Automatic, when the file was opened"),
        "manual": tr("Backup now"),
        "before-restore": tr("Before a restore"),
        "before-upgrade": tr("Before an upgrade of PeerDesk"),
    }
    return known.get(reason, reason.replace("-", " ").capitalize())


def local_time(info: BackupInfo) -> str:
    """When the backup was taken, in this computer's time zone and date style.

    Seconds are shown: two backups a minute apart (on open, then Backup now)
    must not look the same.
    """
    moment = QDateTime.fromSecsSinceEpoch(
        int(info.taken_at.timestamp()), QTimeZone.systemTimeZone()
    )
    locale = QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "s" not in time_format:
        time_format = time_format.replace("mm", "mm:ss", 1)
    day = locale.toString(moment.date(), QLocale.FormatType.LongFormat)
    return f"{day}, {locale.toString(moment.time(), time_format)}"


def file_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class BackupsModel(QAbstractTableModel):
    """The backups of one file, newest first."""

    COLUMNS = ("when", "reason", "size")

    def __init__(self, items: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Taken"), self.tr("Why"), self.tr("Size"))[section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        info = self.items[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "when":
                return local_time(info)
            if column == "reason":
                return reason_label(info.reason)
            return file_size(info.size)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        return None


class BackupDialog(QDialog):
    """Lists the open file's backups; restores the chosen one after confirmation."""

    restored = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.db = db
        self.name = db.path.name if db.path is not None else db.label  # a file, or a server's
        self.confirmation: Any = None

        intro = QLabel(
            self.tr(
                "PeerDesk keeps the last {count} copies of “{name}”. Choose one to put back. "
                "What is there now is backed up first, so you can change your mind."
            ).format(count=backups.KEEP, name=self.name)
        )
        intro.setWordWrap(True)
        self.model = BackupsModel(backups.list_backups(db.key), self)
        self.table = QTableView()
        self.table.setObjectName("backupList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        self.empty = QLabel(self.tr("There are no backups of this program yet."))
        self.empty.setObjectName("noBackups")
        self.folder = QLabel(
            self.tr("Backups are kept in {folder}").format(folder=backups.backup_folder(db.key))
        )
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setEnabled(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restoreButton")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.ask_restore)
        self.table.doubleClicked.connect(self.ask_restore)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.folder)
        layout.addWidget(self.buttons)
        self.table.setVisible(bool(self.model.items))
        self.empty.setVisible(not self.model.items)
        if self.model.items:
            self.table.selectRow(0)
        self._update_buttons()
        self.resize(660, 400)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def ask_restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        self.confirmation = messages.confirm(
            self,
            self.tr("Restore from backup"),
            self.tr("Put back “{name}” as it was on {when}?").format(
                name=self.name, when=local_time(info)
            ),
            self.tr("Restore"),
            lambda: self.restore(info),
            details=self.tr(
                "Everything changed since then will be replaced. The file's current state "
                "is backed up first, so you can restore it again from this list."
            ),
        )

    def restore(self, info: BackupInfo) -> None:
        self.restore_button.setEnabled(False)
        operations.Op(
            lambda state: backups.restore_backup(self.db, info.path),
            success=self._restored,
            failure=self._failed,
            label=self.tr("Restoring the backup…"),
            parent=self,
        ).run()

    def _restored(self, _safety: object) -> None:
        self.restored.emit()
        self.accept()

    def _failed(self, exc: UserError) -> None:
        self._update_buttons()
        messages.show_user_error(self, exc)
