"""The welcome screen: create a program, open a program file, pick a recent one, or try
the sample program.

It is shown while the open file has no program yet (always so on the very first
run, when the default file has just been made).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui import icons, memory
from ui.qt import (
    QBrush,
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPalette,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from ui.memory import Recent

PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomeScreen(QWidget):
    """Three ways in; the window does the work when one is chosen."""

    create_requested = Signal()
    open_requested = Signal()
    recent_chosen = Signal(object)  # a file's Path, or a shared database's key
    import_requested = Signal()  # set up a program, then import a roster into it
    sample_requested = Signal()  # open the sample program (ui.sample_banner)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")

        logo = QLabel()
        logo.setPixmap(icons.pixmap(icons.APP_ICON, 64))
        title = QLabel(self.tr("Welcome to PeerDesk"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        blurb = QLabel(
            self.tr(
                "Run a peer-mentoring program from start to finish. Everything stays in "
                "one file on this computer."
            )
        )
        blurb.setWordWrap(True)
        heading_text = QVBoxLayout()
        heading_text.addWidget(title)
        heading_text.addWidget(blurb)
        heading = QHBoxLayout()
        heading.setSpacing(16)
        heading.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        heading.addLayout(heading_text, 1)

        self.create_button = QCommandLinkButton(
            self.tr("Create a program"),
            self.tr("Set up a new mentoring program in a few steps. You can change it later."),
        )
        self.create_button.setObjectName("createProgram")
        self.create_button.setIcon(icons.icon("new-program"))
        self.create_button.setIconSize(QSize(32, 32))
        self.create_button.clicked.connect(self.create_requested)
        self.open_button = QCommandLinkButton(
            self.tr("Open a program file"),
            self.tr("Open a .peerdesk file that you or a colleague made."),
        )
        self.open_button.setObjectName("openFile")
        self.open_button.setIcon(icons.icon("open"))
        self.open_button.setIconSize(QSize(32, 32))
        self.open_button.clicked.connect(self.open_requested)
        self.import_button = QCommandLinkButton(
            self.tr("Import a roster"),
            self.tr(
                "Start from a spreadsheet of people (.xlsx or .csv): set up the program, "
                "then bring them in."
            ),
        )
        self.import_button.setObjectName("importRoster")
        self.import_button.setIcon(icons.icon("import-roster"))
        self.import_button.setIconSize(QSize(32, 32))
        self.import_button.clicked.connect(self.import_requested)
        self.sample_button = QCommandLinkButton(
            self.tr("Try the sample program"),
            self.tr(
                "Look around a ready-made program of invented people, pairs and meetings. "
                "It has a file of its own, so your programs are not touched."
            ),
        )
        self.sample_button.setObjectName("trySample")
        self.sample_button.setIcon(icons.icon("sample"))
        self.sample_button.setIconSize(QSize(32, 32))
        self.sample_button.clicked.connect(self.sample_requested)

        recent_title = QLabel(self.tr("Recent files and shared databases"))
        font = recent_title.font()
        font.setBold(True)
        recent_title.setFont(font)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentFiles")
        self.recent_list.setIconSize(QSize(20, 20))
        self.recent_list.setSpacing(2)
        self.recent_list.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent_list.itemActivated.connect(self._chosen)
        self.recent_list.itemClicked.connect(self._chosen)
        self.no_recent = QLabel(self.tr("Files you open will be listed here."))
        self.no_recent.setObjectName("noRecentFiles")
        self.no_recent.setEnabled(False)

        self.current_file = QLabel()
        self.current_file.setObjectName("currentFile")
        self.current_file.setWordWrap(True)
        self.current_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addStretch(1)
        column.addLayout(heading)
        column.addSpacing(12)
        column.addWidget(self.create_button)
        column.addWidget(self.open_button)
        column.addWidget(self.import_button)
        column.addWidget(self.sample_button)
        column.addSpacing(12)
        column.addWidget(recent_title)
        column.addWidget(self.recent_list)
        column.addWidget(self.no_recent)
        column.addSpacing(8)
        column.addWidget(self.current_file)
        column.addStretch(2)

        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(640)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 24)
        outer.addStretch(1)
        outer.addWidget(holder, 4)
        outer.addStretch(1)

    def set_recent(self, files: list[Recent]) -> None:
        """List recent files and shared databases, newest first; files no longer on disk
        are greyed out."""
        self.recent_list.clear()
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for recent in files:
            item = QListWidgetItem(icons.icon(recent.icon), recent.label)
            item.setData(PATH_ROLE, str(recent.location))
            if recent.exists():
                item.setToolTip(recent.where)
            else:
                item.setText(self.tr("{name} (missing)").format(name=recent.label))
                item.setForeground(QBrush(grey))
                item.setToolTip(
                    self.tr("{path} is no longer there. Click to remove it from the list.").format(
                        path=recent.where
                    )
                )
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(files))
        self.no_recent.setVisible(not files)
        # As tall as its rows (up to eight), so the screen does not show an empty box.
        rows = max(1, min(len(files), 8))
        row_height = self.recent_list.sizeHintForRow(0) if files else 24
        frame = 2 * self.recent_list.frameWidth()
        spacing = 2 * self.recent_list.spacing()
        self.recent_list.setFixedHeight(rows * (row_height + spacing) + frame + 2)

    def set_current_file(self, where: str | None) -> None:
        """Where new programs go: the open file's path, or the shared database's label."""
        if where is None:
            self.current_file.setText(self.tr("No program file is open."))
        else:
            self.current_file.setText(
                self.tr("New programs are saved in {path}").format(path=where)
            )

    def _chosen(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(memory.location(str(item.data(PATH_ROLE))))
