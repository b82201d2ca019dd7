"""What the matching board's two mixins ask of the board they are mixed into.

:class:`ui.matching.board.MatchingScreen` is built from
:class:`~ui.matching.board_layout.BoardLayout` (its widgets and actions) and
:class:`~ui.matching.actions.BoardActions` (what they do). Each mixin uses
members the other parts provide; it types ``self`` by the Protocol below
instead of by the board class, so neither imports ``ui.matching.board`` back.
Each Protocol lists exactly what its mixin uses and does not define itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ui.matching.wishes import WishBoard

if TYPE_CHECKING:
    from peerdesk.enums import MatchObjective
    from peerdesk.matching import Suggestions
    from ui.main_window import MainWindow
    from ui.matching import dnd
    from ui.matching.cards import Chip
    from ui.matching.data import BoardData
    from ui.matching.dialogs import ConfirmPairsDialog, EndPairDialog
    from ui.matching.mentee_list import MenteeView
    from ui.matching.mentor_cards import MentorCardView
    from ui.matching.widgets import Banner
    from ui.qt import QAction, QMenu, QPoint


class ActionsHost(WishBoard, Protocol):
    """What the board's actions use: its state, the widgets and actions the layout built."""

    window_: MainWindow
    data: BoardData | None
    objective: MatchObjective | None  # the mode Suggest matches uses; None: the program's
    banner: Banner
    cards: MentorCardView
    mentee_view: MenteeView
    suggest_action: QAction
    pair_action: QAction
    move_action: QAction
    unpair_action: QAction
    lock_action: QAction
    confirm_action: QAction
    end_action: QAction
    accept_all_action: QAction
    accept_selected_action: QAction
    reject_action: QAction
    discard_action: QAction
    audit_action: QAction
    objective_actions: dict[MatchObjective | None, QAction]

    def chip(self, key: dnd.ChipKey) -> Chip | None: ...

    def selected(self) -> list[Chip]: ...

    def card_point(self, mentor_id: int) -> QPoint | None: ...

    def show_suggestions(self, suggestions: Suggestions) -> None: ...


class LayoutHost(Protocol):
    """What the board's layout connects its widgets and actions to."""

    objective: MatchObjective | None  # set by the Suggest for menu
    window_: MainWindow  # the Groups mode works in it

    # The board's own.
    def _allows(self, carried: dnd.Carried, mentor_id: int) -> bool | None: ...

    def _focus_first_mentee(self) -> None: ...

    def _show_unmatched(self) -> None: ...

    def _update_actions(self) -> None: ...

    def allow_one_more(self, mentor_id: int) -> None: ...

    def chip_clicked(self, key: dnd.ChipKey, additive: bool) -> None: ...

    def find_mentee(self) -> None: ...

    def select_chips(self, keys: list[dnd.ChipKey]) -> None: ...

    def update_empty_cards(self) -> None: ...

    def update_room(self) -> None: ...

    # The actions'.
    def suggest(self) -> None: ...

    def next_round(self) -> None: ...

    def compare_modes(self) -> None: ...

    def pair_selected(self) -> None: ...

    def move_selected(self) -> None: ...

    def remove_selected(self) -> None: ...

    def toggle_lock(self) -> None: ...

    def ask_confirm(self) -> ConfirmPairsDialog | None: ...

    def ask_end(self) -> EndPairDialog | None: ...

    def accept_all(self) -> None: ...

    def accept_selected(self) -> None: ...

    def reject_selected(self) -> None: ...

    def discard_suggestions(self) -> None: ...

    def export_suggestions_audit(self) -> None: ...

    def mentee_dropped(self, mentee_id: int, mentor_id: int, where: QPoint) -> None: ...

    def chip_dropped(self, key: dnd.ChipKey, mentor_id: int, where: QPoint) -> None: ...

    def chip_returned(self, key: dnd.ChipKey) -> None: ...

    def open_menu(self, key: dnd.ChipKey | None, mentor_id: int, where: QPoint) -> QMenu: ...

    def open_mentee_menu(self, mentee_id: int, where: QPoint) -> QMenu: ...
