"""The sample program, from the window's side: opening it, and the banner that marks it.

**Try the sample program** (welcome screen and Help menu) builds the sample
file on the worker the first time, with progress and Cancel, then opens it
like any other file. While it is open, a banner above the screens says that
nothing in it is real, with a button that goes back to the user's own file
and starts the program setup wizard there.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from peerdesk import paths
from ui import icons, memory, operations
from ui.qt import (
    QCoreApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.window_host import StartWindow

if TYPE_CHECKING:
    from peerdesk.progress import Progress

# peerdesk.program.sample.SAMPLE_FILE_NAME, without its import:
SAMPLE_FILE_NAME = "Sample program.peerdesk"
BANNER_STYLE = (
    "QFrame#sampleBanner { background: #FFF4D6; border: 1px solid #E8C66A; border-radius: 4px; }"
    "QFrame#sampleBanner QLabel { background: transparent; border: none; color: #4A3B10; }"
)


class SampleBanner(QFrame):
    """ "Sample data — nothing here is real." and a way out to the user's own program."""

    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        self.setStyleSheet(BANNER_STYLE)
        symbol = QLabel(self)
        symbol.setPixmap(icons.pixmap("sample", 22))
        self.text = QLabel(
            self.tr(
                "<b>Sample data</b> — nothing here is real. Create your own program when "
                "you are ready."
            ),
            self,
        )
        self.text.setObjectName("sampleBannerText")
        self.text.setWordWrap(True)
        self.button = QPushButton(icons.icon("new-program"), self.tr("Create your own program…"))
        self.button.setObjectName("leaveSample")
        self.button.setToolTip(
            self.tr("Go back to your own program file and set up a program there")
        )
        self.button.clicked.connect(self.leave_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 8, 6)
        row.setSpacing(10)
        row.addWidget(symbol, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.text, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)


class BannerWindow(StartWindow, Protocol):
    """The window the banner shows in: it keeps the banner once made."""

    sample_banner: SampleBanner | None


def is_sample(path: Path | None) -> bool:
    if path is None or path.name != SAMPLE_FILE_NAME:
        return False
    from peerdesk.program.sample import is_sample_file

    return is_sample_file(path)


def show_sample_banner(window: BannerWindow, shown: bool) -> None:
    """Show or hide the banner above the window's screens (made the first time it shows,
    so that start-up does not pay for it)."""
    banner = window.sample_banner
    if banner is None:
        if not shown:
            return
        banner = window.sample_banner = SampleBanner(window.workspace)
        banner.leave_requested.connect(window.leave_sample)
        layout = window.workspace.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, banner)
    banner.setVisible(shown)


def open_sample(window: BannerWindow) -> None:
    """Build the sample file if it is not there yet (on the worker), then open it."""
    if window.db is not None and is_sample(window.db.path):
        window.show_screen("overview")
        return

    def work(state: Progress) -> Path:
        from peerdesk.program.sample import ensure_sample_file

        return ensure_sample_file(progress=state)

    operations.Op(
        work,
        success=lambda path: window.open_file(path),
        label=QCoreApplication.translate("sample", "Preparing the sample program…"),
        cancellable=True,
        parent=window,
    ).run()


def own_file() -> Path:
    """The user's own program file: the latest one opened that is not the sample."""
    for path in memory.recent_files():
        if path.exists() and not is_sample(path):
            return path
    return paths.default_file()


def leave_sample(window: BannerWindow) -> None:
    """Back to the user's own file (made if need be), then the program setup wizard."""
    path = own_file()
    window.open_file(path, create=not path.exists(), then=window.new_program)
