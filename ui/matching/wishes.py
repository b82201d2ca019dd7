"""Prefer… and Avoid… on the board: a person's ranked shortlist, and whom not to pair them with.

Right-click a mentee in the list, or a mentor card (or a pair's chip, for its
mentee), and choose *Prefer…* or *Avoid…*. The dialog lists the people on the
other side; the chosen ones go into a list that, for *Prefer*, is ranked
(first choice at the top; Move up / Move down). Saving replaces the person's
list in one transaction (:func:`peerdesk.matching.wishes.set_wishes`) and
pushes an undo step that sets the old list back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from peerdesk.enums import PairRuleKind
from peerdesk.errors import UserError
from ui import operations
from ui.labels import tr
from ui.matching.commands import BoardHost
from ui.matching.widgets import DONE
from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPoint,
    QPushButton,
    Qt,
    QUndoCommand,
    QVBoxLayout,
    QWidget,
)
from ui.screens import PEOPLE

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.matching.wishes import Choice, WishChange

ID_ROLE = Qt.ItemDataRole.UserRole


class WishBoard(BoardHost, Protocol):
    """What wishes ask of the matching board, beyond what every board command does."""

    dialog: QWidget | None  # the dialog open over the board, if any

    def person_name(self, participant_id: int) -> str: ...

    def tell(self, text: str, level: str, near: QPoint | None = None) -> None: ...

    def refresh(self, kinds: frozenset[str]) -> None: ...

    def tr(self, text: str, /) -> str: ...


class WishesDialog(QDialog):
    """Pick people from the other side into a list; for Prefer the list is ranked."""

    def __init__(
        self,
        name: str,
        kind: PairRuleKind,
        choices: list[Choice],
        current: tuple[int, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        ranked = kind == PairRuleKind.PREFER
        self.setObjectName("wishesDialog")
        if ranked:
            self.setWindowTitle(self.tr("Prefer — {name}").format(name=name))
            text = self.tr(
                "Whom would {name} like to be paired with? Add them in order, first choice "
                "at the top. A preferred pair scores higher, and “Honour preferences "
                "(stable)” pairs people by these ranks."
            ).format(name=name)
        else:
            self.setWindowTitle(self.tr("Avoid — {name}").format(name=name))
            text = self.tr(
                "Whom should {name} never be paired with? Suggestions leave these pairs out, "
                "and the board refuses them."
            ).format(name=name)
        intro = QLabel(text)
        intro.setWordWrap(True)
        names = {c.participant_id: c.name for c in choices}
        self.search = QLineEdit()
        self.search.setObjectName("wishSearch")
        self.search.setPlaceholderText(self.tr("Search names…"))
        self.search.setClearButtonEnabled(True)
        self.available = QListWidget()
        self.available.setObjectName("wishChoices")
        self.available.setAccessibleName(self.tr("People to choose from"))
        self.chosen = QListWidget()
        self.chosen.setObjectName("wishChosen")
        self.chosen.setAccessibleName(
            self.tr("Preferred, first choice first") if ranked else self.tr("Not to pair with")
        )
        for choice in choices:
            if choice.participant_id not in current:
                self.available.addItem(self._item(choice.participant_id, choice.name))
        for participant_id in current:
            if participant_id in names:
                self.chosen.addItem(self._item(participant_id, names[participant_id]))
        self.add = QPushButton(self.tr("&Add →"))
        self.add.setObjectName("wishAdd")
        self.remove = QPushButton(self.tr("← &Remove"))
        self.remove.setObjectName("wishRemove")
        self.up = QPushButton(self.tr("Move &up"))
        self.up.setObjectName("wishUp")
        self.down = QPushButton(self.tr("Move &down"))
        self.down.setObjectName("wishDown")
        self.up.setVisible(ranked)
        self.down.setVisible(ranked)
        middle = QVBoxLayout()
        middle.addStretch(1)
        for button in (self.add, self.remove, self.up, self.down):
            middle.addWidget(button)
        middle.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("People")), 0, 0)
        grid.addWidget(
            QLabel(self.tr("Preferred, first choice first") if ranked else self.tr("Avoided")),
            0,
            2,
        )
        grid.addWidget(self.search, 1, 0)
        grid.addWidget(self.available, 2, 0)
        grid.addLayout(middle, 2, 1)
        grid.addWidget(self.chosen, 1, 2, 2, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.search.textChanged.connect(self._filter)
        self.add.clicked.connect(self.add_current)
        self.available.itemDoubleClicked.connect(lambda _item: self.add_current())
        self.remove.clicked.connect(self.remove_current)
        self.chosen.itemDoubleClicked.connect(lambda _item: self.remove_current())
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))

    @staticmethod
    def _item(participant_id: int, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(ID_ROLE, participant_id)
        return item

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.available.count()):
            item = self.available.item(row)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def add_current(self) -> None:
        row = self.available.currentRow()
        if row < 0 or self.available.item(row).isHidden():
            return
        item = self.available.takeItem(row)
        self.chosen.addItem(item)
        self.chosen.setCurrentItem(item)

    def remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row < 0:
            return
        item = self.chosen.takeItem(row)
        self.available.addItem(item)
        self.available.sortItems()

    def move_current(self, step: int) -> None:
        row = self.chosen.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.chosen.count():
            return
        item = self.chosen.takeItem(row)
        self.chosen.insertItem(target, item)
        self.chosen.setCurrentRow(target)

    def chosen_ids(self) -> list[int]:
        return [int(self.chosen.item(row).data(ID_ROLE)) for row in range(self.chosen.count())]


class WishCommand(QUndoCommand):
    """A list already saved; undo and redo set the list before or after through the core."""

    def __init__(self, board: WishBoard, db: Database, text: str, change: WishChange):
        super().__init__(text)
        self.board = board
        self.db = db
        self.change = change
        self._done = True  # pushed after the change ran

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._set(self.change.after)

    def undo(self) -> None:
        self._set(self.change.before)

    def _set(self, ids: tuple[int, ...]) -> None:
        from peerdesk.matching.wishes import set_wishes

        board, db, change = self.board, self.db, self.change

        def start() -> operations.Op:
            return operations.Op(
                lambda _state: set_wishes(
                    db, change.program_id, change.participant_id, change.kind, list(ids)
                ),
                success=lambda _result: rules_changed(board),
                failure=lambda exc: board.refused(exc, None),
                label=self.text(),
                parent=board.widget(),
            )

        board.queue.submit(start)


def rules_changed(board: WishBoard) -> None:
    """Who may be paired with whom is worked out again (an avoided pair is a rule)."""
    board.refresh(frozenset({PEOPLE}))


def add_wish_actions(board: WishBoard, menu: QMenu, participant_id: int) -> None:
    """*Prefer…* and *Avoid…* for this person, at the end of a board menu."""
    name = board.person_name(participant_id)
    menu.addSeparator()
    prefer = menu.addAction(
        tr("Prefer… (whom {name} would like)").format(name=name),
        lambda: ask_wishes(board, participant_id, PairRuleKind.PREFER),
    )
    prefer.setObjectName("preferAction")
    avoid = menu.addAction(
        tr("Avoid… (never pair {name} with)").format(name=name),
        lambda: ask_wishes(board, participant_id, PairRuleKind.DO_NOT_PAIR),
    )
    avoid.setObjectName("avoidAction")


def ask_wishes(board: WishBoard, participant_id: int, kind: PairRuleKind) -> WishesDialog | None:
    from peerdesk.matching.wishes import wish_choices, wishes_of

    db, program_id = board.db, board.program_id
    if db is None or program_id is None:
        return None
    try:
        choices = wish_choices(db, program_id, participant_id)
        current = wishes_of(db, participant_id, kind)
    except UserError as exc:
        board.refused(exc, None)
        return None
    name = board.person_name(participant_id)
    dialog = WishesDialog(name, kind, choices, current, board.widget())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: save_wishes(board, participant_id, kind, dialog.chosen_ids()))
    board.dialog = dialog
    dialog.open()
    return dialog


def save_wishes(board: WishBoard, participant_id: int, kind: PairRuleKind, ids: list[int]) -> None:
    from peerdesk.matching.wishes import set_wishes

    db, program_id = board.db, board.program_id
    if db is None or program_id is None:
        return
    name = board.person_name(participant_id)
    text = (
        tr("Set whom {name} prefers")
        if kind == PairRuleKind.PREFER
        else tr("Set whom {name} avoids")
    ).format(name=name)

    def done(change: WishChange) -> None:
        if board.db is not db:
            return
        stack = board.undo_stack()
        if stack is not None:
            stack.push(WishCommand(board, db, text, change))
        rules_changed(board)
        count = len(change.after)
        if kind == PairRuleKind.PREFER:
            said = (
                tr("{name} has no preferences now.")
                if not count
                else tr(
                    "Saved {n} preferences for {name}, first choice first. Suggest matches "
                    "uses them."
                )
            )
        else:
            said = (
                tr("{name} may be paired with anyone again.")
                if not count
                else tr("{name} will never be paired with the {n} people chosen.")
            )
        board.tell(said.format(name=name, n=count), DONE)

    def start() -> operations.Op:
        return operations.Op(
            lambda _state: set_wishes(db, program_id, participant_id, kind, ids),
            success=done,
            failure=lambda exc: board.refused(exc, None),
            label=text,
            parent=board.widget(),
        )

    board.queue.submit(start)
