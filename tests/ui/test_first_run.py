"""The first run: trying the sample program, leaving it for your own, and the quick start
guide whose links open the screens — driven as a new coordinator would."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from peerdesk import paths
from peerdesk.database import create_database
from peerdesk.program import programs, sample
from peerdesk.program.sample import SAMPLE_PROGRAM_NAME, sample_path
from ui import memory, operations, sample_banner
from ui.main_window import MainWindow
from ui.qt import QApplication, QDialog, Qt, QTextBrowser, QTextCursor, QWizard
from ui.quick_start import QuickStartDialog

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LEFT = Qt.MouseButton.LeftButton
Launcher = Callable[..., MainWindow]


@pytest.fixture
def sample_file(built_sample: Path) -> Path:
    """The sample built once for the module, copied into this test's home."""
    path = sample_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(built_sample, path)
    return path


def nav_text(window: MainWindow, key: str) -> str:
    row = 1 + [spec.key for spec in window.screen_specs].index(key)
    return window.nav.item(row).text()


def first_meeting_uid(path: Path) -> str:
    """Calendar UIDs are random: a rebuilt sample would have new ones."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT uid FROM meeting ORDER BY id LIMIT 1").fetchone()[0])
    finally:
        conn.close()


def banner_shown(window: MainWindow) -> bool:
    return window.sample_banner is not None and window.sample_banner.isVisible()


def test_the_banner_knows_the_sample_file_by_name() -> None:
    assert sample_banner.SAMPLE_FILE_NAME == sample.SAMPLE_FILE_NAME
    assert sample_banner.is_sample(sample_path())
    assert not sample_banner.is_sample(sample_path().with_name("Mine.peerdesk"))
    assert not sample_banner.is_sample(paths.documents_dir() / sample.SAMPLE_FILE_NAME)


def is_open(window: MainWindow, path: Path) -> bool:
    return window.db is not None and memory.same_file(window.db.path, path)


def click_link(qtbot: QtBot, browser: QTextBrowser, words: str) -> None:
    """Click the middle of the link that reads ``words``, as a user clicks it."""
    found = browser.document().find(words)
    assert not found.isNull(), f"no “{words}” in the guide"
    assert found.charFormat().anchorHref(), f"“{words}” is not a link"
    cursor = QTextCursor(browser.document())
    cursor.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    QApplication.processEvents()
    qtbot.mouseClick(browser.viewport(), LEFT, pos=browser.cursorRect(cursor).center())


def open_guide(qtbot: QtBot, window: MainWindow) -> QuickStartDialog:
    window.quick_start_action.trigger()
    shown = [d for d in window.findChildren(QDialog, "quickStart") if d.isVisible()]
    assert len(shown) == 1 and isinstance(shown[0], QuickStartDialog)
    return shown[0]


def test_try_the_sample_program_from_the_welcome_screen(qtbot: QtBot, launch: Launcher) -> None:
    window = launch()
    window.resize(1100, 760)
    assert window.pages.currentWidget() is window.welcome
    assert not sample_path().exists()
    window.grab().save(str(SCREENSHOTS / "firstrun-welcome.png"))

    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    qtbot.waitUntil(lambda: is_open(window, sample_path()), timeout=30000)
    operations.wait_idle(30)
    assert window.pages.currentWidget() is window.workspace
    assert window.overview.data is not None
    assert window.overview.data.settings.name == SAMPLE_PROGRAM_NAME
    assert window.overview.data.counts.pairs > 10
    banner = window.sample_banner
    assert banner is not None and banner.isVisible()
    assert "nothing here is real" in banner.text.text()
    assert "Sample" in window.windowTitle()
    # The calendar's attention count shows before anyone opened the Calendar.
    qtbot.waitUntil(lambda: nav_text(window, "calendar").startswith("Calendar ("))
    assert "calendar" not in window.built_screens
    window.grab().save(str(SCREENSHOTS / "firstrun-sample-overview.png"))

    # The user's own file (the default one, still without a program) is left as it was.
    conn = sqlite3.connect(f"file:{paths.default_file()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT count(*) FROM program").fetchone()[0] == 0
    finally:
        conn.close()


def test_the_help_menu_opens_the_sample_and_the_banner_leads_back(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    own = tmp_path / "Our programs.peerdesk"
    with create_database(own) as db:
        programs.create_program(db, programs.quick_settings("Buddies 2026"))
    window = launch(own)
    assert not banner_shown(window)
    help_menu = window.menuBar().actions()[-1].menu()
    entries = {a.text().replace("&", ""): a for a in help_menu.actions()}
    entries["Try the sample program"].trigger()
    qtbot.waitUntil(lambda: is_open(window, sample_path()), timeout=30000)
    operations.wait_idle(30)
    assert banner_shown(window)

    assert window.sample_banner is not None
    qtbot.mouseClick(window.sample_banner.button, LEFT)
    qtbot.waitUntil(lambda: is_open(window, own), timeout=15000)
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    assert not banner_shown(window)
    wizard = window.wizard
    assert isinstance(wizard, QWizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), LEFT)
    qtbot.waitUntil(lambda: window.wizard is None)
    operations.wait_idle(15)
    assert window.overview.data is not None
    assert window.overview.data.settings.name == "Buddies 2026"
    # Both files are a click away under File → Open Recent.
    recent = [a.data() for a in window.recent_menu.actions() if a.data()]
    assert any(memory.same_file(Path(p), sample_path()) for p in recent)


def test_trying_the_sample_again_opens_the_same_file(
    qtbot: QtBot, launch: Launcher, sample_file: Path
) -> None:
    made = first_meeting_uid(sample_file)
    window = launch()
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    qtbot.waitUntil(lambda: is_open(window, sample_file), timeout=15000)
    operations.wait_idle(15)
    assert first_meeting_uid(sample_file) == made  # opened as it was, not made again
    assert window.overview.data is not None
    assert window.overview.data.settings.name == SAMPLE_PROGRAM_NAME
    window.sample_action.trigger()  # already open: just back to its overview
    operations.wait_idle(15)
    assert is_open(window, sample_file)
    assert window.screens.currentWidget() is window.overview


def test_quick_start_links_open_the_screens(
    qtbot: QtBot, launch: Launcher, sample_file: Path
) -> None:
    window = launch(sample_file)
    window.resize(1100, 760)
    guide = open_guide(qtbot, window)
    text = guide.browser.toPlainText()
    for step in ("Set up", "Bring in your people", "Match", "Print the agreements",
                 "Schedule", "Check in", "Report"):  # fmt: skip
        assert step in text
    # A small screenshot per step, found and loaded.
    html = guide.browser.toHtml()
    assert html.count("<img") == 7
    guide.grab().save(str(SCREENSHOTS / "firstrun-quickstart.png"))

    click_link(qtbot, guide.browser, "Open People")
    qtbot.waitUntil(lambda: "people" in window.built_screens)
    assert window.screens.currentWidget() is window.built_screens["people"]
    assert not guide.isVisible()

    guide = open_guide(qtbot, window)
    click_link(qtbot, guide.browser, "Open Program settings")
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    assert window.settings_dialog is not None
    window.settings_dialog.reject()
    qtbot.waitUntil(lambda: window.settings_dialog is None)

    guide = open_guide(qtbot, window)
    click_link(qtbot, guide.browser, "Open the Calendar")
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.built_screens.get("calendar"))


def test_the_guides_sample_link_works_from_the_welcome_screen(
    qtbot: QtBot, launch: Launcher, sample_file: Path
) -> None:
    window = launch()
    assert window.pages.currentWidget() is window.welcome
    guide = open_guide(qtbot, window)
    click_link(qtbot, guide.browser, "Try the sample program")
    qtbot.waitUntil(lambda: is_open(window, sample_file), timeout=15000)
    operations.wait_idle(15)
    assert banner_shown(window)
