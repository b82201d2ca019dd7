"""Schedule…: a meeting series, or one meeting each, for one pair, some pairs or every
active pair — placed so that nobody is in two meetings at once.

The defaults come from the program: its meeting cadence and length, and its
end date as the last date. Dates to skip (holidays, a closure) are added to a
list. As the form changes, the core plans the meetings on the worker
(:mod:`peerdesk.calendar.planning`) and the dialog shows the plan — how many
meetings, how many pairs had to move to another time, and any clash no slot
could avoid, per person — before anything is saved. *Schedule* saves the plan
as one step (one undo). For every active pair, staff check-ins on the
program's cadence can be scheduled in the same step.

Date fields keep what is typed (:class:`ui.date_edit.DateEdit`) and change no
other field: the weekday follows the first date only until the user picks a
weekday.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from peerdesk.enums import CheckinCadence, PairStatus
from ui import messages, operations
from ui.calendar.commands import Steps
from ui.calendar.data import CalendarContext, long_date, pydate, qdate, short_date
from ui.calendar.dialog_parts import (
    ChangeDialog,
    error_label,
    minutes_spin,
    time_edit,
    undo_on_failure,
)
from ui.date_edit import DateEdit
from ui.labels import checkin_cadences
from ui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QCoreApplication,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QMessageBox,
    QPushButton,
    QRadioButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from peerdesk.calendar.changes import CalendarChanges
    from peerdesk.calendar.planning import SchedulePlan, ScheduleRequest
    from peerdesk.database import Database
    from peerdesk.errors import UserError
    from ui.main_window import MainWindow

DEFAULT_TIME = time(17, 0)
ONCE_WINDOW_DAYS = 6  # "once": within a week of the first date, unless changed
PLAN_DELAY_MS = 150  # plan once the user stops changing the form for this long
LISTED = 6  # clashes and placements shown by name; the rest are counted


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def cadence_labels() -> dict[str, str]:
    return {
        "1w": tr("Every week"),
        "2w": tr("Every two weeks"),
        "4w": tr("Every four weeks"),
        "month": tr("Every month"),
    }


def pair_combo(parent: QWidget, context: CalendarContext, name: str) -> QComboBox:
    """A combo of the program's open pairs that finds a pair as you type a name."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for pair in context.pairs:
        if pair.status in (PairStatus.ACTIVE, PairStatus.PAUSED):
            combo.addItem(pair.title, pair.id)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setMinimumContentsLength(24)
    return combo


