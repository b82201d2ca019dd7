"""Schedule…: a meeting series (or one meeting) for one pair or for every active pair.

The defaults come from the program: its meeting cadence and length, and its
end date as the last date. Dates to skip (holidays, a closure) are added to a
list. For every active pair, staff check-ins on the program's cadence can be
scheduled in the same step. People who would be in two meetings at once are
named after saving; the whole step is one undo.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from peerdesk.enums import CheckinCadence, PairStatus
from ui.calendar.commands import Steps
from ui.calendar.data import CalendarContext, pydate, short_date
from ui.calendar.dialog_parts import (
    ChangeDialog,
    day_edit,
    error_label,
    minutes_spin,
    time_edit,
    undo_on_failure,
)
from ui.labels import checkin_cadences
from ui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QCoreApplication,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QPushButton,
    QRadioButton,
    Qt,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from peerdesk.calendar.changes import CalendarChanges
    from peerdesk.database import Database
    from ui.main_window import MainWindow

DEFAULT_TIME = time(17, 0)


def tr(text: str) -> str:
    return QCoreApplication.translate("calendar", text)


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
    def __init__(
        self,
        window: MainWindow,
        context: CalendarContext,
        *,
        pair_id: int | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(window, parent)
        self.context = context
        self.setObjectName("schedule_dialog")
        self.setWindowTitle(self.tr("Schedule meetings"))
        self.setModal(True)
        self.setMinimumWidth(520)
        first = day or date.today()

        # Who
        self.one_pair = QRadioButton(self.tr("One pair:"), self)
        self.one_pair.setObjectName("for_one_pair")
        self.all_pairs = QRadioButton(self.tr("Every active pair"), self)
        self.all_pairs.setObjectName("for_all_pairs")
        self.who_group = QButtonGroup(self)
        self.who_group.addButton(self.one_pair)
        self.who_group.addButton(self.all_pairs)
        self.pair = pair_combo(self, context, "schedule_pair")
        if pair_id is not None and self.pair.findData(pair_id) >= 0:
            self.pair.setCurrentIndex(self.pair.findData(pair_id))
        (self.one_pair if pair_id is not None else self.all_pairs).setChecked(True)
        who = QVBoxLayout()
        one = QHBoxLayout()
        one.addWidget(self.one_pair)
        one.addWidget(self.pair, 1)
        who.addLayout(one)
        who.addWidget(self.all_pairs)

        # How often
        self.series = QRadioButton(self.tr("Regularly"), self)
        self.series.setObjectName("kind_series")
        self.once = QRadioButton(self.tr("Once"), self)
        self.once.setObjectName("kind_once")
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.series)
        self.kind_group.addButton(self.once)
        self.series.setChecked(True)
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
        self.first = day_edit(first, "schedule_first", self)
        default_last = context.end_date or (first + timedelta(days=365))
        self.last = day_edit(max(default_last, first), "schedule_last", self)
        self.time = time_edit(DEFAULT_TIME, "schedule_time", self)
        self.length = minutes_spin(context.length_minutes, "schedule_length", self)
        self.place = QLineEdit(self)
        self.place.setObjectName("schedule_place")
        self.place.setPlaceholderText(self.tr("e.g. Room 4, or the café on Main Street"))
        self.link = QLineEdit(self)
        self.link.setObjectName("schedule_link")
        self.link.setPlaceholderText("https://")

        self.skip_date = day_edit(first, "skip_date", self)
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

        cadence = context.checkin_cadence
        self.with_checkins = QCheckBox(
            self.tr("Also schedule staff check-ins with each person ({cadence})").format(
                cadence=checkin_cadences()[cadence].lower()
            ),
            self,
        )
        self.with_checkins.setObjectName("with_checkins")
        self.with_checkins.setVisible(cadence != CheckinCadence.NONE)

        self.error = error_label(self, "schedule_error")

        self.form = QFormLayout()
        self.form.addRow(self.tr("For:"), who)
        self.form.addRow(self.tr("Meets:"), kind)
        self.form.addRow(self.tr("How often:"), self.every)
        self.form.addRow(self.tr("On:"), self.weekday)
        self.first_label = QLabel(self.tr("From:"), self)
        self.form.addRow(self.first_label, self.first)
        self.form.addRow(self.tr("Until:"), self.last)
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
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.with_checkins)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.first.dateChanged.connect(self._first_changed)
        self.who_group.buttonToggled.connect(lambda *_a: self._update())
        self.kind_group.buttonToggled.connect(lambda *_a: self._update())
        self.add_skip.clicked.connect(self.add_skip_date)
        self.remove_skip.clicked.connect(self.remove_skip_date)
        self.pair.currentIndexChanged.connect(lambda _i: self.one_pair.setChecked(True))
        self._update()

    # -- form state ----------------------------------------------------------------

    def _first_changed(self) -> None:
        day = pydate(self.first.date())
        self.weekday.setCurrentIndex(day.weekday())
        if self.skips.count() == 0:
            self.skip_date.setDate(self.first.date())

    def _update(self) -> None:
        regular = self.series.isChecked()
        fields: list[QWidget] = [self.every, self.weekday, self.last, self.skip_date, self.skips]
        for field in fields:
            field.setEnabled(regular)
            label = self.form.labelForField(field)
            if label is not None:
                label.setEnabled(regular)
        for button in (self.add_skip, self.remove_skip):
            button.setEnabled(regular)
        self.first_label.setText(self.tr("From:") if regular else self.tr("Date:"))
        self.pair.setEnabled(True)
        if not regular and self.all_pairs.isChecked():
            self.one_pair.setChecked(True)
        self.all_pairs.setEnabled(regular)
        self.with_checkins.setEnabled(regular and self.all_pairs.isChecked())

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

    def remove_skip_date(self) -> None:
        for item in self.skips.selectedItems():
            self.skips.takeItem(self.skips.row(item))

    def chosen_pair(self) -> int | None:
        index = self.pair.findText(self.pair.currentText())
        if index < 0:
            return None
        value = self.pair.itemData(index)
        return int(value) if value is not None else None

    # -- saving ----------------------------------------------------------------------

    def accept(self) -> None:
        from peerdesk.calendar.checkins import schedule_checkins
        from peerdesk.calendar.series import SeriesPlan, schedule_meeting, schedule_series

        program_id = self.context.program_id
        pair_id = self.chosen_pair() if self.one_pair.isChecked() else None
        if self.one_pair.isChecked() and pair_id is None:
            self.show_error(self.tr("Choose a pair from the list."))
            return
        chosen = self.time.time()
        at = time(chosen.hour(), chosen.minute())
        first, last = pydate(self.first.date()), pydate(self.last.date())
        length, place, link = self.length.value(), self.place.text(), self.link.text()
        regular = self.series.isChecked()
        if regular and last < first:
            self.show_error(self.tr("The last date is before the first date."))
            return
        plan = SeriesPlan(
            cadence=str(self.every.currentData()),
            weekday=int(self.weekday.currentData()),
            local_time=at,
            length_minutes=length,
            first_date=first,
            last_date=last,
            place=place,
            link=link,
            skip_dates=tuple(self.skip_dates()),
        )
        checkins = (
            regular and pair_id is None and self.with_checkins.isVisible()
            and self.with_checkins.isChecked()
        )  # fmt: skip
        series_text, once_text = self.tr("Schedule meetings"), self.tr("Schedule a meeting")
        checkin_text = self.tr("Schedule staff check-ins")

        def work(db: Database) -> Steps:
            made: list[tuple[str, CalendarChanges]] = []
            try:
                if not regular:
                    assert pair_id is not None
                    made.append(
                        (
                            once_text,
                            schedule_meeting(
                                db, program_id, pair_id, day=first, local_time=at,
                                length_minutes=length, place=place, link=link,
                            ),
                        )
                    )  # fmt: skip
                    return made
                pairs = None if pair_id is None else [pair_id]
                made.append((series_text, schedule_series(db, program_id, plan, pair_ids=pairs)))
                if checkins:
                    made.append(
                        (
                            checkin_text,
                            schedule_checkins(db, program_id, first_date=first, last_date=last),
                        )
                    )
            except BaseException:
                undo_on_failure(db, made)
                raise
            return made

        self.save_changes(work, self.tr("Scheduling…"), self.ok)
