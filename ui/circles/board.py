"""The matching screen's Groups mode: form circles from the ready pool, move people, confirm.

**Form circles** asks the core (on the worker, with progress and Cancel) for
circles of the chosen size; each shows as a card with its leaders first, its
members, and its average fit, and the line above says how good the whole is
against the best any circles could be (the bound). People are dragged from
one card to another, or moved from the keyboard: pick a name, press Ctrl+Shift+M
(Move to circle…) and choose the circle. Nothing is saved until **Confirm
circles…**, which saves them all as one step that Edit → Undo takes back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from peerdesk.errors import UserError
from peerdesk.scores import score_text
from ui import icons, operations
from ui.circles.cards import CARD_WIDTH, CircleCard
from ui.circles.draft import Draft
from ui.matching.widgets import DONE, INFO, REFUSED, Banner
from ui.messages import user_message
from ui.qt import (
    QAction,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QMenu,
    QPushButton,
    QResizeEvent,
    QScrollArea,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from peerdesk.database import Database
    from ui.main_window import MainWindow

SMALLEST, LARGEST, DEFAULT_SIZE = 3, 12, 5


class GroupsBoard(QWidget):
    """Form circles, move people between them, and confirm them (the Groups mode)."""

    confirmed = Signal(list)  # the ids of the circles just saved

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupsBoard")
        self.window_ = window
        self.db: Database | None = None
        self.program_id: int | None = None
        self.draft: Draft | None = None
        self.cards: list[CircleCard] = []
        self.current_circle = 0
        self.menu: QMenu | None = None
        self.dialog: QWidget | None = None
        self._generation = 0
        self._build()

    # -- building ------------------------------------------------------------------

    def _build(self) -> None:
        self.size_box = QSpinBox(self)
        self.size_box.setObjectName("circleSize")
        self.size_box.setRange(SMALLEST, LARGEST)
        self.size_box.setValue(DEFAULT_SIZE)
        self.size_box.setToolTip(
            self.tr(
                "The most people in one circle, its leader included; the circles' sizes "
                "differ by one at most"
            )
        )
        size_label = QLabel(self.tr("Circle &size:"), self)
        size_label.setBuddy(self.size_box)
        self.mentors_only = QCheckBox(self.tr("Mentors &only"), self)
        self.mentors_only.setObjectName("mentorsOnly")
        self.mentors_only.setToolTip(
            self.tr(
                "Mentor support circles: only the ready mentors (those with mentees too), "
                "a mentor leading each"
            )
        )
        self.form_button = QPushButton(icons.icon("suggest"), self.tr("&Form circles"), self)
        self.form_button.setObjectName("formCircles")
        self.form_button.setToolTip(
            self.tr("Form circles of this size from everyone ready for matching")
        )
        self.form_button.clicked.connect(self.form)
        self.move_action = QAction(icons.icon("switch"), self.tr("&Move to circle…"), self)
        self.move_action.setObjectName("moveToCircle")
        self.move_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.move_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.move_action.setToolTip(
            self.tr("Move the selected person to another circle (Ctrl+Shift+M)")
        )
        self.move_action.triggered.connect(lambda _c=False: self.ask_move())
        self.addAction(self.move_action)
        self.move_button = QPushButton(self.move_action.icon(), self.move_action.text(), self)
        self.move_button.setObjectName("moveToCircleButton")
        self.move_button.setToolTip(self.move_action.toolTip())
        self.move_button.clicked.connect(self.move_action.trigger)
        self.confirm_button = QPushButton(icons.icon("confirm"), self.tr("&Confirm circles…"), self)
        self.confirm_button.setObjectName("confirmCircles")
        self.confirm_button.setToolTip(
            self.tr("Save these circles; Edit → Undo takes them back in one step")
        )
        self.confirm_button.clicked.connect(self.ask_confirm)
        self.discard_button = QPushButton(icons.icon("reject"), self.tr("&Discard"), self)
        self.discard_button.setObjectName("discardCircles")
        self.discard_button.clicked.connect(self.discard)
        row = QHBoxLayout()
        row.addWidget(size_label)
        row.addWidget(self.size_box)
        row.addWidget(self.mentors_only)
        row.addWidget(self.form_button)
        row.addStretch(1)
        row.addWidget(self.move_button)
        row.addWidget(self.confirm_button)
        row.addWidget(self.discard_button)

        self.banner = Banner(self)
        self.quality = QLabel(self)
        self.quality.setObjectName("circlesQuality")
        self.quality.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setObjectName("circlesEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._show_how_to()
        self.grid_host = QWidget()
        self.grid_host.setObjectName("circlesGrid")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setSpacing(10)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("circlesScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.grid_host)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addWidget(self.quality)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.scroll_area, 1)
        self._show()

    # -- the screen's calls ----------------------------------------------------------

    def set_context(self, db: Database | None, program_id: int | None) -> None:
        self.db, self.program_id = db, program_id
        self._generation += 1
        self.draft = None
        self.banner.clear()
        self._show_how_to()
        self._show()

    def _show_how_to(self) -> None:
        self.empty.setText(
            self.tr(
                "Choose a circle size and press Form circles: everyone ready for matching is "
                "put in circles led by mentors, each as close-knit as their profiles allow. "
                "Drag people between circles, then confirm."
            )
        )

    def _show_who_waits(self, confirmed: int) -> None:
        """After confirming: how many circles were confirmed, and who still waits for one."""
        db, program_id, generation = self.db, self.program_id, self._generation
        if db is None or program_id is None:
            return
        from ui.circles.data import addable_people

        def shown(left: int) -> None:
            if generation != self._generation or self.draft is not None:
                return
            done = (
                self.tr("1 circle was confirmed.")
                if confirmed == 1
                else self.tr("{n} circles were confirmed.").format(n=confirmed)
            )
            if not left:
                waiting = self.tr(
                    "Nobody ready for matching is waiting for a circle now. People who become "
                    "ready later can be formed into new circles here, or added to a circle on "
                    "the Pairs screen's Circles tab."
                )
            elif left == 1:
                waiting = self.tr(
                    "1 person ready for matching is not in a circle yet: press Form circles, "
                    "or add them to a circle on the Pairs screen's Circles tab."
                )
            else:
                waiting = self.tr(
                    "{n} people ready for matching are not in a circle yet: press Form "
                    "circles to put them in circles."
                ).format(n=left)
            self.empty.setText(f"{done} {waiting}")

        operations.Op(
            lambda state: len(addable_people(db, program_id)), success=shown, parent=self
        ).run()

    # -- forming ---------------------------------------------------------------------

    def form(self) -> None:
        """Form circles of the chosen size on the worker; show them when done."""
        db, program_id, size = self.db, self.program_id, self.size_box.value()
        mentors_only = self.mentors_only.isChecked()
        if db is None or program_id is None:
            return
        generation = self._generation
        from ui.circles.data import form_draft

        def shown(draft: Draft) -> None:
            if generation != self._generation:
                return
            self.draft = draft
            self.current_circle = 0
            self.banner.clear()
            self._show_how_to()  # (for when these are discarded)
            self._show()
            if draft.circles and self.cards:
                self.cards[0].view.setFocus()

        operations.Op(
            lambda state: form_draft(db, program_id, size, state, self._names(), mentors_only),
            success=shown,
            failure=lambda exc: self.banner.show_message(user_message(exc), REFUSED),
            label=self.tr("Forming circles…"),
            cancellable=True,
            parent=self,
        ).run()

    def _names(self) -> Callable[[int], str]:
        """A circle's name from its number, in the user's language."""
        template = self.tr("Circle {n}")
        return lambda n: template.format(n=n)

    def discard(self) -> None:
        self.draft = None
        self.banner.clear()
        self._show()

    # -- moving ------------------------------------------------------------------------

    def move_person(self, participant_id: int, to: int) -> bool:
        """Move someone to the circle at ``to`` on the board, then work out the fits again."""
        draft = self.draft
        moved = draft.moved(participant_id, to) if draft is not None else None
        if moved is None:
            return False
        self.draft = moved
        self.current_circle = to
        self._show()
        view = self.cards[to].view
        view.setFocus()
        view.select_person(participant_id)
        self._rescore()
        return True

    def _rescore(self) -> None:
        """Sum the fits again from the formation's tables (quick: no reading, no scoring)."""
        from ui.circles.data import rescored

        if self.draft is not None:
            self.draft = rescored(self.draft)
            self._show_scores()

    def _picked(self, position: int) -> None:
        """The user is in circle ``position``: one person picked on the board at a time."""
        self.current_circle = position
        for index, card in enumerate(self.cards):
            if index != position:
                card.view.clearSelection()

    def selected_person(self) -> tuple[int, int] | None:
        """(participant id, circle position) of the person picked on the board."""
        cards = self.cards
        order = [self.current_circle] + [i for i in range(len(cards)) if i != self.current_circle]
        for position in order:
            if position < len(cards):
                person = cards[position].view.current_person()
                if person is not None:
                    return person, position
        return None

    def _add_moves(self, menu: QMenu, participant_id: int, position: int) -> None:
        """The other circles as actions of ``menu``, each moving the person there."""
        draft = self.draft
        for index, circle in enumerate(draft.circles if draft is not None else ()):
            if index == position:
                continue
            action = menu.addAction(
                self.tr("{circle} ({n} people)").format(circle=circle.name, n=len(circle.people))
            )
            action.setObjectName(f"moveTo{index}")
            action.triggered.connect(
                lambda _c=False, to=index: self.move_person(participant_id, to)
            )

    def _popup(self, menu: QMenu, participant_id: int, position: int) -> QMenu:
        view = self.cards[position].view
        row = self.cards[position].model.row_of(participant_id)
        rect = view.visualRect(view.model().index(row or 0, 0))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.menu = menu
        menu.popup(view.viewport().mapToGlobal(rect.bottomLeft()))
        if menu.actions():
            menu.setActiveAction(menu.actions()[0])
        return menu

    def ask_move(self) -> QMenu | None:
        """Ctrl+Shift+M: a menu of the other circles to move the selected person to."""
        picked = self.selected_person()
        if self.draft is None:
            return None
        if picked is None:
            self.banner.show_message(
                self.tr("Pick a person in a circle first, then move them."), INFO
            )
            return None
        participant_id, position = picked
        menu = QMenu(self)
        menu.setObjectName("moveToCircleMenu")
        self._add_moves(menu, participant_id, position)
        return self._popup(menu, participant_id, position)

    def open_menu(self, position: int) -> QMenu | None:
        """The picked person's menu (right-click or the Menu key): move, lead or not."""
        draft = self.draft
        participant_id = self.cards[position].view.current_person()
        person = draft.person(participant_id) if draft and participant_id is not None else None
        if person is None or participant_id is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("circlePersonMenu")
        moves = menu.addMenu(self.tr("&Move to"))
        self._add_moves(moves, participant_id, position)
        if person.leader:
            role = menu.addAction(self.tr("Make a &member"))
            role.setObjectName("makeMember")
        else:
            role = menu.addAction(self.tr("Make &leader"))
            role.setObjectName("makeLeader")
            role.setEnabled(person.can_lead)
            if not person.can_lead:
                role.setToolTip(self.tr("Only a mentor can lead a circle"))
        role.triggered.connect(lambda _c=False: self.set_role(participant_id, not person.leader))
        return self._popup(menu, participant_id, position)

    def rename(self, position: int, name: str) -> None:
        """The name a draft circle will be saved under (checked when confirming)."""
        draft = self.draft
        if draft is not None and 0 <= position < len(draft.circles):
            self.draft = draft.renamed(position, name.strip())

    def set_role(self, participant_id: int, leader: bool) -> bool:
        """Make someone lead their circle (beside its leaders), or a member of it."""
        draft = self.draft
        changed = draft.with_role(participant_id, leader) if draft is not None else None
        if changed is None:
            return False
        position = changed.where(participant_id)
        self.draft = changed
        self._show()
        self._rescore()
        if position is not None:
            self.cards[position].view.setFocus()
            self.cards[position].view.select_person(participant_id)
        return True

    # -- confirming --------------------------------------------------------------------

    def ask_confirm(self) -> None:
        from ui.circles.dialogs import ConfirmCirclesDialog

        draft = self.draft
        if draft is None or not draft.circles:
            return
        dialog = ConfirmCirclesDialog(len(draft.circles), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.confirm(dialog.start_date()))
        self.dialog = dialog
        dialog.open()

    def confirm(self, start: date) -> None:
        """Save the circles on show, active from ``start``, as one undoable step."""
        from ui.circles.commands import confirm_circles

        draft, window = self.draft, self.window_
        if draft is None or self.db is None or self.program_id is None:
            return

        def done(ids: list[int]) -> None:
            self.draft = None
            self._show()
            self._show_who_waits(len(ids))
            # Not the size box: its own Ctrl+Z would take Edit → Undo's place.
            self.form_button.setFocus()
            count = len(ids)
            self.banner.show_message(
                (
                    self.tr("1 circle is confirmed.")
                    if count == 1
                    else self.tr("{n} circles are confirmed.").format(n=count)
                )
                + " "
                + self.tr(
                    "See them, print their agreements and end them on the Pairs screen's "
                    "Circles tab."
                ),
                DONE,
            )
            self.confirmed.emit(ids)

        confirm_circles(
            window,
            self.program_id,
            draft,
            start,
            done=done,
            failure=lambda exc: self.banner.show_message(user_message(exc), REFUSED),
        )

    # -- showing -----------------------------------------------------------------------

    def _show(self) -> None:
        draft = self.draft
        circles = draft.circles if draft is not None else ()
        while len(self.cards) > len(circles):
            card = self.cards.pop()
            self.grid.removeWidget(card)
            card.deleteLater()
        while len(self.cards) < len(circles):
            card = CircleCard(len(self.cards), self.grid_host)
            card.view.dropped.connect(self.move_person)
            card.view.picked.connect(self._picked)
            card.view.doubleClicked.connect(lambda _index: self.ask_move())
            card.view.menu_requested.connect(self.open_menu)
            card.title.editingFinished.connect(
                lambda card=card: self.rename(card.view.position, card.title.text())
            )
            self.cards.append(card)
        for card, circle in zip(self.cards, circles, strict=True):
            card.show_circle(circle, self.program_id)
        self._lay_out_cards()
        has = bool(circles)
        self.scroll_area.setVisible(has)
        self.empty.setVisible(not has)
        self.confirm_button.setEnabled(has)
        self.discard_button.setEnabled(has)
        self.move_action.setEnabled(len(circles) > 1)
        self.move_button.setEnabled(len(circles) > 1)
        self.form_button.setEnabled(self.program_id is not None)
        self._show_scores()

    def _show_scores(self) -> None:
        draft = self.draft
        if draft is None:
            self.quality.hide()
            return
        for card, circle in zip(self.cards, draft.circles, strict=True):
            card.show_fit(circle)
        self.quality.setText(quality_text(draft, self.tr))
        self.quality.show()

    def _lay_out_cards(self) -> None:
        width = (
            self.scroll_area.viewport().width() if self.scroll_area.isVisible() else self.width()
        )
        columns = max(1, (width - 8) // (CARD_WIDTH + self.grid.spacing()))
        for index, card in enumerate(self.cards):
            self.grid.removeWidget(card)
            self.grid.addWidget(card, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
            card.show()
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out_cards()

    def card_of(self, participant_id: int) -> CircleCard | None:
        draft = self.draft
        position = draft.where(participant_id) if draft is not None else None
        return self.cards[position] if position is not None else None

    def refused(self, exc: UserError) -> None:
        self.banner.show_message(user_message(exc), REFUSED)


def quality_text(draft: Draft, tr: Callable[[str], str]) -> str:
    """The line over the board: how many circles, their fit, and how close to the bound."""
    count = len(draft.circles)
    people = sum(len(c.people) for c in draft.circles)
    text = (
        tr("1 circle of {people} people.") if count == 1 else tr("{n} circles, {people} people.")
    ).format(n=count, people=people)
    if draft.quality is None:
        return text + " " + tr("Working out their fit…")
    text += " " + tr("Average fit {quality}.").format(quality=score_text(draft.quality))
    if draft.bound is not None and draft.bound > 0:
        share = min(100.0, 100.0 * draft.quality / draft.bound)
        text += " " + tr(
            "Circles of the sizes formed cannot do better than {bound}: these reach {share}% of it."
        ).format(bound=score_text(draft.bound), share=f"{share:.0f}")
    if draft.exact:
        text += " " + tr("These are the best circles there are.")
    sizes = [len(c.people) for c in draft.circles]
    if sizes and max(sizes) - min(sizes) > 1:
        text += " " + tr("Their sizes now differ by more than one.")
    leaderless = [c.name for c in draft.circles if not c.leaders]
    if leaderless:
        text += " " + tr("No leader: {circles}.").format(circles=", ".join(leaderless))
    if draft.not_ready:
        text += " " + (
            tr("1 more person is not ready for matching yet.")
            if draft.not_ready == 1
            else tr("{n} more are not ready for matching yet.").format(n=draft.not_ready)
        )
    text += " " + tr("Nothing is saved until you confirm.")
    return text
