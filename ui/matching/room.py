""" "Every mentor who may take them is full": who those mentors are, and one more place.

Shown under the mentee list when the selected mentee has mentors the program's
rules allow but none with a free place. Each full mentor is named with their
load, and a button gives that mentor one more place (one undo step); the
mentee can then be dropped on their card.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ui.qt import QLabel, QPushButton, QVBoxLayout, QWidget, Signal

SHOWN = 3  # mentors offered at once; the rest are counted


@dataclass(frozen=True)
class FullCard:
    mentor_id: int
    name: str
    taken: int
    capacity: int


def full_mentors(
    mentee_id: int,
    cards: Iterable[tuple[int, str, int, int, bool]],
    allows: Callable[[int, int], bool | None],
) -> list[FullCard]:
    """The ready mentors the rules allow for this mentee who have no place left, least
    loaded first. ``cards`` are (mentor id, name, places taken, capacity, ready)."""
    found = [
        FullCard(mentor_id, name, taken, capacity)
        for mentor_id, name, taken, capacity, ready in cards
        if ready and taken >= capacity and allows(mentee_id, mentor_id)
    ]
    found.sort(key=lambda c: (c.capacity, c.name.casefold(), c.mentor_id))
    return found


class RoomPanel(QWidget):
    allow = Signal(int)  # the mentor to give one more place

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomPanel")
        self.label = QLabel(self)
        self.label.setObjectName("roomText")
        self.label.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.label)
        self.hide()

    def show_full(self, mentee_name: str, full: list[FullCard]) -> None:
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        if not full:
            self.hide()
            return
        named = ", ".join(
            self.tr("{name} ({taken} of {capacity})").format(
                name=c.name, taken=c.taken, capacity=c.capacity
            )
            for c in full[:SHOWN]
        )
        more = len(full) - SHOWN
        text = self.tr("Every mentor who may take {mentee} is full: {mentors}").format(
            mentee=mentee_name, mentors=named
        )
        if more > 0:
            text += " " + self.tr("and {n} more").format(n=more)
        self.label.setText(text + ".")
        for card in full[:SHOWN]:
            button = QPushButton(
                self.tr("Allow {name} one more ({before} → {after})").format(
                    name=card.name, before=card.capacity, after=card.capacity + 1
                ),
                self,
            )
            button.setObjectName("allowOneMore")
            button.setToolTip(
                self.tr("Give {name} one more place; then drop the mentee on their card.").format(
                    name=card.name
                )
            )
            button.clicked.connect(lambda _c=False, m=card.mentor_id: self.allow.emit(m))
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.show()
