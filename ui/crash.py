"""Uncaught errors: logged, then a calm dialog — never a raw traceback.

Whatever was saved before the error stays saved (every action is one
transaction), so the dialog says so, shows the details to copy and where the
log file is. Exceptions from other threads are passed to the UI thread first.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

import peerdesk
from peerdesk import logs
from ui.qt import QApplication, QCoreApplication, QObject, Qt, QWidget, Signal, qVersion

if TYPE_CHECKING:
    from peerdesk.sessions import UnexpectedEnd
    from ui.crash_dialog import CrashDialog

log = logging.getLogger(__name__)


def environment() -> str:
    """A line about the setup, for the details (no personal data)."""
    import platform

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
    from ui.crash_dialog import CrashDialog  # built on first use: keeps start-up quick

    parent = QApplication.activeWindow()
    dialog = CrashDialog(details, logs.log_file(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.finished.connect(_forget_dialog)
    _dialog = dialog
    dialog.show()
    return dialog


def show_unexpected_ends(
    ends: list[UnexpectedEnd], parent: QWidget | None = None
) -> CrashDialog | None:
    """At start-up, after a run that did not end as it should: say so, with a report to copy.

    The report (:func:`peerdesk.sessions.report`) holds versions, times, ids and
    the Python stack faulthandler left in the log — no personal data.
    """
    if not ends:
        return None
    from peerdesk import sessions
    from ui.crash_dialog import CrashDialog

    def tr(text: str) -> str:
        return QCoreApplication.translate("", text)

    here = environment()
    details = ("\n\n" + "—" * 40 + "\n\n").join(sessions.report(end, here) for end in ends)
    dialog = CrashDialog(
        details,
        logs.log_file(),
        parent,
        title=tr("PeerDesk closed unexpectedly"),
        heading=tr("PeerDesk closed unexpectedly last time"),
        explanation=tr(
            "It stopped without closing properly. Everything it had saved before that "
            "is still in your program file. If this keeps happening, copy the report "
            "below and send it, with the log file, to whoever helps you with PeerDesk; "
            "it holds no names or other personal data."
        ),
    )
    dialog.setObjectName("unexpectedEndDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
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
