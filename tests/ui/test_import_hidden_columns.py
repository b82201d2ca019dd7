"""Hidden columns and sheets in the import wizard: left out and said, until ticked."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import fixtures_rosters as shapes
from elision import problems
from fixtures_rosters import read_rows
from pytestqt.qtbot import QtBot
from test_import_wizard import IMPORT, LEFT, NEXT, click, open_wizard, program_file, wait_preview

from ui import operations
from ui.importer.models import ColumnsModel
from ui.importer.wizard import ImportWizard, PageId
from ui.main_window import MainWindow
from ui.qt import QPoint, QStyle, QStyleOptionViewItem, Qt

Launcher = Callable[..., MainWindow]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def custom_fields(path: Path) -> dict[str, dict[str, object]]:
    rows = read_rows(
        path,
        "SELECT p.full_name, pa.custom_fields, pa.years_experience FROM participant pa "
        "JOIN person p ON p.id = pa.person_id",
    )
    return {name: {**json.loads(fields or "{}"), "years": years} for name, fields, years in rows}


def check_box_point(table: object, index: object) -> QPoint:
    """Where the tick box of a checkable cell is drawn, as the style lays it out."""
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)  # type: ignore[attr-defined]
    option.rect = table.visualRect(index)  # type: ignore[attr-defined]
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    style = table.style()  # type: ignore[attr-defined]
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table)
    return rect.center()


def import_hidden_pay(qtbot: QtBot, launch: Launcher, folder: Path) -> tuple[Path, ImportWizard]:
    """A program file open in the window, and the import wizard on an HR export with a
    hidden pay column and a hidden pay sheet."""
    path = program_file(folder)
    window = launch(path)
    return path, open_wizard(qtbot, window, shapes.hidden_pay_export(folder))


def test_a_hidden_column_is_left_out_until_ticked(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path, wizard = import_hidden_pay(qtbot, launch, tmp_path)
    sheets = wizard.sheets
    assert [c.isChecked() for c in sheets.checks] == [True, False]
    assert sheets.counts[1].text().endswith("· hidden in the spreadsheet: tick it to import it")
    SCREENSHOTS.mkdir(exist_ok=True)
    wizard.grab().save(str(SCREENSHOTS / "import-hidden-sheet.png"))
    assert problems(wizard) == []  # nothing cut off
    while wizard.currentId() != PageId.COLUMNS:
        click(qtbot, wizard, NEXT)
    page = wizard.columns
    model = page.model
    salary = model.index(5, ColumnsModel.COLUMN)
    assert salary.data() == "F (hidden)"
    assert salary.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert page.target_combo(5).currentText() == "Ignore"
    assert page.target_combo(6).currentText() == "Years of experience"  # Ancienneté (années)
    assert page.target_combo(7).currentText() == "Ignore"  # a date of birth
    assert page.left_out.isVisible()
    assert page.left_out.text().splitlines() == [
        "Column F “Salary band” is hidden in the spreadsheet and was left out. Tick it in the "
        "list to import it.",
        "Column H “Date de naissance” looks like a date of birth, so PeerDesk proposes not to "
        "import it. Choose a field if the program really needs it.",
    ]
    page.grab().save(str(SCREENSHOTS / "import-hidden-column.png"))
    assert problems(wizard) == []

    # The coordinator ticks the hidden column in.
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=check_box_point(page.table, salary))
    assert model.index(5, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert page.target_combo(5).currentText() == "Keep as custom field"
    assert page.left_out.text().splitlines() == [
        "Column H “Date de naissance” looks like a date of birth, so PeerDesk proposes not to "
        "import it. Choose a field if the program really needs it.",
    ]
    page.grab().save(str(SCREENSHOTS / "import-hidden-column-ticked.png"))

    while wizard.currentId() != PageId.PREVIEW:
        click(qtbot, wizard, NEXT)
    assert wait_preview(qtbot, wizard) == "2 new, 0 updates, 0 duplicates, 0 errors"
    notes = wizard.preview_page.left_out
    assert notes.isVisible()
    wizard.grab().save(str(SCREENSHOTS / "import-preview-left-out.png"))
    assert notes.text().splitlines() == [
        "Sheet “Pay” is hidden in the spreadsheet and was left out.",
        "Column H “Date de naissance” looks like a date of birth, so it was not imported.",
    ]
    click(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.SUMMARY, timeout=15000)
    operations.wait_idle(15)
    # The summary says it again.
    assert wizard.summary_page.reading_notes.text() == notes.text()
    assert custom_fields(path) == {
        "Ana Lima": {"Salary band": "B3", "years": 2.0},
        "Bo Chen": {"Salary band": "C1", "years": 12.0},
    }


def test_unticked_the_hidden_column_stays_out(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path, wizard = import_hidden_pay(qtbot, launch, tmp_path)
    while wizard.currentId() != PageId.PREVIEW:
        click(qtbot, wizard, NEXT)
    wait_preview(qtbot, wizard)
    assert wizard.preview_page.left_out.text().splitlines()[0] == (
        "Column F “Salary band” is hidden in the spreadsheet and was left out."
    )
    click(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.SUMMARY, timeout=15000)
    operations.wait_idle(15)
    summary = wizard.summary_page.reading_notes
    assert summary.isVisible()
    assert summary.text().startswith("Column F “Salary band” is hidden in the spreadsheet")
    assert custom_fields(path) == {"Ana Lima": {"years": 2.0}, "Bo Chen": {"years": 12.0}}
