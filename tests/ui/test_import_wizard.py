"""The roster import wizard, driven as a coordinator drives it: from a file on disk, through
every page, into the program file, and back out again with Undo."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import fixtures_rosters as shapes
import openpyxl
import pytest
from fixtures_rosters import dump, make_program, read_rows
from pytestqt.qtbot import QtBot

from peerdesk.database import create_database
from peerdesk.enums import Role
from peerdesk.roster.commit import run_import
from peerdesk.roster.errors import RosterFileError
from peerdesk.roster.plan import RosterImport
from ui import messages, operations
from ui.importer.models import ColumnsModel, HeaderGridModel, RoleValuesModel
from ui.importer.preview_model import OutcomeFilter, PreviewModel, SummaryModel
from ui.importer.wizard import ImportWizard, PageId
from ui.main_window import MainWindow
from ui.qt import (
    QApplication,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QMimeData,
    QPointF,
    Qt,
    QUrl,
    QWizard,
)

Launcher = Callable[..., MainWindow]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
NEXT = QWizard.WizardButton.NextButton
IMPORT = QWizard.WizardButton.CommitButton
FINISH = QWizard.WizardButton.FinishButton


# -- files -----------------------------------------------------------------------------


def program_file(folder: Path, *names: str) -> Path:
    path = folder / "Riverside.peerdesk"
    db = create_database(path)
    try:
        for name in names or ("Spring 2026",):
            make_program(db, name)
    finally:
        db.close()
    return path


def sign_ups(folder: Path) -> Path:
    """A workbook whose header PeerDesk cannot find by itself (a note above vague titles),
    an old sheet to leave out, a bad email, an answer that is not a role yet."""
    workbook = openpyxl.Workbook()
    readme = workbook.active
    assert readme is not None
    readme.title = "Read me"
    readme["A1"] = "How to fill this in"
    sheet = workbook.create_sheet("Sign-ups")
    sheet.append(["Please list everyone's name, email and role below"])
    sheet.append(["Who", "Contact", "Joining as"])
    sheet.append(["Ana Lima", "ana@example.org", "Mentor"])  # row 3
    sheet.append(["Bo Chen", "bo.chen(at)example.org", "Mentee"])  # row 4: bad email
    sheet.append(["Cy Park", "cy@example.org", "Volunteer"])  # row 5: not a role yet
    sheet.append(["Di Ross", "di@example.org", "Mentee"])  # row 6: skipped in the preview
    old = workbook.create_sheet("Old list")
    old.append(["Name", "Email", "Role"])
    old.append(["Zed Old", "zed@example.org", "Mentor"])
    path = folder / "sign-ups.xlsx"
    workbook.save(path)
    return path


FIRST = ["Amara", "Bruno", "Chiara", "Dmitri", "Efua", "Farid", "Greta", "Hiro", "Ines", "Jonas",
         "Kavya", "Lucas", "Mei", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sami", "Tove",
         "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zora"]  # fmt: skip
LAST = ["Abara", "Brandt", "Castillo", "Dahl", "Eze", "Fontaine", "Gallo", "Haddad", "Ito",
        "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nkemelu", "Okafor", "Petrov", "Quispe",
        "Rahman", "Silva", "Tanaka"]  # fmt: skip
TOPICS = ["Leadership", "Public speaking", "Data analysis", "Career growth", "Writing", "Budgeting"]
DEPARTMENTS = ["Finance", "IT", "Operations", "Marketing", "HR", "Legal"]


def realistic_roster(folder: Path) -> Path:
    """A Google Forms export a coordinator tidied by hand: a title over the responses,
    a notes sheet, 40 sign-ups with the usual problems."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Form Responses 1"
    sheet.append(["Northside mentoring sign-ups — spring 2026"])
    sheet.append([])
    sheet.append([*shapes.GOOGLE_HEADERS[:5], "Department", *shapes.GOOGLE_HEADERS[6:9]])
    roles = ["Mentor", "Mentee", "Mentee", "Either – happy to do both", "Mentoré"]
    start = datetime(2026, 1, 12, 9, 0)
    for n in range(40):
        first, last = FIRST[n % len(FIRST)], LAST[(n * 7) % len(LAST)]
        email = f"{first}.{last}@example.org".lower()
        role = roles[n % len(roles)]
        if n == 11:
            email = email.replace("@", " at ")
        if n == 17:
            role = "Volunteer"
        if n == 23:
            first, last = "", ""
        sheet.append(
            [
                start + timedelta(hours=7 * n),
                email,
                f"{first} {last}".strip(),
                role,
                ", ".join(TOPICS[(n + k) % len(TOPICS)] for k in range(1 + n % 3)),
                DEPARTMENTS[n % len(DEPARTMENTS)],
                "English" + (", Spanish" if n % 4 == 0 else ""),
                n % 15 if n != 29 else "lots",
                ["In person", "Video call", "Either"][n % 3],
            ]
        )
    # Two people sent the form twice: the later answers win.
    sheet.append([start + timedelta(days=20), "bruno.haddad@example.org", "Bruno Haddad",
                  "Mentor", "Leadership", "IT", "English, German", 12, "Video call"])  # fmt: skip
    sheet.append([start + timedelta(days=21), "CHIARA.okafor@example.org ", "Chiara Okafor",
                  "Mentee", "Writing", "Operations", "Italian", 2, "Either"])  # fmt: skip
    notes = workbook.create_sheet("Coordinator notes")
    notes["A1"] = "Follow up with the people marked in yellow."
    path = folder / "Mentoring sign-ups (Responses).xlsx"
    workbook.save(path)
    return path


