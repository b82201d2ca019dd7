"""The Matching screen: unmatched mentees on the left, mentor cards in the middle, and why
a pair scores what it does on the right.

Everything the mouse does has a keyboard path: pick a mentee in the list, a
mentor card with the arrow keys, and press Pair (Ctrl+P or Enter); Space picks
a chip on the current card, Delete takes it back, the Menu key (Shift+F10)
offers the rest. Every change runs through :mod:`ui.matching.commands`, so it
lands on the worker, can be undone, and tells the rest of the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peerdesk.enums import MatchObjective, PairStatus
from peerdesk.errors import UserError
from peerdesk.scores import score_text
from ui import operations
from ui.labels import tr
from ui.matching import dnd
from ui.matching.actions import BoardActions
from ui.matching.board_layout import BoardLayout
from ui.matching.cards import REPLACED, SUGGESTED, Card, Chip, build_cards
from ui.matching.commands import ActionQueue
from ui.matching.compare import audit_summary
from ui.matching.data import (
    BoardData,
    Eligibility,
    Preview,
    load_board,
    load_eligibility,
)
from ui.matching.explain import explanation_from_json
from ui.matching.mentee_list import ID_ROLE
from ui.matching.room import full_mentors
from ui.matching.widgets import DONE, INFO, REFUSED, WARNING
from ui.messages import user_message
from ui.qt import (
    QMenu,
    QPoint,
    QUndoStack,
    QWidget,
)
from ui.screens import PAIRS, PEOPLE, PROGRAMS, Screen

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.matching import Changes, Suggestions
    from ui.main_window import MainWindow


class MatchingScreen(BoardLayout, BoardActions, Screen):
    """The matching board of the current program."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.db: Database | None = None
        self.program_id: int | None = None
        self.data: BoardData | None = None
        self.preview: Preview | None = None
        self.eligibility: Eligibility | None = None
        self.queue = ActionQueue()
        self.objective: MatchObjective | None = None
        self.suggest_op: operations.Op | None = None
        self.menu: QMenu | None = None
        self.warnings: dict[dnd.ChipKey, tuple[str, ...]] = {}
        self.pending_selection: list[dnd.ChipKey] = []  # chips to select once they are shown
        self.dialog: QWidget | None = None
        self._generation = 0
        self._loading = False
        self._reload_again = False
        self._stale = False
        self._eligibility_loading = False
        self._eligibility_fresh = False  # False: the people or rules changed since it was read
        self._eligibility_missing: frozenset[int] = frozenset()
        self._people_version = 0
        self._build()

    # -- the window's calls ------------------------------------------------------

    def set_context(self, db: Database | None, program_id: int | None) -> None:
        self.db, self.program_id = db, program_id
        self._generation += 1
        self.queue.clear()
        self.data = None
        self.preview = None
        self.eligibility = None
        self._people_changed()
        self.warnings.clear()
        self.unmatched_model.set_rows([])
        self.mentee_model.set_reasons({})
        self.cards.program_id = program_id
        self.mentee_view.program_id = program_id
        self.groups.set_context(db, program_id)
        self.banner.clear()
        self.note.hide()
        self.select_chips([])
        self._render()
        self._stale = False
        if db is not None and program_id is not None:
            self.reload()

    def refresh(self, kinds: frozenset[str]) -> None:
        if not kinds & {PAIRS, PEOPLE, PROGRAMS}:
            return
        if kinds & {PEOPLE, PROGRAMS}:  # readiness, tags, rules or weights may have changed
            self._people_changed()
        self.reload_when_shown()

    def _people_changed(self) -> None:
        self._people_version += 1
        self._eligibility_fresh = False

    def undo_stack(self) -> QUndoStack | None:
        stack = getattr(self.window_, "undo_stack", None)
        return stack if isinstance(stack, QUndoStack) else None

    def widget(self) -> QWidget:
        return self

    # -- reading -------------------------------------------------------------------

    def reload(self) -> None:
        """Read the board again (on the worker), then who may be paired, if that changed."""
        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        generation = self._generation

        def loaded(data: BoardData) -> None:
            if generation == self._generation:
                self.data = data
                self._render()
                self.banner.recheck()  # a message about how things stood may be out of date
                self._need_eligibility()

        def finished() -> None:
            self._loading = False
            if self._reload_again:
                self._reload_again = False
                self.reload()

        op = operations.Op(
            lambda state: load_board(db, program_id),
            success=loaded,
            label=self.tr("Loading the board…"),
            parent=self,
        )
        op.finished.connect(finished)
        op.run()

    def _unknown(self) -> frozenset[int]:
        """Listed mentees and ready mentors the rules grid does not cover."""
        data, known = self.data, self.eligibility
        if data is None:
            return frozenset()
        mentees = [m.participant_id for m in data.mentees]
        mentors = [m.participant_id for m in data.mentors if m.ready]
        if known is None:
            return frozenset(mentees + mentors)
        return known.unknown(mentees, mentors)

    def _need_eligibility(self) -> None:
        """Work out who may be paired with whom again, if the people or their rules changed.

        Also when someone new shows on the board (a mentee whose locked pair was
        taken back); not again for people the engine leaves out of its pool.
        """
        data, db, program_id = self.data, self.db, self.program_id
        if data is None or db is None or program_id is None or self._eligibility_loading:
            return
        if self._eligibility_fresh and self._unknown() <= self._eligibility_missing:
            return
        self._eligibility_loading = True
        self._eligibility_fresh = True
        version = self._people_version

        def done(result: Eligibility) -> None:
            if version == self._people_version:
                self.eligibility = result
                self._eligibility_missing = self._unknown()
                self._render()

        def finished() -> None:
            self._eligibility_loading = False
            if version != self._people_version:
                self._eligibility_fresh = False
                self._need_eligibility()

        op = operations.Op(
            lambda state: load_eligibility(db, program_id, state),
            success=done,
            label=self.tr("Working out who can be paired with whom…"),
            cancellable=True,
            parent=self,
        )
        op.finished.connect(finished)
        op.run()

    # -- showing ---------------------------------------------------------------------

    def _render(self) -> None:
        """Show ``self.data`` with the suggestions on show, keeping selections."""
        data = self.data
        if data is None:
            self.mentor_model.set_cards([])
            self.mentee_model.set_mentees([])
            self._update_texts([])
            self._update_actions()
            return
        cards = build_cards(data, self.preview)
        if self.mentor_model.set_cards(cards):
            self.cards.doItemsLayout()
        suggested: set[int] = set()
        if self.preview is not None:
            suggested.update(self.preview.by_mentee)
            if data.reciprocal:  # peers: both people of a suggested pair are placed
                suggested.update(p.mentor_id for p in self.preview.pairs)
        mentees = [m for m in data.mentees if m.participant_id not in suggested]
        self.mentee_model.set_mentees(mentees)
        if self.eligibility is not None:
            room = [
                c.mentor.participant_id
                for c in cards
                if c.mentor.ready and c.used < c.mentor.capacity
            ]
            self.mentee_model.set_counts(
                self.eligibility.counts([m.participant_id for m in mentees], room)
            )
        present = {chip.key for card in cards for chip in card.chips}
        kept = [k for k in self.cards.selected_chips if k in present]
        if self.pending_selection and all(k in present for k in self.pending_selection):
            kept, self.pending_selection = self.pending_selection, []
            self.cards.select_mentor(self.chip(kept[0]).mentor_id)  # type: ignore[union-attr]
            self.select_chips(kept)
        elif kept != self.cards.selected_chips:
            self.select_chips(kept)
        else:
            self._explain_selected()
        self._update_texts(cards)
        self._update_actions()
        self._drop_paired_from_unmatched()
        self.update_room()

    def _update_texts(self, cards: list[Card]) -> None:
        data = self.data
        count = self.mentee_model.rowCount()
        if data is None:
            self.mentee_count.setText("")
        else:
            lines = [
                self.tr("1 mentee to match") if count == 1 else self.tr("{n} mentees to match")
            ]
            text = lines[0].format(n=count)
            if count and self.mentee_model.counts:
                text += "\n" + self.tr(
                    "The numbers: how many mentors with a free place could take them."
                )
            if data.not_ready:
                text += "\n" + (
                    self.tr("1 more is not ready for matching yet.")
                    if data.not_ready == 1
                    else self.tr("{n} more are not ready for matching yet.").format(
                        n=data.not_ready
                    )
                )
            self.mentee_count.setText(text)
        self.update_empty_cards()
        preview = self.preview
        self.suggestions_bar.setVisible(preview is not None)
        if preview is not None:
            pairs = len(preview.pairs)
            text = (
                self.tr("1 suggested pair (dashed), score {total}.")
                if pairs == 1
                else self.tr("{n} suggested pairs (dashed), total score {total}.")
            ).format(n=pairs, total=score_text(preview.total_score))
            blocking = preview.suggestions.blocking_pairs
            if blocking is not None:
                text += " " + self.tr(
                    "Blocking pairs: {n} (one asked for the other, and both would rather be "
                    "together)."
                ).format(n=blocking)
            audit = preview.suggestions.audit
            if audit is not None:
                text += " " + audit_summary(audit, tr)
            if preview.suggestions.next_round:
                text += " " + self.tr(
                    "Next round: nobody meets an earlier partner; accepting ends the pairs "
                    "of the round before."
                )
            if not preview.keep_proposed and any(
                c.kind == REPLACED for card in cards for c in card.chips
            ):
                text += " " + self.tr("Accepting replaces the proposed pairs shown struck out.")
            text += " " + self.tr("Nothing is saved until you accept.")
            self.suggestions_text.setText(text)

    def _show_unmatched(self) -> None:
        rows = self.unmatched_model.rows
        self.unmatched_heading.setVisible(bool(rows))
        self.unmatched_view.setVisible(bool(rows))
        self.unmatched_heading.setText(
            self.tr("Left unmatched by the last suggestions ({n})").format(n=len(rows))
        )

    def set_preview(self, preview: Preview | None) -> None:
        self.preview = preview
        self._render()

    def show_suggestions(self, suggestions: Suggestions) -> None:
        """A finished suggestion run: show its pairs, and who it left unmatched and why."""
        self.preview = Preview(suggestions) if suggestions.pairs else None
        self.unmatched_model.set_rows(suggestions.unmatched)
        self.mentee_model.set_reasons({u.participant_id: u.text for u in suggestions.unmatched})
        self._show_unmatched()
        self.select_chips([])
        self._render()
        pairs, left = len(suggestions.pairs), len(suggestions.unmatched)
        if pairs == 0:
            text = self.tr("No new pairs can be suggested.")
            if left:
                text += " " + self.tr("The list on the left says why.")
            self.banner.show_message(text, INFO)
        elif left:
            text = (
                self.tr("1 person is left unmatched; the list on the left says why.")
                if left == 1
                else self.tr("{n} people are left unmatched; the list on the left says why.")
            ).format(n=left)
            self.banner.show_message(text, INFO)
        else:
            self.banner.clear()

    def update_empty_cards(self) -> None:
        """Say why no card shows: no mentor ready yet, or none matches the search."""
        data = self.data
        search = self.mentor_search.text().strip()
        if data is not None and not data.mentors:
            self.empty_cards.setText(
                self.tr("No mentor is ready for matching yet. Mark mentors ready on People.")
            )
            self.empty_cards.show()
        elif data is not None and search and self.mentor_filter.rowCount() == 0:
            self.empty_cards.setText(
                self.tr(
                    "No mentor matches “{text}”. The search looks at names, departments, "
                    "skills, interests, goals, languages and their mentees."
                ).format(text=search)
            )
            self.empty_cards.show()
        else:
            self.empty_cards.hide()

    def _drop_paired_from_unmatched(self) -> None:
        """ "Left unmatched" names only people who still have no pair."""
        if self.data is None or not self.unmatched_model.rows:
            return
        waiting = {m.participant_id for m in self.data.mentees}
        rows = self.unmatched_model.rows
        kept = [u for u in rows if u.participant_id in waiting]
        if len(kept) != len(rows):
            self.unmatched_model.set_rows(kept)
            self._show_unmatched()

    # -- room for one more ---------------------------------------------------------------

    def current_mentee(self) -> int | None:
        index = self.mentee_view.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def update_room(self) -> None:
        """Under the mentee list: the full mentors who could take the selected mentee."""
        mentee_id = self.current_mentee()
        eligibility = self.eligibility
        if mentee_id is None or eligibility is None or self.data is None or self.data.reciprocal:
            self.room.show_full("", [])
            return
        cards = [
            (c.mentor.participant_id, c.mentor.name, c.used, c.mentor.capacity, c.mentor.ready)
            for c in self.mentor_model.cards
        ]
        free = self.mentee_model.counts.get(mentee_id, (0, 0))[0]
        full = [] if free else full_mentors(mentee_id, cards, eligibility.allows)
        row = self.mentee_model.row_of(mentee_id)
        name = self.mentee_model.mentee(row).name if row is not None else ""
        self.room.show_full(name, full)

    def allow_one_more(self, mentor_id: int) -> None:
        """Give a full mentor one more place (one undo step)."""
        from peerdesk.people import allow_one_more
        from ui.people.commands import run_change

        row = self.mentor_model.row_of(mentor_id)
        name = self.mentor_model.card(row).mentor.name if row is not None else ""
        run_change(
            self.window_,
            self.tr("Allow {name} one more mentee").format(name=name),
            [mentor_id],
            lambda db: allow_one_more(db, mentor_id),
            parent=self,
            failure=lambda exc: self.tell(user_message(exc), REFUSED),
        )

    # -- selection and explanation ---------------------------------------------------

    def chip(self, key: dnd.ChipKey) -> Chip | None:
        row = self.mentor_model.row_of_chip(key)
        if row is None:
            return None
        return next((c for c in self.mentor_model.card(row).chips if c.key == key), None)

    def selected(self) -> list[Chip]:
        return [c for k in self.cards.selected_chips if (c := self.chip(k)) is not None]

    def select_chips(self, keys: list[dnd.ChipKey]) -> None:
        self.cards.set_selected_chips(keys)
        self._explain_selected()
        self._update_actions()

    def chip_clicked(self, key: dnd.ChipKey, additive: bool) -> None:
        keys = list(self.cards.selected_chips)
        if additive:
            if key in keys:
                keys.remove(key)
            else:
                keys.append(key)
        else:
            keys = [key]
        row = self.mentor_model.row_of_chip(key)
        if row is not None and not additive:
            mentor = self.mentor_model.card(row).mentor.participant_id
            if self.cards.current_mentor() != mentor:
                self.cards.select_mentor(mentor)
        self.select_chips(keys)

    def _explain_selected(self) -> None:
        chips = self.selected()
        if not chips:
            self.explain.clear()
            return
        chip = chips[-1]
        card = self.mentor_model.card(self.mentor_model.row_of_chip(chip.key) or 0)
        title = self.tr("{mentee} with {mentor}").format(
            mentee=chip.mentee_name, mentor=card.mentor.name
        )
        if chip.kind == SUGGESTED and self.preview is not None:
            suggestion = self.preview.by_mentee.get(chip.mentee_id)
            if suggestion is None:
                self.explain.clear()
                return
            status = self.tr("Suggested; not saved until you accept it.")
            self.explain.show_pair(title, status, suggestion.explanation)
            return
        if self.data is None:
            return
        pair = self.data.pairs.get(chip.key[1])
        if pair is None:
            self.explain.clear()
            return
        explanation = explanation_from_json(pair.score, pair.reasons_json)
        self.explain.show_pair(
            title,
            self.status_text(chip, pair.started_on),
            explanation,
            self.warnings.get(chip.key, ()),
        )

    def status_text(self, chip: Chip, started: Any) -> str:
        if chip.kind == REPLACED:
            text = self.tr("Proposed; the suggestions on show would replace it.")
        elif chip.kind == "active":
            text = self.tr("Active")
            if started is not None:
                from ui.program_overview import format_date

                text = self.tr("Active since {date}").format(date=format_date(started))
        elif chip.kind == "paused":
            text = self.tr("Paused")
        else:
            text = self.tr("Proposed; not confirmed yet")
        if chip.locked:
            text += " · " + self.tr("Locked: suggestions keep it")
        return text

    # -- messages ------------------------------------------------------------------

    def changed(self, changes: Changes | None, near: QPoint | None) -> None:
        """After an action (or its undo): tell the window, which has every screen reload."""
        if changes is None:
            self._render()
            return
        if changes.warnings:
            for pair_id in changes.created or tuple(changes.pairs_after):
                self.warnings[(dnd.PAIR, pair_id)] = tuple(changes.warnings)
            self.tell(" ".join(changes.warnings), WARNING, near)
        if changes.action == "confirm":
            self._confirmed(changes)
        kinds = {PAIRS}
        if changes.status_after:
            kinds.add(PEOPLE)
        notify = getattr(self.window_, "notify", None)
        if callable(notify):
            notify(kinds)
        else:
            self.refresh(frozenset(kinds))

    def _confirmed(self, changes: Changes) -> None:
        """Say what confirming did, once the board shows them active (not after an undo)."""
        from ui.program_overview import format_date

        ids = sorted(changes.pairs_after)
        rows = [changes.pairs_after[i] for i in ids]
        starts = {row["started_on"] for row in rows if row is not None}
        start = format_date(starts.pop()) if len(starts) == 1 else ""
        count = len(ids)
        text = (
            self.tr("1 pair is confirmed and active from {date}.")
            if count == 1
            else self.tr("{n} pairs are confirmed and active from {date}.")
        ).format(n=count, date=start)
        text += " " + self.tr("Their agreements are ready to print on the Pairs screen.")

        def still_active() -> bool:
            shown = self.data.pairs if self.data is not None else {}
            return all(i in shown and shown[i].status == PairStatus.ACTIVE for i in ids)

        self.banner.show_while(text, DONE, still_active, wait=True)

    def refused(self, exc: UserError, near: QPoint | None) -> None:
        from peerdesk.matching import SuggestionsOutdated

        if isinstance(exc, SuggestionsOutdated):
            self.set_preview(None)
        self.tell(user_message(exc), REFUSED, near)

    def tell(self, text: str, level: str, near: QPoint | None = None) -> None:
        """Say something where the user is looking: by the card, else across the board."""
        if near is not None and self.cards.isVisible():
            self.note.show_near(text, level, near)
        else:
            self.banner.show_message(text, level)

    def _update_actions(self) -> None:
        self.update_action_states()

    # -- helpers for the actions ------------------------------------------------------

    def _focus_first_mentee(self) -> None:
        model = self.mentee_view.model()
        if model.rowCount():
            self.mentee_view.setCurrentIndex(model.index(0, 0))
            self.mentee_view.setFocus()

    def find_mentee(self) -> None:
        self.mentee_search.setFocus()
        self.mentee_search.selectAll()

    def _allows(self, carried: dnd.Carried, mentor_id: int) -> bool | None:
        """Whether a drop here would pass the hard rules, as far as the board knows."""
        mentee = carried.mentee_id
        moving_from = None
        if carried.chip is not None:
            chip = self.chip(carried.chip)
            if chip is None:
                return None
            mentee, moving_from = chip.mentee_id, chip.mentor_id
        if mentee is None:
            return None
        row = self.mentor_model.row_of(mentor_id)
        if row is not None and moving_from != mentor_id:
            card = self.mentor_model.card(row)
            if card.used >= card.mentor.capacity or not card.mentor.ready:
                return False
        if self.eligibility is None:
            return None
        return self.eligibility.allows(mentee, mentor_id)

    def card_point(self, mentor_id: int) -> QPoint | None:
        """Where to show a note about a mentor's card: just under it, so it hides no chip."""
        rect = self.cards.card_rect(mentor_id)
        if rect.isNull() or not rect.isValid():
            return None
        return QPoint(rect.center().x(), rect.bottom() - 10)
