"""The program setup wizard, driven as a coordinator drives it: typing and clicking."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from form_helpers import child, error_text, replace_text
from sqlalchemy import func, select

from peerdesk.enums import (
    Cadence,
    CheckinCadence,
    Criterion,
    DepartmentRule,
    MatchObjective,
    MeetingFormat,
    ProgramTemplate,
    StepKind,
)
from peerdesk.models import Program
from peerdesk.program.programs import create_program, load_settings
from peerdesk.program.settings import ProgramSettings, StepSetting
from peerdesk.program.templates import apply_template, default_settings
from ui.qt import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPoint,
    QScrollArea,
    QSlider,
    QSpinBox,
    Qt,
    QTabBar,
    QWidget,
    QWizard,
)
from ui.wizard import ProgramWizard
from ui.wizard.wizard import PageId

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


# --- driving helpers --------------------------------------------------------------


def open_wizard(qtbot, taken: set[str] | None = None) -> ProgramWizard:
    wizard = ProgramWizard(taken or set())
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):  # keyboard focus, as on a real desktop
        wizard.show()
        wizard.activateWindow()
    assert child(wizard, QLineEdit, "name").hasFocus()
    return wizard


def wait_unclipped(qtbot, parent: QWidget, key: str) -> None:
    """The problem gets the height its wrapped lines need once the layout has run."""
    label = child(parent, QLabel, f"error_{key}")
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    for area in parent.findChildren(QScrollArea):
        if area.isVisible():
            assert area.verticalScrollBar().maximum() == 0


def append_text(qtbot, editor: QPlainTextEdit, text: str) -> None:
    qtbot.mouseClick(editor.viewport(), LEFT)
    qtbot.keyClick(editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(editor, text)


def tick(qtbot, box: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(6, box.height() // 2))


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick the item starting with ``text`` with the arrow keys (a space would open the list)."""
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{combo.objectName()} has no item starting with {text!r}")