def people_in(path: Path) -> dict[str, tuple[str, str]]:
    """Everyone in the file's programs: name -> (email, role), read beside the app."""
    rows = read_rows(
        path,
        "SELECT p.full_name, p.email, pa.role FROM participant pa "
        "JOIN person p ON p.id = pa.person_id ORDER BY p.full_name",
    )
    return {name: (email or "", role) for name, email, role in rows}


# -- driving the window ----------------------------------------------------------------


def open_wizard(qtbot: QtBot, window: MainWindow, roster: Path) -> ImportWizard:
    window.import_roster(roster)
    qtbot.waitUntil(lambda: window.import_wizard is not None, timeout=15000)
    wizard = window.import_wizard
    assert isinstance(wizard, ImportWizard)
    qtbot.waitUntil(wizard.isVisible)
    return wizard


def click(qtbot: QtBot, wizard: ImportWizard, button: QWizard.WizardButton) -> None:
    widget = wizard.button(button)
    assert widget.isVisible() and widget.isEnabled(), wizard.buttonText(button)
    qtbot.mouseClick(widget, LEFT)


def wait_preview(qtbot: QtBot, wizard: ImportWizard) -> str:
    QApplication.processEvents()  # an edit is committed once its Enter key is handled
    qtbot.waitUntil(lambda: wizard.preview is not None and not wizard.preview_pending)
    operations.wait_idle(15)
    return wizard.preview_page.counts.text()


def shown_boxes(window: MainWindow, name: str) -> list[QMessageBox]:
    found = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox)]
    found += window.findChildren(QMessageBox)
    return [b for b in set(found) if b.objectName() == name and b.isVisible()]


def wait_box(qtbot: QtBot, window: MainWindow, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: len(shown_boxes(window, name)) == 1, timeout=10000)
    return shown_boxes(window, name)[0]


def press(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, LEFT)


def click_row(qtbot: QtBot, view: object, index: object, double: bool = False) -> None:
    rect = view.visualRect(index)  # type: ignore[attr-defined]
    clicker = qtbot.mouseDClick if double else qtbot.mouseClick
    clicker(view.viewport(), LEFT, pos=rect.center())  # type: ignore[attr-defined]


# -- the whole way through ---------------------------------------------------------------


