"""The import wizard accounts for every row of the file, saves the refused rows as a CSV to
fix and import again, and survives a reader that aborts."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import hostile_files
import pytest
from fixtures_rosters import dump
from pytestqt.qtbot import QtBot
from test_import_wizard import (
    IMPORT,
    LEFT,
    NEXT,
    SCREENSHOTS,
    Launcher,
    click,
    open_wizard,
    people_in,
    press,
    program_file,
    wait_box,
    wait_preview,
)

from peerdesk.database import open_database
from peerdesk.roster import sandbox
from peerdesk.roster.commit import run_import
from peerdesk.roster.plan import PROBLEM_HEADER, RosterImport
from ui import operations
from ui.importer.wizard import ImportWizard, PageId
from ui.main_window import MainWindow
from ui.qt import QFileDialog, QProgressDialog, QPushButton

ROSTER = (
    "Name;Email;Role;Team\n"
    "Ana Lima;ana@example.org;Mentor;Finance\n"  # row 2
    ";;;\n"  # row 3: empty
    "Bo Chen;bo.chen(at)example.org;Mentee;IT\n"  # row 4: refused
    '"Cy\nPark";cy@example.org;Volunteer;IT\n'  # row 5 (two lines): refused
    "Di Ross;di@example.org;Mentee;Legal\n"  # row 6
    "Dee Ross;DI@example.org ;Mentee;Legal\n"  # row 7: same email as row 6; the lower wins
    "\n"  # row 8: empty
    "Total;;;4\n"  # row 9: a totals row
)


def program_and_roster(folder: Path) -> tuple[Path, Path]:
    """A program file, and the sign-ups above saved as a CSV beside it."""
    path = program_file(folder)
    roster = folder / "sign-ups.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    return path, roster


def imported(
    qtbot: QtBot, launch: Launcher, folder: Path
) -> tuple[Path, Path, MainWindow, ImportWizard]:
    """The sign-ups above imported through the wizard, clicked to its summary page: the
    program file, the roster, the window and the wizard, still open."""
    path, roster = program_and_roster(folder)
    window = launch(path)
    wizard = open_wizard(qtbot, window, roster)
    while wizard.currentId() != PageId.PREVIEW:
        click(qtbot, wizard, NEXT)
    wait_preview(qtbot, wizard)
    click(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.SUMMARY, timeout=15000)
    operations.wait_idle(15)
    return path, roster, window, wizard


def test_summary_accounts_for_every_row_and_saves_the_refused_ones(
    qtbot: QtBot, launch: Launcher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _, window, wizard = imported(qtbot, launch, tmp_path)
    page = wizard.summary_page
    assert page.accounting.text() == (
        "The file has 8 rows below the header: 2 imported (2 new, 0 updated), "
        "1 merged as a duplicate, 2 skipped as empty, "
        "1 skipped (totals, example or skipped row), 2 refused."
    )
    summary = wizard.summary
    assert summary is not None and summary.accounted_rows() == summary.rows_in_file == 8
    assert not page.reading_notes.isVisible()
    SCREENSHOTS.mkdir(exist_ok=True)
    wizard.grab().save(str(SCREENSHOTS / "import-summary-accounting.png"))

    target = tmp_path / "out" / "to fix"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert page.save_refused.isVisible()
    qtbot.mouseClick(page.save_refused, LEFT)
    saved = target.with_name("to fix.csv")
    qtbot.waitUntil(saved.exists, timeout=15000)
    operations.wait_idle(15)
    assert page.saved.text() == f"Saved as {saved}"
    with saved.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows == [
        ["Name", "Email", "Role", "Team", PROBLEM_HEADER],
        ["Bo Chen", "bo.chen(at)example.org", "Mentee", "IT",
         "Row 4: 'bo.chen(at)example.org' is not an email address."],
        ["Cy\nPark", "cy@example.org", "Volunteer", "IT",
         "Row 5: 'Volunteer' is not a role PeerDesk knows (mentor, mentee or both)."],
    ]  # fmt: skip

    # Fixed in the file and imported again: the problem column is not a custom field.
    rows[1][1], rows[2][2] = "bo.chen@example.org", "Mentor"
    with saved.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream).writerows(rows)
    wizard.close()
    operations.wait_idle(15)
    window.close()
    with open_database(path) as db:
        plan = RosterImport.open(saved, db)
        assert [t.field.value for t in plan.sheets[0].targets][-1] == "ignore"
        again = run_import(db, 1, plan)
    assert len(again.added) == 2 and again.accounted_rows() == again.rows_in_file == 2
    assert set(people_in(path)) == {"Ana Lima", "Bo Chen", "Cy\nPark", "Dee Ross"}


def test_a_reader_that_aborts_gives_a_message_and_the_app_carries_on(
    qtbot: QtBot, launch: Launcher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, roster = program_and_roster(tmp_path)
    window = launch(path)
    before = dump(path)
    monkeypatch.setattr(sandbox, "read_workbook", hostile_files.aborting_reader)
    window.import_roster(roster)
    box = wait_box(qtbot, window, "userError")
    assert box.text().startswith(
        "PeerDesk could not read this file (the reader stopped unexpectedly): “sign-ups.csv”."
    )
    assert box.windowTitle() == "This roster cannot be imported"
    press(qtbot, box, "OK")
    operations.wait_idle(15)
    assert window.isVisible() and window.import_wizard is None
    assert dump(path) == before
    monkeypatch.undo()
    wizard = open_wizard(qtbot, window, roster)  # the next try reads as usual
    assert [s.name for s in wizard.plan.included] == ["sign-ups"]
    wizard.close()
    operations.wait_idle(15)


def test_the_preview_and_summary_say_what_reading_left_out(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    """A stray "x" at CV1048576 once made the reader ask for 3.4 GB and the window vanish."""
    path = program_file(tmp_path)
    roster = tmp_path / "twenty people.xlsx"
    roster.write_bytes(hostile_files._people_xlsx(stray=(1_048_576, 99, "x")))
    window = launch(path)
    wizard = open_wizard(qtbot, window, roster)
    while wizard.currentId() != PageId.PREVIEW:
        click(qtbot, wizard, NEXT)
    assert wait_preview(qtbot, wizard).startswith("20 new, 0 updates")
    note = (
        "The sheet “People” has a cell at CV1048576, far below the rest; PeerDesk read the 21 "
        "rows above and ignored the empty rest."
    )
    assert wizard.preview_page.left_out.isVisible()
    assert wizard.preview_page.left_out.text() == note
    SCREENSHOTS.mkdir(exist_ok=True)
    wizard.grab().save(str(SCREENSHOTS / "import-preview-stray-cell.png"))
    click(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.SUMMARY, timeout=15000)
    operations.wait_idle(15)
    page = wizard.summary_page
    assert page.reading_notes.isVisible() and page.reading_notes.text() == note
    assert page.accounting.text().startswith("The file has 20 rows below the header: 20 imported")
    assert not page.save_refused.isVisible()
    assert len(people_in(path)) == 20


def test_reading_a_slow_file_can_be_cancelled(
    qtbot: QtBot, launch: Launcher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, roster = program_and_roster(tmp_path)
    window = launch(path)
    monkeypatch.setattr(sandbox, "read_workbook", hostile_files.hanging_reader)
    window.import_roster(roster)

    def progress_dialog() -> QProgressDialog | None:
        found = [
            d
            for d in window.findChildren(QProgressDialog)
            if d.objectName() == "operationProgress" and d.isVisible()
        ]
        return found[0] if found else None

    qtbot.waitUntil(lambda: progress_dialog() is not None, timeout=10000)
    dialog = progress_dialog()
    assert dialog is not None and dialog.labelText() == "Reading “sign-ups.csv”…"
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    started = time.monotonic()
    qtbot.mouseClick(cancel, LEFT)
    operations.wait_idle(15)
    assert time.monotonic() - started < 5  # the hanging reader was stopped, not waited for
    assert window.import_wizard is None
    assert progress_dialog() is None
