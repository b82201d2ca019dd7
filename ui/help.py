"""Help → About, and the dialog that shows a page of help (Help → Quick start is
:mod:`ui.quick_start`)."""

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


def licences_html() -> str:
    """What the installed app includes, and under which licences (Help → About)."""
    return QCoreApplication.translate(
        "help",
        "<p><small><b>Included software.</b> Qt and Qt for Python (PySide6), and psycopg "
        "(the PostgreSQL driver), under the GNU Lesser General Public License 3.0: they are "
        "separate libraries in PeerDesk's program folder, so you can replace them with your "
        "own build of the same version. libpq (PostgreSQL License); "
        "SQLAlchemy, Alembic, openpyxl, python-calamine, platformdirs and keyring "
        "(MIT License); "
        "ReportLab, NumPy, SciPy, icalendar, Babel and Snowball (snowballstemmer) (BSD License); "
        "rustworkx (Apache License 2.0); PDFium and pypdfium2 (Apache License 2.0 and BSD "
        "License); the Unicode CLDR data in Babel (Unicode License); "
        "the Noto Sans fonts (SIL Open Font License 1.1); "
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
                "<p>Your data stays in the program files you choose, or on your own "
                "team's database server; PeerDesk needs no account and sends nothing "
                "anywhere else.</p>"
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
