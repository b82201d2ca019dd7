"""Printing agreements from the Pairs screen as a coordinator does: in the order the
table shows, only those not signed yet or only those new since the last print, and
each print or save remembered on the pairs (read back from the file and with pypdf)."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from pytestqt.qtbot import QtBot
from test_pairs_screen import (
    LEFT,
    Launcher,
    boxes,
    open_pairs,
    program_file,  # the fixture
    query,
    select_rows,
    wait_preview,
)

from peerdesk.enums import PairStatus
from ui import operations
from ui.pairs.model import Column
from ui.pairs.screen import PairsScreen
from ui.qt import QAction, QPoint, QPrinter, QPrintPreviewWidget, Qt, QTimer, QToolButton

__all__ = ["program_file"]


def mentors_in(path: Path) -> list[str]:
    """The mentor of each agreement in a PDF, in page order (from the page footers)."""
    found = []
    for page in pypdf.PdfReader(path).pages:
        text = " ".join(page.extract_text().split())
        mentor = text.split("Mentoring Agreement · ")[-1].split(" and ")[0]
        found.append(mentor)
    return found


def shown_active_mentors(screen: PairsScreen) -> list[str]:
    proxy = screen.proxy
    return [
        proxy.index(r, Column.MENTOR).data()
        for r in range(proxy.rowCount())
        if proxy.index(r, Column.STATUS).data() == "Active"
    ]


def sort_by(qtbot: QtBot, screen: PairsScreen, column: Column, order: Qt.SortOrder) -> None:
    """Click the column's header, as often as it takes to sort that way."""
    header = screen.table.horizontalHeader()
    for _click in range(3):
        if header.sortIndicatorSection() == column and header.sortIndicatorOrder() == order:
            return
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))
    raise AssertionError("the header did not sort")


def choose_in_menu(qtbot: QtBot, button: QToolButton, action: QAction) -> None:
    """Open the button's menu (its arrow) and click ``action`` in it, as a user does."""
    menu = button.menu()

    def click() -> None:
        qtbot.waitUntil(menu.isVisible)
        qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, click)
    button.showMenu()  # returns once the click has closed the menu


def save_all(qtbot: QtBot, screen: PairsScreen, out: Path) -> list[Path]:
    screen.ask_save_file = lambda title, suggested: out  # type: ignore[method-assign]
    out.unlink(missing_ok=True)
    with qtbot.waitSignal(screen.saved, timeout=20000) as saved:
        qtbot.mouseClick(screen.save_button, LEFT)
    operations.wait_idle(15)
    written: list[Path] = saved.args[0]
    return written


def printed(path: Path) -> dict[str, str | None]:
    rows = query(
        path,
        "SELECT s.full_name, p.agreement_printed_at FROM pair p JOIN participant m "
        "ON m.id = p.mentor_id JOIN person s ON s.id = m.person_id WHERE p.status = ?",
        (PairStatus.ACTIVE.value,),
    )
    return dict(rows)


def test_agreements_come_in_the_order_the_table_shows(
    qtbot: QtBot,
    launch: Launcher,
    program_file: Path,
    tmp_path: Path,
) -> None:
    _window, screen = open_pairs(qtbot, launch, program_file)
    sort_by(qtbot, screen, Column.MENTEE, Qt.SortOrder.DescendingOrder)
    order = shown_active_mentors(screen)
    assert order == ["José Núñez", "Chidi Okafor", "Søren Ødegård", "Nguyễn Thị Minh Khai"]
    out = tmp_path / "agreements.pdf"
    assert mentors_in(save_all(qtbot, screen, out)[0]) == order

    # Sorted the other way, and with a search hiding some: every active pair, in that order.
    sort_by(qtbot, screen, Column.MENTOR, Qt.SortOrder.DescendingOrder)
    qtbot.keyClicks(screen.search, "o")  # hides "Nguyễn Thị Minh Khai"
    assert "all 4 active pairs" in screen.scope.text()
    assert mentors_in(save_all(qtbot, screen, out)[0]) == [
        "Søren Ødegård", "Nguyễn Thị Minh Khai", "José Núñez", "Chidi Okafor",
    ]  # fmt: skip
    screen.search.clear()

    # The selected pairs: in the table's order too, not the order they were clicked.
    select_rows(qtbot, screen, "Chidi Okafor", "Søren Ødegård")
    assert mentors_in(save_all(qtbot, screen, out)[0]) == ["Søren Ødegård", "Chidi Okafor"]


