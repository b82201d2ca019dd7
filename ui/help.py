"""Help → Quick start and Help → About: what PeerDesk can do now, and what it is."""

from __future__ import annotations

import platform

import peerdesk
from ui import icons
from ui.crash import pyside_version
from ui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    qVersion,
)


class HelpDialog(QDialog):
    """A page of help text, readable and closable."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(12)
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)


def quick_start_html() -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("help", text)

    sections = [
        (
            "",
            tr(
                "PeerDesk keeps everything about your mentoring programs in one "
                "<b>program file</b> on this computer; its name ends in <i>.peerdesk</i>. "
                "One file can hold several programs. Every change is saved the moment you "
                "make it: there is no Save button."
            ),
        ),
        (
            tr("1. Create a program"),
            tr(
                "Choose <b>Program → New program…</b>, or <b>Create a program</b> on the "
                "welcome screen. The setup wizard asks for a name and dates, then offers a "
                "template (workplace, school or university, youth, recovery or peer support) "
                "that fills in meetings, screening and training, matching and the pair "
                "agreement. You can press <b>Finish</b> after the first page and change "
                "everything later."
            ),
        ),
        (
            tr("2. See it and change it"),
            tr(
                "The <b>Overview</b> shows the program's purpose and goals, its dates, how "
                "often pairs meet, and how many people and pairs it has. <b>Program → Program "
                "settings…</b> opens the same pages as the wizard. With several programs in "
                "one file, <b>Program → Switch program</b> moves between them."
            ),
        ),
        (
            tr("3. Your files"),
            tr(
                "<b>File → New file…</b> starts a new program file; <b>File → Open…</b> and "
                "<b>Open Recent</b> open another. PeerDesk opens the file you used last when "
                "it starts."
            ),
        ),
        (
            tr("4. Backups"),
            tr(
                "PeerDesk backs up the file each time it opens it, if anything has changed, "
                "and keeps the last ten copies. <b>File → Backup now</b> makes one whenever "
                "you like. <b>File → Restore from backup…</b> puts an earlier copy back, after "
                "backing up the current state, so a restore can be undone too."
            ),
        ),
        (
            tr("Coming next"),
            tr(
                "Importing rosters, matching mentors and mentees, agreements, the meeting "
                "calendar, check-ins and reports arrive in the next versions."
            ),
        ),
    ]
    body = "".join(
        (f"<h3>{title}</h3>" if title else "") + f"<p>{text}</p>" for title, text in sections
    )
    return f"<h2>{tr('Quick start')}</h2>{body}"


def licences_html() -> str:
    """What the installed app includes, and under which licences (Help → About)."""
    return QCoreApplication.translate(
        "help",
        "<p><small><b>Included software.</b> Qt and Qt for Python (PySide6), under the "
        "GNU Lesser General Public License 3.0: they are separate libraries in PeerDesk's "
        "program folder, so you can replace them with your own build of the same version. "
        "SQLAlchemy, Alembic, openpyxl, python-calamine and platformdirs (MIT License); "
        "ReportLab, NumPy, SciPy and icalendar (BSD License); PDFium and pypdfium2 (Apache "
        "License 2.0 and BSD License); the Noto Sans fonts (SIL Open Font License 1.1); "
        "Python (Python Software Foundation License); and the libraries these use, under "
        "the MIT, BSD, Apache 2.0 and PSF licenses.</small></p>",
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About PeerDesk"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        logo = QLabel()
        logo.setPixmap(icons.pixmap(icons.APP_ICON, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(
            self.tr(
                "<h2>PeerDesk {version}</h2>"
                "<p>Run a peer-mentoring program from start to finish, on your own "
                "computer.</p>"
                "<p>Your data stays in the program files you choose; PeerDesk needs no "
                "account and sends nothing anywhere.</p>"
                "<p>PeerDesk is free software under the GNU General Public License, "
                "version 3 or later. It comes with no warranty.</p>"
                "<p><small>Qt {qt} · PySide6 {pyside} · Python {python}</small></p>"
            ).format(
                version=peerdesk.__version__,
                qt=qVersion(),
                pyside=pyside_version(),
                python=platform.python_version(),
            )
        )
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licences = QLabel(licences_html())
        self.licences.setObjectName("aboutLicences")
        self.licences.setWordWrap(True)
        self.licences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.setSpacing(20)
        row.addWidget(logo)
        column = QVBoxLayout()
        column.addWidget(self.text)
        column.addWidget(self.licences)
        row.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
