"""The window as the user's role allows (issue 18, part 4).

On a shared database the server enforces the roles (:mod:`peerdesk.storage.roles`);
the window only spares the user buttons that would be refused. As a program opens,
the user's role is read on the worker; a viewer (or a login with no role here) gets
a read-only window: the actions that change records are hidden — the window's
(new program, settings, import, undo…) and each screen's (add, edit, pair, schedule,
log…) — nothing can be dropped anywhere (a roster, a pair, a meeting), and the status
bar says "Read-only (viewer)". Reading, printing and exporting stay. A coordinator
needs nothing hidden: the server shows them only the programs given to them.

Hidden, not disabled: screens enable their actions by selection as they go, and a
hidden action's shortcut does not fire either (what a screen shows or hides by itself
is disabled instead). The lists below name the changing actions of every screen, by
attribute; a screen that renames one is caught by
``tests/ui/test_viewer_window.py``.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from peerdesk.storage.roles import Access
from ui import operations
from ui.qt import QAction, QLabel, QMenu, QObject, QToolBar, QWidget

if TYPE_CHECKING:
    from ui.window_host import GuardedWindow

#: The window's actions that change records.
WINDOW_CHANGES = (
    "settings_action", "import_action", "undo_import_action", "restore_action",
    "undo_action", "redo_action",
)  # fmt: skip
#: What only an administrator may do on a shared database: add a program (a coordinator
#: works in the programs given to them).
ADMIN_ONLY = ("new_program_action", "welcome.create_button", "welcome.import_button")
#: Each screen's actions and buttons that change records (attribute paths on the screen).
SCREEN_CHANGES: dict[str, tuple[str, ...]] = {
    "overview": ("edit_button",),
    "people": (
        "add_action", "edit_action", "status_action", "step_action", "erase_action",
        "import_action",
    ),
    "matching": (
        "suggest_action", "pair_action", "move_action", "unpair_action", "lock_action",
        "confirm_action", "end_action", "accept_all_action", "accept_selected_action",
        "reject_action", "discard_action", "next_round_action",
    ),
    "pairs": ("signed_action", "goals_action", "schedule_action", "language_menu"),
    "calendar": ("schedule_action", "log_action"),
    "checkins": (
        "import_button", "form.save_button", "form.questions_button", "goals.end_button",
        "goals.cycle_button", "goals.add_goal_button", "goals.edit_goal_button",
        "goals.delete_goal_button",
    ),
    "dashboard": ("health.comparison_button",),
}  # fmt: skip
#: Parts a screen shows or hides by itself (so they are disabled instead): what they show
#: stays readable, greyed.
SCREEN_DISABLED: dict[str, tuple[str, ...]] = {
    "people": (
        "checklist.steps_box", "checklist.override_button", "checklist.remove_override_button",
    ),
}  # fmt: skip


def _find(owner: object, path: str) -> QAction | QWidget | None:
    for name in path.split("."):
        owner = getattr(owner, name, None)
        if owner is None:
            return None
    if isinstance(owner, QMenu):  # a submenu: its entry in the menu above
        return owner.menuAction()
    return owner if isinstance(owner, QAction | QWidget) else None


def changing_controls(
    window: GuardedWindow, lists: dict[str, tuple[str, ...]] = SCREEN_CHANGES
) -> list[QAction | QWidget]:
    """The window's and its built screens' actions and buttons that change records
    (named in ``lists``; the window's own only with :data:`SCREEN_CHANGES`)."""
    found = [_find(window, name) for name in WINDOW_CHANGES] if lists is SCREEN_CHANGES else []
    screens: dict[str, object] = {"overview": window.overview, **window.built_screens}
    for key, screen in screens.items():
        found += [_find(screen, path) for path in lists.get(key, ())]
    return [control for control in found if control is not None]


class RoleGuard(QObject):
    """Keeps ``window`` as the role of whoever opened its program allows."""

    def __init__(self, window: GuardedWindow) -> None:
        super().__init__(window)
        self.window = window
        self.role: Access | None = Access.COORDINATOR  # a file's, until told otherwise
        self.mark = QLabel()
        self.mark.setObjectName("readOnlyMark")
        self.mark.setVisible(False)
        window.statusBar().addPermanentWidget(self.mark)
        self._dropping: weakref.WeakKeyDictionary[QWidget, bool] = weakref.WeakKeyDictionary()
        self._turned_off = False  # greyed, no drops (see _turn_off)
        self._hidden: weakref.WeakSet[QAction | QWidget] = weakref.WeakSet()
        window.file_opened.connect(lambda _location: self.learn())
        # After the window's own slot, which builds a screen the first time it is shown.
        window.nav.currentRowChanged.connect(lambda _row: self.apply())

    @property
    def read_only(self) -> bool:
        return self.role not in (Access.COORDINATOR, Access.ADMINISTRATOR)

    def learn(self) -> None:
        """Read the user's role for the program just opened (on the worker), then apply it."""
        db = self.window.db
        if db is None or not db.on_server:
            self.set_role(Access.COORDINATOR)
            return

        def work(state: object) -> Access | None:
            from peerdesk.storage.roles import my_role

            return my_role(db)

        def learned(role: Access | None) -> None:
            if self.window.db is db:
                self.set_role(role)

        # If the role cannot be read, the server still refuses what it must. No progress
        # dialog: this is quiet background work, and its parent is no widget to show one over.
        operations.Op(
            work, success=learned, failure=lambda _exc: None, parent=self, progress_dialog=False
        ).run()

    def set_role(self, role: Access | None) -> None:
        self.role = role
        self.apply()

    def apply(self) -> None:
        """Hide what the role may not do, and show again only what was hidden here once
        it may; called again whenever the window refreshes."""
        db = self.window.db
        read_only = self.read_only and db is not None
        coordinating = self.role is Access.COORDINATOR and db is not None and db.on_server
        hidden = (
            [_find(self.window, path) for path in ADMIN_ONLY] if read_only or coordinating else []
        )
        if read_only:
            hidden += changing_controls(self.window)
        for control in [c for c in self._hidden if c not in hidden]:
            control.setVisible(True)
            self._hidden.discard(control)
        for control in filter(None, hidden):
            control.setVisible(False)
            self._hidden.add(control)
        if read_only:
            self._turn_off(read_only=True)
            text = (
                self.tr("Read-only (viewer)")
                if self.role is Access.VIEWER
                else self.tr("Read-only (no role here)")
            )
            self.mark.setText(text)
            self.mark.setToolTip(
                self.tr(
                    "Your role on this shared database lets you read and export, not change "
                    "records. An administrator can change it."
                )
            )
        elif self._turned_off:
            self._turn_off(read_only=False)
        self.mark.setVisible(read_only)

    def _turn_off(self, *, read_only: bool) -> None:
        """Grey what a screen shows and hides by itself, drop separators, refuse drops."""
        self._turned_off = read_only
        for control in changing_controls(self.window, SCREEN_DISABLED):
            control.setEnabled(not read_only)
        for bar in self.window.findChildren(QToolBar):  # no separators left between nothing
            for action in bar.actions():
                if action.isSeparator():
                    action.setVisible(not read_only)
        self._set_dropping(not read_only)

    def _set_dropping(self, allowed: bool) -> None:
        """Nothing can be dropped on the window or any screen (rosters, pairs, meetings)
        while read-only; what accepted drops before does again afterwards."""
        if not allowed:
            for widget in [self.window, *self.window.findChildren(QWidget)]:
                if widget.acceptDrops():
                    self._dropping[widget] = True
                    widget.setAcceptDrops(False)
        else:
            for widget in list(self._dropping):
                widget.setAcceptDrops(True)
            self._dropping.clear()
