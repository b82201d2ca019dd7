"""Starting the desktop app: the QApplication, logging, the crash handler, the window.

Start-up is kept short: the window is built and shown straight away, and the
program file (with the database layer it needs) is opened on the worker
thread meanwhile, so the first paint does not wait for SQLAlchemy to load.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import peerdesk
from peerdesk import logs, sessions
from ui import crash, icons, operations, palette_colors
from ui.collector import UiThreadCollector
from ui.memory import APPLICATION, ORGANIZATION
from ui.qt import (
    QApplication,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to the log file, not to a console the user may see."""
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def _stamp_and_quit(app: QApplication, window: MainWindow) -> None:
    """Say when the window was on screen (wall clock) and with which file, then quit.

    For the start-up benchmark and the tests that start the real app.
    """
    shown = window.db.label if window.db is not None else ""
    print(f"PEERDESK_SHOWN {time.time():.6f} {shown}", flush=True)
    app.quit()


def install_translations(app: QApplication) -> list[str]:
    """Qt's own words (standard buttons, dialogs) and PeerDesk's in the user's language.

    The language chosen in Preferences, else the system's (:func:`ui.languages.install`):
    loads ``qtbase_<lang>.qm`` from Qt and ``peerdesk_<lang>.qm`` from
    ``resources/translations`` when they exist; English needs neither.
    Returns the names of the translations installed.
    """
    from ui import languages

    return languages.install(app)


def run_gui(path: Path | str | None = None, argv: list[str] | None = None) -> int:
    """Run the app on ``path`` — a file, or a shared database's URL — (or the last one,
    or the default file); the exit code.

    With ``PEERDESK_QUIT_WHEN_SHOWN`` set, the app quits as soon as the window
    shows its first file (the start-up benchmark and the installer smoke test).

    The run is marked as running (:mod:`peerdesk.sessions`) until it ends
    normally; if the last run ended otherwise, a native crash say, the window
    opens with a report of it.
    """
    logs.setup_logging()
    log.info("PeerDesk %s starting", peerdesk.__version__)
    ended = sessions.unexpected_ends()
    session = sessions.start()
    try:
        return _run(path, argv, ended)
    finally:
        if session is not None:
            session.end()
        logs.shutdown_logging()


def _run(
    path: Path | str | None, argv: list[str] | None, ended: list[sessions.UnexpectedEnd]
) -> int:
    app = QApplication.instance() or QApplication(list(sys.argv if argv is None else argv))
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(peerdesk.__version__)
    # Linux: ties the window to the installed peerdesk.desktop (its icon and name in the dock).
    app.setDesktopFileName("peerdesk")
    app.setWindowIcon(icons.app_icon())
    install_translations(app)
    palette_colors.follow_palette(app)  # muted text readable in a light or dark theme
    qInstallMessageHandler(_qt_message)
    crash.install()
    collector = UiThreadCollector(app)  # never on the worker: see ui.collector

    from ui.main_window import MainWindow

    window = MainWindow()
    window.ready.connect(lambda: log.info("the window shows its file"))
    if os.environ.get("PEERDESK_QUIT_WHEN_SHOWN"):
        window.ready.connect(lambda: QTimer.singleShot(0, lambda: _stamp_and_quit(app, window)))
    window.start(path)
    window.show()
    if ended:
        QTimer.singleShot(0, window, lambda: crash.show_unexpected_ends(ended, window))
    try:
        code = app.exec()
    finally:
        window.close()
        operations.shutdown()
        collector.stop()
        log.info("PeerDesk stopped")
        crash.uninstall()
        qInstallMessageHandler(None)
    return code
