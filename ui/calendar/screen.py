"""The Calendar screen: who meets when, what happened, and who needs attention.

Left, the month (:mod:`ui.calendar.month`): each day lists its meetings, staff
check-ins and group sessions (trainings, workshops… in their kind's colour).
Right, the agenda of the selected day or week (:mod:`ui.calendar.agenda`) and
the **Needs attention** panel (:mod:`ui.calendar.attention`). Above: Schedule…,
Log meetings…, New session…, Session kinds…, Export calendar (.ics)…, the
month's arrows, filters by pair and person and a choice to show pair meetings,
group sessions or both.

A double-click on a session opens its attendance (:mod:`ui.calendar.attendance_dialog`);
a right-click offers the session's other actions: change it, print its sign-in
sheet, cancel or delete it (:mod:`ui.calendar.session_dialog`).

Dragging a meeting onto another day moves it (one undo step); opening one
logs or changes it. Reads happen on the worker; the six weeks on show are
read in one query, and filters work on those rows in memory. The number of
attention items is shown on the navigation ("Calendar (3)").
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import TYPE_CHECKING, Any

from peerdesk.calendar import zones
from ui import icons, operations, screens
from ui import palette_colors as pc
from ui.calendar import session_rows
from ui.calendar.agenda import AgendaModel, AgendaView
from ui.calendar.attention import AttentionPanel
from ui.calendar.commands import Steps, notices, run_change
from ui.calendar.data import (
    CalendarContext,
    Item,
    Loaded,
    first_weekday,
    grid_dates,
    load_all,
    long_date,
    matches,
    month_title,
    short_date,
    week_of,
)
from ui.calendar.month import MonthModel, MonthView
from ui.calendar.screen_sessions import SessionActions
from ui.palette_colors import ToneLabel
from ui.qt import (
    QAction,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.screens import MEETINGS, PAIRS, PEOPLE, PROGRAMS, Screen

if TYPE_CHECKING:
    from peerdesk.calendar.attention import PairAttention
    from peerdesk.calendar.reads import MeetingRow
    from peerdesk.database import Database
    from peerdesk.groups.sessions import SessionRow
    from ui.main_window import MainWindow
    from ui.qt import QShowEvent


class CalendarScreen(SessionActions, Screen):
    loaded = Signal()  # the month (and, when asked, the program's context) is on screen

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.db: Database | None = None
        self.program_id: int | None = None
        self.context: CalendarContext | None = None
        self.rows: list[MeetingRow] = []
        self.sessions: list[SessionRow] = []
        self.invited: dict[int, frozenset[int]] = {}  # session id: invited person ids
        self.range: tuple[date, date] | None = None
        self.week_starts = first_weekday()
        today = self.today()
        self.year, self.month = today.year, today.month
        self.selected = today
        self.dialog: QWidget | None = None
        self._token = 0
        self._stale = False
        self._build()
        self._show_month()

    @staticmethod
    def today() -> date:
        return zones.today_in()

    # -- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.heading = screens.heading(self.tr("Calendar"), self)

        self.toolbar = screens.toolbar("calendar_toolbar", self)
        self.schedule_action = self._action(
            self.tr("Schedule…"), "calendar", self.open_schedule, "schedule"
        )
        self.schedule_action.setToolTip(self.tr("Schedule a meeting series or a one-off meeting"))
        self.log_action = self._action(
            self.tr("Log meetings…"), "step-done", self.open_log, "log_meetings"
        )
        self.log_action.setToolTip(
            self.tr("Log what happened at today's meetings, or any past day's not logged yet")
        )
        self.export_action = self._action(
            self.tr("Export calendar (.ics)…"), "export", self.open_export, "export_ics"
        )
        self.export_action.setToolTip(
            self.tr("A calendar file for Outlook, Google Calendar or Apple Calendar")
        )
        self.new_session_action = self._action(
            self.tr("New session…"), "people", self.open_new_session, "new_session"
        )
        self.new_session_action.setToolTip(
            self.tr("A training, workshop, social or circle meeting for many people at once")
        )
        self.kinds_action = self._action(
            self.tr("Session kinds…"), "edit", self.open_kinds, "session_kinds"
        )
        self.kinds_action.setToolTip(
            self.tr("Edit session kinds: rename them, give them colours, add or reorder them")
        )
        for action in (
            self.schedule_action,
            self.log_action,
            self.new_session_action,
            self.kinds_action,
            self.export_action,
        ):
            self.toolbar.addAction(action)

        self.previous = QToolButton(self)
        self.previous.setObjectName("calendar_previous")
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous.setToolTip(self.tr("Previous month (Page Up)"))
        self.previous.setShortcut("PgUp")
        self.next = QToolButton(self)
        self.next.setObjectName("calendar_next")
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.next.setToolTip(self.tr("Next month (Page Down)"))
        self.next.setShortcut("PgDown")
        self.title = QLabel(self)
        self.title.setObjectName("calendar_month_title")
        title_font = self.title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.title.setFont(title_font)
        self.title.setMinimumWidth(self.fontMetrics().horizontalAdvance("September 2026") + 30)
        self.today_button = QToolButton(self)
        self.today_button.setObjectName("calendar_today")
        self.today_button.setText(self.tr("Today"))
        self.pair_filter = self._filter_combo("calendar_pair_filter", self.tr("All pairs"))
        self.person_filter = self._filter_combo("calendar_person_filter", self.tr("Everyone"))
        self.show_filter = QComboBox(self)
        self.show_filter.setObjectName("calendar_show_filter")
        self.show_filter.addItem(self.tr("Meetings and sessions"), session_rows.SHOW_ALL)
        self.show_filter.addItem(self.tr("Pair meetings"), session_rows.SHOW_MEETINGS)
        self.show_filter.addItem(self.tr("Group sessions"), session_rows.SHOW_SESSIONS)
        nav = QHBoxLayout()
        nav.setSpacing(6)
        nav.addWidget(self.previous)
        nav.addWidget(self.title)
        nav.addWidget(self.next)
        nav.addWidget(self.today_button)
        nav.addStretch(1)
        self.pair_label = QLabel(self.tr("Pair:"), self)
        nav.addWidget(self.pair_label)
        nav.addWidget(self.pair_filter)
        nav.addWidget(QLabel(self.tr("Person:"), self))
        nav.addWidget(self.person_filter)
        nav.addWidget(QLabel(self.tr("Show:"), self))
        nav.addWidget(self.show_filter)

        self.notice = ToneLabel(pc.AMBER, self)  # follows a light or dark palette
        self.notice.setObjectName("calendar_notice")
        self.notice.setWordWrap(True)
        self.notice.setMargin(6)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

        self.month_model = MonthModel(self)
        self.month_view = MonthView(self)
        self.month_view.setModel(self.month_model)

        self.agenda_title = QLabel(self)
        self.agenda_title.setObjectName("calendar_agenda_title")
        agenda_font = self.agenda_title.font()
        agenda_font.setBold(True)
        self.agenda_title.setFont(agenda_font)
        self.day_button = QToolButton(self)
        self.day_button.setObjectName("calendar_day_mode")
        self.day_button.setText(self.tr("Day"))
        self.day_button.setCheckable(True)
        self.day_button.setChecked(True)
        self.week_button = QToolButton(self)
        self.week_button.setObjectName("calendar_week_mode")
        self.week_button.setText(self.tr("Week"))
        self.week_button.setCheckable(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        self.mode_group.addButton(self.day_button)
        self.mode_group.addButton(self.week_button)
        agenda_top = QHBoxLayout()
        agenda_top.addWidget(self.agenda_title, 1)
        agenda_top.addWidget(self.day_button)
        agenda_top.addWidget(self.week_button)
        self.agenda_model = AgendaModel(self)
        self.agenda = AgendaView(self)
        self.agenda.setModel(self.agenda_model)
        self.agenda_empty = QLabel(self)
        self.agenda_empty.setObjectName("calendar_agenda_empty")
        self.agenda_empty.setEnabled(False)
        self.agenda_empty.setWordWrap(True)
        agenda_box = QWidget(self)
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addLayout(agenda_top)
        agenda_layout.addWidget(self.agenda, 1)
        agenda_layout.addWidget(self.agenda_empty)

        self.attention = AttentionPanel(self)
        self.side = QSplitter(Qt.Orientation.Vertical, self)
        self.side.setObjectName("calendar_side")
        self.side.addWidget(agenda_box)
        self.side.addWidget(self.attention)
        self.side.setSizes([420, 260])
        self.side.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("calendar_splitter")
        self.splitter.addWidget(self.month_view)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 500])  # the agenda's names and places need the room

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addLayout(nav)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)

        self.previous.clicked.connect(lambda: self.go_month(-1))
        self.next.clicked.connect(lambda: self.go_month(1))
        self.today_button.clicked.connect(self.go_today)
        self.pair_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.person_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.show_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.mode_group.buttonToggled.connect(lambda *_a: self._show_agenda())
        self.month_view.selectionModel().currentChanged.connect(self._day_chosen)
        self.month_view.meeting_dropped.connect(self.move_meeting)
        self.month_view.meeting_opened.connect(self.open_meeting)
        self.month_view.day_opened.connect(self._focus_agenda)
        self.agenda.meeting_opened.connect(self.open_meeting)
        for view in (self.month_view, self.agenda):
            view.session_opened.connect(self.open_attendance)
            view.session_menu.connect(self.session_menu)
        self.month_view.day_menu.connect(self.day_menu)
        self.attention.opened.connect(self.open_attention)
        self.attention.log_day.connect(lambda day: self.open_log(day.day, day.day))

    def _action(self, text: str, icon_name: str, slot: Any, name: str) -> QAction:
        action = QAction(icons.icon(icon_name), text, self)
        action.setObjectName(f"calendar_{name}")
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _filter_combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem(everything, None)
        combo.setMinimumContentsLength(18)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    # -- context -----------------------------------------------------------------------

    def set_context(self, db: Database | None, program_id: int | None) -> None:
        self.db, self.program_id = db, program_id
        self.month_view.program_id = program_id
        self.agenda.program_id = program_id
        self.context = None
        self.rows = []
        self.sessions, self.invited = [], {}
        self.range = None
        self.notice.hide()
        self._fill_filters()
        self.reload(with_context=True)

    def refresh(self, kinds: frozenset[str]) -> None:
        if kinds & {MEETINGS, PAIRS, PEOPLE, PROGRAMS}:
            if self.isVisible():
                self.reload(with_context=True)
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload(with_context=True)

    def reload(self, *, with_context: bool = False) -> None:
        """Read the six weeks on show (and the program's pairs, people and attention list)."""
        self._stale = False
        self._token += 1
        token, db, program_id = self._token, self.db, self.program_id
        if db is None or program_id is None:
            return
        days = self.month_model.days
        first, last = days[0], days[-1]
        wanted_context = with_context or self.context is None
        operations.Op(
            lambda state: load_all(db, program_id, first, last, wanted_context),
            success=lambda loaded: self._loaded(token, loaded),
            label=self.tr("Reading the calendar…"),
            parent=self,
        ).run()

    def _loaded(self, token: int, loaded: Loaded) -> None:
        if token != self._token:
            return  # a newer read is on its way
        if loaded.context is not None:
            self.context = loaded.context
            self._fill_filters()
            # A program matching only in circles has no pairs: no pair filter, and the
            # attention list does not speak of pairs.
            has_pairs = bool(loaded.context.pairs)
            self.pair_label.setVisible(has_pairs)
            self.pair_filter.setVisible(has_pairs)
            self.attention.has_pairs = has_pairs
            self.attention.set_items(loaded.context.attention)
            self.update_nav_count()
        self.rows = loaded.rows
        self.sessions, self.invited = loaded.sessions, loaded.invited
        self.range = (loaded.first, loaded.last)
        self.apply_filters()
        self.loaded.emit()

    def _fill_filters(self) -> None:
        context = self.context
        for combo, choices in (
            (self.pair_filter, [(p.title, p.id) for p in context.pairs] if context else []),
            (
                self.person_filter,
                [(p.name, p.person_id) for p in context.people] if context else [],
            ),
        ):
            wanted = combo.currentData()
            combo.blockSignals(True)
            try:
                while combo.count() > 1:
                    combo.removeItem(1)
                for text, value in choices:
                    combo.addItem(text, value)
                index = combo.findData(wanted) if wanted is not None else 0
                combo.setCurrentIndex(max(index, 0))
            finally:
                combo.blockSignals(False)

    def update_nav_count(self) -> None:
        """Show the number of attention items on the navigation: "Calendar (3)".

        The window counts them too when a program opens, before this screen is built."""
        count = self.context.attention.count if self.context else 0
        self.window_.set_screen_count("calendar", count)

    # -- the month ------------------------------------------------------------------

    def _show_month(self) -> None:
        days = grid_dates(self.year, self.month, self.week_starts)
        self.month_model.set_month(days, self.month, self.week_starts, self.today())
        self.title.setText(month_title(self.year, self.month))
        if self.selected not in days:
            self.selected = date(self.year, self.month, 1)
        self.month_view.setCurrentIndex(self.month_model.index_of(self.selected))
        if self.range is not None and days[0] >= self.range[0] and days[-1] <= self.range[1]:
            self.apply_filters()
        else:
            self.rows = []
            self.sessions, self.invited = [], {}
            self.apply_filters()
            self.reload()

    def go_month(self, step: int) -> None:
        index = self.year * 12 + (self.month - 1) + step
        self.year, self.month = index // 12, index % 12 + 1
        self.selected = date(self.year, self.month, 1)
        self._show_month()

    def go_today(self) -> None:
        self.show_day(self.today())

    def show_day(self, day: date) -> None:
        """Show ``day``'s month with ``day`` selected."""
        self.selected = day
        if (day.year, day.month) != (self.year, self.month):
            self.year, self.month = day.year, day.month
            self._show_month()
        else:
            self.month_view.setCurrentIndex(self.month_model.index_of(day))
            self._show_agenda()

    def _day_chosen(self, current: Any, _previous: Any) -> None:
        day = self.month_model.day_at(current)
        if day is not None and day != self.selected:
            self.selected = day
            self._show_agenda()

    def _focus_agenda(self, day: date) -> None:
        self.show_day(day)
        if self.agenda_model.rowCount() > 0:
            self.agenda.setFocus()
            self.agenda.selectRow(0)

    def filtered(self) -> list[Item]:
        """The meetings and sessions the filters keep, in time order."""
        pair_id = self.pair_filter.currentData()
        person_id = self.person_filter.currentData()
        what = self.show_filter.currentData() or session_rows.SHOW_ALL
        people = self._filter_people(pair_id, person_id)
        meetings = [
            r
            for r in self.rows
            if matches(r, pair_id, person_id) and session_rows.shown(r, what, people, self.invited)
        ]
        sessions = [s for s in self.sessions if session_rows.shown(s, what, people, self.invited)]
        return session_rows.in_time_order(meetings, sessions)

    def _filter_people(self, pair_id: int | None, person_id: int | None) -> frozenset[int] | None:
        """The person ids a session must invite to stay in view (None: any session)."""
        wanted: set[int] | None = None
        if pair_id is not None:
            pair = (
                next((p for p in self.context.pairs if p.id == pair_id), None)
                if self.context
                else None
            )
            wanted = {pair.mentor_person_id, pair.mentee_person_id} if pair else set()
        if person_id is not None:
            wanted = {person_id} if wanted is None else wanted & {person_id}
        return None if wanted is None else frozenset(wanted)

    def apply_filters(self) -> None:
        rows = self.filtered()
        # A day's cell lists its sessions first: on a busy day they would otherwise be
        # hidden under "+12 more", and each concerns many people. The agenda keeps time order.
        self.month_model.set_meetings(sorted(rows, key=lambda r: not session_rows.is_session(r)))
        self._show_agenda(rows)

    def _show_agenda(self, rows: list[Item] | None = None) -> None:
        rows = self.filtered() if rows is None else rows
        week = self.week_button.isChecked()
        if week:
            first, last = week_of(self.selected, self.week_starts)
            self.agenda_title.setText(self.tr("Week of {date}").format(date=short_date(first)))
        else:
            first = last = self.selected
            self.agenda_title.setText(long_date(self.selected))
        shown = [r for r in rows if first <= r.local_start.date() <= last]
        self.agenda_model.set_rows(shown, week=week)
        self.agenda.setVisible(bool(shown))
        self.agenda_empty.setVisible(not shown)
        self.agenda_empty.setText(
            self.tr("No meetings or sessions this week.")
            if week
            else self.tr("No meetings or sessions on this day.")
        )

    def meeting(self, meeting_id: int) -> MeetingRow | None:
        return next((r for r in self.rows if r.id == meeting_id), None)

    # -- actions ----------------------------------------------------------------------

    def show_notice(self, lines: list[str]) -> None:
        if lines:
            self.notice.setText("\n".join(lines))
            self.notice.show()
        else:
            self.notice.hide()

    def _after(self, steps: Steps, summary: str = "") -> None:
        self.show_notice(([summary] if summary else []) + notices(steps))

    def move_meeting(self, meeting_id: int, day: date) -> None:
        """Move a meeting to ``day``, keeping its time (one undo step)."""
        from peerdesk.calendar.series import move_meeting

        row = self.meeting(meeting_id)
        if row is not None and row.local_date == day:
            return
        text = self.tr("Move meeting to {date}").format(date=short_date(day))

        def work(db: Database) -> Steps:
            return [(text, move_meeting(db, meeting_id, day=day))]

        self.selected = day
        run_change(
            self.window_,
            work,
            parent=self,
            label=self.tr("Moving the meeting…"),
            done=lambda steps: self._after(steps),
        )

    def _show_dialog(self, dialog: QDialog) -> None:
        """Open ``dialog`` (window-modal, so tests can click it); forget it once closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _dialog_finished(self, _result: int) -> None:
        if self.sender() is self.dialog:
            self.dialog = None

    def open_meeting(self, meeting_id: int) -> None:
        from ui.calendar.meeting_dialog import MeetingDialog

        row = self.meeting(meeting_id)
        if row is None:
            return
        dialog = MeetingDialog(self.window_, row, self)
        dialog.saved.connect(self._after)
        self._show_dialog(dialog)

    def open_schedule(self, day: date | None = None) -> None:
        from ui.calendar.schedule_dialog import ScheduleDialog

        if self.context is None:
            return
        dialog = ScheduleDialog(
            self.window_,
            self.context,
            pair_id=self.pair_filter.currentData(),
            day=day or max(self.selected, self.today()),
            parent=self,
        )
        dialog.saved.connect(self._scheduled)
        self._show_dialog(dialog)

    def _scheduled(self, steps: Steps) -> None:
        made = sum(len(changes.created) for _text, changes in steps)
        summary = self.tr("Scheduled {n} meetings and check-ins.").format(n=made)
        if made == 1:
            summary = self.tr("Scheduled 1 meeting.")
        self._after(steps, summary)
        first_new = min(
            (
                row["starts_at"]
                for _text, changes in steps
                for row in changes.meetings_after.values()
                if row is not None
            ),
            default=None,
        )
        if first_new is not None:
            zone = next(
                row["timezone"]
                for _text, changes in steps
                for row in changes.meetings_after.values()
                if row is not None
            )
            self.show_day(zones.local_date(first_new, zone))

    def open_log(self, first: date | None = None, last: date | None = None) -> None:
        """Log meetings of ``first``..``last``; by default from the oldest one not logged
        (or today) to today."""
        from peerdesk.calendar.meeting_log import first_unlogged_day, meetings_to_log
        from ui.calendar.log_meetings import LogMeetingsDialog

        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return
        today = self.today()

        def read(state: object) -> tuple[date, date, list[MeetingRow]]:
            start = first or min(first_unlogged_day(db, program_id) or today, today)
            end = last or today
            return start, end, meetings_to_log(db, program_id, start, end)

        def show(found: tuple[date, date, list[MeetingRow]]) -> None:
            start, end, rows = found
            dialog = LogMeetingsDialog(self.window_, start, end, rows, self, today=today)
            dialog.saved.connect(self._after)
            self._show_dialog(dialog)

        operations.Op(
            read, success=show, label=self.tr("Reading meetings to log…"), parent=self
        ).run()

    def open_export(self) -> None:
        from ui.calendar.export_dialog import ExportDialog

        if self.context is None:
            return
        dialog = ExportDialog(
            self.window_,
            self.context,
            pair_id=self.pair_filter.currentData(),
            person_id=self.person_filter.currentData(),
            parent=self,
        )
        dialog.exported.connect(
            lambda result: self.show_notice(
                [
                    self.tr("Saved {n} meetings and sessions to {path}").format(
                        n=result.events, path=result.path
                    )
                ]
            )
        )
        self._show_dialog(dialog)

    def open_attention(self, item: PairAttention | None) -> None:
        """Open the pair: on the Pairs screen if it can select one, else its meetings here."""
        if item is None:
            return
        specs = {spec.key: spec for spec in getattr(self.window_, "screen_specs", [])}
        pairs = specs.get("pairs")
        if pairs is not None:
            screen_class = getattr(importlib.import_module(pairs.module), pairs.cls, None)
            if callable(getattr(screen_class, "select_pair", None)):
                screen = self.window_.show_screen("pairs")
                screen.select_pair(item.pair_id)  # type: ignore[union-attr]
                return
        self.show_pair(item.pair_id, item.items[0].since)

    def show_pair(self, pair_id: int, day: date | None = None) -> None:
        """Filter the calendar to one pair, showing ``day`` (e.g. its first unlogged meeting)."""
        index = self.pair_filter.findData(pair_id)
        if index >= 0:
            self.person_filter.setCurrentIndex(0)
            self.pair_filter.setCurrentIndex(index)
        if day is not None:
            self.week_button.setChecked(True)
            self.show_day(day)
