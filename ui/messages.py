"""Calm messages for the user: errors of their world, notices and confirmations.

The core raises :class:`peerdesk.errors.UserError` with an English template
and its fields kept apart; :func:`user_message` translates the template and
fills it in. This is the one place that turns such an error into words.

Boxes are opened with ``open()``, not ``exec()``: the event loop keeps
running (long work keeps reporting), and tests click their buttons like a user.
"""

from __future__ import annotations

from collections.abc import Callable

from peerdesk.errors import UserError
from ui.qt import QCoreApplication, QMessageBox, Qt, QWidget


def user_message(exc: UserError) -> str:
    """The error's message in the user's language."""
    template = QCoreApplication.translate("errors", exc.template)
    try:
        return template.format(**exc.fields)
    except (KeyError, IndexError, ValueError):
        # A translation that names a field wrongly must not hide the problem.
        return exc.message


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, name: str
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title or QCoreApplication.translate("messages", "PeerDesk"))
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def show_user_error(parent: QWidget | None, exc: UserError, title: str = "") -> QMessageBox:
    """Tell the user about a problem they can act on; returns the (open) box.

    A lost or unreachable shared database also offers Reconnect, when the window
    the message belongs to can (its ``can_reconnect(exc)`` and ``reconnect()``).
    """
    box = _box(parent, QMessageBox.Icon.Warning, title, user_message(exc), "userError")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    reconnect = _reconnector(parent, exc)
    if reconnect is not None:
        button = box.addButton(
            QCoreApplication.translate("messages", "Reconnect"), QMessageBox.ButtonRole.AcceptRole
        )
        button.setObjectName("reconnect")
        box.setDefaultButton(button)
        box.buttonClicked.connect(lambda clicked: reconnect() if clicked is button else None)
    box.open()
    return box


def _reconnector(parent: QWidget | None, exc: UserError) -> Callable[[], None] | None:
    """The ``reconnect`` of the first widget up from ``parent`` that can reconnect after ``exc``."""
    widget = parent
    while widget is not None:
        can = getattr(widget, "can_reconnect", None)
        if callable(can):
            return widget.reconnect if can(exc) else None  # type: ignore[attr-defined]
        widget = widget.parentWidget()
    return None


def show_info(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    """A notice that needs no decision (e.g. where a backup went)."""
    box = _box(parent, QMessageBox.Icon.Information, title, text, "notice")
    if details:
        box.setInformativeText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    yes_text: str,
    on_yes: Callable[[], None],
    details: str = "",
    *,
    cannot_be_undone: bool = False,
) -> QMessageBox:
    """Ask before doing something that changes a lot; ``on_yes`` runs only if confirmed.

    The affirmative button says what it does (``yes_text``), not just "Yes", and it
    is the default: the user asked for this action a moment ago, so Enter carries
    it out; Escape (or Cancel) still changes nothing. Only for a loss that nothing
    can bring back (``cannot_be_undone``: erasing a person) does Cancel stay the
    default, so that a stray Enter never destroys anything.
    """
    box = _box(parent, QMessageBox.Icon.Question, title, text, "confirm")
    if details:
        box.setInformativeText(details)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel if cannot_be_undone else yes)
    box.setEscapeButton(cancel)

    def finished(_result: int) -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box