def test_import_step_by_step_then_undo_and_redo(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = program_file(tmp_path)
    roster = sign_ups(tmp_path)
    window = launch(path)
    before = dump(path)
    wizard = open_wizard(qtbot, window, roster)
    plan = wizard.plan

    # Sheets: the read-me has no header; leave the old list out.
    sheets = wizard.sheets
    assert [c.text() for c in sheets.checks] == ["Read me", "Sign-ups", "Old list"]
    assert [c.isChecked() for c in sheets.checks] == [False, True, True]
    assert not sheets.checks[0].isEnabled()
    assert sheets.counts[0].text() == "No header row, so nothing to import"
    qtbot.mouseClick(sheets.checks[2], LEFT)
    assert [s.name for s in plan.included] == ["Sign-ups"]
    assert not sheets.roles[2].isEnabled()
    assert dump(path) == before
    click(qtbot, wizard, NEXT)

    # Header row: the note in row 1 was taken for the header; choose row 2.
    header = wizard.header
    assert wizard.currentPage() is header
    assert not header.chooser.isVisible()  # one sheet: nothing to choose
    assert header.spin.value() == 1
    assert header.status.text() == "Row 1 of “Sign-ups” is the header (highlighted)."
    assert not header.use_row.isEnabled()
    click_row(qtbot, header.grid, header.model.index(1, 0))
    assert header.use_row.isEnabled()
    qtbot.mouseClick(header.use_row, LEFT)
    assert header.spin.value() == 2
    assert plan.sheet("Sign-ups").header_row == 2
    assert header.model.header_index == 1
    assert header.model.headerData(1, Qt.Orientation.Vertical) == "2 ▶"
    assert dump(path) == before
    click(qtbot, wizard, NEXT)

    # Columns: none of the vague titles was recognised; say what they hold.
    columns = wizard.columns
    assert [columns.model.info(r).header for r in range(3)] == ["Who", "Contact", "Joining as"]
    assert columns.problems.isVisible()
    assert "choose the column that holds the names" in columns.problems.text()
    assert not wizard.button(NEXT).isEnabled()
    qtbot.keyClicks(columns.target_combo(0), "Name")
    qtbot.keyClicks(columns.target_combo(1), "Email")
    qtbot.keyClicks(columns.target_combo(2), "Role")
    sheet_plan = plan.sheet("Sign-ups")
    assert [t.field.value for t in sheet_plan.targets] == ["name", "email", "role"]
    assert [columns.target_combo(r).currentText() for r in range(3)] == ["Name", "Email", "Role"]
    assert not columns.problems.isVisible()
    assert dump(path) == before
    click(qtbot, wizard, NEXT)

    # Values: "Volunteer" is not a role until it is given one.
    values = wizard.values
    assert wizard.currentPage() is values
    table = [(values.model.value(r).text, values.model.value(r).count) for r in range(3)]
    assert table == [("Mentee", 2), ("Mentor", 1), ("Volunteer", 1)]
    assert values.means_combo(2).currentText() == "Not a role (row is a problem)"
    assert values.unknown.text().startswith("1 row has an answer that is not a role")
    qtbot.keyClicks(values.means_combo(2), "Mentor")
    assert plan.role_for("Volunteer") == Role.MENTOR
    assert values.unknown.text() == "Every answer means a role."
    assert dump(path) == before
    click(qtbot, wizard, NEXT)

    # Preview: Bo's email is wrong; fix it in the table.
    preview = wizard.preview_page
    assert wait_preview(qtbot, wizard) == "3 new, 0 updates, 0 duplicates, 1 error"
    assert wizard.button(IMPORT).text().replace("&", "") == "Import"
    bo = preview.value_index("Sign-ups", 4)
    assert bo.data() == "bo.chen(at)example.org"
    assert preview.value_index("Sign-ups", 4, PreviewModel.DETAILS).data() == (
        "'bo.chen(at)example.org' is not an email address."
    )
    click_row(qtbot, preview.table, bo)
    assert preview.row_details.text() == (
        "Row 4 (Contact, cell B4): 'bo.chen(at)example.org' is not an email address. "
        "Double-click its value or press F2 to correct it."
    )
    click_row(qtbot, preview.table, bo, double=True)
    editor = preview.table.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, "bo.chen@example.org")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert wait_preview(qtbot, wizard) == "4 new, 0 updates, 0 duplicates, 0 errors"
    assert preview.table.isColumnHidden(PreviewModel.VALUE)  # no error left to fix
    # Skip Di with the keyboard: Space on her Skip box.
    preview.table.setCurrentIndex(preview.value_index("Sign-ups", 6, PreviewModel.SKIP))
    qtbot.keyClick(preview.table, Qt.Key.Key_Space)
    assert wait_preview(qtbot, wizard) == "3 new, 0 updates, 0 duplicates, 0 errors, 1 skipped"
    # The filter shows one outcome at a time.
    preview.filter.setCurrentIndex(preview.filter.findData("skipped"))
    assert preview.proxy.rowCount() == 1
    assert preview.proxy.index(0, PreviewModel.NAME).data() == "Di Ross"
    preview.filter.setCurrentIndex(0)
    assert dump(path) == before

    # Import.
    click(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.SUMMARY, timeout=15000)
    operations.wait_idle(15)
    imported = {
        "Ana Lima": ("ana@example.org", "mentor"),
        "Bo Chen": ("bo.chen@example.org", "mentee"),
        "Cy Park": ("cy@example.org", "mentor"),
    }
    assert people_in(path) == imported
    summary = wizard.summary_page
    assert summary.headline.text() == "Added 3 people. 1 row was not imported (listed first)."
    assert summary.model.rowCount() == 4
    assert summary.model.index(0, SummaryModel.NAME).data() == "Di Ross"
    assert summary.model.index(0, SummaryModel.REASON).data() == "Skipped in the preview."
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert window.undo_stack.undoText() == "Import “sign-ups.xlsx”"
    click(qtbot, wizard, FINISH)
    qtbot.waitUntil(lambda: window.import_wizard is None)

    # Undo asks first; saying no keeps everything.
    window.undo_action.trigger()
    press(qtbot, wait_box(qtbot, window, "confirm"), "Cancel")
    operations.wait_idle(15)
    assert people_in(path) == imported
    assert window.undo_stack.canUndo() and not window.undo_stack.canRedo()
    # Saying yes puts the file back exactly.
    window.undo_action.trigger()
    box = wait_box(qtbot, window, "confirm")
    assert box.text() == "Undo the import of “sign-ups.xlsx”?"
    assert box.informativeText() == "The 3 people it added are removed."
    press(qtbot, box, "Undo import")
    qtbot.waitUntil(lambda: people_in(path) == {}, timeout=15000)
    operations.wait_idle(15)
    assert dump(path) == before
    # Redo runs the same import again, corrections and skips included.
    assert window.undo_stack.redoText() == "Import “sign-ups.xlsx”"
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: people_in(path) == imported, timeout=15000)
    operations.wait_idle(15)
    window.undo_action.trigger()
    press(qtbot, wait_box(qtbot, window, "confirm"), "Undo import")
    qtbot.waitUntil(lambda: people_in(path) == {}, timeout=15000)
    operations.wait_idle(15)
    assert dump(path) == before


