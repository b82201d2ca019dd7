"""The program settings dialog: the wizard's forms as tabs, on a program already saved."""

from __future__ import annotations

from pathlib import Path

from form_helpers import child, error_text, replace_text

from peerdesk.enums import Criterion, ProgramTemplate
from peerdesk.program.programs import (
    create_program,
    load_settings,
    quick_settings,
    taken_names,
    update_program,
)
from ui.qt import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPoint,
    QScrollArea,
    QSlider,
    Qt,
)
from ui.wizard import ProgramSettingsDialog

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def saved_program(db, name: str = "Staff Buddies") -> int:
    return create_program(db, quick_settings(name, ProgramTemplate.WORKPLACE))


def open_dialog(qtbot, db, program_id: int) -> ProgramSettingsDialog:
    dialog = ProgramSettingsDialog(
        load_settings(db, program_id), taken_names(db, excluding=program_id)
    )
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def open_tab(qtbot, dialog: ProgramSettingsDialog, title: str) -> None:
    bar = dialog.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert dialog.tabs.currentIndex() == index


def press_ok(qtbot, dialog: ProgramSettingsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def test_a_changed_name_and_weight_are_saved(qtbot, db) -> None:
    program_id = saved_program(db)
    before = load_settings(db, program_id)
    dialog = open_dialog(qtbot, db, program_id)
    assert child(dialog, QLineEdit, "name").text() == "Staff Buddies"

    replace_text(qtbot, child(dialog, QLineEdit, "name"), "Staff Buddies 2026")
    open_tab(qtbot, dialog, "Matching")
    slider = child(dialog, QSlider, "weight_availability")
    qtbot.mouseClick(slider, LEFT, pos=QPoint(4, slider.height() // 2))  # one step down
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert child(dialog, QLabel, "weight_text_availability").text() == "2"
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        press_ok(qtbot, dialog)

    update_program(db, program_id, dialog.settings())
    after = load_settings(db, program_id)
    assert after.name == "Staff Buddies 2026"
    assert after.criterion(Criterion.AVAILABILITY).weight == 2
    before.name = after.name
    before.criterion(Criterion.AVAILABILITY).weight = 2
    assert after == before  # nothing else moved


def test_a_name_taken_by_another_program_keeps_the_dialog_open(qtbot, db) -> None:
    saved_program(db, "Night Shift Peers")
    program_id = saved_program(db)
    dialog = open_dialog(qtbot, db, program_id)
    open_tab(qtbot, dialog, "Meetings")
    name = child(dialog, QLineEdit, "name")
    replace_text(qtbot, name, "night shift peers")

    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == 0  # back on the tab with the problem
    assert name.hasFocus()
    assert error_text(dialog, "name") == (
        "This file already has a program called “night shift peers”. Choose another name."
    )

    replace_text(qtbot, name, "")
    assert error_text(dialog, "name") == "Give the program a name."
    press_ok(qtbot, dialog)
    assert dialog.isVisible()

    replace_text(qtbot, name, "Day Shift Peers")
    assert error_text(dialog, "name") == ""
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        press_ok(qtbot, dialog)


def test_two_steps_with_one_name_are_refused_on_their_tab(qtbot, db) -> None:
    program_id = saved_program(db)
    dialog = open_dialog(qtbot, db, program_id)
    open_tab(qtbot, dialog, "People")
    rows = dialog.people.steps.rows
    replace_text(qtbot, rows[1].name, "application")
    assert error_text(dialog, "steps") == "Two steps have the same name."
    assert not dialog.tabs.tabIcon(2).isNull()  # the tab is marked too
    open_tab(qtbot, dialog, "The program")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 2


def test_cancel_changes_nothing(qtbot, db) -> None:
    program_id = saved_program(db)
    before = load_settings(db, program_id)
    dialog = open_dialog(qtbot, db, program_id)
    replace_text(qtbot, child(dialog, QLineEdit, "name"), "Renamed")
    qtbot.mouseClick(child(dialog, QAbstractButton, "guardian_signature"), LEFT, pos=QPoint(6, 8))
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    assert load_settings(db, program_id) == before


def test_screenshots_of_every_tab_fit_without_scrolling(qtbot, db) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog = open_dialog(qtbot, db, saved_program(db))
    dialog.resize(dialog.minimumSize())
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        qtbot.waitUntil(dialog.tabs.currentWidget().isVisible)
        title = dialog.tabs.tabText(index).lower().replace(" ", "-")
        assert dialog.grab().save(str(SCREENSHOTS / f"wizard-settings-{index + 1}-{title}.png"))
        area = dialog.tabs.currentWidget()
        assert isinstance(area, QScrollArea)
        assert area.verticalScrollBar().maximum() == 0, f"{title} needs scrolling"
