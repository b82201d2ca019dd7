"""The crash dialog itself, loaded only when something has gone wrong."""

from __future__ import annotations

from pathlib import Path

from ui import icons
from ui.qt import (
    QApplication,
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QFontDatabase,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """The "PeerDesk ran into a problem" dialog: what it means, the details and the log file.

    Also, with its own title and words, the "closed unexpectedly last time"
    report shown at the start after a native crash (:mod:`ui.crash`).
    """

    def __init__(
        self,
        details: str,
        log_path: Path,
        parent: QWidget | None = None,
        *,
        title: str = "",
        heading: str = "",
        explanation: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(title or self.tr("PeerDesk ran into a problem"))
        self.setWindowIcon(icons.app_icon())
        self.log_path = log_path

        symbol = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        symbol.setPixmap(icons.pixmap("warning", max(size, 32)))
        symbol.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.heading = QLabel(
            heading or self.tr("PeerDesk ran into a problem. Your saved work is safe.")
        )
        self.heading.setObjectName("crashHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.explanation = QLabel(
            explanation
            or self.tr(
                "The last thing you did may not have finished; everything saved before it "
                "is still in your program file. You can keep working. If this happens "
                "again, copy the details below and send them, with the log file, to "
                "whoever helps you with PeerDesk."
            )
        )
        self.explanation.setObjectName("crashExplanation")
        self.explanation.setWordWrap(True)

        self.log_label = QLabel(self.tr("Log file: {path}").format(path=log_path))
        self.log_label.setObjectName("crashLogPath")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details = QPlainTextEdit()
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setPlainText(details)
        self.details.setMinimumHeight(180)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(icons.icon("copy"), self.tr("Copy details"))
        self.copy_button.setObjectName("copyDetails")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(icons.icon("folder"), self.tr("Open log folder"))
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(self.open_log_folder)

        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.explanation)
        text.addWidget(self.log_label)
        top = QHBoxLayout()
        top.addWidget(symbol)
        top.addLayout(text, 1)
        top.setSpacing(16)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 440)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

    def details_text(self) -> str:
        return self.details.toPlainText()

    def add_details(self, details: str) -> None:
        """Another error while the dialog is open: keep both, newest last."""
        self.details.appendPlainText("\n" + "—" * 40 + "\n" + details)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(
            self.details_text() + "\n\n" + self.log_label.text() + "\n"
        )
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))
