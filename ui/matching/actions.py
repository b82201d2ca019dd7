"""What the board's buttons, drops, keys and menus do (the screen mixes this in).

Each action checks what is selected, then hands one core call to
:func:`ui.matching.commands.perform`, which runs it on the worker and makes
it an undo step; a refusal comes back as a note by the card.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from peerdesk.enums import MatchObjective, PairStatus
from peerdesk.errors import UserError
from ui import operations
from ui.labels import tr
from ui.matching import dnd
from ui.matching.cards import ACTIVE, PAUSED, PROPOSED, REPLACED, SUGGESTED, Chip
from ui.matching.commands import change_preview, perform
from ui.matching.dialogs import ConfirmPairsDialog, EndPairDialog
from ui.matching.widgets import DONE, INFO
from ui.matching.wishes import add_wish_actions
from ui.qt import QMenu, QPoint, Qt, QWidget

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.matching import Changes
    from ui.matching.board_host import ActionsHost
    from ui.screens import Screen

    class Base(Screen, ActionsHost):
        """For type checkers only: a screen that has what the actions use."""

else:
    Base = object


def each(db: Database, ids: Sequence[int], step: Callable[[int], Changes]) -> Changes:
    """Run ``step`` for each pair as one action: if one is refused, the earlier ones are undone."""
    from peerdesk.matching import Changes, undo

    done: list[Changes] = []
    try:
        for pair_id in ids:
            done.append(step(pair_id))
    except UserError:
        for changes in reversed(done):
            undo(db, changes)
        raise
    if len(done) == 1:
        return done[0]
    first = done[0]
    before: dict[int, Any] = {}
    after: dict[int, Any] = {}
    status_before: dict[int, Any] = {}
    status_after: dict[int, Any] = {}
    for changes in done:
        for key, row in changes.pairs_before.items():
            before.setdefault(key, row)
        after.update(changes.pairs_after)
        for key, status in changes.status_before.items():
            status_before.setdefault(key, status)
        status_after.update(changes.status_after)
    return Changes(
        first.program_id,
        first.action,
        before,
        after,
        status_before,
        status_after,
        tuple(w for c in done for w in c.warnings),
        tuple(i for c in done for i in c.created),
        tuple(i for c in done for i in c.removed),
    )


class BoardActions(Base):
    # What the actions leave on the board (which starts them empty).
    dialog: QWidget | None  # the dialog open over the board, if any
    menu: QMenu | None
    suggest_op: operations.Op | None
    pending_selection: list[dnd.ChipKey]  # chips to select once they are shown

    # -- pairing -----------------------------------------------------------------

    def propose(self, mentee_id: int, mentor_id: int, near: QPoint | None) -> None:
        from peerdesk.matching import propose_pair

        program_id = self.program_id
        if program_id is None:
            return
        mentee, mentor = self.person_name(mentee_id), self.person_name(mentor_id)
        text = tr("Pair {mentee} with {mentor}").format(mentee=mentee, mentor=mentor)

        def select_new(changes: Changes) -> None:
            if changes.created:
                self.pending_selection = [(dnd.PAIR, changes.created[0])]

        perform(
            self,
            text,
            lambda db: propose_pair(db, program_id, mentor_id, mentee_id),
            near=near,
            then=select_new,
        )

    def mentee_dropped(self, mentee_id: int, mentor_id: int, where: QPoint) -> None:
        self.propose(mentee_id, mentor_id, self.card_point(mentor_id) or where)

    def pair_selected(self) -> None:
        """Pair (Ctrl+P, Enter): the mentee selected in the list with the current mentor card."""
        mentee_id = self.mentee_view.current_mentee()
        mentor_id = self.cards.current_mentor()
        if mentee_id is None or mentor_id is None:
            self.tell(
                tr("Select a mentee in the list and a mentor's card first, then press Pair."),
                INFO,
            )
            return
        self.propose(mentee_id, mentor_id, self.card_point(mentor_id))

    def chip_dropped(self, key: dnd.ChipKey, mentor_id: int, where: QPoint) -> None:
        chip = self.chip(key)
        if chip is None or chip.mentor_id == mentor_id:
            return
        self.move_chip(chip, mentor_id, self.card_point(mentor_id) or where)

    def move_chip(self, chip: Chip, mentor_id: int, near: QPoint | None) -> None:
        from peerdesk.matching import move_pair

        if chip.kind == SUGGESTED:
            self.propose(chip.mentee_id, mentor_id, near)
            return
        text = tr("Move {mentee} to {mentor}").format(
            mentee=chip.mentee_name, mentor=self.person_name(mentor_id)
        )
        pair_id = chip.key[1]
        perform(self, text, lambda db: move_pair(db, pair_id, mentor_id), near=near)

    def move_selected(self) -> None:
        """Move here (Ctrl+M): the selected chip to the current mentor card."""
        chips = self.selected()
        mentor_id = self.cards.current_mentor()
        if len(chips) != 1 or mentor_id is None or chips[0].mentor_id == mentor_id:
            self.tell(
                tr(
                    "Select one pair (click it, or Space on its card), then the mentor's card "
                    "to move it to, and press Move here."
                ),
                INFO,
            )
            return
        self.move_chip(chips[0], mentor_id, self.card_point(mentor_id))

    def chip_returned(self, key: dnd.ChipKey) -> None:
        """A chip dropped on the mentee list: take the pair (or suggestion) back."""
        chip = self.chip(key)
        if chip is not None:
            self.remove([chip], near=None)  # a refusal shows across the board, not by a card

    def remove_selected(self) -> None:
        chips = self.selected()
        if chips:
            self.remove(chips, near=self.card_point(chips[0].mentor_id))

    def remove(self, chips: list[Chip], near: QPoint | None) -> None:
        from peerdesk.matching import unpair

        suggested = [c for c in chips if c.kind == SUGGESTED]
        pairs = [c for c in chips if c.key[0] == dnd.PAIR]
        if suggested:
            self.reject([c.mentee_id for c in suggested])
        if not pairs:
            return
        ids = [c.key[1] for c in pairs]
        text = (
            tr("Take back the pair of {mentee}").format(mentee=pairs[0].mentee_name)
            if len(pairs) == 1
            else tr("Take back {n} pairs").format(n=len(pairs))
        )
        perform(self, text, lambda db: each(db, ids, lambda i: unpair(db, i)), near=near)

    # -- lock, confirm, end ---------------------------------------------------------

    def toggle_lock(self) -> None:
        from peerdesk.matching import lock_pair

        chips = [c for c in self.selected() if c.key[0] == dnd.PAIR]
        if not chips:
            self.tell(tr("Select a pair on a mentor's card to lock or unlock it."), INFO)
            return
        locking = any(not c.locked for c in chips)
        ids = [c.key[1] for c in chips if c.locked != locking]
        if locking:
            text = tr("Lock the pair of {mentee}").format(mentee=chips[0].mentee_name)
        else:
            text = tr("Unlock the pair of {mentee}").format(mentee=chips[0].mentee_name)
        perform(
            self,
            text,
            lambda db: each(db, ids, lambda i: lock_pair(db, i, locked=locking)),
            near=self.card_point(chips[0].mentor_id),
        )

    def proposed_to_confirm(self) -> tuple[list[int], bool]:
        """The pairs Confirm pairs would confirm: the selected proposed ones, else all."""
        chosen = [c.key[1] for c in self.selected() if c.kind in (PROPOSED, REPLACED)]
        if chosen:
            return chosen, True
        if self.data is None:
            return [], False
        everyone = [p.pair_id for p in self.data.pairs.values() if p.status == PairStatus.PROPOSED]
        return sorted(everyone), False

    def ask_confirm(self) -> ConfirmPairsDialog | None:
        ids, selected_only = self.proposed_to_confirm()
        if not ids:
            self.tell(tr("There are no proposed pairs to confirm."), INFO)
            return None
        dialog = ConfirmPairsDialog(len(ids), selected_only, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.confirm(ids, dialog.start_date()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def confirm(self, ids: list[int], start: Any) -> None:
        from peerdesk.matching import confirm_pairs

        text = tr("Confirm 1 pair") if len(ids) == 1 else tr("Confirm {n} pairs").format(n=len(ids))
        perform(
            self,
            text,
            lambda db: confirm_pairs(db, ids, start),
            then=lambda changes: self.offer_scheduling(ids, start),
        )

    def offer_scheduling(self, ids: list[int], start: Any) -> None:
        """New pairs (a rematch too) need meetings: offer to plan them, clash-free."""
        from ui.calendar.schedule_dialog import offer_for_new_pairs

        program_id = self.program_id
        if program_id is None or not ids:
            return
        self.dialog = offer_for_new_pairs(self.window_, self, program_id, ids, start)

    def pause_or_resume(self, chip: Chip) -> None:
        """Pause an active pair (its meetings are held) or resume a paused one."""
        from peerdesk.matching import pause_pair, resume_pair

        pair_id = chip.key[1]
        if chip.kind == PAUSED:
            text = tr("Resume the pair of {mentee}").format(mentee=chip.mentee_name)
            perform(self, text, lambda db: resume_pair(db, pair_id))
        else:
            text = tr("Pause the pair of {mentee}").format(mentee=chip.mentee_name)
            perform(self, text, lambda db: pause_pair(db, pair_id))

    def ask_end(self) -> EndPairDialog | None:
        chips = [c for c in self.selected() if c.kind in (ACTIVE, PAUSED)]
        if len(chips) != 1:
            self.tell(tr("Select one active pair to end it."), INFO)
            return None
        chip = chips[0]
        pair = self.data.pairs.get(chip.key[1]) if self.data is not None else None
        dialog = EndPairDialog(
            chip.mentee_name,
            self.person_name(chip.mentor_id),
            self,
            started_on=pair.started_on if pair is not None else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.outcome_choice.suggest_from(self.db, chip.key[1])
        dialog.accepted.connect(lambda: self.end(chip, dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def end(self, chip: Chip, dialog: EndPairDialog) -> None:
        from peerdesk.matching import end_pair

        pair_id = chip.key[1]
        reason = dialog.reason.text().strip()
        rematch = dialog.rematch.isChecked()
        outcome = dialog.outcome()
        ended_on = dialog.ended_date()
        text = tr("End the pair of {mentee}").format(mentee=chip.mentee_name)
        perform(
            self,
            text,
            lambda db: end_pair(
                db,
                pair_id,
                reason=reason,
                rematch_eligible=rematch,
                outcome=outcome,
                ended_on=ended_on,
            ),
            near=self.card_point(chip.mentor_id),
        )

    # -- suggestions ------------------------------------------------------------------

    def suggest(self) -> None:
        from peerdesk.matching import suggest

        db, program_id, objective = self.db, self.program_id, self.objective
        if db is None or program_id is None:
            return

        def start() -> operations.Op:
            op = operations.Op(
                lambda state: suggest(db, program_id, objective=objective, progress=state),
                success=self.show_suggestions,
                cancelled=lambda: self.tell(
                    tr("Suggest matches was stopped; nothing changed."), INFO
                ),
                failure=lambda exc: self.refused(exc, None),
                label=tr("Finding the best pairs…"),
                cancellable=True,
                parent=self,
            )
            self.suggest_op = op
            return op

        self.queue.submit(start)

    def next_round(self) -> None:
        """Rotation: suggest a new round where nobody meets an earlier partner again."""
        from peerdesk.matching import suggest

        db, program_id, objective = self.db, self.program_id, self.objective
        if db is None or program_id is None:
            return

        def start() -> operations.Op:
            op = operations.Op(
                lambda state: suggest(
                    db, program_id, objective=objective, next_round=True, progress=state
                ),
                success=self.show_suggestions,
                cancelled=lambda: self.tell(tr("Next round was stopped; nothing changed."), INFO),
                failure=lambda exc: self.refused(exc, None),
                label=tr("Finding new partners for everyone…"),
                cancellable=True,
                parent=self,
            )
            self.suggest_op = op
            return op

        self.queue.submit(start)

    def compare_modes(self) -> None:
        """Run every matching mode on the same pool and show them side by side."""
        from peerdesk.matching.compare import compare

        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return

        def start() -> operations.Op:
            op = operations.Op(
                lambda state: compare(db, program_id, progress=state),
                success=self.show_comparison,
                cancelled=lambda: self.tell(tr("Comparing was stopped; nothing changed."), INFO),
                failure=lambda exc: self.refused(exc, None),
                label=tr("Running every matching mode…"),
                cancellable=True,
                parent=self,
            )
            self.suggest_op = op
            return op

        self.queue.submit(start)

    def show_comparison(self, results: list[Any]) -> None:
        from ui.matching.compare import CompareDialog

        dialog = CompareDialog(results, lambda path: self.export_audit(results, path), self)
        self.compare_dialog: CompareDialog | None = dialog

        def finished(_result: int) -> None:
            if dialog.chosen is not None:
                self.show_suggestions(dialog.chosen)
            self.compare_dialog = None

        dialog.finished.connect(finished)
        dialog.open()

    def ask_audit_file(self) -> Any:
        """Where to write the audit (tests replace this stand-in for the system dialog)."""
        from ui.matching.compare import ask_audit_path

        return ask_audit_path(self)

    def export_suggestions_audit(self) -> None:
        """The audit of the suggestions on show, as an Excel file."""
        preview = self.preview
        if preview is None:
            return
        path = self.ask_audit_file()
        if path is not None:
            self.export_audit([preview.suggestions], path)

    def export_audit(self, results: list[Any], path: Any) -> None:
        from peerdesk.exports.match_audit import export_audit
        from ui.labels import objectives

        words = {o.value: text for o, text in objectives().items()}

        def start() -> operations.Op:
            return operations.Op(
                lambda _state: export_audit(results, path, words, overwrite=True),
                success=lambda written: self.tell(
                    tr("The audit is saved in {file}.").format(file=written.name), DONE
                ),
                failure=lambda exc: self.refused(exc, None),
                label=tr("Saving the audit…"),
                parent=self,
            )

        self.queue.submit(start)

    def accept_all(self) -> None:
        from peerdesk.matching import save_suggestions

        preview = self.preview
        if preview is None:
            return
        count = len(preview.pairs)
        text = (
            tr("Accept 1 suggested pair")
            if count == 1
            else tr("Accept {n} suggested pairs").format(n=count)
        )
        perform(
            self,
            text,
            lambda db: save_suggestions(
                db, preview.suggestions, keep_proposed=preview.keep_proposed
            ),
            end_preview=True,
            label=tr("Saving the suggested pairs…"),
            then=lambda changes: self.banner.show_while(
                tr(
                    "The suggested pairs are saved as proposed pairs. Confirm pairs makes "
                    "them active; Undo takes them all back."
                ),
                DONE,
                lambda: self.proposed_to_confirm()[0] != [],  # gone once they are confirmed
            ),
        )

    def selected_suggestions(self) -> list[Chip]:
        return [c for c in self.selected() if c.kind == SUGGESTED]

    def accept_selected(self) -> None:
        from peerdesk.matching import save_suggestions

        preview = self.preview
        chosen = self.selected_suggestions()
        if preview is None or not chosen:
            self.tell(tr("Select suggested pairs (dashed) to accept them."), INFO)
            return
        pairs = [(c.mentor_id, c.mentee_id) for c in chosen]
        mentees = tuple(c.mentee_id for c in chosen)
        text = (
            tr("Accept the suggestion for {mentee}").format(mentee=chosen[0].mentee_name)
            if len(chosen) == 1
            else tr("Accept {n} suggested pairs").format(n=len(chosen))
        )
        perform(
            self,
            text,
            lambda db: save_suggestions(
                db, preview.suggestions, only=pairs, keep_proposed=preview.keep_proposed
            ),
            accepted=mentees,
        )

    def reject_selected(self) -> None:
        chosen = self.selected_suggestions()
        if not chosen:
            self.tell(tr("Select suggested pairs (dashed) to reject them."), INFO)
            return
        self.reject([c.mentee_id for c in chosen])

    def reject(self, mentee_ids: list[int]) -> None:
        preview = self.preview
        if preview is None:
            return
        after = preview.without(mentee_ids)
        text = (
            tr("Reject 1 suggestion")
            if len(mentee_ids) == 1
            else tr("Reject {n} suggestions").format(n=len(mentee_ids))
        )
        change_preview(self, text, after if after.pairs else None)

    def discard_suggestions(self) -> None:
        if self.preview is not None:
            change_preview(self, tr("Discard the suggestions"), None)

    # -- menus and state --------------------------------------------------------------

    def open_menu(self, key: dnd.ChipKey | None, mentor_id: int, where: QPoint) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("boardMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chip = self.chip(key) if key is not None else None
        if chip is None:
            mentee = self.mentee_view.current_mentee()
            if mentee is not None:
                menu.addAction(
                    tr("Pair {mentee} here").format(mentee=self.person_name(mentee)),
                    self.pair_selected,
                )
            moving = self.selected()
            if len(moving) == 1 and moving[0].mentor_id != mentor_id:
                menu.addAction(
                    tr("Move {mentee} here").format(mentee=moving[0].mentee_name),
                    self.move_selected,
                )
        elif chip.kind == SUGGESTED:
            menu.addAction(self.accept_selected_action)
            menu.addAction(self.reject_action)
        else:
            menu.addAction(self.lock_action)
            if chip.kind in (PROPOSED, REPLACED):
                menu.addAction(self.unpair_action)
                menu.addAction(self.confirm_action)
            if chip.kind in (ACTIVE, PAUSED):
                menu.addAction(self.end_action)
                pause = menu.addAction(
                    tr("Resume the pair") if chip.kind == PAUSED else tr("Pause the pair"),
                    lambda: self.pause_or_resume(chip),
                )
                pause.setObjectName("pausePair")
                pause.setToolTip(
                    tr("Its meetings come back from today on")
                    if chip.kind == PAUSED
                    else tr("Its meetings from today on are cancelled until it resumes")
                )
        add_wish_actions(self, menu, chip.mentee_id if chip is not None else mentor_id)
        self.menu = menu
        menu.popup(where)
        return menu

    def open_mentee_menu(self, mentee_id: int, where: QPoint) -> QMenu:
        """Right-click on a mentee in the list: their wishes."""
        menu = QMenu(self)
        menu.setObjectName("menteeMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        add_wish_actions(self, menu, mentee_id)
        self.menu = menu
        menu.popup(where)
        return menu

    def update_action_states(self) -> None:
        chips = self.selected()
        has_board = self.data is not None
        pairs = [c for c in chips if c.key[0] == dnd.PAIR]
        self.suggest_action.setEnabled(has_board)
        self.pair_action.setEnabled(has_board)
        self.move_action.setEnabled(len(chips) == 1 and chips[0].kind != REPLACED)
        self.unpair_action.setEnabled(
            any(
                c.kind == SUGGESTED or (c.kind in (PROPOSED, REPLACED) and not c.locked)
                for c in chips
            )
        )
        self.lock_action.setEnabled(bool(pairs))
        locking = not pairs or any(not c.locked for c in pairs)
        self.lock_action.setText(tr("Lock") if locking else tr("Unlock"))
        self.lock_action.setIcon(self.lock_icon(locking))
        ids, _only = self.proposed_to_confirm() if has_board else ([], False)
        self.confirm_action.setEnabled(bool(ids))
        self.end_action.setEnabled(len([c for c in chips if c.kind in (ACTIVE, PAUSED)]) == 1)
        suggestions = self.selected_suggestions()
        self.accept_all_action.setEnabled(self.preview is not None)
        self.accept_selected_action.setEnabled(bool(suggestions))
        self.reject_action.setEnabled(bool(suggestions))
        self.discard_action.setEnabled(self.preview is not None)
        self.audit_action.setEnabled(self.preview is not None)
        # Honour preferences pairs mentees with mentors; peers have one pool.
        stable = self.objective_actions.get(MatchObjective.STABLE)
        if stable is not None:
            stable.setEnabled(not (self.data is not None and self.data.reciprocal))

    def lock_icon(self, locking: bool) -> Any:
        from ui import icons

        return icons.icon("lock" if locking else "unlock")

    def person_name(self, participant_id: int) -> str:
        data = self.data
        if data is not None:
            for mentor in data.mentors:
                if mentor.participant_id == participant_id:
                    return mentor.name
            for mentee in data.mentees:
                if mentee.participant_id == participant_id:
                    return mentee.name
            for pair in data.pairs.values():
                if pair.mentee_id == participant_id:
                    return pair.mentee_name
                if pair.mentor_id == participant_id:
                    return pair.mentor_name
        return tr("someone")
