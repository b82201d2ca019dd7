"""The matching screen's Groups mode and the Pairs screen's Circles tab, driven like a user.

Circles are formed from a real program file; a person is dragged from one
circle's list to another's (a real press and moves start the drag, and the
drag's execution delivers the drop to the target's viewport, see
``dnd_helpers``), moved from the keyboard with Ctrl+M, and confirmed; the
circles stored in the file (read back with plain sqlite3) are the ones the
board showed. The group agreement PDF is re-read with pypdf.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from dnd_helpers import drag_and_drop
from matching_data import realistic_members, store_members
from pytestqt.qtbot import QtBot
from window_driver import WindowDriver

from peerdesk.database import create_database
from peerdesk.program import programs
from ui import operations
from ui.circles import dnd
from ui.circles.board import GroupsBoard, quality_text
from ui.circles.cards import CircleCard
from ui.circles.model import Column
from ui.main_window import MainWindow
from ui.matching.board import MatchingScreen
from ui.pairs.screen import PairsScreen
from ui.qt import QAction, QMenu, QMessageBox, QPoint, QPushButton, Qt, QTimer, QWidget

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LEFT = Qt.MouseButton.LeftButton
Launcher = Callable[..., MainWindow]


def make_file(path: Path, mentees: int = 9, mentors: int = 3, applied: int = 0) -> None:
    """Mentees and mentors ready for matching, and ``applied`` more mentees not ready yet."""
    from peerdesk.enums import ParticipantStatus

    with create_database(path) as db:
        program_id = programs.create_program(db, programs.quick_settings("Circles"))
        members, prefer, do_not_pair = realistic_members(mentees + applied, mentors, seed=11)
        members[:applied] = [
            dataclasses.replace(m, status=ParticipantStatus.APPLIED) for m in members[:applied]
        ]
        store_members(db, program_id, members, prefer, do_not_pair)


def stored_circles(path: Path) -> dict[int, tuple[str, str, frozenset[tuple[int, str]]]]:
    """Each circle in the file: (name, status, its (participant id, role))."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        circles = {
            cid: (name, status, frozenset())
            for cid, name, status in conn.execute("SELECT id, name, status FROM circle")
        }
        for cid, pid, role in conn.execute(
            "SELECT circle_id, participant_id, role FROM circle_member"
        ):
            name, status, people = circles[cid]
            circles[cid] = (name, status, people | {(pid, role)})
        return circles
    finally:
        conn.close()


