"""Uncaught errors: logged, then a calm dialog — never a raw traceback.

Whatever was saved before the error stays saved (every action is one
transaction), so the dialog says so, shows the details to copy and where the
log file is. Exceptions from other threads are passed to the UI thread first.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

import peerdesk
from peerdesk import logs
from ui import icons
from ui.qt import (
    QApplication,
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QFontDatabase,
    QHBoxLayout,
    QLabel,
    QObject,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
    qVersion,
)

log = logging.getLogger(__name__)


def environment() -> str:
    """A line about the setup, for the details (no personal data)."""
    return (
        f"PeerDesk {peerdesk.__version__}, Python {platform.python_version()}, "
        f"Qt {qVersion()}, PySide6 {pyside_version()}, {platform.platform()}"
    )


def pyside_version() -> str:
    from importlib import metadata

    for name in ("PySide6-Essentials", "PySide6"):
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


def format_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    return environment() + "\n\n" + "".join(lines).rstrip()


class CrashDialog(QDialog):
    """The "PeerDesk ran into a problem" dialog: what it means, the details and the log file."""

    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("PeerDesk ran into a problem"))
        self.setWindowIcon(icons.app_icon())
        self.log_path = log_path

        symbol = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        symbol.setPixmap(icons.pixmap("warning", max(size, 32)))
        symbol.setAlignment(Qt.AlignmentFlag.AlignTop)

        heading = QLabel(self.tr("PeerDesk ran into a problem. Your saved work is safe."))
        heading.setObjectName("crashHeading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        heading.setWordWrap(True)

        explanation = QLabel(
            self.tr(
                "The last thing you did may not have finished; everything saved before it "
                "is still in your program file. You can keep working. If this happens "
                "again, copy the details below and send them, with the log file, to "
                "whoever helps you with PeerDesk."
            )
        )
        explanation.setWordWrap(True)

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
        text.addWidget(heading)
        text.addWidget(explanation)
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


class _Relay(QObject):
    """Carries errors from any thread to the UI thread."""

    raised = Signal(str)


_dialog: CrashDialog | None = None
_relay: _Relay | None = None
_previous_hooks: tuple[object, object] | None = None


def current_dialog() -> CrashDialog | None:
    return _dialog


def _forget_dialog() -> None:
    global _dialog
    _dialog = None


def show_details(details: str) -> CrashDialog | None:
    """Open the crash dialog (or add to the open one); must run on the UI thread."""
    global _dialog
    if QApplication.instance() is None:
        # No window to show it in: one calm line, not a traceback.
        print(
            f"PeerDesk ran into a problem; the details are in {logs.log_file()}",
            file=sys.stderr,
        )
        return None
    if _dialog is not None:
        _dialog.add_details(details)
        _dialog.raise_()
        return _dialog
    parent = QApplication.activeWindow()
    dialog = CrashDialog(details, logs.log_file(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.finished.connect(_forget_dialog)
    _dialog = dialog
    dialog.show()
    return dialog


def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log an uncaught exception and show it calmly, from whichever thread it came."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("uncaught exception", exc_info=(exc_type, exc, tb))
    details = format_details(exc_type, exc, tb)
    on_ui_thread = threading.current_thread() is threading.main_thread()
    if on_ui_thread or _relay is None:
        show_details(details)
    else:
        _relay.raised.emit(details)


def report(exc: BaseException) -> None:
    """Report an exception caught elsewhere (e.g. by an operation) as a crash."""
    handle(type(exc), exc, exc.__traceback__)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    handle(args.exc_type, args.exc_value, args.exc_traceback)


def install() -> None:
    """Route uncaught exceptions here; call once on the UI thread after the QApplication."""
    global _relay, _previous_hooks
    if _previous_hooks is None:
        _previous_hooks = (sys.excepthook, threading.excepthook)
    if _relay is None:
        _relay = _Relay()
        _relay.raised.connect(show_details, Qt.ConnectionType.QueuedConnection)
    sys.excepthook = handle
    threading.excepthook = _thread_hook


def uninstall() -> None:
    """Put back the hooks that were there before :func:`install` (tests)."""
    global _previous_hooks, _relay
    if _previous_hooks is not None:
        sys.excepthook, threading.excepthook = _previous_hooks  # type: ignore[assignment]
        _previous_hooks = None
    if _relay is not None:
        _relay.deleteLater()
        _relay = None