def test_several_sheets_with_roles_from_their_names(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    """The hand-made workbook: a sheet per role under titles, chosen per sheet."""
    path = program_file(tmp_path)
    fixture = shapes.hand_made(tmp_path)
    window = launch(path)
    wizard = open_wizard(qtbot, window, fixture.path)
    assert [c.isChecked() for c in wizard.sheets.checks] == [False, True, True, False]
    assert [c.currentText() for c in wizard.sheets.roles[1:3]] == [
        "Everyone is a mentor",
        "Everyone is a mentee",
    ]
    click(qtbot, wizard, NEXT)
    header = wizard.header
    assert header.chooser.isVisible()
    assert header.spin.value() == 4  # under a merged title, a note and a blank row
    # A blank row cannot be the header: said inline, and nothing changes.
    editor = header.spin.lineEdit()
    editor.selectAll()
    qtbot.keyClicks(editor, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert header.error.text() == (
        "Row 3 is empty, so it cannot be the header. Choose the row with the column titles."
    )
    assert header.spin.value() == 4
    assert wizard.plan.sheet("Mentors").header_row == 4
    assert wizard.currentPage() is header  # Enter in the box does not press Next
    header.chooser.combo.setCurrentIndex(1)
    assert header.spin.value() == 2
    click(qtbot, wizard, NEXT)
    columns = wizard.columns
    hidden = [columns.model.index(r, ColumnsModel.COLUMN).data() for r in range(8)]
    assert hidden[7] == "H (hidden)"
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.PREVIEW  # roles come from the sheets: no Values page
    assert wait_preview(qtbot, wizard) == "5 new, 0 updates, 1 duplicate, 0 errors, 1 skipped"
    click(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.SUMMARY, timeout=15000)
    operations.wait_idle(15)
    found = people_in(path)
    assert sorted(found) == sorted(p.full_name for p in fixture.people)
    assert found["Ivy Nakamura"] == ("IVY.N@example.org", "both")
    assert found["Lea Schmidt"] == ("lea.s@example.org", "mentee")


def test_update_people_already_in_the_file(qtbot: QtBot, launch: Launcher, tmp_path: Path) -> None:
    path = program_file(tmp_path)
    roster = tmp_path / "again.csv"
    roster.write_text(
        "Name,Email,Role\nAna Lima,ANA@example.org ,Mentee\nNew Person,new@example.org,Mentor\n",
        encoding="utf-8",
    )
    from peerdesk.database import open_database

    with open_database(path) as core:
        first = tmp_path / "first.csv"
        first.write_text("Name,Email,Role\nAna Lima,ana@example.org,Mentor\n", encoding="utf-8")
        run_import(core, 1, RosterImport.open(first, core))
    window = launch(path)
    wizard = open_wizard(qtbot, window, roster)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)  # Columns → Values (Mentee, Mentor)
    click(qtbot, wizard, NEXT)
    assert wait_preview(qtbot, wizard) == "1 new, 1 update, 0 duplicates, 0 errors"
    click(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.SUMMARY, timeout=15000)
    operations.wait_idle(15)
    assert people_in(path) == {
        "Ana Lima": ("ANA@example.org", "mentee"),
        "New Person": ("new@example.org", "mentor"),
    }
    assert wizard.summary_page.headline.text() == "Added 1 person and updated 1."


def test_a_program_of_equals_asks_for_no_roles(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "peers.peerdesk"
    db = create_database(path)
    with db:
        make_program(db, "Peer circle", reciprocal=True)
    fixture = shapes.hr_export(tmp_path)  # no role column, and none needed
    window = launch(path)
    wizard = open_wizard(qtbot, window, fixture.path)
    assert not wizard.sheets.roles[0].isVisible()
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    assert not wizard.columns.problems.isVisible()
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.PREVIEW
    assert wait_preview(qtbot, wizard) == "3 new, 0 updates, 0 duplicates, 0 errors"
    click(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.SUMMARY, timeout=15000)
    operations.wait_idle(15)
    assert {role for _email, role in people_in(path).values()} == {"peer"}


# -- stopping, and files that cannot be read ------------------------------------------


def test_stopping_the_import_writes_nothing(qtbot: QtBot, launch: Launcher, tmp_path: Path) -> None:
    path = program_file(tmp_path)
    fixture = shapes.google_forms(tmp_path)
    window = launch(path)
    before = dump(path)
    wizard = open_wizard(qtbot, window, fixture.path)
    while wizard.currentId() != PageId.PREVIEW:
        click(qtbot, wizard, NEXT)
    assert wait_preview(qtbot, wizard) == "3 new, 0 updates, 2 duplicates, 0 errors"
    # Hold the worker, so that the import is still waiting when Stop is pressed.
    gate = threading.Event()
    operations.Op(lambda state: gate.wait(10), success=lambda _r: None).run()
    click(qtbot, wizard, IMPORT)
    page = wizard.importing
    assert wizard.currentPage() is page and page.stop.isVisible()
    qtbot.mouseClick(page.stop, LEFT)
    gate.set()
    qtbot.waitUntil(page.back.isVisible, timeout=15000)
    operations.wait_idle(15)
    assert page.status.text() == (
        "The import was stopped. Nothing was saved: the program is as it was."
    )
    assert dump(path) == before
    assert not window.undo_stack.canUndo()
    # Back to the preview, and this time let it run.
    qtbot.mouseClick(page.back, LEFT)
    assert wizard.currentId() == PageId.PREVIEW
    click(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.SUMMARY, timeout=15000)
    operations.wait_idle(15)
    assert sorted(people_in(path)) == ["Dev Patel", "Emma Jones", "Femi Okafor"]


def test_cancelling_the_wizard_during_the_import_writes_nothing(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = program_file(tmp_path)
    fixture = shapes.microsoft_forms(tmp_path)
    window = launch(path)
    before = dump(path)
    wizard = open_wizard(qtbot, window, fixture.path)
    while wizard.currentId() != PageId.PREVIEW:
        click(qtbot, wizard, NEXT)
    wait_preview(qtbot, wizard)
    gate = threading.Event()
    operations.Op(lambda state: gate.wait(10), success=lambda _r: None).run()
    click(qtbot, wizard, IMPORT)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), LEFT)
    assert wizard.isVisible()  # it closes once the import has stopped
    assert wizard.importing.status.text() == "Stopping the import…"
    gate.set()
    qtbot.waitUntil(lambda: window.import_wizard is None, timeout=15000)
    operations.wait_idle(15)
    assert dump(path) == before


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (shapes.password_protected_xlsx, "protected with a password"),
        (lambda folder: shapes.legacy_xls(folder, password=True).path, "with a password"),
        (shapes.corrupt_xlsx, "damaged or incomplete"),
        (shapes.truncated_xlsx, "damaged or incomplete"),
        (shapes.empty_file, "has no rows to import"),
        (shapes.pdf_file, "is not a spreadsheet"),
        (shapes.no_header, "has no header row"),
    ],
)
def test_a_file_that_cannot_be_read_says_why_and_changes_nothing(
    qtbot: QtBot, launch: Launcher, tmp_path: Path, make: object, words: str
) -> None:
    path = program_file(tmp_path)
    roster = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(RosterFileError) as raised:
        RosterImport.open(roster)
    window = launch(path)
    before = dump(path)
    window.import_roster(roster)
    box = wait_box(qtbot, window, "userError")
    assert box.text() == messages.user_message(raised.value)
    assert words in box.text()
    assert box.windowTitle() == "This roster cannot be imported"
    press(qtbot, box, "OK")
    operations.wait_idle(15)
    assert window.import_wizard is None
    assert dump(path) == before


