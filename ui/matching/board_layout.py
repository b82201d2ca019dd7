"""Building the matching board's widgets and actions (the screen mixes this in).

Left, the unmatched mentees; in the middle, the mentor cards; on the right,
the explanation. Above them the toolbar, a message banner, and the bar that
shows while suggestions are on show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from peerdesk.enums import MatchObjective
from ui import icons, labels
from ui import palette_colors as pc
from ui.labels import tr
from ui.matching.cards import MentorModel
from ui.matching.explain import ExplanationPanel
from ui.matching.mentee_list import (
    BY_NAME,
    HARDEST,
    MenteeModel,
    MenteeView,
    UnmatchedModel,
    WordFilter,
)
from ui.matching.mentor_cards import MentorCardView
from ui.matching.room import RoomPanel
from ui.matching.widgets import Banner, DropNote, ToneFrame, legend, on_box
from ui.qt import (
    QAction,
    QActionGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from ui.screens import ScreenToolBar, keep_dots

if TYPE_CHECKING:
    from ui.matching.board_host import LayoutHost
    from ui.screens import Screen

    class Base(Screen, LayoutHost):
        """For type checkers only: a screen that has what the layout connects to."""

else:
    Base = object


class BoardLayout(Base):
    def _build(self) -> None:
        self._make_actions()
        self.banner = Banner()
        self.suggestions_bar = self._make_suggestions_bar()

        # Left: the unmatched mentees.
        self.mentee_model = MenteeModel(self)
        self.mentee_filter = WordFilter(self)
        self.mentee_filter.setSourceModel(self.mentee_model)
        self.mentee_view = MenteeView()
        self.mentee_view.setModel(self.mentee_filter)
        self.mentee_view.chip_returned.connect(self.chip_returned)
        self.mentee_view.pair_requested.connect(self.pair_selected)
        self.mentee_view.menu_requested.connect(self.open_mentee_menu)
        self.mentee_view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.mentee_view.selectionModel().currentChanged.connect(lambda *_: self.update_room())
        self.mentee_search = QLineEdit()
        self.mentee_search.setObjectName("menteeSearch")
        self.mentee_search.setPlaceholderText(tr("Search mentees"))
        self.mentee_search.setClearButtonEnabled(True)
        self.mentee_search.textChanged.connect(self.mentee_filter.set_search)
        self.mentee_search.returnPressed.connect(self._focus_first_mentee)
        self.sort_box = QComboBox()
        self.sort_box.setObjectName("menteeSort")
        self.sort_box.addItem(tr("Hardest to match first"), HARDEST)
        self.sort_box.addItem(tr("By name"), BY_NAME)
        self.sort_box.currentIndexChanged.connect(
            lambda _i: self.mentee_model.set_sort_mode(str(self.sort_box.currentData()))
        )
        self.mentee_count = QLabel()
        self.mentee_count.setObjectName("menteeCount")
        self.mentee_count.setWordWrap(True)
        self.unmatched_model = UnmatchedModel(self)
        self.unmatched_view = QListView()
        self.unmatched_view.setObjectName("unmatchedList")
        self.unmatched_view.setModel(self.unmatched_model)
        self.unmatched_view.setWordWrap(True)
        self.unmatched_view.setMaximumHeight(150)
        self.unmatched_heading = QLabel()
        self.unmatched_heading.setObjectName("unmatchedHeading")
        self.unmatched_heading.setWordWrap(True)
        font = self.unmatched_heading.font()
        font.setBold(True)
        self.unmatched_heading.setFont(font)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 4, 4, 8)
        left_layout.setSpacing(6)
        heading = QLabel(tr("Mentees to match"))
        heading.setFont(font)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.mentee_search)
        left_layout.addWidget(self.sort_box)
        left_layout.addWidget(self.mentee_view, 1)
        left_layout.addWidget(self.mentee_count)
        self.room = RoomPanel()
        self.room.allow.connect(self.allow_one_more)
        left_layout.addWidget(self.room)
        left_layout.addWidget(self.unmatched_heading)
        left_layout.addWidget(self.unmatched_view)

        # Middle: the mentor cards.
        self.mentor_model = MentorModel(self)
        self.mentor_filter = WordFilter(self)
        self.mentor_filter.setSourceModel(self.mentor_model)
        self.cards = MentorCardView()
        self.cards.setModel(self.mentor_filter)
        self.cards.allows = self._allows
        self.cards.mentee_dropped.connect(self.mentee_dropped)
        self.cards.chip_dropped.connect(self.chip_dropped)
        self.cards.chip_clicked.connect(self.chip_clicked)
        self.cards.chips_cleared.connect(lambda: self.select_chips([]))
        self.cards.pair_requested.connect(self.pair_selected)
        self.cards.remove_requested.connect(self.remove_selected)
        self.cards.menu_requested.connect(self.open_menu)
        self.cards.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.note = DropNote(self.cards.viewport())
        self.mentor_search = QLineEdit()
        self.mentor_search.setObjectName("mentorSearch")
        self.mentor_search.setPlaceholderText(tr("Search mentors…"))
        self.mentor_search.setToolTip(
            tr("Find mentors by name, department, skill, interest or language")
        )
        self.mentor_search.setClearButtonEnabled(True)
        self.mentor_search.textChanged.connect(self.mentor_filter.set_search)
        self.mentor_search.textChanged.connect(lambda _t: self.update_empty_cards())
        self.empty_cards = QLabel()
        self.empty_cards.setObjectName("emptyCards")
        self.empty_cards.setWordWrap(True)
        self.empty_cards.setEnabled(False)
        self.empty_cards.hide()
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(4, 4, 4, 8)
        middle_layout.setSpacing(6)
        top = QHBoxLayout()
        mentors_heading = QLabel(tr("Mentors"))
        mentors_heading.setFont(font)
        top.addWidget(mentors_heading)
        top.addWidget(self.mentor_search, 1)
        top.addWidget(legend())
        middle_layout.addLayout(top)
        middle_layout.addWidget(self.empty_cards)
        middle_layout.addWidget(self.cards, 1)

        # Right: the explanation.
        self.explain = ExplanationPanel()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("boardSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.explain)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([290, 760, 250])
        left.setMinimumWidth(230)
        self.splitter = splitter

        # The pairs board and the Groups mode (circles) share the screen, one at a time.
        pairs_page = QWidget()
        pairs_page.setObjectName("pairsMode")
        pairs_layout = QVBoxLayout(pairs_page)
        pairs_layout.setContentsMargins(0, 0, 0, 0)
        pairs_layout.setSpacing(6)
        pairs_layout.addWidget(self.banner)
        pairs_layout.addWidget(self.suggestions_bar)
        pairs_layout.addWidget(splitter, 1)
        from ui.circles.board import GroupsBoard

        self.groups = GroupsBoard(self.window_)
        self.modes = QStackedWidget()
        self.modes.setObjectName("matchingModes")
        self.modes.addWidget(pairs_page)
        self.modes.addWidget(self.groups)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.modes, 1)
        self._update_actions()
        self._show_unmatched()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        icon_name: str,
        name: str,
        shortcut: str | None = None,
    ) -> QAction:
        action = QAction(icons.icon(icon_name), text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.suggest_action = self._action(
            tr("Suggest matches"), self.suggest, "suggest", "suggest"
        )
        self.pair_action = self._action(tr("Pair"), self.pair_selected, "pair", "pair", "Ctrl+P")
        self.move_action = self._action(
            tr("Move here"), self.move_selected, "switch", "moveHere", "Ctrl+M"
        )
        self.unpair_action = self._action(tr("Take back"), self.remove_selected, "unpair", "unpair")
        self.lock_action = self._action(tr("Lock"), self.toggle_lock, "lock", "lock", "Ctrl+L")
        self.confirm_action = self._action(
            tr("Confirm pairs…"), self.ask_confirm, "confirm", "confirmPairs"
        )
        self.end_action = self._action(tr("End pair…"), self.ask_end, "end-pair", "endPair")
        self.accept_all_action = self._action(
            tr("Accept all"), self.accept_all, "accept", "acceptAll"
        )
        self.accept_selected_action = self._action(
            tr("Accept selected"), self.accept_selected, "accept", "acceptSelected"
        )
        self.reject_action = self._action(
            tr("Reject selected"), self.reject_selected, "reject", "rejectSelected"
        )
        self.discard_action = self._action(
            tr("Discard suggestions"), self.discard_suggestions, "reject", "discardSuggestions"
        )
        self.audit_action = self._action(
            tr("Export audit…"), self.export_suggestions_audit, "export", "exportAudit"
        )
        self.audit_action.setToolTip(
            tr("Save these suggestions' scores, lowest pairs, groups and wishes to Excel")
        )
        self.find_action = self._action(
            tr("Find a mentee"), self.find_mentee, "search", "find", "Ctrl+F"
        )
        self.unpair_action.setToolTip(
            tr("Take back the selected proposed pairs or suggestions (Delete)")
        )

        self.objective_menu = QMenu(tr("Suggest for"), self)
        self.objective_group = QActionGroup(self)
        self.objective_actions: dict[MatchObjective | None, QAction] = {}
        for key, text in [(None, tr("The program's setting")), *labels.objectives().items()]:
            action = self.objective_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(key is None)
            self.objective_group.addAction(action)
            action.triggered.connect(lambda _c=False, k=key: setattr(self, "objective", k))
            self.objective_actions[key] = action
        self.objective_menu.addSeparator()
        self.compare_action = self.objective_menu.addAction(tr("Compare modes…"))
        self.compare_action.setObjectName("compareModes")
        self.compare_action.setToolTip(
            tr("Run every mode on the same people and see them side by side before choosing")
        )
        self.compare_action.triggered.connect(lambda _c=False: self.compare_modes())
        self.next_round_action = self.objective_menu.addAction(tr("Next round"))
        self.next_round_action.setObjectName("nextRound")
        self.next_round_action.setToolTip(
            tr(
                "Rotating partners: new pairs where nobody meets anyone they had before in "
                "this program; accepting ends the round before"
            )
        )
        self.next_round_action.triggered.connect(lambda _c=False: self.next_round())

        self.groups_action = self._action(
            tr("Groups"), self.toggle_groups, "people", "groupsMode", "Ctrl+G"
        )
        self.groups_action.setCheckable(True)
        self.groups_action.setToolTip(
            tr("Form circles and groups instead of pairs: mentor circles, group mentoring (Ctrl+G)")
        )

        self.toolbar = ScreenToolBar()  # (its buttons keep their "…")
        self.toolbar.setObjectName("boardToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.suggest_action)
        suggest_button = self.toolbar.widgetForAction(self.suggest_action)
        if isinstance(suggest_button, QToolButton):
            suggest_button.setMenu(self.objective_menu)
            suggest_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.toolbar.addSeparator()
        for action in (
            self.pair_action,
            self.move_action,
            self.unpair_action,
            self.lock_action,
            self.confirm_action,
            self.end_action,
        ):
            self.toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.spacer_action = self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.groups_action)

    def toggle_groups(self) -> None:
        """Show the Groups mode (circles) or the pairs board; the pair actions go with it."""
        on = self.groups_action.isChecked()
        self.modes.setCurrentIndex(1 if on else 0)  # the Groups mode, or the pairs board
        for action in self.toolbar.actions():
            if action not in (self.groups_action, self.spacer_action):
                action.setVisible(not on)
        if on:
            self.groups.size_box.setFocus()

    def _make_suggestions_bar(self) -> QFrame:
        bar = ToneFrame(pc.ACCENT, dashed=True)  # follows a light or dark palette
        bar.setObjectName("suggestionsBar")
        self.suggestions_text = QLabel()
        self.suggestions_text.setObjectName("suggestionsText")
        on_box(self.suggestions_text)
        self.suggestions_text.setWordWrap(True)
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 4, 6, 4)
        row.addWidget(self.suggestions_text, 1)
        for action in (
            self.accept_all_action,
            self.accept_selected_action,
            self.reject_action,
            self.discard_action,
            self.audit_action,
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            keep_dots(action)
            button.setObjectName(f"{action.objectName()}Button")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            row.addWidget(button)
        bar.hide()
        return bar