# A menu opened offscreen says it cannot grab the keyboard; that is the platform's word.
@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")
def test_only_unsigned_and_only_new_since_the_last_print(
    qtbot: QtBot,
    launch: Launcher,
    program_file: Path,
    tmp_path: Path,
) -> None:
    import sqlite3

    with sqlite3.connect(program_file) as conn:  # José's pair signed on paper already
        conn.execute(
            "UPDATE pair SET agreement_signed_on = '2025-03-12' WHERE mentor_id = "
            "(SELECT m.id FROM participant m JOIN person s ON s.id = m.person_id "
            "WHERE s.full_name = 'José Núñez')"
        )
    window, screen = open_pairs(qtbot, launch, program_file)
    sort_by(qtbot, screen, Column.MENTOR, Qt.SortOrder.AscendingOrder)
    assert set(printed(program_file).values()) == {None}

    choose_in_menu(qtbot, screen.save_button, screen.unsigned_action)
    assert screen.unsigned_action.isChecked()
    assert screen.scope.text() == (
        "Agreements will be printed for 3 of the 4 active pairs: those not signed yet."
    )
    out = tmp_path / "agreements.pdf"
    saved = mentors_in(save_all(qtbot, screen, out)[0])
    assert saved == ["Chidi Okafor", "Nguyễn Thị Minh Khai", "Søren Ødegård"]
    after = printed(program_file)
    assert after["José Núñez"] is None
    assert all(after[name] for name in saved)  # remembered, for "only new"

    def tip(mentor: str) -> str:
        row = next(r for r in range(screen.proxy.rowCount())
                   if screen.proxy.index(r, Column.MENTOR).data() == mentor)  # fmt: skip
        return str(screen.proxy.index(row, Column.SIGNED).data(Qt.ItemDataRole.ToolTipRole))

    qtbot.waitUntil(lambda: "last printed or saved on" in tip("Chidi Okafor"))
    assert "last printed" not in tip("José Núñez")

    # Only new, not only unsigned: José's is the one never printed.
    choose_in_menu(qtbot, screen.print_button, screen.new_action)
    choose_in_menu(qtbot, screen.print_button, screen.unsigned_action)
    qtbot.waitUntil(lambda: "1 of the 4 active pairs" in screen.scope.text())
    assert screen.scope.text().endswith("those new since the last print.")
    assert mentors_in(save_all(qtbot, screen, out)[0]) == ["José Núñez"]

    # Now every pair has had its agreement: nothing new to print, said plainly.
    qtbot.waitUntil(lambda: "had its agreement printed or saved before" in screen.scope.text())
    qtbot.mouseClick(screen.print_button, LEFT)
    qtbot.waitUntil(lambda: len(boxes(window, "userError")) == 1, timeout=10000)
    assert "printed or saved before" in boxes(window, "userError")[0].text()
    assert screen.preview is None


def test_a_print_is_remembered_once_it_went_to_the_printer(
    qtbot: QtBot,
    launch: Launcher,
    program_file: Path,
    tmp_path: Path,
) -> None:
    _window, screen = open_pairs(qtbot, launch, program_file)
    sort_by(qtbot, screen, Column.MENTEE, Qt.SortOrder.AscendingOrder)
    qtbot.mouseClick(screen.print_button, LEFT)
    preview = wait_preview(qtbot, screen)
    assert preview.findChild(QPrintPreviewWidget).pageCount() == 4
    operations.wait_idle(15)
    assert set(printed(program_file).values()) == {None}  # a preview is not a print
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(72)
    with qtbot.waitSignal(preview.printed, timeout=20000):
        preview.paintRequested.emit(printer)  # the preview's Print, after the print dialog
    qtbot.waitUntil(lambda: None not in printed(program_file).values(), timeout=10000)
    assert len(pypdf.PdfReader(out).pages) == 4
    preview.close()