# -- starting it ---------------------------------------------------------------------------


DragEvents = tuple[QDragEnterEvent, QDragMoveEvent, QDropEvent, QMimeData]


def drag_events(path: Path, window: MainWindow) -> DragEvents:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPointF(window.width() / 2, window.height() / 2)
    action = Qt.DropAction.CopyAction
    buttons, keys = LEFT, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), action, mime, buttons, keys)
    move = QDragMoveEvent(point.toPoint(), action, mime, buttons, keys)
    drop = QDropEvent(point, action, mime, buttons, keys)
    return enter, move, drop, mime  # the events do not own the data: keep it alive


def test_dropping_a_roster_on_the_window_starts_the_wizard(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = program_file(tmp_path)
    fixture = shapes.european_csv(tmp_path)
    window = launch(path)
    enter, move, drop, _mime = drag_events(fixture.path, window)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, move)
    assert move.isAccepted()
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: window.import_wizard is not None, timeout=15000)
    wizard = window.import_wizard
    assert isinstance(wizard, ImportWizard)
    assert wizard.windowTitle() == "Import a roster: inscriptions.csv"
    assert [s.name for s in wizard.plan.included] == ["inscriptions"]


def test_only_rosters_may_be_dropped(qtbot: QtBot, launch: Launcher, tmp_path: Path) -> None:
    path = program_file(tmp_path)
    window = launch(path)
    for refused in (shapes.pdf_file(tmp_path), tmp_path / "notes.txt"):
        enter, _move, drop, _mime = drag_events(refused, window)
        QApplication.sendEvent(window, enter)
        assert not enter.isAccepted()
        QApplication.sendEvent(window, drop)
        assert not drop.isAccepted()
    operations.wait_idle(15)
    assert window.import_wizard is None


