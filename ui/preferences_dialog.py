"""Edit → Preferences…: what PeerDesk remembers for this computer's user, not for a program.

For now the app's language: the system's (the default), English, Spanish or
French (:mod:`ui.languages`). Qt builds every text of a window once, so a new
language shows from the next start; the dialog says so and offers to restart
now. The language agreements and certificates print in is a program's (and a
pair's) own setting, not this one.
"""

from __future__ import annotations

import logging
import sys

from ui import languages
from ui.qt import (
    QAction,
    QApplication,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLocale,
    QMenu,
    QMessageBox,
    QProcess,
    Qt,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class PreferencesDialog(QDialog):
    """The app's language; saved on OK (settings of this user on this computer)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(tr("Preferences"))
        self.language = QComboBox(self)
        self.language.setObjectName("app_language")
        system = languages.LANGUAGES.get(speaks(""), "English")
        self.language.addItem(tr("System default ({language})").format(language=system), "")
        for code, name in languages.LANGUAGES.items():
            self.language.addItem(name, code)  # each named in its own language
        self.language.setCurrentIndex(max(self.language.findData(languages.chosen()), 0))
        label = QLabel(tr("&Language:"), self)
        label.setBuddy(self.language)
        note = QLabel(
            tr(
                "The language of PeerDesk's menus and screens, from its next start. "
                "Agreements and certificates print in each program's own document "
                "language (Program settings → Agreement)."
            ),
            self,
        )
        note.setObjectName("language_note")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(label, self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.restart_box: QMessageBox | None = None

    def chosen(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        code = self.chosen()
        changed = code != languages.chosen()
        languages.choose(code)
        super().accept()
        if changed and speaks(code) != languages.current():
            self.ask_restart()

    def ask_restart(self) -> None:
        """The new language shows from the next start: restart now, or later."""
        box = QMessageBox(self.parentWidget())
        box.setObjectName("restart_for_language")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Language"))
        box.setText(tr("PeerDesk will use this language the next time it starts."))
        restart = box.addButton(tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window = self.parentWidget()

        def answered() -> None:
            if box.clickedButton() is restart and window is not None:
                restart_app(window)

        box.finished.connect(lambda _result: answered())
        self.restart_box = box
        box.open()


def speaks(code: str) -> str:
    """The language the app would speak with ``code`` chosen ("" for the system's)."""
    if code:
        return code
    name = QLocale.system().name().split("_")[0]
    return name if name in languages.LANGUAGES else "en"


def restart_command() -> tuple[str, list[str]]:
    """How this run was started, to start it again (an installed app, or ``python -m``)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, list(sys.orig_argv[1:])


def restart_app(window: QWidget) -> None:
    """Close the window as Quit does (the file is closed, its lock let go), then start
    PeerDesk again once the app has quit."""
    app = QApplication.instance()
    if app is None:
        return
    program, arguments = restart_command()

    def start_again() -> None:
        if not QProcess.startDetached(program, arguments)[0]:
            log.warning("could not start PeerDesk again after a language change")

    app.aboutToQuit.connect(start_again)
    window.close()


def open_preferences(window: QWidget) -> PreferencesDialog:
    """Show the Preferences dialog over ``window`` (kept as ``window.preferences_dialog``)."""
    dialog = PreferencesDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(lambda: setattr(window, "preferences_dialog", None))
    window.preferences_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def add_action(window: QWidget, menu: QMenu) -> QAction:
    """Edit → Preferences… on ``menu`` (on a Mac, in the application menu).

    No key of its own: the platform's Preferences key opens Program settings, the
    settings a coordinator changes far more often."""
    action = QAction(tr("Pre&ferences…"), window)
    action.setObjectName("preferences")
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setStatusTip(tr("The language PeerDesk speaks"))
    action.triggered.connect(lambda _checked=False: open_preferences(window))
    window.preferences_dialog = None  # type: ignore[attr-defined]
    menu.addSeparator()
    menu.addAction(action)
    return action
