"""Make the small screenshots of Help → Quick start from the real screens.

Run it from the repository root whenever a screen changes look::

    .venv/bin/python resources/help/make_screenshots.py

It builds the sample program in a temporary PeerDesk home, opens it in the
real main window offscreen, shows each screen a step of the guide links to,
and saves a scaled-down grab of it here as ``<step>.png``. The PNGs are
checked in; the app only reads them.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WIDTH = 300  # ui.quick_start.IMAGE_WIDTH
WINDOW = (1180, 760)


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="peerdesk-help-"))
    os.environ["PEERDESK_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from peerdesk.program.sample import make_sample_file, sample_path
    from ui import operations
    from ui.main_window import MainWindow
    from ui.memory import APPLICATION, ORGANIZATION
    from ui.qt import (
        QApplication,
        QColor,
        QCoreApplication,
        QEventLoop,
        QPainter,
        QRect,
        QSize,
        Qt,
        QWidget,
    )

    app = QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION + " screenshots")
    app.setApplicationName(APPLICATION)
    path = sample_path()
    make_sample_file(path)
    window = MainWindow()
    window.resize(*WINDOW)
    window.start(path)
    window.show()

    def settle() -> None:
        for _ in range(5):
            operations.wait_idle(30)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    settle()
    # Screens registered and importable (one being written may be listed before it exists).
    keys = {spec.key for spec in window.screen_specs if importlib.util.find_spec(spec.module)}

    def save(name: str, widget: QWidget, part: tuple[float, float]) -> None:
        """Grab the top-left ``part`` (shares of width and height) of ``widget``, scaled."""
        whole = widget.grab()
        picture = whole.copy(
            QRect(0, 0, round(whole.width() * part[0]), round(whole.height() * part[1]))
        )
        scaled = picture.scaled(
            QSize(WIDTH, WIDTH * 10),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter = QPainter(scaled)  # a thin frame, so the picture stands out on the page
        painter.setPen(QColor("#B8C2CC"))
        painter.drawRect(0, 0, scaled.width() - 1, scaled.height() - 1)
        painter.end()
        scaled.save(str(HERE / f"{name}.png"))
        print(f"{name}.png: {scaled.width()}×{scaled.height()}")

    def screen(key: str) -> QWidget:
        widget = window.show_screen(key)
        settle()
        return widget

    def settings_dialog() -> QWidget:
        window.edit_program_settings()
        settle()
        dialog = window.settings_dialog
        assert dialog is not None
        return dialog

    # step: (what to show, the part of it to keep)
    shots: dict[str, tuple[Callable[[], QWidget], tuple[float, float]]] = {
        "setup": (settings_dialog, (1.0, 1.0)),
        "import": (lambda: screen("people"), (0.62, 0.55)),
        "match": (lambda: screen("matching"), (0.7, 0.6)),
        "agreements": (lambda: screen("pairs"), (0.62, 0.55)),
        "schedule": (lambda: screen("calendar"), (0.66, 0.62)),
        "checkin": (
            (lambda: screen("checkins"), (0.62, 0.55))
            if "checkins" in keys
            else (lambda: screen("calendar").attention, (1.0, 1.0))
        ),
        "report": (
            (lambda: screen("dashboard"), (0.62, 0.62))
            if "dashboard" in keys
            else (lambda: screen("overview"), (0.7, 0.6))
        ),
    }
    for name, (show, part) in shots.items():
        widget = show()
        save(name, widget, part)
        if name == "setup":
            widget.close()
            settle()
    window.close()
    operations.shutdown()


if __name__ == "__main__":
    main()
