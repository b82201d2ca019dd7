"""The Calendar screen's group sessions: making, opening and changing them, their menus.

Mixed into :class:`ui.calendar.screen.CalendarScreen`. **New session…** and a day's
right-click open the session dialog (:mod:`ui.calendar.session_dialog`) once the
program's people, circles and steps are read on the worker; a double-click (or Enter)
on a session opens its attendance (:func:`ui.calendar.attendance_dialog.open_attendance`);
a right-click offers its other actions. Every change is one step on the window's
undo stack (:func:`ui.calendar.commands.run_change`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from peerdesk.calendar import zones
from ui import operations
from ui.calendar.commands import Steps, run_change
from ui.calendar.data import short_date
from ui.qt import QCoreApplication, QMenu, QPoint, Qt, QWidget

if TYPE_CHECKING:
    from peerdesk.groups.sessions import SessionRow


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class SessionActions:
    """The screen's part for group sessions; it uses the screen's state and dialogs."""

    sessions: list[SessionRow]
    db: Any
    program_id: int | None
    context: Any
    selected: date
    window_: Any

    def session(self, session_id: int) -> SessionRow | None:
        return next((r for r in self.sessions if r.id == session_id), None)

    def open_new_session(self, day: date | None = None, circle_id: int | None = None) -> None:
        """New session…; ``circle_id``: as that circle's meeting (from the Circles tab)."""
        self._open_session_dialog(None, day or max(self.selected, self.today()), circle_id)

    def open_session(self, session_id: int) -> None:
        """Change a session (its dialog also cancels, deletes and opens attendance)."""
        row = self.session(session_id)
        if row is not None:
            self._open_session_dialog(row, None)

    def _open_session_dialog(
        self, row: SessionRow | None, day: date | None, circle_id: int | None = None
    ) -> None:
        from ui.calendar.session_choices import SessionChoices, load_choices
        from ui.calendar.session_dialog import SessionDialog

        db, program_id, context = self.db, self.program_id, self.context
        if db is None or program_id is None or context is None:
            return
        session_id = row.id if row is not None else None

        def show(choices: SessionChoices) -> None:
            dialog = SessionDialog(self.window_, context, choices, row=row, day=day, parent=self)
            if circle_id is not None:
                dialog.invite_circle(circle_id)
            dialog.saved.connect(self._sessions_saved)
            dialog.attendance_wanted.connect(self.open_attendance)
            dialog.signin_wanted.connect(lambda sid: self.print_signin(sid, dialog))
            self._show_dialog(dialog)

        operations.Op(
            lambda state: load_choices(db, program_id, session_id),
            success=show,
            label=tr("Reading the program's people…"),
            parent=self,
        ).run()

    def _sessions_saved(self, steps: Steps) -> None:
        made = [i for _text, changes in steps for i in changes.created]
        summary = ""
        if made:
            summary = (
                tr("Made 1 session.")
                if len(made) == 1
                else tr("Made {n} sessions.").format(n=len(made))
            )
        self._after(steps, summary)
        # Show the day of the first session made (or, for a change, moved) there.
        rows = [
            row
            for _text, changes in steps
            for i, row in getattr(changes, "sessions_after", {}).items()
            if row is not None and (i in made or not made)
        ]
        if rows:
            first = min(rows, key=lambda row: row["starts_at"])
            self.show_day(zones.local_date(first["starts_at"], first["timezone"]))

    def open_kinds(self) -> None:
        from peerdesk.groups.kinds import KindRow, list_kinds
        from ui.calendar.session_kinds_dialog import SessionKindsDialog

        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return

        def show(kinds: list[KindRow]) -> None:
            dialog = SessionKindsDialog(self.window_, program_id, kinds, self)
            dialog.saved.connect(lambda rows: self.show_notice([tr("Saved the kinds of session.")]))
            self._show_dialog(dialog)

        operations.Op(
            lambda state: list_kinds(db, program_id),
            success=show,
            label=tr("Reading the kinds of session…"),
            parent=self,
        ).run()

    def open_attendance(self, session_id: int) -> None:
        """The session's attendance checklist (ui.calendar.attendance_dialog); once saved,
        the notice says what it did (who now has the session's step and is ready)."""
        from ui.calendar.attendance_dialog import AttendanceDialog, open_attendance, saved_text

        def show(dialog: AttendanceDialog) -> None:
            dialog.saved.connect(lambda changes: self.show_notice([saved_text(changes)]))
            self._show_dialog(dialog)

        open_attendance(self.window_, session_id, parent=self, show=show)

    def print_signin(self, session_id: int, parent: QWidget | None = None) -> None:
        """Save the session's sign-in sheet; ``parent``: the dialog asking, if one is open
        (its questions must not hide behind it)."""
        from ui.calendar.signin_sheet import save_signin_sheet

        row = self.session(session_id)
        if row is not None:
            save_signin_sheet(self.window_, row, parent or self, done=self.show_notice)

    def session_menu(self, session_id: int, at: QPoint) -> None:
        """The session's actions, at ``at`` (a right-click on its line or row)."""
        from peerdesk.calendar.series import Scope
        from ui.calendar import session_actions

        row = self.session(session_id)
        if row is None:
            return
        menu = QMenu(self)
        menu.setObjectName("calendar_session_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        entries = (
            (
                tr("Attendance…"),
                "session_attendance",
                lambda: self.open_attendance(session_id),
            ),
            (tr("Change session…"), "session_change", lambda: self.open_session(session_id)),
            (
                tr("Print sign-in sheet…"),
                "session_signin",
                lambda: self.print_signin(session_id),
            ),
            (
                tr("Restore session") if row.cancelled else tr("Cancel session…"),
                "session_cancel",
                lambda: session_actions.cancel_or_restore(self, row, Scope.THIS, self._run_session),
            ),
            (
                tr("Delete session…"),
                "session_delete",
                lambda: session_actions.confirm_delete(self, row, Scope.THIS, self._run_session),
            ),
        )
        for text, name, slot in entries:
            action = menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        self.session_actions_menu = menu
        menu.popup(at)

    def day_menu(self, day: date, at: QPoint) -> None:
        """A right-click on a day: make a session (or schedule meetings) from that day."""
        self.show_day(day)
        menu = QMenu(self)
        menu.setObjectName("calendar_day_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        new = menu.addAction(tr("New session on {date}…").format(date=short_date(day)))
        new.setObjectName("day_new_session")
        new.triggered.connect(lambda _checked=False: self.open_new_session(day))
        schedule = menu.addAction(tr("Schedule meetings from {date}…").format(date=short_date(day)))
        schedule.setObjectName("day_schedule")
        schedule.triggered.connect(lambda _checked=False: self.open_schedule(day))
        self.day_actions_menu = menu
        menu.popup(at)

    def _run_session(self, work: Any, label: str) -> None:
        run_change(self.window_, work, parent=self, label=label, done=self._after)