def test_file_menu_and_shortcut(
    qtbot: QtBot, launch: Launcher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = program_file(tmp_path)
    fixture = shapes.bom_csv(tmp_path)
    window = launch(path)
    asked: list[str] = []

    def choose(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[3]))
        return str(fixture.path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_action in file_menu.actions()
    assert window.template_action in file_menu.actions()
    assert window.undo_import_action in file_menu.actions()
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.import_wizard is not None, timeout=15000)
    assert "*.xlsx" in asked[0] and "*.csv" in asked[0]


def test_welcome_screen_sets_up_a_program_then_imports(
    qtbot: QtBot, launch: Launcher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "empty.peerdesk"
    create_database(path).close()
    fixture = shapes.tsv_file(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fixture.path), ""))
    window = launch(path)
    assert window.pages.currentWidget() is window.welcome
    assert not window.import_action.isEnabled()
    qtbot.mouseClick(window.welcome.import_button, LEFT)
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    program_wizard = window.wizard
    assert isinstance(program_wizard, QWizard)
    qtbot.keyClicks(program_wizard.basics.name, "Buddies")  # type: ignore[attr-defined]
    qtbot.mouseClick(program_wizard.button(FINISH), LEFT)
    qtbot.waitUntil(lambda: window.import_wizard is not None, timeout=15000)
    wizard = window.import_wizard
    assert isinstance(wizard, ImportWizard)
    assert wizard.target.program_name == "Buddies"


