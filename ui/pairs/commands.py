"""Undo and redo of "agreement signed", through the worker like every other change."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from ui import operations
from ui.qt import QCoreApplication
from ui.screens import PAIRS
from ui.undo import RestoreCommand

if TYPE_CHECKING:
    from peerdesk.database import Database
    from ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class SignedCommand(RestoreCommand):
    """Signed dates already set; undo puts back the dates the pairs had before."""

    def __init__(
        self,
        window: MainWindow,
        db: Database,
        before: Mapping[int, date | None],
        after: Mapping[int, date | None],
    ) -> None:
        count = len(after)
        text = (
            tr("Mark agreement signed")
            if count == 1
            else tr("Mark {count} agreements signed").format(count=count)
        )
        super().__init__(window, db, text, {PAIRS})
        self.before = dict(before)
        self.after = dict(after)

    def restorer(self, *, redo: bool) -> Callable[[Database], Any]:
        from peerdesk.documents.pairs import mark_signed_many

        dates, expected = (self.after, self.before) if redo else (self.before, self.after)
        return lambda db: mark_signed_many(db, dates, expected=expected, redo=redo)


def mark_signed(
    window: MainWindow,
    pair_ids: list[int],
    on_date: date,
    done: Callable[[], None] | None = None,
) -> operations.Op | None:
    """Record the signed date for these pairs, undoably, and tell the window."""
    db = window.db
    if db is None or not pair_ids:
        return None
    after = {pair_id: on_date for pair_id in pair_ids}

    def work(state: object) -> dict[int, date | None]:
        from peerdesk.documents.pairs import mark_signed_many

        return mark_signed_many(db, after)

    def success(before: dict[int, date | None]) -> None:
        window.undo_stack.push(SignedCommand(window, db, before, after))
        window.notify({PAIRS})
        if done is not None:
            done()

    return operations.Op(work, success=success, label=tr("Saving…"), parent=window).run()