def type_date(qtbot, wizard: ProgramWizard, field: str, typed: str) -> None:
    """Turn off "No date yet", type the date over the day, month and year, and press Tab
    (a date counts once it is typed in full: ui.date_edit)."""
    unset = child(wizard, QAbstractButton, f"{field}_unset")
    if unset.isChecked():
        tick(qtbot, unset)
    edit = child(wizard, QWidget, field).lineEdit()
    qtbot.mouseDClick(edit, LEFT, pos=QPoint(4, edit.height() // 2))
    qtbot.keyClicks(edit.parentWidget(), typed)
    qtbot.keyClick(edit.parentWidget(), Qt.Key.Key_Tab)


def set_weight_to_must_match(qtbot, slider: QSlider) -> None:
    qtbot.mouseClick(slider, LEFT, pos=QPoint(slider.width() - 4, slider.height() // 2))
    qtbot.keyClick(slider, Qt.Key.Key_End)


def press(qtbot, wizard: ProgramWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{button.text()} is not available"
    qtbot.mouseClick(button, LEFT)


def finish(qtbot, wizard: ProgramWizard) -> None:
    with qtbot.waitSignal(wizard.accepted, timeout=2000):
        press(qtbot, wizard, FINISH)


def save_on_finish(wizard: ProgramWizard, db) -> list[int]:
    """What the app shell does: save the settings once the wizard is accepted."""
    created: list[int] = []
    wizard.accepted.connect(lambda: created.append(create_program(db, wizard.settings())))
    return created


def program_rows(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Program))


# --- tests ---------------------------------------------------------------------


def test_every_page_typed_and_clicked_lands_in_the_file(qtbot, db) -> None:
    wizard = open_wizard(qtbot, taken={"Staff Buddies"})
    created = save_on_finish(wizard, db)

    # Basics
    qtbot.keyClicks(child(wizard, QLineEdit, "name"), "Spring Peers")
    qtbot.keyClicks(child(wizard, QLineEdit, "organization_name"), "Example College")
    replace_text(qtbot, child(wizard, QPlainTextEdit, "purpose"), "Help first-years settle in.")
    goals = child(wizard, QPlainTextEdit, "goals")
    qtbot.mouseClick(goals.viewport(), LEFT)
    qtbot.keyClicks(goals, "Know who to ask")
    qtbot.keyClick(goals, Qt.Key.Key_Return)
    qtbot.keyClicks(goals, "Pass the first year")
    type_date(qtbot, wizard, "start_date", "15Mar2025")
    type_date(qtbot, wizard, "end_date", "30Jun2026")
    assert error_text(wizard, "name") == ""
    assert error_text(wizard, "end_date") == ""
    press(qtbot, wizard, NEXT)

    # Template
    assert wizard.currentId() == PageId.TEMPLATE
    tick(qtbot, child(wizard, QAbstractButton, "template_school"))
    assert child(wizard, QSpinBox, "meeting_length_minutes").value() == 45
    press(qtbot, wizard, NEXT)

    # Meetings
    assert wizard.currentId() == PageId.MEETINGS
    choose(qtbot, child(wizard, QComboBox, "meeting_cadence"), "Monthly")
    replace_text(qtbot, child(wizard, QSpinBox, "meeting_length_minutes"), "90")
    tick(qtbot, child(wizard, QAbstractButton, "meeting_format_video"))
    choose(qtbot, child(wizard, QComboBox, "checkin_cadence"), "Every three")
    replace_text(qtbot, child(wizard, QSpinBox, "attention_no_meeting_weeks"), "6")
    replace_text(qtbot, child(wizard, QSpinBox, "attention_missed_in_row"), "3")
    press(qtbot, wizard, NEXT)

    # People
    assert wizard.currentId() == PageId.PEOPLE
    replace_text(qtbot, child(wizard, QSpinBox, "default_mentor_capacity"), "3")
    tick(qtbot, child(wizard, QAbstractButton, "reciprocal"))
    qtbot.mouseClick(child(wizard, QPlainTextEdit, "eligibility_notes").viewport(), LEFT)
    qtbot.keyClicks(child(wizard, QPlainTextEdit, "eligibility_notes"), "Second-years and up")
    steps = wizard.people.steps
    assert [r.name.text() for r in steps.rows] == [
        "Application",
        "Interview",
        "Peer mentor training",
    ]
    replace_text(qtbot, steps.rows[1].name, "Welcome interview")
    qtbot.mouseClick(steps.rows[0].remove, LEFT)
    qtbot.mouseClick(steps.add, LEFT)
    new = steps.rows[-1]
    assert new.name.hasFocus()
    assert error_text(wizard, "steps") == "Every screening or training step needs a name."
    assert not wizard.button(NEXT).isEnabled()
    qtbot.keyClicks(new.name, "Campus tour")
    assert error_text(wizard, "steps") == ""
    choose(qtbot, new.kind, "Training")
    replace_text(qtbot, new.hours, "2.5")
    tick(qtbot, new.required)
    press(qtbot, wizard, NEXT)

    # Matching
    assert wizard.currentId() == PageId.MATCHING
    tick(qtbot, child(wizard, QAbstractButton, "criterion_interests"))
    set_weight_to_must_match(qtbot, child(wizard, QSlider, "weight_language"))
    assert child(wizard, QLabel, "weight_text_language").text() == "10 — must match"
    choose(qtbot, child(wizard, QComboBox, "department_rule"), "Department does not")
    replace_text(qtbot, child(wizard, QWidget, "experience_gap_min"), "2")
    replace_text(qtbot, child(wizard, QWidget, "experience_gap_max"), "6")
    tick(qtbot, child(wizard, QAbstractButton, "objective_most_matched"))
    press(qtbot, wizard, NEXT)

    # Agreement
    assert wizard.currentId() == PageId.AGREEMENT
    terms = wizard.agreement.terms
    qtbot.mouseClick(terms.tabBar(), LEFT, pos=terms.tabBar().tabRect(1).center())
    confidentiality = child(wizard, QPlainTextEdit, "agreement_confidentiality")
    assert confidentiality.isVisible()
    append_text(qtbot, confidentiality, " Questions go to ")
    choose(qtbot, child(wizard, QComboBox, "placeholders"), "{coordinator_p")
    qtbot.mouseClick(wizard.agreement.insert, LEFT)
    qtbot.keyClicks(confidentiality, ".")
    tick(qtbot, child(wizard, QAbstractButton, "guardian_signature"))
    qtbot.keyClicks(child(wizard, QLineEdit, "coordinator_name"), "Ada Example")
    qtbot.keyClicks(child(wizard, QLineEdit, "coordinator_email"), "ada@example.org")
    qtbot.keyClicks(child(wizard, QLineEdit, "coordinator_phone"), "555-0100")
    press(qtbot, wizard, NEXT)

    # Review
    assert wizard.currentId() == PageId.REVIEW
    summary = wizard.review.view.text()
    for expected in ("Spring Peers", "Welcome interview", "Campus tour", "must match", "555-0100"):
        assert expected in summary
    assert "15 Mar 2025 – 30 Jun 2026" in summary
    finish(qtbot, wizard)

    assert len(created) == 1
    saved = load_settings(db, created[0])
    expected = apply_template(ProgramSettings(name="Spring Peers"), ProgramTemplate.SCHOOL)
    expected.organization_name = "Example College"
    expected.purpose = "Help first-years settle in."
    expected.goals = "Know who to ask\nPass the first year"
    expected.start_date, expected.end_date = date(2025, 3, 15), date(2026, 6, 30)
    expected.meeting_cadence = Cadence.MONTHLY
    expected.meeting_length_minutes = 90
    expected.meeting_format = MeetingFormat.VIDEO
    expected.checkin_cadence = CheckinCadence.QUARTERLY
    expected.attention_no_meeting_weeks, expected.attention_missed_in_row = 6, 3
    expected.default_mentor_capacity = 3
    expected.reciprocal = True
    expected.eligibility_notes = "Second-years and up"
    expected.steps = [
        StepSetting("Welcome interview", StepKind.SCREENING, True),
        StepSetting("Peer mentor training", StepKind.TRAINING, True, 3.0),
        StepSetting("Campus tour", StepKind.TRAINING, False, 2.5),
    ]
    expected.criterion(Criterion.INTERESTS).enabled = False
    expected.criterion(Criterion.LANGUAGE).weight = 10
    expected.department_rule = DepartmentRule.IGNORE
    expected.experience_gap_min, expected.experience_gap_max = 2.0, 6.0
    expected.matching_objective = MatchObjective.MOST_MATCHED
    expected.agreement_confidentiality += " Questions go to {coordinator_phone}."
    expected.guardian_signature = True
    expected.coordinator_name = "Ada Example"
    expected.coordinator_email = "ada@example.org"
    expected.coordinator_phone = "555-0100"
    assert saved == expected
    assert saved.criterion(Criterion.LANGUAGE).must_match


def test_finish_on_the_first_page_saves_the_default_template(qtbot, db) -> None:
    wizard = open_wizard(qtbot)
    created = save_on_finish(wizard, db)
    assert not wizard.button(FINISH).isEnabled()
    assert not wizard.button(NEXT).isEnabled()

    qtbot.keyClicks(child(wizard, QLineEdit, "name"), "Quick Start")
    assert wizard.button(FINISH).isEnabled() and wizard.button(NEXT).isEnabled()
    finish(qtbot, wizard)

    expected = default_settings()
    expected.name = "Quick Start"
    assert wizard.settings() == expected
    assert load_settings(db, created[0]) == expected


def test_a_name_already_in_the_file_is_refused_inline(qtbot) -> None:
    wizard = open_wizard(qtbot, taken={"Staff Buddies"})
    name = child(wizard, QLineEdit, "name")
    assert error_text(wizard, "name") == ""  # no complaint before anything is typed

    qtbot.keyClicks(name, "staff buddies ")
    assert error_text(wizard, "name") == (
        "This file already has a program called “staff buddies”. Choose another name."
    )
    assert not wizard.button(NEXT).isEnabled()
    assert not wizard.button(FINISH).isEnabled()

    qtbot.keyClicks(name, "2")
    assert error_text(wizard, "name") == ""
    assert wizard.button(FINISH).isEnabled()

    replace_text(qtbot, name, "")
    assert error_text(wizard, "name") == "Give the program a name."
    assert not wizard.button(NEXT).isEnabled()


def test_an_end_before_the_start_is_refused_inline(qtbot) -> None:
    wizard = open_wizard(qtbot)
    qtbot.keyClicks(child(wizard, QLineEdit, "name"), "Dated")
    type_date(qtbot, wizard, "start_date", "15Mar2025")
    type_date(qtbot, wizard, "end_date", "10Jan2025")
    assert wizard.settings().end_date == date(2025, 1, 10)
    assert error_text(wizard, "end_date") == "The end date must be after the start date."
    assert not wizard.button(NEXT).isEnabled()
    assert not wizard.button(FINISH).isEnabled()
    wait_unclipped(qtbot, wizard, "end_date")
    SCREENSHOTS.mkdir(exist_ok=True)
    wizard.grab().save(str(SCREENSHOTS / "wizard-problem-dates.png"))

    tick(qtbot, child(wizard, QAbstractButton, "end_date_unset"))  # "No date yet" again
    assert error_text(wizard, "end_date") == ""
    assert wizard.button(FINISH).isEnabled()


def go_to(qtbot, wizard: ProgramWizard, page: PageId) -> None:
    while wizard.currentId() < page:
        press(qtbot, wizard, NEXT)
    assert wizard.currentId() == page


def test_an_unknown_placeholder_is_named_as_it_is_typed(qtbot) -> None:
    wizard = open_wizard(qtbot)
    qtbot.keyClicks(child(wizard, QLineEdit, "name"), "Placeholders")
    go_to(qtbot, wizard, PageId.AGREEMENT)
    expectations = child(wizard, QPlainTextEdit, "agreement_expectations")
    append_text(qtbot, expectations, " Call {mentor_nme")
    assert "is not matched" in error_text(wizard, "agreement_expectations")
    qtbot.keyClicks(expectations, "}.")
    problem = error_text(wizard, "agreement_expectations")
    assert problem.startswith("Unknown placeholder {mentor_nme}. Known ones: {mentor_name}")
    assert not wizard.button(NEXT).isEnabled()
    assert not wizard.button(FINISH).isEnabled()
    wait_unclipped(qtbot, wizard, "agreement_expectations")
    SCREENSHOTS.mkdir(exist_ok=True)
    wizard.grab().save(str(SCREENSHOTS / "wizard-problem-placeholder.png"))

    # Finish from an earlier page is refused too, saying where the problem is.
    go_back_to_basics(qtbot, wizard)
    assert wizard.button(FINISH).isEnabled()
    press(qtbot, wizard, FINISH)
    assert wizard.isVisible() and wizard.currentId() == PageId.BASICS
    elsewhere = wizard.currentPage().elsewhere
    assert elsewhere.isVisible()
    assert elsewhere.text().startswith("Before finishing, fix this on the “Agreement” page:")

    go_to(qtbot, wizard, PageId.AGREEMENT)
    replace_text(qtbot, expectations, "{mentor_name} meets {mentee_name}.")
    assert error_text(wizard, "agreement_expectations") == ""
    finish(qtbot, wizard)
    assert wizard.settings().agreement_expectations == "{mentor_name} meets {mentee_name}."


def go_back_to_basics(qtbot, wizard: ProgramWizard) -> None:
    while wizard.currentId() != PageId.BASICS:
        press(qtbot, wizard, BACK)


def test_cancel_leaves_no_trace(qtbot, db) -> None:
    wizard = open_wizard(qtbot)
    created = save_on_finish(wizard, db)
    qtbot.keyClicks(child(wizard, QLineEdit, "name"), "Never Saved")
    go_to(qtbot, wizard, PageId.MEETINGS)
    with qtbot.waitSignal(wizard.rejected, timeout=2000):
        qtbot.mouseClick(wizard.button(CANCEL), LEFT)
    assert created == []
    assert program_rows(db) == 0


def test_choosing_youth_fills_later_pages_and_keeps_the_basics(qtbot) -> None:
    wizard = open_wizard(qtbot)
    qtbot.keyClicks(child(wizard, QLineEdit, "name"), "After School Mentors")
    qtbot.keyClicks(child(wizard, QLineEdit, "organization_name"), "Example Youth Club")
    qtbot.mouseClick(child(wizard, QPlainTextEdit, "goals").viewport(), LEFT)
    qtbot.keyClicks(child(wizard, QPlainTextEdit, "goals"), "A trusted adult for every child")
    type_date(qtbot, wizard, "start_date", "15Sep2025")
    press(qtbot, wizard, NEXT)
    guardian = child(wizard, QAbstractButton, "guardian_signature")
    assert not guardian.isChecked()

    tick(qtbot, child(wizard, QAbstractButton, "template_youth"))
    assert guardian.isChecked()
    names = [row.name.text() for row in wizard.people.steps.rows]
    assert "Background check" in names and "Safeguarding training" in names
    assert child(wizard, QSpinBox, "meeting_length_minutes").value() == 90

    go_back_to_basics(qtbot, wizard)
    assert child(wizard, QLineEdit, "name").text() == "After School Mentors"
    assert child(wizard, QLineEdit, "organization_name").text() == "Example Youth Club"
    assert child(wizard, QPlainTextEdit, "goals").toPlainText() == "A trusted adult for every child"
    settings = wizard.settings()
    assert settings.template is ProgramTemplate.YOUTH
    assert settings.start_date == date(2025, 9, 15)
    assert settings.purpose.startswith("Give every young person")


def test_switching_templates_keeps_the_coordinators_contact(qtbot) -> None:
    wizard = open_wizard(qtbot)
    qtbot.keyClicks(child(wizard, QLineEdit, "name"), "Contacts")
    go_to(qtbot, wizard, PageId.AGREEMENT)
    qtbot.keyClicks(child(wizard, QLineEdit, "coordinator_email"), "bo@example.org")
    go_back_to_basics(qtbot, wizard)
    press(qtbot, wizard, NEXT)
    tick(qtbot, child(wizard, QAbstractButton, "template_recovery"))
    assert child(wizard, QLineEdit, "coordinator_email").text() == "bo@example.org"
    assert wizard.settings().checkin_cadence is CheckinCadence.BIWEEKLY


def test_every_label_has_a_keyboard_shortcut_to_its_field(qtbot) -> None:
    wizard = open_wizard(qtbot)
    for page_id in wizard.pageIds():
        for label in wizard.page(page_id).findChildren(QLabel):
            if "&" in label.text():
                assert label.buddy() is not None, label.text()

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert child(wizard, QLineEdit, "organization_name").hasFocus()


def mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else None


def test_no_two_shortcuts_on_a_page_share_a_letter(qtbot) -> None:
    wizard = open_wizard(qtbot)
    buttons = [wizard.button(b).text() for b in (BACK, NEXT, FINISH, CANCEL)]
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
        for bar in page.findChildren(QTabBar):
            texts += [bar.tabText(i) for i in range(bar.count())]
        letters = [m for m in map(mnemonic, texts + buttons) if m]
        assert len(letters) == len(set(letters)), (page.title(), sorted(letters))


def tab_through(qtbot, start: QWidget, count: int) -> list[str]:
    """Names of the fields the Tab key visits, starting in ``start``."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    names = [start.objectName()]
    for _ in range(count - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        names.append(focused.objectName() if focused.objectName() else type(focused).__name__)
    return names


def test_tab_follows_the_layout(qtbot) -> None:
    wizard = open_wizard(qtbot)
    qtbot.keyClicks(child(wizard, QLineEdit, "name"), "Keyboard")
    assert tab_through(qtbot, child(wizard, QLineEdit, "name"), 6) == [
        "name",
        "organization_name",
        "purpose",
        "goals",
        "start_date_unset",
        "end_date_unset",  # the dates themselves wait until "No date yet" is cleared
    ]
    go_to(qtbot, wizard, PageId.PEOPLE)
    assert tab_through(qtbot, child(wizard, QWidget, "default_mentor_capacity"), 9) == [
        "default_mentor_capacity",
        "reciprocal",
        "eligibility_notes",
        "step_name",
        "step_kind",
        "step_required",
        "step_remove",  # a screening step has no hours
        "step_name",
        "step_kind",
    ]
    press(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.MATCHING
    first = child(wizard, QAbstractButton, "criterion_interests")
    assert first.hasFocus()  # the page starts at its first field
    names = tab_through(qtbot, first, 24)
    assert names[:4] == [
        "criterion_interests",
        "weight_interests",
        "criterion_goals_skills",
        "weight_goals_skills",
    ]
    assert "weight_location" not in names  # switched off, so its weight is skipped
    after_criteria = names[names.index("weight_preferences") + 1 :]
    assert after_criteria[:4] == [
        "department_rule",
        "experience_gap_min",
        "experience_gap_max",
        "objective_best_score",
    ]


def test_screenshots_of_every_page_fit_without_scrolling(qtbot) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    wizard = open_wizard(qtbot)
    wizard.resize(wizard.minimumSize())
    assert (wizard.width(), wizard.height()) == (760, 560)
    qtbot.keyClicks(child(wizard, QLineEdit, "name"), "Screenshot Program")
    press(qtbot, wizard, NEXT)
    tick(qtbot, child(wizard, QAbstractButton, "template_youth"))  # the most steps
    go_back_to_basics(qtbot, wizard)
    names = {
        PageId.BASICS: "1-basics",
        PageId.TEMPLATE: "2-template",
        PageId.MEETINGS: "3-meetings",
        PageId.PEOPLE: "4-people",
        PageId.MATCHING: "5-matching",
        PageId.AGREEMENT: "6-agreement",
        PageId.REVIEW: "7-review",
    }
    for page_id, name in names.items():
        go_to(qtbot, wizard, page_id)
        qtbot.waitUntil(wizard.currentPage().isVisible)
        assert wizard.grab().save(str(SCREENSHOTS / f"wizard-{name}.png"))
        for area in wizard.currentPage().findChildren(QScrollArea):
            assert area.verticalScrollBar().maximum() == 0, f"{name} needs scrolling"


@pytest.mark.parametrize("template", list(ProgramTemplate))
def test_finish_after_any_template_is_valid(qtbot, db, template: ProgramTemplate) -> None:
    wizard = open_wizard(qtbot)
    created = save_on_finish(wizard, db)
    qtbot.keyClicks(child(wizard, QLineEdit, "name"), f"From {template.value}")
    press(qtbot, wizard, NEXT)
    tick(qtbot, child(wizard, QAbstractButton, f"template_{template.value}"))
    finish(qtbot, wizard)
    expected = apply_template(ProgramSettings(name=f"From {template.value}"), template)
    assert load_settings(db, created[0]) == expected
