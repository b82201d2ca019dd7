"""The board's mentor cards as data: a card per mentor, a chip per mentee placed there.

:func:`build_cards` puts the pairs read from the file and the suggestions on
show together; :class:`MentorModel` serves the cards to the view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from peerdesk.enums import PairStatus
from peerdesk.scores import score_text
from ui.matching import dnd
from ui.matching.data import BoardData, MentorInfo, Preview
from ui.qt import (
    QAbstractListModel,
    QApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CARD_ROLE = Qt.ItemDataRole.UserRole + 2

ACTIVE = "active"
PAUSED = "paused"
PROPOSED = "proposed"
SUGGESTED = "suggested"
REPLACED = "replaced"  # an unlocked proposed pair the suggestions on show would replace


@dataclass(frozen=True)
class Chip:
    key: dnd.ChipKey
    mentor_id: int
    mentee_id: int
    mentee_name: str
    score: float | None
    kind: str
    locked: bool = False

    @property
    def counts(self) -> bool:
        """Whether the chip takes one of the mentor's places."""
        return self.kind != REPLACED


@dataclass(frozen=True)
class Card:
    mentor: MentorInfo
    chips: tuple[Chip, ...]
    search: str = field(default="", compare=False)

    @property
    def used(self) -> int:
        return sum(1 for chip in self.chips if chip.counts)

    @property
    def slots(self) -> int:
        return max(self.mentor.capacity, len(self.chips))


STATUS_KIND = {
    PairStatus.ACTIVE: ACTIVE,
    PairStatus.PAUSED: PAUSED,
    PairStatus.PROPOSED: PROPOSED,
}


def build_cards(data: BoardData, preview: Preview | None) -> list[Card]:
    """The cards for a board, with the suggestions on show, if any, as chips."""
    cards = []
    suggested = preview.by_mentor if preview is not None else {}
    replacing = preview is not None and not preview.keep_proposed
    for mentor in data.mentors:
        chips: list[Chip] = []
        own = suggested.get(mentor.participant_id, [])
        own_mentees = {p.mentee_id for p in own}
        for pair in mentor.pairs:
            kind = STATUS_KIND.get(pair.status, PROPOSED)
            if replacing and kind == PROPOSED and not pair.locked:
                if pair.mentee_id in own_mentees:
                    continue  # the same pair again: the suggestion's chip stands for it
                kind = REPLACED
            chips.append(
                Chip(
                    (dnd.PAIR, pair.pair_id),
                    mentor.participant_id,
                    pair.mentee_id,
                    pair.mentee_name,
                    pair.score,
                    kind,
                    pair.locked,
                )
            )
        for suggestion in own:
            chips.append(
                Chip(
                    (dnd.SUGGESTION, suggestion.mentee_id),
                    mentor.participant_id,
                    suggestion.mentee_id,
                    suggestion.mentee_name,
                    suggestion.score,
                    SUGGESTED,
                )
            )
        words = [mentor.search or mentor.name.casefold(), *(c.mentee_name for c in chips)]
        cards.append(Card(mentor, tuple(chips), " ".join(words).casefold()))
    return cards


class MentorModel(QAbstractListModel):
    """The mentor cards, in name order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[Card] = []
        self._row_of: dict[int, int] = {}
        self._chip_row: dict[dnd.ChipKey, int] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.mentor.name
        if role == ID_ROLE:
            return card.mentor.participant_id
        if role == CARD_ROLE:
            return card
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(card)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDropEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def describe(self, card: Card) -> str:
        lines = [card.mentor.name, self.badge_text(card)]
        if card.mentor.tags:
            lines.append(", ".join(card.mentor.tags))
        for chip in card.chips:
            lines.append(chip_text(chip))
        return "\n".join(lines)

    def badge_text(self, card: Card) -> str:
        return self.tr("{used} of {places}").format(used=card.used, places=card.mentor.capacity)

    def search_text(self, row: int) -> str:
        return self.cards[row].search

    def row_of(self, mentor_id: int) -> int | None:
        return self._row_of.get(mentor_id)

    def row_of_chip(self, key: dnd.ChipKey) -> int | None:
        return self._chip_row.get(key)

    def card(self, row: int) -> Card:
        return self.cards[row]

    def set_cards(self, cards: list[Card]) -> bool:
        """Show these cards; True if the card sizes may have changed (the view lays out again)."""
        same_rows = [c.mentor.participant_id for c in cards] == [
            c.mentor.participant_id for c in self.cards
        ]
        resized = not same_rows or any(
            a.slots != b.slots for a, b in zip(cards, self.cards, strict=False)
        )
        if same_rows:
            changed = [i for i, (a, b) in enumerate(zip(cards, self.cards, strict=True)) if a != b]
            self.cards = cards
            self._index()
            if changed:
                self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))
            return resized
        self.beginResetModel()
        self.cards = cards
        self._index()
        self.endResetModel()
        return True

    def _index(self) -> None:
        self._row_of = {c.mentor.participant_id: i for i, c in enumerate(self.cards)}
        self._chip_row = {chip.key: i for i, c in enumerate(self.cards) for chip in c.chips}


def chip_text(chip: Chip) -> str:
    """A chip in words (tooltips, screen readers)."""
    translate = QApplication.translate
    kinds = {
        ACTIVE: translate("Board", "active"),
        PAUSED: translate("Board", "paused"),
        PROPOSED: translate("Board", "proposed"),
        SUGGESTED: translate("Board", "suggested"),
        REPLACED: translate("Board", "proposed; the suggestions would replace it"),
    }
    parts = [kinds.get(chip.kind, chip.kind)]
    if chip.score is not None:
        parts.append(translate("Board", "score {score}").format(score=score_text(chip.score)))
    if chip.locked:
        parts.append(translate("Board", "locked"))
    return f"{chip.mentee_name} ({', '.join(parts)})"