def test_without_a_program_there_is_nothing_to_import_into(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "empty.peerdesk"
    create_database(path).close()
    window = launch(path)
    window.import_roster(shapes.bom_csv(tmp_path).path)
    box = wait_box(qtbot, window, "notice")
    assert box.text() == "Create a program first: the people in a roster join a program."
    press(qtbot, box, "OK")


# -- undo from the File menu, the summary and the template ---------------------------------


def test_undo_last_import_from_the_file_menu(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    """An import made before this session (say, from the command line) can be undone too."""
    path = program_file(tmp_path)
    before = dump(path)
    fixture = shapes.microsoft_forms(tmp_path)
    from peerdesk.database import open_database

    with open_database(path) as core:
        run_import(core, 1, RosterImport.open(fixture.path, core))
    window = launch(path)
    assert sorted(people_in(path)) == ["Gia Rossi", "Hal Berg"]
    window.undo_import_action.trigger()
    box = wait_box(qtbot, window, "confirm")
    assert box.text() == "Undo the import of “ms-forms.xlsx”?"
    press(qtbot, box, "Undo import")
    qtbot.waitUntil(lambda: people_in(path) == {}, timeout=15000)
    operations.wait_idle(15)
    assert dump(path) == before
    window.undo_import_action.trigger()
    box = wait_box(qtbot, window, "notice")
    assert box.text() == "This program has no import to undo."
    press(qtbot, box, "OK")


def test_undo_refuses_once_the_import_was_undone_elsewhere(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = program_file(tmp_path)
    window = launch(path)
    wizard = open_wizard(qtbot, window, shapes.bom_csv(tmp_path).path)
    while wizard.currentId() != PageId.PREVIEW:
        click(qtbot, wizard, NEXT)
    wait_preview(qtbot, wizard)
    click(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.SUMMARY, timeout=15000)
    click(qtbot, wizard, FINISH)
    operations.wait_idle(15)
    before_undo = people_in(path)
    assert len(before_undo) == 2
    # Another import comes after it (from the core, as a script would).
    extra = tmp_path / "extra.csv"
    extra.write_text("Name,Email,Role\nLate Comer,late@example.org,Mentee\n", encoding="utf-8")
    later = RosterImport.open(extra)
    operations.Op(
        lambda state: run_import(window.db, window.program_id, later),  # type: ignore[arg-type]
        success=lambda _r: None,
    ).run()
    operations.wait_idle(15)
    window.undo_action.trigger()
    press(qtbot, wait_box(qtbot, window, "confirm"), "Undo import")
    box = wait_box(qtbot, window, "userError")
    assert "another import came after it" in box.text()
    press(qtbot, box, "OK")
    operations.wait_idle(15)
    assert len(people_in(path)) == 3  # nothing was taken back
    assert not window.undo_stack.canUndo() and not window.undo_stack.canRedo()


def test_summary_saved_as_xlsx_asking_before_replacing(
    qtbot: QtBot, launch: Launcher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = program_file(tmp_path)
    window = launch(path)
    wizard = open_wizard(qtbot, window, shapes.google_forms(tmp_path).path)
    while wizard.currentId() != PageId.PREVIEW:
        click(qtbot, wizard, NEXT)
    wait_preview(qtbot, wizard)
    click(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.SUMMARY, timeout=15000)
    target = tmp_path / "out" / "summary"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = wizard.summary_page
    qtbot.mouseClick(page.save, LEFT)
    saved = target.with_name("summary.xlsx")
    qtbot.waitUntil(saved.exists, timeout=15000)
    operations.wait_idle(15)
    book = openpyxl.load_workbook(saved)
    assert book.sheetnames == ["Summary", "Added", "Updated", "Skipped"]
    assert [c.value for c in book["Summary"]["B"]][2:5] == [3, 0, 2]
    assert page.saved.text() == f"Saved as {saved}"
    # Saving again over it asks first; Cancel leaves the file alone.
    saved.write_bytes(b"keep me")
    qtbot.mouseClick(page.save, LEFT)
    box = wait_box(qtbot, window, "confirm")
    assert box.text() == "“summary.xlsx” already exists. Replace it with this summary?"
    press(qtbot, box, "Cancel")
    operations.wait_idle(15)
    assert saved.read_bytes() == b"keep me"
    qtbot.mouseClick(page.save, LEFT)
    press(qtbot, wait_box(qtbot, window, "confirm"), "Replace")
    qtbot.waitUntil(lambda: saved.read_bytes() != b"keep me", timeout=15000)
    operations.wait_idle(15)
    assert openpyxl.load_workbook(saved).sheetnames[0] == "Summary"


def test_blank_template_from_the_file_menu(
    qtbot: QtBot, launch: Launcher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = program_file(tmp_path)
    window = launch(path)
    target = tmp_path / "roster template.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.template_action.trigger()
    qtbot.waitUntil(target.exists, timeout=15000)
    operations.wait_idle(15)
    sheet = openpyxl.load_workbook(target)["People"]
    assert [c.value for c in sheet[1]][:3] == ["Name", "Email", "Role"]
    target.write_bytes(b"mine")
    window.template_action.trigger()
    box = wait_box(qtbot, window, "confirm")
    assert "already exists" in box.text()
    press(qtbot, box, "Cancel")
    operations.wait_idle(15)
    assert target.read_bytes() == b"mine"
    window.template_action.trigger()
    press(qtbot, wait_box(qtbot, window, "confirm"), "Replace")
    qtbot.waitUntil(lambda: target.read_bytes() != b"mine", timeout=15000)
    operations.wait_idle(15)
    # The template imports cleanly: its example row is skipped, not imported.
    plan = RosterImport.open(target)
    assert [s.name for s in plan.included] == ["People"]


# -- models ----------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester: object, tmp_path: Path) -> None:
    path = program_file(tmp_path)
    from peerdesk.database import open_database
    from peerdesk.roster.commit import preview_import

    roster = realistic_roster(tmp_path)
    with open_database(path) as db:
        plan = RosterImport.open(roster, db)
        preview = preview_import(db, 1, plan)
        summary = run_import(db, 1, plan, dry_run=True)
    sheet_plan = plan.included[0]
    grid = HeaderGridModel()
    grid.set_sheet(sheet_plan, 15)
    grid.set_header(1)
    qtmodeltester.check(grid)  # type: ignore[attr-defined]
    columns = ColumnsModel(lambda column, field: None)
    columns.set_columns(plan.columns(sheet_plan.name))
    qtmodeltester.check(columns)  # type: ignore[attr-defined]
    roles = RoleValuesModel(lambda text, role: None)
    roles.set_values(plan.role_table())
    assert roles.rowCount() == 5
    qtmodeltester.check(roles)  # type: ignore[attr-defined]
    model = PreviewModel(lambda *a: None, lambda *a: None)
    model.set_preview(preview, plan)
    assert model.rowCount() == 42
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy = OutcomeFilter()
    proxy.setSourceModel(model)
    from peerdesk.roster.preview import Outcome

    proxy.set_outcome(Outcome.ERROR)
    assert proxy.rowCount() == 4
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    result = SummaryModel()
    result.set_summary(summary)
    qtmodeltester.check(result)  # type: ignore[attr-defined]


# -- screenshots -------------------------------------------------------------------------


def test_screenshots_of_every_page(qtbot: QtBot, launch: Launcher, tmp_path: Path) -> None:
    path = program_file(tmp_path)
    roster = realistic_roster(tmp_path)
    window = launch(path)
    window.resize(1200, 800)
    wizard = open_wizard(qtbot, window, roster)
    SCREENSHOTS.mkdir(exist_ok=True)

    def shot(name: str) -> None:
        QApplication.processEvents()
        assert wizard.grab().save(str(SCREENSHOTS / f"import-{name}.png"))

    shot("1-sheets")
    click(qtbot, wizard, NEXT)
    shot("2-header")
    click(qtbot, wizard, NEXT)
    shot("3-columns")
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.VALUES
    shot("4-values")
    click(qtbot, wizard, NEXT)
    wait_preview(qtbot, wizard)
    page = wizard.preview_page
    page.go_to_next_error()
    shot("5-preview")
    gate = threading.Event()
    operations.Op(lambda state: gate.wait(10), success=lambda _r: None).run()
    click(qtbot, wizard, IMPORT)
    shot("6-import")
    gate.set()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.SUMMARY, timeout=15000)
    operations.wait_idle(15)
    shot("7-summary")
    click(qtbot, wizard, FINISH)
    window.undo_action.trigger()
    box = wait_box(qtbot, window, "confirm")
    assert box.grab().save(str(SCREENSHOTS / "import-8-undo-confirm.png"))
    press(qtbot, box, "Cancel")
    window.import_roster(shapes.password_protected_xlsx(tmp_path))
    box = wait_box(qtbot, window, "userError")
    assert box.grab().save(str(SCREENSHOTS / "import-9-unreadable.png"))
    press(qtbot, box, "OK")
    assert window.grab().save(str(SCREENSHOTS / "import-10-window-after.png"))


# -- keyboard only -----------------------------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_every_page_works_from_the_keyboard(qtbot: QtBot, launch: Launcher, tmp_path: Path) -> None:
    path = program_file(tmp_path)
    roster = sign_ups(tmp_path)
    window = launch(path)
    wizard = open_wizard(qtbot, window, roster)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, k, modifier)

    def focus() -> object:
        return QApplication.focusWidget()

    def refocus() -> None:
        """Offscreen, a closed list's popup leaves no window active; a desktop has one."""
        wizard.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)

    def alt(letter: Qt.Key, then: Callable[[], bool]) -> None:
        """A button's Alt+letter: it clicks after its short press animation."""
        key(letter, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(then)

    def typed(text: str) -> None:
        for char in text:
            widget = QApplication.focusWidget()
            assert widget is not None
            qtbot.keyClicks(widget, char)

    # Sheets: the first sheet with a header has the focus; leave "Old list" out.
    assert focus() is wizard.sheets.checks[1]
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Tab)
    assert focus() is wizard.sheets.checks[2]
    key(Qt.Key.Key_Space)
    assert [s.name for s in wizard.plan.included] == ["Sign-ups"]
    alt(Qt.Key.Key_N, lambda: wizard.currentPage() is wizard.header)

    # Header: the rows have the focus; Down, then Alt+U.
    assert focus() is wizard.header.grid
    key(Qt.Key.Key_Down)
    alt(Qt.Key.Key_U, lambda: wizard.plan.sheet("Sign-ups").header_row == 2)
    alt(Qt.Key.Key_N, lambda: wizard.currentPage() is wizard.columns)

    # Columns: F2 opens the row's list; choosing gives the focus back to the rows.
    columns = wizard.columns
    assert focus() is columns.table
    for choice in ("Name", "Email", "Role"):
        key(Qt.Key.Key_F2)
        assert columns.table.choice(columns.table.currentIndex().row()).view().isVisible()
        typed(choice)
        key(Qt.Key.Key_Return)
        refocus()
        assert focus() is columns.table
        key(Qt.Key.Key_Down)
    assert [t.field.value for t in wizard.plan.sheet("Sign-ups").targets] == [
        "name",
        "email",
        "role",
    ]
    alt(Qt.Key.Key_N, lambda: wizard.currentPage() is wizard.values)

    # Values: "Volunteer" is the third answer.
    assert focus() is wizard.values.table
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Space)
    typed("Mentor")
    key(Qt.Key.Key_Return)
    refocus()
    assert wizard.plan.role_for("Volunteer") == Role.MENTOR
    alt(Qt.Key.Key_N, lambda: wizard.currentPage() is wizard.preview_page)

    # Preview: Alt+E goes to the error, F2 corrects it; Home and Space skip a row.
    assert wait_preview(qtbot, wizard) == "3 new, 0 updates, 0 duplicates, 1 error"
    table = wizard.preview_page.table
    assert focus() is table
    alt(Qt.Key.Key_E, lambda: table.currentIndex().column() == PreviewModel.VALUE)
    key(Qt.Key.Key_F2)
    key(Qt.Key.Key_A, CTRL)
    typed("bo.chen@example.org")
    key(Qt.Key.Key_Return)
    assert wait_preview(qtbot, wizard) == "4 new, 0 updates, 0 duplicates, 0 errors"
    assert focus() is table
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Home)
    assert table.currentIndex().data(Qt.ItemDataRole.CheckStateRole) is not None
    key(Qt.Key.Key_Space)
    assert wait_preview(qtbot, wizard) == "3 new, 0 updates, 0 duplicates, 0 errors, 1 skipped"
    key(Qt.Key.Key_Return)  # Enter in the table does not import
    assert wizard.currentPage() is wizard.preview_page
    alt(Qt.Key.Key_I, lambda: wizard.currentId() != PageId.PREVIEW)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.SUMMARY, timeout=15000)
    operations.wait_idle(15)
    assert sorted(people_in(path)) == ["Ana Lima", "Bo Chen", "Cy Park"]
    alt(Qt.Key.Key_F, lambda: window.import_wizard is None)

    # Ctrl+Z undoes it, after Alt+U in the question.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    box = wait_box(qtbot, window, "confirm")
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    qtbot.keyClick(box, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: people_in(path) == {}, timeout=15000)
    operations.wait_idle(15)