class ScheduleDialog(ChangeDialog):
    planned = Signal(object)  # the plan now on show (SchedulePlan), or None

    def __init__(
        self,
        window: MainWindow,
        context: CalendarContext,
        *,
        pair_id: int | None = None,
        pair_ids: list[int] | None = None,
        day: date | None = None,
        once: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(window, parent)
        self.context = context
        self.chosen_ids = sorted(set(pair_ids or []))
        self.setObjectName("schedule_dialog")
        self.setWindowTitle(self.tr("Schedule meetings"))
        self.setModal(True)
        self.setMinimumWidth(560)
        first = day or date.today()
        self.plan: SchedulePlan | None = None
        self._plan_key: object = None
        self._token = 0
        self._save_when_planned = False
        self._weekday_chosen = False

        # Who
        self.one_pair = QRadioButton(self.tr("One pair:"), self)
        self.one_pair.setObjectName("for_one_pair")
        self.some_pairs = QRadioButton(
            self.tr("The {count} chosen pairs").format(count=len(self.chosen_ids)), self
        )
        self.some_pairs.setObjectName("for_some_pairs")
        self.some_pairs.setVisible(bool(self.chosen_ids))
        active = sum(1 for p in context.pairs if p.status == PairStatus.ACTIVE)
        self.all_pairs = QRadioButton(
            self.tr("Every active pair ({count})").format(count=active), self
        )
        self.all_pairs.setObjectName("for_all_pairs")
        self.who_group = QButtonGroup(self)
        for button in (self.one_pair, self.some_pairs, self.all_pairs):
            self.who_group.addButton(button)
        self.pair = pair_combo(self, context, "schedule_pair")
        if pair_id is not None and self.pair.findData(pair_id) >= 0:
            self.pair.setCurrentIndex(self.pair.findData(pair_id))
        if self.chosen_ids:
            self.some_pairs.setChecked(True)
        else:
            (self.one_pair if pair_id is not None else self.all_pairs).setChecked(True)
        who = QVBoxLayout()
        one = QHBoxLayout()
        one.addWidget(self.one_pair)
        one.addWidget(self.pair, 1)
        who.addLayout(one)
        who.addWidget(self.some_pairs)
        who.addWidget(self.all_pairs)

        # How often
        self.series = QRadioButton(self.tr("Regularly"), self)
        self.series.setObjectName("kind_series")
        self.once = QRadioButton(self.tr("Once (one meeting each)"), self)
        self.once.setObjectName("kind_once")
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.series)
        self.kind_group.addButton(self.once)
        (self.once if once else self.series).setChecked(True)
        kind = QHBoxLayout()
        kind.addWidget(self.series)
        kind.addWidget(self.once)
        kind.addStretch(1)

        self.every = QComboBox(self)
        self.every.setObjectName("schedule_every")
        for key, text in cadence_labels().items():
            self.every.addItem(text, key)
        cadence_key = {"weekly": "1w", "biweekly": "2w", "monthly": "month"}.get(
            context.cadence.value, "2w"
        )
        self.every.setCurrentIndex(self.every.findData(cadence_key))
        self.weekday = QComboBox(self)
        self.weekday.setObjectName("schedule_weekday")
        for n in range(7):
            self.weekday.addItem(QLocale().dayName(n + 1), n)
        self.weekday.setCurrentIndex(first.weekday())
        self.first = DateEdit(qdate(first), self, name="schedule_first")
        default_last = context.end_date or (first + timedelta(days=365))
        self.last = DateEdit(qdate(max(default_last, first)), self, name="schedule_last")
        self.latest = DateEdit(
            qdate(first + timedelta(days=ONCE_WINDOW_DAYS)), self, name="schedule_latest"
        )
        self.latest.setToolTip(
            self.tr("Each pair meets once between the first date and this one, at a time when "
                    "both are free")
        )  # fmt: skip
        self.time = time_edit(DEFAULT_TIME, "schedule_time", self)
        self.time.setToolTip(
            self.tr("The time to meet; a person's second and third pair meet right after, "
                    "or on the next day")
        )  # fmt: skip
        self.length = minutes_spin(context.length_minutes, "schedule_length", self)
        self.place = QLineEdit(self)
        self.place.setObjectName("schedule_place")
        self.place.setPlaceholderText(self.tr("e.g. Room 4, or the café on Main Street"))
        self.link = QLineEdit(self)
        self.link.setObjectName("schedule_link")
        self.link.setPlaceholderText("https://")

        self.skip_date = DateEdit(qdate(first), self, name="skip_date")
        self.add_skip = QPushButton(self.tr("Add"), self)
        self.add_skip.setObjectName("add_skip")
        self.remove_skip = QPushButton(self.tr("Remove"), self)
        self.remove_skip.setObjectName("remove_skip")
        self.skips = QListWidget(self)
        self.skips.setObjectName("skip_dates")
        self.skips.setMaximumHeight(self.fontMetrics().height() * 4 + 8)
        skip_row = QHBoxLayout()
        skip_row.addWidget(self.skip_date, 1)
        skip_row.addWidget(self.add_skip)
        skip_row.addWidget(self.remove_skip)
        skip_box = QVBoxLayout()
        skip_box.addLayout(skip_row)
        skip_box.addWidget(self.skips)
        self.skip_box = skip_box

        cadence = context.checkin_cadence
        self.with_checkins = QCheckBox(
            self.tr("Also schedule staff check-ins with each person ({cadence})").format(
                cadence=checkin_cadences()[cadence].lower()
            ),
            self,
        )
        self.with_checkins.setObjectName("with_checkins")
        self.with_checkins.setVisible(cadence != CheckinCadence.NONE)

        # The plan, before anything is saved
        self.plan_box = QGroupBox(self.tr("The plan"), self)
        self.plan_box.setObjectName("schedule_plan_box")
        self.plan_text = QLabel(self.plan_box)
        self.plan_text.setObjectName("schedule_plan")
        self.plan_text.setWordWrap(True)
        self.plan_text.setTextFormat(Qt.TextFormat.PlainText)
        self.clash_text = QLabel(self.plan_box)
        self.clash_text.setObjectName("schedule_clashes")
        self.clash_text.setWordWrap(True)
        self.clash_text.setTextFormat(Qt.TextFormat.PlainText)
        self.clash_text.setStyleSheet("color: #8A4B00;")
        self.clash_text.hide()
        plan_layout = QVBoxLayout(self.plan_box)
        plan_layout.addWidget(self.plan_text)
        plan_layout.addWidget(self.clash_text)

        self.error = error_label(self, "schedule_error")

        self.form = QFormLayout()
        self.form.addRow(self.tr("For:"), who)
        self.form.addRow(self.tr("Meets:"), kind)
        self.form.addRow(self.tr("How often:"), self.every)
        self.form.addRow(self.tr("On:"), self.weekday)
        self.first_label = QLabel(self.tr("From:"), self)
        self.form.addRow(self.first_label, self.first)
        self.form.addRow(self.tr("Until:"), self.last)
        self.form.addRow(self.tr("At the latest:"), self.latest)
        self.form.addRow(self.tr("At:"), self.time)
        self.form.addRow(self.tr("Length:"), self.length)
        self.form.addRow(self.tr("Place:"), self.place)
        self.form.addRow(self.tr("Video link:"), self.link)
        self.form.addRow(self.tr("Skip:"), skip_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(
            self.tr("Schedule"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("schedule_ok")
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.with_checkins)
        layout.addWidget(self.plan_box)
        layout.addWidget(self.error)
        layout.addStretch(1)  # room left when "once" hides the series' rows
        layout.addWidget(self.buttons)

        self.plan_timer = QTimer(self)
        self.plan_timer.setSingleShot(True)
        self.plan_timer.setInterval(PLAN_DELAY_MS)
        self.plan_timer.timeout.connect(self.make_plan)

        self.first.dateChanged.connect(self._first_changed)
        self.weekday.activated.connect(self._weekday_picked)
        self.who_group.buttonToggled.connect(lambda *_a: self._update())
        self.kind_group.buttonToggled.connect(lambda *_a: self._update())
        self.add_skip.clicked.connect(self.add_skip_date)
        self.remove_skip.clicked.connect(self.remove_skip_date)
        self.pair.currentIndexChanged.connect(lambda _i: self.one_pair.setChecked(True))
        for signal in (
            self.pair.currentIndexChanged,
            self.every.currentIndexChanged,
            self.weekday.currentIndexChanged,
            self.last.dateChanged,
            self.latest.dateChanged,
            self.time.timeChanged,
            self.length.valueChanged,
        ):
            signal.connect(self._form_changed)
        self._update()

    # -- form state ----------------------------------------------------------------

    def _weekday_picked(self, _index: int) -> None:
        self._weekday_chosen = True  # from now on the first date leaves the weekday alone

    def _first_changed(self) -> None:
        day = pydate(self.first.date())
        if not self._weekday_chosen:
            self.weekday.setCurrentIndex(day.weekday())
        if self.skips.count() == 0:
            self.skip_date.setDate(self.first.date())
        self._form_changed()

    def _update(self) -> None:
        regular = self.series.isChecked()
        # Only a series has a cadence, a weekday, a last date and dates to skip.
        for field in (self.every, self.weekday, self.last):
            self.form.setRowVisible(field, regular)
        self.form.setRowVisible(self.form.getLayoutPosition(self.skip_box)[0], regular)
        self.form.setRowVisible(self.latest, not regular)
        self.first_label.setText(self.tr("From:") if regular else self.tr("First date:"))
        self.with_checkins.setEnabled(regular and self.all_pairs.isChecked())
        self.with_checkins.setVisible(
            regular and self.context.checkin_cadence != CheckinCadence.NONE
        )
        self._form_changed()

    def _form_changed(self, *_args: object) -> None:
        """Something changed: the plan on show is out of date; plan again shortly."""
        self.plan = None
        self.ok.setEnabled(True)  # Schedule plans first, and saves a plan without clashes
        self.ok.setText(self.tr("Schedule"))
        self.plan_text.setText(self.tr("Planning…"))
        self.plan_timer.start()

    def skip_dates(self) -> list[date]:
        return sorted(
            self.skips.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.skips.count())
        )

    def add_skip_date(self) -> None:
        day = pydate(self.skip_date.date())
        if day in self.skip_dates():
            return
        item = QListWidgetItem(short_date(day) + f" {day.year}")
        item.setData(Qt.ItemDataRole.UserRole, day)
        self.skips.addItem(item)
        self.skips.sortItems()
        self._form_changed()

    def remove_skip_date(self) -> None:
        for item in self.skips.selectedItems():
            self.skips.takeItem(self.skips.row(item))
        self._form_changed()

    def chosen_pair(self) -> int | None:
        index = self.pair.findText(self.pair.currentText())
        if index < 0:
            return None
        value = self.pair.itemData(index)
        return int(value) if value is not None else None

    def pair_ids(self) -> list[int] | None:
        """The pairs asked for (None: every active pair); [] when none is chosen."""
        if self.all_pairs.isChecked():
            return None
        if self.some_pairs.isChecked():
            return list(self.chosen_ids)
        pair_id = self.chosen_pair()
        return [] if pair_id is None else [pair_id]

    def request(self) -> ScheduleRequest | None:
        """What the form asks for, or None (with the reason shown) if it can't be planned."""
        from peerdesk.calendar.planning import ScheduleRequest

        if self.pair_ids() == []:
            self.show_error(self.tr("Choose a pair from the list."))
            return None
        chosen = self.time.time()
        regular = self.series.isChecked()
        first = pydate(self.first.date())
        last = pydate(self.last.date()) if regular else pydate(self.latest.date())
        if last < first:
            self.show_error(self.tr("The last date is before the first date."))
            return None
        self.error.hide()
        return ScheduleRequest(
            once=not regular,
            first_date=first,
            last_date=last,
            local_time=time(chosen.hour(), chosen.minute()),
            length_minutes=self.length.value(),
            cadence=str(self.every.currentData()),
            weekday=int(self.weekday.currentData()),
            place=self.place.text(),
            link=self.link.text(),
            skip_dates=tuple(self.skip_dates()) if regular else (),
        )

    # -- the plan ----------------------------------------------------------------------

    def make_plan(self) -> operations.Op | None:
        """Plan on the worker what the form asks for; the plan shows when it is ready."""
        from peerdesk.calendar.planning import plan_meetings

        self.plan_timer.stop()
        request = self.request()
        db = self.window_.db
        if request is None or db is None:
            self.plan_text.setText("")
            self._save_when_planned = False
            return None
        self._token += 1
        token = self._token
        program_id, pair_ids = self.context.program_id, self.pair_ids()

        def done(plan: SchedulePlan) -> None:
            if token == self._token:
                self.show_plan(plan)

        def failed(exc: UserError) -> None:
            if token == self._token:
                self._save_when_planned = False
                self.plan_text.setText("")
                self.show_error(messages.user_message(exc))

        return operations.Op(
            lambda state: plan_meetings(db, program_id, request, pair_ids=pair_ids, progress=state),
            success=done,
            failure=failed,
            label=self.tr("Planning the meetings…"),
            parent=self,
        ).run()

    def show_plan(self, plan: SchedulePlan) -> None:
        self.plan = plan
        meetings, pairs = plan.meetings, len(plan.pairs)
        if meetings == 1:
            lines = [self.tr("1 meeting for 1 pair.")]
        elif pairs == 1:
            lines = [self.tr("{meetings} meetings for 1 pair.").format(meetings=meetings)]
        else:
            lines = [
                self.tr("{meetings} meetings for {pairs} pairs.").format(
                    meetings=meetings, pairs=pairs
                )
            ]
        if pairs and pairs <= 3:
            for planned in plan.pairs:
                lines.append(
                    self.tr("{pair}: {day} at {time}").format(
                        pair=plan.names.get(planned.pair_id, ""),
                        day=long_date(planned.dates[0]),
                        time=planned.local_time.strftime("%H:%M"),
                    )
                    + (
                        ""
                        if len(planned.dates) == 1
                        else self.tr(", then {every}").format(
                            every=cadence_labels()[plan.request.cadence].lower()
                        )
                    )
                )
        counted = (
            (
                plan.moved_to_fit,
                self.tr(
                    "{count} pairs meet when both people said they are free, not at the asked "
                    "day and time."
                ),
            ),
            (
                plan.moved_for_clashes,
                self.tr(
                    "{count} pairs meet at another time or day than asked, so that nobody is "
                    "in two meetings at once."
                ),
            ),
            (
                plan.outside_availability,
                self.tr("{count} pairs could not be placed when both people said they are free."),
            ),
            (
                len(plan.skipped_pairs),
                self.tr("{count} pairs are left out: they already have meetings then."),
            ),
        )
        lines += [text.format(count=count) for count, text in counted if count]
        if not plan.clashes:
            lines.append(self.tr("Nobody is in two meetings at once."))
        self.plan_text.setText("\n".join(lines))
        if plan.clashes:
            shown = [
                self.tr("{name}: {count} clashes").format(name=c.name, count=c.clashes)
                if c.clashes != 1
                else self.tr("{name}: 1 clash").format(name=c.name)
                for c in plan.clashes[:LISTED]
            ]
            if len(plan.clashes) > LISTED:
                shown.append(
                    self.tr("… and {count} more people").format(count=len(plan.clashes) - LISTED)
                )
            self.clash_text.setText(
                self.tr("No free time could be found for everyone; these people would be "
                        "in two meetings at once:") + "\n" + "\n".join(shown)
            )  # fmt: skip
            self.clash_text.show()
        else:
            self.clash_text.hide()
        hint = self.sizeHint().height()  # the plan's lines never squeeze the form above
        if self.height() < hint:
            self.resize(self.width(), hint)
        self.ok.setEnabled(meetings > 0)
        if plan.clashes:
            self.ok.setText(self.tr("Schedule anyway"))
        else:
            self.ok.setText(
                self.tr("Schedule {count} meetings").format(count=meetings)
                if meetings != 1
                else self.tr("Schedule 1 meeting")
            )
        self.planned.emit(plan)
        if self._save_when_planned:
            self._save_when_planned = False
            if not plan.clashes and meetings:
                self.save()  # the plan is clear: what the user asked for, as they asked it

    # -- saving ----------------------------------------------------------------------

    def accept(self) -> None:
        if self.plan is None:
            # Plan first; save straight after only if nobody would be double-booked,
            # otherwise the plan stays on show for the user to decide.
            self._save_when_planned = True
            self.make_plan()
            return
        self.save()

    def save(self) -> None:
        from peerdesk.calendar.checkins import schedule_checkins
        from peerdesk.calendar.planning import save_plan

        plan = self.plan
        if plan is None:
            return
        program_id = self.context.program_id
        request = plan.request
        checkins = (
            not request.once and self.all_pairs.isChecked() and not self.with_checkins.isHidden()
            and self.with_checkins.isChecked()
        )  # fmt: skip
        text = (
            self.tr("Schedule a meeting")
            if plan.meetings == 1
            else self.tr("Schedule {count} meetings").format(count=plan.meetings)
        )
        checkin_text = self.tr("Schedule staff check-ins")

        def work(db: Database) -> Steps:
            made: list[tuple[str, CalendarChanges]] = []
            try:
                made.append((text, save_plan(db, plan)))
                if checkins:
                    made.append(
                        (
                            checkin_text,
                            schedule_checkins(
                                db, program_id, first_date=request.first_date,
                                last_date=request.last_date,
                            ),
                        )
                    )  # fmt: skip
            except BaseException:
                undo_on_failure(db, made)
                raise
            return made

        self.save_changes(work, self.tr("Scheduling…"), self.ok)


# -- scheduling from elsewhere: the Pairs screen, and pairs just confirmed ---------------------


def open_for_pairs(
    window: MainWindow,
    program_id: int,
    pair_ids: list[int] | None,
    *,
    day: date | None = None,
    once: bool = False,
    parent: QWidget | None = None,
    opened: Callable[[ScheduleDialog], None] | None = None,
) -> operations.Op | None:
    """Read the calendar's context on the worker, then open the dialog for these pairs
    (None: every active pair)."""
    from ui.calendar.data import load_context

    db = window.db
    if db is None or pair_ids == []:
        return None
    ids = pair_ids or []

    def show(context: CalendarContext) -> None:
        dialog = ScheduleDialog(
            window,
            context,
            pair_ids=ids if len(ids) > 1 else None,
            pair_id=ids[0] if len(ids) == 1 else None,
            day=max(day or date.today(), date.today()),
            once=once,
            parent=parent or window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved(steps: Steps) -> None:
            made = sum(len(changes.created) for _text, changes in steps)
            window.statusBar().showMessage(
                tr("Scheduled {count} meetings.").format(count=made), 10000
            )

        dialog.saved.connect(saved)
        dialog.open()
        if opened is not None:
            opened(dialog)

    return operations.Op(
        lambda state: load_context(db, program_id),
        success=show,
        label=tr("Reading the calendar…"),
        parent=parent or window,
    ).run()


def offer_for_new_pairs(
    window: MainWindow,
    parent: QWidget,
    program_id: int,
    pair_ids: list[int],
    start: date | None,
    cadence_words: str = "",
) -> QMessageBox:
    """Pairs were just confirmed: offer to schedule their meetings (the action is the default)."""
    count = len(pair_ids)
    box = QMessageBox(parent)
    box.setObjectName("offerScheduling")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Schedule their meetings?"))
    box.setText(
        tr("The pair is confirmed. Schedule its meetings now?")
        if count == 1
        else tr("{count} pairs are confirmed. Schedule their meetings now?").format(count=count)
    )
    box.setInformativeText(
        tr(
            "Meetings on the program's cadence{cadence}, or only a first meeting to start, "
            "each placed so that nobody is in two meetings at once. You see the plan before "
            "anything is saved."
        ).format(cadence=f" ({cadence_words})" if cadence_words else "")
    )
    schedule = box.addButton(tr("Schedule meetings…"), QMessageBox.ButtonRole.AcceptRole)
    schedule.setObjectName("offerSchedule")
    first = box.addButton(
        tr("First meeting only…") if count == 1 else tr("First meetings only…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    first.setObjectName("offerFirstMeetings")
    later = box.addButton(tr("Not now"), QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("offerLater")
    box.setDefaultButton(schedule)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        if box.clickedButton() in (schedule, first):
            once = box.clickedButton() is first
            open_for_pairs(window, program_id, pair_ids, day=start, once=once, parent=parent)

    box.finished.connect(finished)
    box.open()
    return box