class Groups(WindowDriver):
    screen: MatchingScreen

    def __init__(self, qtbot: QtBot, window: MainWindow, path: Path) -> None:
        super().__init__(qtbot, window, path, {}, "matching", MatchingScreen)

    @property
    def board(self) -> GroupsBoard:
        return self.screen.groups

    def open_groups(self) -> None:
        self.screen.setFocus()
        self.qtbot.keyClick(self.screen, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        assert self.screen.modes.currentWidget() is self.board
        assert not self.screen.pair_action.isVisible()

    def form(self, size: int) -> None:
        box = self.board.size_box
        box.setFocus()
        box.selectAll()
        self.qtbot.keyClicks(box, str(size))
        self.qtbot.mouseClick(self.board.form_button, LEFT)
        self.settle()
        assert self.board.draft is not None, self.board.banner.text.text()

    def confirm(self) -> None:
        """Confirm circles…, then Confirm in the dialog (from today)."""
        self.qtbot.mouseClick(self.board.confirm_button, LEFT)
        dialog = self.board.dialog
        assert dialog is not None and dialog.isVisible()
        self.qtbot.mouseClick(dialog.ok, LEFT)
        self.settle()

    def shown(self) -> list[frozenset[tuple[int, str]]]:
        """What the cards show: each circle's (participant id, role)."""
        found = []
        for card in self.board.cards:
            model = card.model
            found.append(
                frozenset(
                    (p.participant_id, "leader" if p.leader else "member") for p in model.people
                )
            )
        return found

    def point_of(self, card: CircleCard, participant_id: int) -> QPoint:
        row = card.model.row_of(participant_id)
        assert row is not None
        return card.view.visualRect(card.model.index(row, 0)).center()


@pytest.fixture
def groups(qtbot: QtBot, launch: Launcher, tmp_path: Path) -> Iterator[Groups]:
    path = tmp_path / "circles.peerdesk"
    make_file(path, applied=2)
    window = launch(path)
    window.resize(1300, 800)
    yield Groups(qtbot, window, path)
    operations.wait_idle(20)


def test_forming_circles_shows_them_with_leaders_and_quality_against_the_bound(
    groups: Groups,
) -> None:
    groups.open_groups()
    groups.form(4)
    board = groups.board
    draft = board.draft
    assert draft is not None and draft.formation is not None
    assert len(board.cards) == 3
    shown = groups.shown()
    assert sorted(len(c) for c in shown) == [4, 4, 4]
    everyone = [p for circle in shown for p, _role in circle]
    assert len(everyone) == len(set(everyone)) == 12
    assert all(sum(role == "leader" for _p, role in c) == 1 for c in shown)
    # The leader's name is shown first, in bold, and says so.
    first = board.cards[0].model.index(0, 0)
    assert "(leader)" in first.data()
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    text = board.quality.text()
    formation = draft.formation
    assert (
        f"{formation.quality.quality:.1f}".rstrip("0").rstrip(".") in text
        or str(round(formation.quality.quality)) in text
    )
    assert "%" in text and "Nothing is saved" in text
    assert "2 more are not ready for matching yet" in text
    assert quality_text(draft, lambda s: s) == text
    if formation.exact:
        assert "best circles there are" in text
    SHOTS.mkdir(exist_ok=True)
    groups.window.grab().save(str(SHOTS / "groups_formed.png"))


def test_drag_a_person_to_another_circle_then_confirm_stores_what_the_board_showed(
    groups: Groups, monkeypatch: pytest.MonkeyPatch
) -> None:
    groups.open_groups()
    groups.form(4)
    board = groups.board
    source, target = board.cards[0], board.cards[1]
    member = source.model.people[-1]
    assert not member.leader
    before = board.draft
    assert before is not None
    drag_and_drop(
        monkeypatch,
        dnd,
        source.view.viewport(),
        groups.point_of(source, member.participant_id),
        target.view.viewport(),
        QPoint(20, 10),
    )
    groups.settle()
    after = board.draft
    assert after is not None
    assert after.where(member.participant_id) == 1
    assert sorted(len(c.people) for c in after.circles) == [3, 4, 5]
    # The fits are summed again for the circles as they now stand.
    expected = before.formation.rescored(after.groups()).quality
    assert after.quality == pytest.approx(expected)
    assert after.circles[1].score == pytest.approx(
        before.formation.rescored([after.groups()[1]]).quality
    )
    assert member.name in [p.name for p in target.model.people]
    groups.window.grab().save(str(SHOTS / "groups_dragged.png"))

    shown = groups.shown()
    names = [c.name for c in after.circles]
    groups.confirm()
    stored = stored_circles(groups.path)
    assert sorted((name, people) for name, _status, people in stored.values()) == sorted(
        zip(names, shown, strict=True)
    )
    assert {status for _name, status, _people in stored.values()} == {"active"}
    assert board.draft is None
    assert "3 circles are confirmed" in board.banner.text.text()
    # One step: Edit → Undo takes all three back, Redo saves them again.
    stack = groups.window.undo_stack
    assert (stack.count(), stack.undoText()) == (1, "Confirm 3 circles")
    groups.undo()
    assert stack.index() == 0
    assert stored_circles(groups.path) == {}
    groups.redo()
    assert sorted(p for _n, _s, p in stored_circles(groups.path).values()) == sorted(shown)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_move_someone_from_the_keyboard(groups: Groups) -> None:
    groups.open_groups()
    groups.form(4)
    board = groups.board
    source = board.cards[2]
    member = source.model.people[1]
    view = source.view
    groups.qtbot.mouseClick(
        view.viewport(), LEFT, pos=groups.point_of(source, member.participant_id)
    )
    view.setFocus()
    groups.qtbot.keyClick(
        view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    menu = board.menu
    assert isinstance(menu, QMenu) and menu.isVisible()
    names = [a.text() for a in menu.actions()]
    assert names == [f"{board.draft.circles[i].name} (4 people)" for i in (0, 1)]
    groups.qtbot.keyClick(menu, Qt.Key.Key_Down)  # from Circle 1 to Circle 2
    groups.qtbot.keyClick(menu, Qt.Key.Key_Return)
    groups.settle()
    assert board.draft is not None and board.draft.where(member.participant_id) == 1
    # The person moved keeps the keyboard's attention in their new circle.
    assert board.cards[1].view.current_person() == member.participant_id
    assert "differ by more than one" in board.quality.text()
    # The circles' names are typed in place, and saved with them.
    title = board.cards[1].title
    groups.activate()  # the menu had the keyboard
    groups.qtbot.mouseClick(title, LEFT)
    assert title.hasFocus()
    title.selectAll()
    groups.qtbot.keyClicks(title, "Tuesday evenings")
    groups.qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert board.draft.circles[1].name == "Tuesday evenings"
    groups.confirm()
    names = sorted(name for name, _s, _p in stored_circles(groups.path).values())
    assert names == ["Circle 1", "Circle 3", "Tuesday evenings"]


def circle_rows(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT name, status, outcome, end_reason, agreement_signed_on FROM circle ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


class CirclesTab(WindowDriver):
    screen: PairsScreen

    def __init__(self, groups: Groups) -> None:
        super().__init__(groups.qtbot, groups.window, groups.path, {}, "pairs", PairsScreen)
        tabs = self.screen.tabs
        bar = tabs.tabBar()
        self.qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
        self.settle()
        assert tabs.currentWidget() is self.screen.circles
        self.panel = self.screen.circles

    def pick(self, row: int) -> None:
        table = self.panel.table
        rect = table.visualRect(self.panel.proxy.index(row, 0))
        self.qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())

    def choose(self, action: QAction) -> None:
        """Open the toolbar's More menu and click ``action`` in it, as a user does."""
        menu = self.panel.more_menu
        assert action in menu.actions()

        def click() -> None:
            self.qtbot.waitUntil(menu.isVisible)
            self.qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())

        QTimer.singleShot(0, click)
        self.qtbot.mouseClick(self.panel.more_button, LEFT)  # returns once the menu closed
        # Offscreen Qt leaves the closed menu the active window: the window is the user's again.
        handle = self.window.windowHandle()
        with self.qtbot.waitActive(self.window):
            handle.requestActivate()

    def press(self, action: QAction) -> QWidget:
        button = self.panel.toolbar.widgetForAction(action)
        assert button is not None and button.isEnabled(), action.text()
        self.qtbot.mouseClick(button, LEFT)
        dialog = self.panel.dialog
        assert dialog is not None and dialog.isVisible()
        return dialog


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_circles_tab_marks_signed_and_ends_a_circle_like_a_pair(groups: Groups) -> None:
    groups.open_groups()
    groups.form(4)
    groups.confirm()
    tab = CirclesTab(groups)
    panel = tab.panel
    assert panel.model.rowCount() == 3
    assert [panel.proxy.index(r, 0).data() for r in range(3)] == [
        "Circle 1",
        "Circle 2",
        "Circle 3",
    ]
    tab.pick(1)
    assert "Circle 2: led by" in panel.details.text()
    row = panel.selected_row()
    assert row is not None and len(row.leaders) == 1 and len(row.members) == 3
    # Signed today.
    dialog = tab.press(panel.signed_action)
    tab.qtbot.keyClick(dialog, Qt.Key.Key_Return)
    tab.settle()
    assert circle_rows(groups.path)[1][4] == date.today().isoformat()
    # Ending asks why and how; without a reason it says so and changes nothing.
    dialog = tab.press(panel.end_action)
    assert not dialog.ok.isEnabled()
    tab.qtbot.mouseClick(dialog.outcome_choice.completed, LEFT)
    tab.qtbot.mouseClick(dialog.ok, LEFT)
    assert dialog.isVisible() and dialog.reason_error.isVisible()
    assert circle_rows(groups.path)[1][1] == "active"
    tab.qtbot.keyClicks(dialog.reason, "The program year ended")
    tab.qtbot.mouseClick(dialog.ok, LEFT)
    tab.settle()
    assert circle_rows(groups.path)[1][1:4] == ("ended", "completed", "The program year ended")
    assert panel.proxy.index(1, Column.STATUS).data() == "Completed"
    assert not panel.end_action.isEnabled()
    panel.grab().save(str(SHOTS / "circles_tab.png"))
    tab.undo()
    assert circle_rows(groups.path)[1][1:4] == ("active", None, None)
    tab.undo()
    assert circle_rows(groups.path)[1][4] is None


def test_too_few_leaders_for_the_size_says_so_and_forms_nothing(groups: Groups) -> None:
    groups.open_groups()
    board = groups.board
    box = board.size_box
    box.setFocus()
    box.selectAll()
    groups.qtbot.keyClicks(box, "3")  # 12 people in circles of 3: 4 leaders, 3 mentors
    groups.qtbot.mouseClick(board.form_button, LEFT)
    groups.settle()
    assert board.draft is None and not board.cards
    assert board.banner.isVisible()
    assert "only 3 of the people ready can lead" in board.banner.text.text()
    assert not board.confirm_button.isEnabled()
    board.grab().save(str(SHOTS / "groups_refused.png"))


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_print_and_save_a_group_agreement_with_every_members_signature_line(
    groups: Groups, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    groups.open_groups()
    groups.form(4)
    groups.confirm()
    tab = CirclesTab(groups)
    panel, screen = tab.panel, tab.screen
    tab.pick(0)
    row = panel.selected_row()
    assert row is not None
    # Print: the preview shows the agreement's pages.
    tab.qtbot.mouseClick(panel.toolbar.widgetForAction(panel.print_action), LEFT)
    tab.qtbot.waitUntil(
        lambda: screen.preview is not None and screen.preview.isVisible(), timeout=20000
    )
    preview = screen.preview
    assert preview is not None and "Circle 1" in preview.windowTitle()
    assert len(preview.pages) >= 1
    preview.close()
    tab.settle()
    # Save as PDF: the file holds every person of the circle, each with a signature line.
    out = tmp_path / "circle.pdf"
    screen.ask_save_file = lambda title, suggested: out  # type: ignore[method-assign]
    with tab.qtbot.waitSignal(screen.saved, timeout=20000) as saved:
        tab.choose(panel.save_action)
    tab.settle()
    assert saved.args[0] == [out]
    reader = PdfReader(str(out))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))
    assert "Group Agreement" in text
    assert "Circle 1" in text
    for _pid, name in row.people:
        assert text.count(name) >= 2, name  # listed, and named under a signature line
    conn = sqlite3.connect(f"file:{groups.path}?mode=ro", uri=True)
    try:
        printed = conn.execute(
            "SELECT agreement_printed_at FROM circle WHERE id = ?", (row.id,)
        ).fetchone()[0]
    finally:
        conn.close()
    assert printed is not None
    SHOTS.mkdir(exist_ok=True)
    shutil.copy(out, SHOTS / "group_agreement.pdf")


