"""New session… and opening a session: a training, workshop, social or circle meeting.

The form: the kind and a title, the date, time and length, once or as a series
(every week, two weeks, four weeks or month until a date — the pair series'
rules), a place or a video link, a capacity, who is invited (all mentors, all
mentees, everyone, one circle, or people picked from a searchable check list)
and, optionally, the readiness step that attending completes.

Saving runs on the worker (one transaction, one undo step) and closes the
dialog only when it worked; a refused save (no title, over capacity, a date
after the series' end…) says why under the form and changes nothing. An open
session can also be cancelled (or restored), deleted, and its attendance or
sign-in sheet opened from here. A save that another coordinator's came before shows
both versions side by side (:mod:`ui.calendar.session_conflicts`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any

from peerdesk.groups.statuses import CANCELLED
from ui.calendar import session_actions
from ui.calendar.commands import Steps
from ui.calendar.data import CalendarContext, long_date, pydate, qdate
from ui.calendar.dialog_parts import ConflictDialog, error_label, minutes_spin, time_edit
from ui.calendar.people_picker import PeoplePicker, Pickable
from ui.calendar.schedule_dialog import cadence_labels
from ui.calendar.session_choices import SessionChoices, invite_labels
from ui.calendar.session_conflicts import SessionConflicts
from ui.calendar.session_kinds_dialog import swatch
from ui.date_edit import DateEdit
from ui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTime,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from peerdesk.calendar.series import Scope
    from peerdesk.database import Database
    from peerdesk.groups.sessions import SessionEdit, SessionPlan, SessionRow
    from ui.main_window import MainWindow

DEFAULT_TIME = time(18, 0)
DEFAULT_LENGTH = 90
INVITES = ("mentors", "mentees", "everyone", "circle", "people")
TRAINING_KINDS = ("training", "orientation")  # kinds whose attendance completes a step


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class SessionDialog(SessionConflicts, ConflictDialog):
    """A new session (``row`` None) or an open one, in one form."""

    attendance_wanted = Signal(int)  # session id: open its attendance
    signin_wanted = Signal(int)  # session id: print its sign-in sheet

    def __init__(
        self,
        window: MainWindow,
        context: CalendarContext,
        choices: SessionChoices,
        *,
        row: SessionRow | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(window, parent)
        self.context = context
        self.choices = choices
        self.row = row
        self._offered = False  # the form ticked "attending completes" itself
        self.setObjectName("session_dialog")
        self.setWindowTitle(self.tr("New session") if row is None else self.tr("Session"))
        self.setModal(True)
        self.setMinimumWidth(620)
        first = row.local_start.date() if row is not None else (day or date.today())
        at = row.local_start.time() if row is not None else DEFAULT_TIME

        # What
        self.kind = QComboBox(self)
        self.kind.setObjectName("session_kind")
        for kind in choices.kinds:
            self.kind.addItem(swatch(kind.colour), kind.name, kind.key)
        self.title = QLineEdit(self)
        self.title.setObjectName("session_title")
        self.title.setPlaceholderText(self.tr("e.g. Mentor training, part 1"))
        self.title.setMaxLength(200)

        # When
        self.date = DateEdit(qdate(first), self, name="session_date")
        self.time = time_edit(at, "session_time", self)
        self.length = minutes_spin(
            row.length_minutes if row is not None else DEFAULT_LENGTH, "session_length", self
        )
        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addWidget(QLabel(self.tr("at"), self))
        when.addWidget(self.time)
        when.addWidget(QLabel(self.tr("for"), self))
        when.addWidget(self.length)

        self.once = QRadioButton(self.tr("Once"), self)
        self.once.setObjectName("session_once")
        self.series = QRadioButton(self.tr("Regularly:"), self)
        self.series.setObjectName("session_series")
        self.often_group = QButtonGroup(self)
        self.often_group.addButton(self.once)
        self.often_group.addButton(self.series)
        self.once.setChecked(True)
        self.every = QComboBox(self)
        self.every.setObjectName("session_every")
        for key, text in cadence_labels().items():
            self.every.addItem(text, key)
        self.every.setCurrentIndex(self.every.findData("1w"))
        self.until_label = QLabel(self.tr("until"), self)
        default_last = context.end_date if context.end_date and context.end_date > first else None
        self.until = DateEdit(
            qdate(default_last or first + timedelta(weeks=8)), self, name="session_until"
        )
        often = QHBoxLayout()
        often.addWidget(self.once)
        often.addWidget(self.series)
        often.addWidget(self.every)
        often.addWidget(self.until_label)
        often.addWidget(self.until, 1)

        # Where
        self.place = QLineEdit(row.place if row is not None else "", self)
        self.place.setObjectName("session_place")
        self.place.setPlaceholderText(self.tr("e.g. Room 4, or the library's hall"))
        self.link = QLineEdit(row.link if row is not None else "", self)
        self.link.setObjectName("session_link")
        self.link.setPlaceholderText("https://")
        self.capacity = QSpinBox(self)
        self.capacity.setObjectName("session_capacity")
        self.capacity.setRange(0, 10000)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.capacity.setSuffix(self.tr(" people"))
        self.capacity.setValue((row.capacity or 0) if row is not None else 0)

        # Who
        self.invite_group = QButtonGroup(self)
        self.invite_buttons: dict[str, QRadioButton] = {}
        counts = self._counts()
        labels = invite_labels()
        for key in INVITES:
            text = labels[key]
            if key in counts:
                text = self.tr("{what} ({n})").format(what=text, n=counts[key])
            button = QRadioButton(text, self)
            button.setObjectName(f"invite_{key}")
            self.invite_group.addButton(button)
            self.invite_buttons[key] = button
        self.circle = QComboBox(self)
        self.circle.setObjectName("session_circle")
        for circle in choices.circles:
            self.circle.addItem(
                self.tr("{name} ({n} people)").format(name=circle.name, n=circle.members),
                circle.id,
            )
        self.invite_buttons["circle"].setEnabled(bool(choices.circles))
        self.circle.setEnabled(bool(choices.circles))
        if not choices.circles:
            self.circle.addItem(self.tr("No circles yet"), None)
        roles = {
            "mentor": self.tr("mentor"),
            "mentee": self.tr("mentee"),
            "both": self.tr("mentor and mentee"),
            "peer": self.tr("peer"),
        }
        self.picker = PeoplePicker(
            [
                Pickable(
                    p.participant_id,
                    p.full_name,
                    roles.get(p.role.value, p.role.value),
                    p.email,
                )
                for p in choices.people
            ],
            choices.invited,
            self,
            name="session_people",
        )
        self.picker.list.setMinimumHeight(self.fontMetrics().height() * 6)
        who = QGridLayout()
        who.addWidget(self.invite_buttons["mentors"], 0, 0)
        who.addWidget(self.invite_buttons["mentees"], 0, 1)
        who.addWidget(self.invite_buttons["everyone"], 0, 2)
        who.addWidget(self.invite_buttons["circle"], 1, 0)
        who.addWidget(self.circle, 1, 1, 1, 2)
        who.addWidget(self.invite_buttons["people"], 2, 0, 1, 3)
        who.addWidget(self.picker, 3, 0, 1, 3)

        # Readiness
        self.completes = QCheckBox(self.tr("Attending completes the step:"), self)
        self.completes.setObjectName("session_completes")
        self.step = QComboBox(self)
        self.step.setObjectName("session_step")
        for step in choices.steps:
            self.step.addItem(step.name, step.id)
        self.completes.setEnabled(bool(choices.steps))
        self.step.setEnabled(False)
        completes = QHBoxLayout()
        completes.addWidget(self.completes)
        completes.addWidget(self.step, 1)

        self.notes = QPlainTextEdit(row.notes if row is not None else "", self)
        self.notes.setObjectName("session_notes")
        self.notes.setPlaceholderText(self.tr("What to bring, who leads it…"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 3 + 12)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("Title:"), self.title)
        self.form.addRow(self.tr("Date:"), when)
        self.form.addRow(self.tr("How often:"), often)
        # An open session is one date: moving a series is "this and the following".
        self.form.setRowVisible(often, row is None)
        self.form.addRow(self.tr("Place:"), self.place)
        self.form.addRow(self.tr("Video link:"), self.link)
        self.form.addRow(self.tr("Capacity:"), self.capacity)
        self.form.addRow(self.tr("Invite:"), who)
        self.form.addRow(self.tr("Readiness:"), completes)
        self.form.addRow(self.tr("Notes:"), self.notes)

        # An open session: its state and what can be done with it
        self.state = QLabel(self)
        self.state.setObjectName("session_state")
        self.state.setWordWrap(True)
        self.scope_following = QCheckBox(
            self.tr("Change this and the following sessions of the series"), self
        )
        self.scope_following.setObjectName("session_scope_following")
        self.attendance_button = QPushButton(self.tr("Attendance…"), self)
        self.attendance_button.setObjectName("session_attendance")
        self.signin_button = QPushButton(self.tr("Print sign-in sheet…"), self)
        self.signin_button.setObjectName("session_signin")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("session_cancel")
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("session_delete")
        for button in (
            self.attendance_button,
            self.signin_button,
            self.cancel_button,
            self.delete_button,
        ):
            button.setAutoDefault(False)
        actions = QHBoxLayout()
        actions.addWidget(self.attendance_button)
        actions.addWidget(self.signin_button)
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.delete_button)

        self.error = error_label(self, "session_error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(
            self.tr("Create") if row is None else self.tr("Save"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok.setObjectName("session_ok")
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if row is not None:
            layout.addWidget(self.state)
        layout.addLayout(self.form)
        if row is not None:
            layout.addWidget(self.scope_following)
            layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for widget in (self.state, self.scope_following):
            widget.setVisible(row is not None)
        for button in (
            self.attendance_button,
            self.signin_button,
            self.cancel_button,
            self.delete_button,
        ):
            button.setVisible(row is not None)

        self.often_group.buttonToggled.connect(lambda *_a: self._update())
        self.invite_group.buttonToggled.connect(lambda *_a: self._update())
        self.completes.toggled.connect(lambda *_a: self._update())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.picker.changed.connect(self._picked)
        self.circle.activated.connect(lambda _i: self.invite_buttons["circle"].setChecked(True))
        self.attendance_button.clicked.connect(self._attendance)
        self.signin_button.clicked.connect(self._signin)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.delete_button.clicked.connect(self.ask_delete)
        self._fill(row)
        self._update()

    def invite_circle(self, circle_id: int) -> None:
        """A new session as one circle's meeting (the Pairs screen's Circles tab asks): a
        mentor circle's for a circle of mentors, a group meeting's for a mentoring group."""
        index = self.circle.findData(circle_id)
        if index < 0:
            return
        self.circle.setCurrentIndex(index)
        self.invite_buttons["circle"].setChecked(True)
        circle = next((c for c in self.choices.circles if c.id == circle_id), None)
        mentors = circle is not None and circle.mentors_only
        kind = self.kind.findData("mentor_circle" if mentors else "group_meeting")
        if kind >= 0:
            self.kind.setCurrentIndex(kind)

    # -- building ------------------------------------------------------------------

    def _counts(self) -> dict[str, int]:
        """How many each group invitation invites, counted as the core resolves it (a
        peer or someone who is both counts as mentor and mentee; withdrawn people never)."""
        from peerdesk.enums import ParticipantStatus
        from peerdesk.groups.sessions import MENTEE_ROLES, MENTOR_ROLES

        active = [p for p in self.choices.people if p.status != ParticipantStatus.WITHDRAWN]
        return {
            "mentors": sum(1 for p in active if p.role in MENTOR_ROLES),
            "mentees": sum(1 for p in active if p.role in MENTEE_ROLES),
            "everyone": len(active),
        }

    def _fill(self, row: SessionRow | None) -> None:
        if row is None:
            self.invite_buttons["everyone"].setChecked(True)
            self._kind_changed()
            return
        index = self.kind.findData(row.kind)
        if index >= 0:
            self.kind.setCurrentIndex(index)
        self.title.setText(row.title)
        invite = row.invite if row.invite in INVITES else "everyone"
        self.invite_buttons[invite].setChecked(True)
        if row.circle_id is not None and self.circle.findData(row.circle_id) >= 0:
            self.circle.setCurrentIndex(self.circle.findData(row.circle_id))
        if row.completes_step_id is not None and self.step.findData(row.completes_step_id) >= 0:
            self.step.setCurrentIndex(self.step.findData(row.completes_step_id))
            self.completes.setChecked(True)
        self.scope_following.setVisible(row.series_key is not None)
        cancelled = row.status == CANCELLED
        self.cancel_button.setText(
            self.tr("Restore session") if cancelled else self.tr("Cancel session…")
        )
        self.state.setText(self._state_text(row))

    def _state_text(self, row: SessionRow) -> str:
        text = self.tr("{date} · {invited} invited, {attended} attended").format(
            date=long_date(row.local_start.date()), invited=row.invited, attended=row.attended
        )
        if row.status == CANCELLED:
            text = self.tr("Cancelled.") + " " + text
        return text

    def _kind_changed(self, *_args: object) -> None:
        """Attending a new training or orientation usually completes the program's training
        step: the form offers it (ticked), and takes the offer back for other kinds."""
        if self.row is None:
            key = str(self.kind.currentData() or "")
            found = next((n for n, s in enumerate(self.choices.steps) if s.kind == "training"), -1)
            offer = key in TRAINING_KINDS and found >= 0
            if offer:
                self.step.setCurrentIndex(found)
            if offer or self._offered:
                self.completes.setChecked(offer)
            self._offered = offer

    def _picked(self) -> None:
        if self.picker.chosen():
            self.invite_buttons["people"].setChecked(True)

    def _update(self) -> None:
        regular = self.series.isChecked()
        self.every.setEnabled(regular)
        self.until.setEnabled(regular)
        self.until_label.setEnabled(regular)
        self.step.setEnabled(self.completes.isChecked())
        self.picker.setEnabled(True)  # ticking someone chooses "picked by hand"

    # -- reading the form ---------------------------------------------------------------

    def invite(self) -> str:
        for key, button in self.invite_buttons.items():
            if button.isChecked():
                return key
        return "everyone"

    def chosen_time(self) -> time:
        chosen: QTime = self.time.time()
        return time(chosen.hour(), chosen.minute())

    def check(self) -> str | None:
        """The form's first problem, in words, or None."""
        if self.kind.currentIndex() < 0:
            return self.tr("Choose a kind of session.")
        if not self.title.text().strip():
            return self.tr("Give the session a title.")
        invite = self.invite()
        if invite == "circle" and self.circle.currentData() is None:
            return self.tr("Choose a circle to invite.")
        if invite == "people" and not self.picker.chosen():
            return self.tr("Tick the people to invite.")
        regular = self.row is None and self.series.isChecked()
        if regular and pydate(self.until.date()) < pydate(self.date.date()):
            return self.tr("The series ends before its first session.")
        return None

    def plan(self) -> SessionPlan:
        """The form as the core's plan of a new session (or series)."""
        from peerdesk.groups.sessions import Repeat, SessionPlan

        invite = self.invite()
        repeat = None
        if self.series.isChecked():
            repeat = Repeat(str(self.every.currentData()), pydate(self.until.date()))
        return SessionPlan(
            kind=str(self.kind.currentData()),
            title=self.title.text().strip(),
            day=pydate(self.date.date()),
            local_time=self.chosen_time(),
            length_minutes=self.length.value(),
            place=self.place.text().strip(),
            link=self.link.text().strip(),
            capacity=self.capacity.value() or None,
            invite=invite,
            circle_id=self.circle.currentData() if invite == "circle" else None,
            people=tuple(self.picker.chosen()) if invite == "people" else (),
            completes_step_id=self.step.currentData() if self.completes.isChecked() else None,
            notes=self.notes.toPlainText().strip(),
            repeat=repeat,
        )

    def edit(self, row: SessionRow) -> SessionEdit | None:
        """What the form changes of ``row`` (None: nothing)."""
        from peerdesk.groups.sessions import SessionEdit

        plan = self.plan()
        local = row.local_start

        def changed(new: Any, old: Any) -> Any:
            return new if new != old else None

        step = plan.completes_step_id
        invitation: dict[str, Any] = {}
        if plan.invite != row.invite:
            invitation = {"invite": plan.invite}
        if plan.invite == "circle" and plan.circle_id != row.circle_id:
            invitation = {"invite": plan.invite, "circle_id": plan.circle_id}
        if plan.invite == "people" and set(plan.people) != set(self.choices.invited):
            invitation = {"invite": plan.invite, "people": plan.people}
        if plan.invite == "people" and invitation:
            invitation["people"] = plan.people
        edit = SessionEdit(
            kind=changed(plan.kind, row.kind),
            title=changed(plan.title, row.title),
            day=changed(plan.day, local.date()),
            local_time=changed(plan.local_time, time(local.hour, local.minute)),
            length_minutes=changed(plan.length_minutes, row.length_minutes),
            place=changed(plan.place, row.place),
            link=changed(plan.link, row.link),
            capacity=changed(plan.capacity or 0, row.capacity or 0),
            completes_step_id=changed(step or 0, row.completes_step_id or 0),
            notes=changed(plan.notes, row.notes),
            **invitation,
        )
        return None if edit == SessionEdit() else edit

    def scope(self) -> Scope:
        from peerdesk.calendar.series import Scope

        following = self.row is not None and self.row.series_key is not None
        return Scope.FOLLOWING if following and self.scope_following.isChecked() else Scope.THIS

    def show_error(self, text: str) -> None:
        """The reason under the form; the dialog grows to hold it rather than squeeze the
        list of people (a wrapped label's height is not in the window's minimum)."""
        super().show_error(text)
        self.layout().activate()
        wanted = self.sizeHint().height()
        if self.height() < wanted:
            self.resize(self.width(), wanted)

    # -- saving ----------------------------------------------------------------------

    def accept(self) -> None:
        from peerdesk.groups import sessions as core

        problem = self.check()
        if problem is not None:
            self.show_error(problem)
            return
        row = self.row
        if row is None:
            plan, program_id = self.plan(), self.context.program_id
            text = self.tr("New session “{title}”").format(title=plan.title)
            self.save_changes(
                lambda db: [(text, core.create_sessions(db, program_id, plan))],
                self.tr("Saving the session…"),
                self.ok,
            )
            return
        edit = self.edit(row)
        if edit is None:
            super().accept()
            return
        text = self.tr("Change session “{title}”").format(title=self.title.text().strip())
        session_id, version, scope = row.id, (row.version,), self.scope()
        self.save_changes(
            lambda db: [
                (
                    text,
                    core.edit_session(db, session_id, edit, scope=scope, expected_version=version),
                )
            ],
            self.tr("Saving the session…"),
            self.ok,
        )

    # -- an open session's actions ---------------------------------------------------------

    def _attendance(self) -> None:
        if self.row is not None:
            self.attendance_wanted.emit(self.row.id)
            self.reject()

    def _signin(self) -> None:
        if self.row is not None:
            self.signin_wanted.emit(self.row.id)

    def _run(self, work: Callable[[Database], Steps], label: str) -> None:
        self.save_changes(work, label, self.ok)

    def ask_cancel(self) -> None:
        if self.row is not None:
            session_actions.cancel_or_restore(self, self.row, self.scope(), self._run)

    def ask_delete(self) -> None:
        if self.row is not None:
            session_actions.confirm_delete(self, self.row, self.scope(), self._run)
