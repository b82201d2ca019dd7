"""Two joins between screens: the calendar's attention count on the navigation from the
moment a program opens, and the Pairs screen selecting the pair another screen points at."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from peerdesk.calendar.attention import AttentionList, PairAttention, attention_list
from peerdesk.calendar.meeting_log import LogEntry, log_meetings
from peerdesk.database import open_database
from peerdesk.enums import MeetingStatus
from peerdesk.program.reads import list_programs
from ui import operations
from ui.calendar.screen import CalendarScreen
from ui.main_window import MainWindow
from ui.pairs.model import Column
from ui.pairs.screen import PairsScreen
from ui.qt import Qt
from ui.screens import MEETINGS

LEFT = Qt.MouseButton.LeftButton
Launcher = Callable[..., MainWindow]


def calendar_item_text(window: MainWindow) -> str:
    row = 1 + [spec.key for spec in window.screen_specs].index("calendar")
    return window.nav.item(row).text()


def counted(path: Path) -> AttentionList:
    with open_database(path) as db:
        return attention_list(db, list_programs(db)[0].id)


def test_the_attention_count_shows_before_the_calendar_is_opened(
    qtbot: QtBot, launch: Launcher, sample_copy: Path
) -> None:
    items = counted(sample_copy)
    assert items.count and items.unlogged_days
    window = launch(sample_copy)
    qtbot.waitUntil(lambda: calendar_item_text(window) == f"Calendar ({items.count})")
    assert "calendar" not in window.built_screens
    row = 1 + [spec.key for spec in window.screen_specs].index("calendar")
    assert str(items.count) in window.nav.item(row).toolTip()

    # A change made elsewhere (here, the core, then the notice every screen sends):
    # the count follows without the Calendar being opened.
    unlogged = items.unlogged_days[0]
    assert window.db is not None and window.program_id is not None
    log_meetings(window.db, [LogEntry(m, MeetingStatus.HELD) for m in unlogged.meeting_ids])
    after = attention_list(window.db, window.program_id).count
    assert after < items.count
    window.notify({MEETINGS})
    qtbot.waitUntil(lambda: calendar_item_text(window) == f"Calendar ({after})")

    # The Calendar screen, once opened, shows the same number.
    screen = window.show_screen("calendar")
    assert isinstance(screen, CalendarScreen)
    qtbot.waitUntil(lambda: screen.context is not None)
    operations.wait_idle(15)
    assert calendar_item_text(window) == f"Calendar ({after})"
    assert screen.attention.model.rowCount() == after


def test_no_count_for_a_program_without_attention_items(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    from peerdesk.database import create_database
    from peerdesk.program import programs

    path = tmp_path / "quiet.peerdesk"
    with create_database(path) as db:
        programs.create_program(db, programs.quick_settings("Quiet program"))
    window = launch(path)
    operations.wait_idle(15)
    assert calendar_item_text(window) == "Calendar"


def open_pairs(qtbot: QtBot, window: MainWindow) -> PairsScreen:
    screen = window.show_screen("pairs")
    assert isinstance(screen, PairsScreen)
    return screen


def last_shown_pair(screen: PairsScreen) -> int:
    return screen.proxy.pair_id_at(screen.proxy.rowCount() - 1)


def test_select_pair_before_the_table_has_loaded_scrolls_to_it(
    qtbot: QtBot, launch: Launcher, sample_copy: Path
) -> None:
    window = launch(sample_copy)
    window.resize(1000, 560)  # fewer rows than pairs: the last one is below the fold
    screen = open_pairs(qtbot, window)
    assert screen.model.rowCount() == 0  # still loading
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    wanted = last_shown_pair(screen)
    first = screen.proxy.pair_id_at(0)

    screen.select_pair(first)  # selected at once: the table is there
    assert screen.selected_ids() == [first]
    screen.set_context(window.db, window.program_id)  # reloading empties the table…
    assert screen.model.rowCount() == 0
    screen.select_pair(wanted)  # …so this one waits for the rows
    qtbot.waitUntil(lambda: screen.selected_ids() == [wanted])
    table = screen.table
    index = table.currentIndex()
    assert screen.proxy.pair_id_at(index.row()) == wanted
    assert table.verticalScrollBar().maximum() > 0  # it had to scroll to show it
    assert table.viewport().rect().contains(table.visualRect(index).center())


def test_select_pair_clears_a_search_that_hides_it(
    qtbot: QtBot, launch: Launcher, sample_copy: Path
) -> None:
    window = launch(sample_copy)
    screen = open_pairs(qtbot, window)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    first_mentor = screen.proxy.index(0, Column.MENTOR).data()
    qtbot.keyClicks(screen.search, first_mentor)
    hidden = next(row.id for row in screen.model.rows if row.pair.mentor.name != first_mentor)
    assert hidden not in screen.proxy.pair_ids()
    screen.select_pair(hidden)
    assert screen.search.text() == ""
    assert screen.selected_ids() == [hidden]


def test_an_attention_item_opens_its_pair_on_the_pairs_screen(
    qtbot: QtBot, launch: Launcher, sample_copy: Path
) -> None:
    window = launch(sample_copy)
    calendar = window.show_screen("calendar")
    assert isinstance(calendar, CalendarScreen)
    qtbot.waitUntil(lambda: calendar.attention.model.rowCount() > 0)
    operations.wait_idle(15)
    item = calendar.attention.model.entries[0]
    assert isinstance(item, PairAttention)  # pairs come before days left unlogged
    rect = calendar.attention.item_rect(0)
    viewport = calendar.attention.list.viewport()
    qtbot.mouseClick(viewport, LEFT, pos=rect.center())
    qtbot.mouseDClick(viewport, LEFT, pos=rect.center())
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.built_screens.get("pairs"))
    screen = window.built_screens["pairs"]
    assert isinstance(screen, PairsScreen)
    qtbot.waitUntil(lambda: screen.selected_ids() == [item.pair_id])