def test_the_circles_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    from peerdesk.enums import PairStatus
    from ui.circles.cards import PeopleModel
    from ui.circles.draft import Person
    from ui.circles.model import SORT_ROLE, CircleRow, CirclesModel

    def row(circle_id: int, name: str) -> CircleRow:
        return CircleRow(
            circle_id, name, PairStatus.ACTIVE, 50.0, date(2027, 1, 4), None, None, None, None,
            ((1, "Ana"),), ((2, "Bo"), (3, "Chidi")),
        )  # fmt: skip

    circles = CirclesModel()
    circles.set_rows([row(1, "Circle 10"), row(2, "Circle 2"), row(3, "Circle 1")])
    qtmodeltester.check(circles)
    keys = [circles.index(r, Column.NAME).data(SORT_ROLE) for r in range(3)]
    assert [circles.rows[i].name for i in sorted(range(3), key=keys.__getitem__)] == [
        "Circle 1",
        "Circle 2",
        "Circle 10",
    ]
    people = PeopleModel()
    people.set_people((Person(1, "Ana", True), Person(2, "Bo", False)))
    qtmodeltester.check(people)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_circles_tab_pauses_resumes_and_renames(groups: Groups) -> None:
    from ui.qt import QLineEdit

    groups.open_groups()
    groups.form(4)
    groups.confirm()
    tab = CirclesTab(groups)
    panel = tab.panel
    tab.pick(2)
    tab.choose(panel.pause_action)
    tab.settle()
    assert circle_rows(groups.path)[2][1] == "paused"
    assert panel.pause_action.text() == "Resume"
    tab.choose(panel.pause_action)
    tab.settle()
    assert circle_rows(groups.path)[2][1] == "active"
    dialog = tab.press(panel.rename_action)
    field = dialog.findChild(QLineEdit)
    assert field is not None and field.text() == "Circle 3"
    field.selectAll()
    tab.qtbot.keyClicks(field, "Thursday leaders")
    tab.qtbot.keyClick(field, Qt.Key.Key_Return)
    tab.settle()
    assert circle_rows(groups.path)[2][0] == "Thursday leaders"
    assert panel.selected_row() is not None and panel.selected_row().name == "Thursday leaders"
    tab.undo()
    assert circle_rows(groups.path)[2][0] == "Circle 3"


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_the_menu_key_makes_a_leader_a_member_and_confirm_refuses_a_circle_without_one(
    groups: Groups,
) -> None:
    groups.open_groups()
    groups.form(4)
    board = groups.board
    card = board.cards[0]
    leader, mentee = card.model.people[0], card.model.people[1]
    assert leader.leader and leader.can_lead and not mentee.can_lead

    def menu_on(person_id: int) -> QMenu:
        groups.qtbot.mouseClick(card.view.viewport(), LEFT, pos=groups.point_of(card, person_id))
        card.view.setFocus()
        groups.qtbot.keyClick(card.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
        menu = board.menu
        assert isinstance(menu, QMenu) and menu.isVisible()
        return menu

    menu = menu_on(mentee.participant_id)
    make = next(a for a in menu.actions() if a.objectName() == "makeLeader")
    assert not make.isEnabled()  # a mentee cannot lead
    menu.close()
    menu = menu_on(leader.participant_id)
    action = next(a for a in menu.actions() if a.objectName() == "makeMember")
    groups.qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
    groups.settle()
    draft = board.draft
    assert draft is not None and not draft.circles[0].leaders
    assert "No leader: Circle 1" in board.quality.text()
    assert "no leader" in card.fit.text()
    # Confirming is refused in plain words, and nothing is saved.
    groups.confirm()
    assert stored_circles(groups.path) == {}
    assert board.draft is not None
    assert board.banner.isVisible() and "needs a leader" in board.banner.text.text()
    board.grab().save(str(SHOTS / "groups_no_leader.png"))
    # Made leader again, the circles can be saved.
    menu = menu_on(leader.participant_id)
    action = next(a for a in menu.actions() if a.objectName() == "makeLeader")
    groups.qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
    groups.settle()
    assert board.draft is not None and board.draft.circles[0].leaders == (leader,)
    groups.confirm()
    assert len(stored_circles(groups.path)) == 3


def test_plan_a_circle_meeting_invites_its_people_from_the_calendar(groups: Groups) -> None:
    from ui.calendar.screen import CalendarScreen
    from ui.calendar.session_dialog import SessionDialog

    groups.open_groups()
    groups.form(4)
    groups.confirm()
    tab = CirclesTab(groups)
    panel = tab.panel
    tab.pick(0)
    row = panel.selected_row()
    assert row is not None
    tab.qtbot.mouseClick(panel.toolbar.widgetForAction(panel.meeting_action), LEFT)
    tab.settle()
    calendar = groups.window.show_screen("calendar")
    assert isinstance(calendar, CalendarScreen)
    dialog = calendar.dialog
    assert isinstance(dialog, SessionDialog) and dialog.isVisible()
    assert dialog.invite_buttons["circle"].isChecked()
    assert dialog.circle.currentData() == row.id
    assert dialog.kind.currentData() == "group_meeting"  # mentees and their leader
    tab.qtbot.keyClicks(dialog.title, "First circle meeting")
    tab.qtbot.mouseClick(dialog.ok, LEFT)
    tab.settle()
    conn = sqlite3.connect(f"file:{groups.path}?mode=ro", uri=True)
    try:
        session_id, invite, circle_id = conn.execute(
            "SELECT id, invite, circle_id FROM group_session WHERE title = ?",
            ("First circle meeting",),
        ).fetchone()
        invited = {
            pid
            for (pid,) in conn.execute(
                "SELECT participant_id FROM session_attendance WHERE session_id = ?",
                (session_id,),
            )
        }
    finally:
        conn.close()
    assert (invite, circle_id) == ("circle", row.id)
    assert invited == {pid for pid, _name in row.people}


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_schedule_check_ins_for_a_circles_people(groups: Groups) -> None:
    groups.open_groups()
    groups.form(4)
    groups.confirm()
    tab = CirclesTab(groups)
    panel = tab.panel
    tab.pick(1)
    row = panel.selected_row()
    assert row is not None

    def checkins() -> dict[int, int]:
        conn = sqlite3.connect(f"file:{groups.path}?mode=ro", uri=True)
        try:
            return dict(
                conn.execute(
                    "SELECT participant_id, COUNT(*) FROM meeting WHERE kind = 'staff_checkin' "
                    "GROUP BY participant_id"
                ).fetchall()
            )
        finally:
            conn.close()

    assert checkins() == {}
    with tab.qtbot.waitSignal(panel.scheduled, timeout=20000) as made:
        tab.choose(panel.checkins_action)
    tab.settle()
    found = checkins()
    assert set(found) == {pid for pid, _name in row.people}  # this circle's people only
    assert made.args[0] == sum(found.values()) > 0
    assert "check-ins scheduled" in groups.window.statusBar().currentMessage()
    tab.undo()
    assert checkins() == {}


def test_forming_a_large_pool_shows_progress_and_can_be_cancelled(
    qtbot: QtBot, launch: Launcher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peerdesk.groups import forming
    from peerdesk.progress import Progress
    from ui.operations import ProgressDialog

    # Forming is held until the test lets it go (or the user cancels), so the progress
    # dialog shows however fast the machine forms 180 people's circles.
    real_form = forming.form_circles
    release = threading.Event()

    def held_form(*args: Any, progress: Progress | None = None, **kwargs: Any) -> Any:
        while not release.is_set():
            if progress is not None:
                progress.check()
            time.sleep(0.01)
        return real_form(*args, progress=progress, **kwargs)

    monkeypatch.setattr(forming, "form_circles", held_form)
    path = tmp_path / "large.peerdesk"
    make_file(path, mentees=150, mentors=30)
    groups = Groups(qtbot, launch(path), path)
    groups.open_groups()
    board = groups.board
    board.size_box.setValue(6)
    qtbot.mouseClick(board.form_button, LEFT)
    # The window stays the user's while the worker forms circles; the progress shows.
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in board.findChildren(ProgressDialog)), timeout=20000
    )
    dialog = next(d for d in board.findChildren(ProgressDialog) if d.isVisible())
    assert "Forming circles" in dialog.labelText()
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, LEFT)
    groups.settle()
    assert board.draft is None and not board.cards
    assert not board.banner.isVisible()  # cancelling is no error
    # Formed again to the end, the circles are there.
    release.set()
    qtbot.mouseClick(board.form_button, LEFT)
    groups.settle()
    assert board.draft is not None and len(board.draft.circles) == 30


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_change_a_confirmed_circles_people_from_its_list(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "people.peerdesk"
    make_file(path, mentees=10, mentors=4)  # 14 ready: circles of 4 leave room to move
    groups = Groups(qtbot, launch(path), path)
    groups.open_groups()
    groups.form(5)  # 3 circles of 5, 5, 4, led by 3 of the 4 mentors
    draft = groups.board.draft
    assert draft is not None
    spare = draft.circles[-1].members[-1]  # a mentee of the third circle
    groups.confirm()
    tab = CirclesTab(groups)
    panel = tab.panel
    people = panel.people

    def members(circle_index: int) -> dict[int, str]:
        _name, _status, found = sorted(stored_circles(path).items())[circle_index][1]
        return dict(found)

    def menu_on(participant_id: int) -> QMenu:
        assert people.select_person(participant_id)
        people.setFocus()
        qtbot.keyClick(people, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
        menu = panel.menu
        assert isinstance(menu, QMenu) and menu.isVisible()
        return menu

    def choose(menu: QMenu, name: str) -> None:
        action = next(a for a in menu.findChildren(QAction) if a.objectName() == name)
        owner = next(m for m in [menu, *menu.findChildren(QMenu)] if action in m.actions())
        if owner is not menu:
            owner.popup(menu.pos())
            qtbot.waitUntil(owner.isVisible)
        qtbot.mouseClick(owner, LEFT, pos=owner.actionGeometry(action).center())
        tab.settle()

    tab.pick(2)
    before = members(2)
    assert spare.participant_id in before
    # Take them out of the third circle: they are in no circle.
    choose(menu_on(spare.participant_id), "takeOut")
    assert spare.participant_id not in members(2)
    # Add them to the second from the dialog of people in no circle.
    tab.pick(1)
    qtbot.mouseClick(panel.toolbar.widgetForAction(panel.add_action), LEFT)
    tab.settle()
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    assert [n for n in dialog.picker.visible_names() if spare.name in n]
    qtbot.keyClicks(dialog.picker.search, spare.name)
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.ok, LEFT)
    tab.settle()
    assert members(1)[spare.participant_id] == "member"
    # Move them on to the first.
    target = sorted(stored_circles(path))[0]
    choose(menu_on(spare.participant_id), f"moveToCircle{target}")
    assert spare.participant_id not in members(1)
    assert members(0)[spare.participant_id] == "member"
    # A mentee cannot lead: refused in plain words, nothing changed.
    tab.pick(0)
    choose(menu_on(spare.participant_id), "makeLeader")
    assert members(0)[spare.participant_id] == "member"
    shown = [b for b in groups.window.findChildren(QMessageBox) if b.isVisible()]
    assert len(shown) == 1 and "mentor" in shown[0].text(), [b.text() for b in shown]
    shown[0].accept()
    panel.grab().save(str(SHOTS / "circles_people.png"))
    # Each change was one step: undo the move, the add and the taking out.
    for _ in range(3):
        tab.undo()
    assert members(2) == before


def test_mentor_support_circles_hold_only_mentors(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "mentors.peerdesk"
    make_file(path, mentees=6, mentors=8)
    groups = Groups(qtbot, launch(path), path)
    groups.open_groups()
    groups.qtbot.mouseClick(groups.board.mentors_only, LEFT)
    assert groups.board.mentors_only.isChecked()
    groups.form(4)
    draft = groups.board.draft
    assert draft is not None
    everyone = [p for c in draft.circles for p in c.people]
    assert len(everyone) == 8 and all(p.can_lead for p in everyone)
    assert sorted(len(c.people) for c in draft.circles) == [4, 4]
    # A meeting planned for a circle of mentors is a mentor circle's.
    from ui.calendar.screen import CalendarScreen
    from ui.calendar.session_dialog import SessionDialog

    groups.confirm()
    tab = CirclesTab(groups)
    tab.pick(0)
    tab.qtbot.mouseClick(tab.panel.toolbar.widgetForAction(tab.panel.meeting_action), LEFT)
    tab.settle()
    calendar = groups.window.show_screen("calendar")
    assert isinstance(calendar, CalendarScreen)
    dialog = calendar.dialog
    assert isinstance(dialog, SessionDialog) and dialog.isVisible()
    assert dialog.kind.currentData() == "mentor_circle"
    dialog.reject()
    tab.settle()


def test_after_confirming_the_board_says_nobody_is_waiting_and_how_many_circles(
    groups: Groups,
) -> None:
    groups.open_groups()
    board = groups.board
    assert "press Form circles" in board.empty.text()
    groups.form(4)
    groups.confirm()
    groups.settle()
    assert board.empty.isVisible()
    assert board.empty.text().startswith(
        "3 circles were confirmed. Nobody ready for matching is waiting for a circle now."
    )
    assert "everyone ready for matching is put in circles" not in board.empty.text()
    board.grab().save("/tmp/g6/groups-confirmed.png")


def test_the_cards_show_whether_each_member_is_a_mentor_or_a_mentee(groups: Groups) -> None:
    from ui.circles.cards import SIDE_ROLE, PeopleModel
    from ui.circles.draft import Person

    groups.open_groups()
    groups.form(4)
    card = groups.board.cards[0]
    model = card.model
    sides = [model.index(row, 0).data(SIDE_ROLE) for row in range(model.rowCount())]
    assert sides[0] == "" and model.people[0].leader  # the leader: "(leader)" says it
    assert set(sides[1:]) == {"mentee"}
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole).endswith(", a mentee")
    # A mentor who is an ordinary member reads "mentor", told apart from the mentees.
    people = PeopleModel()
    people.set_people((Person(1, "Ana Ruiz", True, True), Person(2, "Bo Chen", False, True),
                       Person(3, "Cy Diaz", False, False)))  # fmt: skip
    assert [people.index(r, 0).data(SIDE_ROLE) for r in range(3)] == ["", "mentor", "mentee"]
    card.view.setFocus()
    card.view.setCurrentIndex(model.index(1, 0))
    card.grab().save("/tmp/g6/circle-card-roles.png")
