"""The Pairs screen's "Documents in" menu: a pair's own document language, undoably.

A Spanish-speaking family's agreement and certificate print in Spanish while the
program's (and the app's) language stays English. "The program's language" takes
a pair's own choice back. See :mod:`peerdesk.pairs.language`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from peerdesk.documents.languages import LANGUAGES
from ui import operations
from ui.qt import QAction, QActionGroup, QCoreApplication, QMenu, QWidget
from ui.screens import PAIRS
from ui.undo import RestoreCommand

if TYPE_CHECKING:
    from peerdesk.database import Database
    from ui.main_window import MainWindow

PROGRAMS_OWN = ""  # the menu's data for "the program's language"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class LanguageCommand(RestoreCommand):
    """Document languages already set; undo puts back what the pairs had before."""

    def __init__(
        self,
        window: MainWindow,
        db: Database,
        before: Mapping[int, str | None],
        after: Mapping[int, str | None],
    ) -> None:
        super().__init__(window, db, tr("Change the documents' language"), {PAIRS})
        self.before = dict(before)
        self.after = dict(after)

    def restorer(self, *, redo: bool) -> Callable[[Database], Any]:
        from peerdesk.pairs.language import set_document_languages

        codes, expected = (self.after, self.before) if redo else (self.before, self.after)
        return lambda db: set_document_languages(db, codes, expected=expected, redo=redo)


def set_language(
    window: MainWindow, pair_ids: Sequence[int], code: str | None
) -> operations.Op | None:
    """Print these pairs' documents in ``code`` (None: the program's), undoably."""
    db = window.db
    if db is None or not pair_ids:
        return None
    after = {pair_id: code for pair_id in pair_ids}

    def work(state: object) -> dict[int, str | None]:
        from peerdesk.pairs.language import set_document_languages

        return set_document_languages(db, after)

    def success(before: dict[int, str | None]) -> None:
        if before != after:
            window.undo_stack.push(LanguageCommand(window, db, before, after))
        window.notify({PAIRS})

    return operations.Op(work, success=success, label=tr("Saving…"), parent=window).run()


class LanguageMenu(QMenu):
    """Documents in: the program's language, or one of their own, for the selected pairs.

    ``selected`` gives the selected pairs as (id, their own language or None); the
    menu ticks what they share when it opens, and sets the choice for all of them.
    """

    def __init__(
        self,
        window: MainWindow,
        selected: Callable[[], list[tuple[int, str | None]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(menu_title(), parent)
        self.setObjectName("document_language_menu")
        self.window_ = window
        self.selected = selected
        self.group = QActionGroup(self)
        self.program_action = self._add(tr("The program's language"), PROGRAMS_OWN)
        self.addSeparator()
        self.language_actions = {code: self._add(name, code) for code, name in LANGUAGES.items()}
        self.aboutToShow.connect(self.update_ticks)

    def _add(self, text: str, code: str) -> QAction:
        action = self.addAction(text)
        action.setCheckable(True)
        action.setData(code)
        action.setObjectName(f"document_language_{code or 'program'}")
        self.group.addAction(action)
        action.triggered.connect(lambda _on=False, c=code: self.choose(c))
        return action

    def update_ticks(self) -> None:
        """Tick what every selected pair shares; nothing when they differ or none is chosen."""
        pairs = self.selected()
        shared = {code or PROGRAMS_OWN for _pid, code in pairs}
        self.group.setExclusive(False)
        for action in self.group.actions():
            action.setEnabled(bool(pairs))  # nothing to set without a selected pair
            action.setChecked(len(shared) == 1 and action.data() in shared)
        self.group.setExclusive(True)

    def choose(self, code: str) -> None:
        ids = [pair_id for pair_id, _code in self.selected()]
        set_language(self.window_, ids, code or None)


def menu_title() -> str:
    return tr("&Documents in")
