"""The Dashboard: how the program is doing at a glance, and the evidence to hand over.

Cards for the numbers a coordinator is asked about (participants, matched
share, active pairs, meetings this month, mentor hours, satisfaction, pairs
needing attention), four small charts, and — while the program is new — the
next steps, each opening the screen where it is done. **Export workbook…**
and **Save summary PDF…** write the Excel workbook and the PDF summary on the
worker, asking before they replace a file.

Asking for a file name goes through one small method, so tests can stand in
for the system's file dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peerdesk import paths
from peerdesk.enums import ParticipantStatus
from peerdesk.evaluation.figures import decimals
from ui import icons, memory, messages, operations, screens
from ui.dashboard.cards import Card
from ui.dashboard.charts import LIKERT, BarChart, FunnelChart
from ui.dashboard.health import HealthSection
from ui.dashboard.sessions import SessionsSection
from ui.next_steps import SETTINGS, NextStepsBox, open_target, screen_of
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLocale,
    QPalette,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.screens import Screen

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.evaluation.dashboard import DashboardData
    from peerdesk.evaluation.figures import ProgramFigures
    from ui.main_window import MainWindow

FOLDER_KEY = "dashboard/folder"
XLSX_FILTER = str(QT_TRANSLATE_NOOP("DashboardScreen", "Excel workbooks (*.xlsx)"))
PDF_FILTER = str(QT_TRANSLATE_NOOP("DashboardScreen", "PDF documents (*.pdf)"))


class ChartBox(QFrame):
    """A titled frame around a chart."""

    def __init__(self, title: str, chart: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(heading)
        layout.addWidget(chart, 1)
        layout.addWidget(self.note)


class DashboardScreen(Screen):
    loaded = Signal()  # the numbers on show were just read
    saved = Signal(object)  # the file just written

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.db: Database | None = None
        self.program_id: int | None = None
        self.data: DashboardData | None = None
        self._stale = False
        self._token = 0
        self._build()

    # -- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.heading = screens.heading(self.tr("Dashboard"), self)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("dashboard_subtitle")
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.export_button = QPushButton(icons.icon("export"), self.tr("Export workbook…"))
        self.export_button.setObjectName("export_workbook")
        self.export_button.setToolTip(
            self.tr("Everything in one Excel file: people, pairs, meetings, check-ins, goals")
        )
        self.export_button.clicked.connect(self.export_workbook)
        self.summary_button = QPushButton(icons.icon("save-pdf"), self.tr("Save summary PDF…"))
        self.summary_button.setObjectName("save_summary")
        self.summary_button.setToolTip(
            self.tr("A report for leadership or funders, with the charts and the outcomes")
        )
        self.summary_button.clicked.connect(self.save_summary)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.addLayout(titles, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.summary_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.steps_box = NextStepsBox(self._has_target)
        self.steps_box.open_requested.connect(self.open_step)
        self.step_rows = self.steps_box.rows
        self.steps_box.hide()

        self.cards = {
            "participants": Card(self.tr("Participants"), "card_participants"),
            "matched": Card(self.tr("Have been matched"), "card_matched"),
            "active": Card(self.tr("Active pairs"), "card_active"),
            "circles": Card(self.tr("Active circles"), "card_circles"),
            "meetings": Card(self.tr("Meetings held this month"), "card_meetings"),
            "hours": Card(self.tr("Mentor hours"), "card_hours"),
            "satisfaction": Card(self.tr("Average satisfaction"), "card_satisfaction"),
            "attention": Card(self.tr("Needs attention"), "card_attention"),
            "completed": Card(self.tr("Pairs completed"), "card_completed"),
        }
        links = {
            "participants": ("people", self.tr("Open the People screen")),
            "active": ("pairs", self.tr("Open the Pairs screen")),
            "circles": ("pairs", self.tr("Open the Pairs screen")),
            "meetings": ("calendar", self.tr("Open the Calendar")),
            "attention": ("calendar", self.tr("See who needs attention on the Calendar")),
            "satisfaction": ("checkins", self.tr("Open the Check-ins screen")),
        }
        for key, (target, tip) in links.items():
            if self._has_screen(target):
                self.cards[key].link(target, tip)
                self.cards[key].clicked.connect(lambda t=target: self.window_.show_screen(t))
        self.card_grid = cards = QGridLayout()
        cards.setSpacing(10)
        self._lay_out_cards(circles=False)  # its card shows for a program that matches in circles

        self.sessions = SessionsSection(lambda: self.today(), self)
        self.sessions.open_session.connect(self.open_session)
        if self._has_screen("calendar"):
            self.sessions.card.link("calendar", self.tr("Open the Calendar"))
            self.sessions.card.clicked.connect(lambda: self.window_.show_screen("calendar"))

        self.health = HealthSection(lambda: self.today(), self)
        self.health.open_pair.connect(self.open_pair)
        self.health.open_person.connect(self.open_person)

        self.per_month = BarChart(self.tr("No meetings have been logged as held yet."))
        self.per_month.setObjectName("chart_per_month")
        self.funnel = FunnelChart(self.tr("Nobody has applied yet."))
        self.funnel.setObjectName("chart_funnel")
        self.satisfaction = BarChart(self.tr("Nobody has rated their match yet."))
        self.satisfaction.setObjectName("chart_satisfaction")
        self.statuses = BarChart(self.tr("No participants yet."))
        self.statuses.setObjectName("chart_statuses")
        self.per_month_box = ChartBox(self.tr("Meetings held per month"), self.per_month)
        self.funnel_box = ChartBox(self.tr("From application to completion"), self.funnel)
        self.satisfaction_box = ChartBox(self.tr("Satisfaction with the match"), self.satisfaction)
        self.statuses_box = ChartBox(self.tr("Participants by status"), self.statuses)
        charts = QGridLayout()
        charts.setSpacing(10)
        charts.addWidget(self.per_month_box, 0, 0)
        charts.addWidget(self.funnel_box, 0, 1)
        charts.addWidget(self.satisfaction_box, 1, 0)
        charts.addWidget(self.statuses_box, 1, 1)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.steps_box)
        layout.addLayout(cards)
        layout.addWidget(self.sessions)
        layout.addWidget(self.health)
        layout.addLayout(charts)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._update_buttons()

    def _lay_out_cards(self, *, circles: bool) -> None:
        """The cards in rows of four, or of three when the circles' card shows (nine cards)."""
        self._circles_shown = circles
        self.cards["circles"].setVisible(circles)
        shown = [card for key, card in self.cards.items() if circles or key != "circles"]
        columns = 4 if len(shown) <= 8 else 3
        for card in self.cards.values():
            self.card_grid.removeWidget(card)
        for n, card in enumerate(shown):
            self.card_grid.addWidget(card, n // columns, n % columns)
        for column in range(4):
            self.card_grid.setColumnStretch(column, 1 if column < columns else 0)

    def _has_screen(self, key: str) -> bool:
        specs = getattr(self.window_, "screen_specs", [])
        return any(spec.key == key for spec in specs)

    # -- data --------------------------------------------------------------------

    def set_context(self, db: Database | None, program_id: int | None) -> None:
        self.db, self.program_id = db, program_id
        self.data = None
        self.health.set_context(db, program_id)
        self.sessions.set_context(db, program_id)
        self._update_buttons()
        self.reload()

    def refresh(self, kinds: frozenset[str]) -> None:
        self.reload_when_shown()

    def open_pair(self, pair_id: int) -> None:
        """A pair listed behind a number: selected on the Pairs screen."""
        if self._has_screen("pairs"):
            screen = self.window_.show_screen("pairs")
            select = getattr(screen, "select_pair", None)
            if callable(select):
                select(pair_id)

    def open_session(self, session_id: int) -> None:
        """A group session of this week: its attendance checklist."""
        from ui.calendar.attendance_dialog import open_attendance

        open_attendance(self.window_, session_id, parent=self)

    def open_person(self, participant_id: int) -> None:
        """A person listed behind a practice check: selected on the People screen."""
        if self._has_screen("people"):
            screen = self.window_.show_screen("people")
            select = getattr(screen, "select_ids", None)
            if callable(select):
                select([participant_id])

    def reload(self) -> None:
        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return
        self._token += 1
        token = self._token

        today = self.today()

        def work(state: object) -> DashboardData:
            from peerdesk.evaluation.dashboard import load_dashboard

            return load_dashboard(db, program_id, today=today)

        def success(data: DashboardData) -> None:
            if token == self._token:
                self.show_data(data)
                self.loaded.emit()

        operations.Op(work, success=success, label=self.tr("Reading the numbers…"),
                      parent=self).run()  # fmt: skip
        self.health.reload()
        self.sessions.reload()

    def today(self) -> date:
        """The day the figures are for: the computer's date (a test sets its own clock)."""
        return date.today()

    def _update_buttons(self) -> None:
        ready = self.db is not None and self.program_id is not None
        self.export_button.setEnabled(ready)
        self.summary_button.setEnabled(ready)

    # -- showing -----------------------------------------------------------------

    def _n(self, value: float, decimals: int = 0) -> str:
        return QLocale().toString(float(value), "f", decimals)

    def show_data(self, d: DashboardData) -> None:
        self.data = d
        self.subtitle.setText(
            self.tr("{program} — as of {date}").format(
                program=d.program_name,
                date=QLocale().toString(d.today, QLocale.FormatType.LongFormat),
            )
        )
        self._show_steps(d)
        f = d.figures
        parts = [self._status_count(status, n) for status, n in d.by_status.items() if n]
        self.cards["participants"].set(
            self._n(d.participants),
            self.tr("Status today: {statuses}").format(statuses=" · ".join(parts)) if parts else "",
        )
        share = f.matched_share
        self.cards["matched"].set(
            "–" if share.percent is None else f"{self._n(share.percent)}%",
            self.tr("{matched} of {people} people have been matched").format(
                matched=self._n(f.matched), people=self._n(f.matchable)
            )
            if f.matchable
            else self.tr("nobody to match yet"),
        )
        self.cards["active"].set(
            self._n(d.active_pairs),
            self.tr("{paused} paused, {ended} ended · {unlogged} with meetings not logged yet")
            .format(
                paused=self._n(d.paused_pairs), ended=self._n(d.ended_pairs),
                unlogged=self._n(f.pairs_with_unlogged),
            ),
        )  # fmt: skip
        circles = self.cards["circles"]
        if f.circles:
            circles.set(
                self._n(f.circles_active),
                self.tr("{paused} paused, {ended} ended").format(
                    paused=self._n(f.circles_paused), ended=self._n(f.circles_ended)
                ),
            )
        if self._circles_shown != bool(f.circles):
            self._lay_out_cards(circles=bool(f.circles))
        m = f.meetings
        self.cards["meetings"].set(
            self._n(f.this_month.held),
            self.tr("{held} held in all · {unlogged} not logged yet").format(
                held=self._n(m.held), unlogged=self._n(m.unlogged)
            ),
        )
        self.cards["hours"].set(
            self._n(float(m.hours), decimals(m.hours)),
            self.tr("from {held} held meetings · {unlogged} not logged yet").format(
                held=self._n(m.held), unlogged=self._n(m.unlogged)
            ),
        )
        mean = f.satisfaction.mean
        self.cards["satisfaction"].set(
            "–" if mean is None else self._n(float(mean), 1),
            self.tr("out of 5, from 1 answer")
            if f.satisfaction.n == 1
            else self.tr("out of 5, from {n} answers").format(n=self._n(f.satisfaction.n))
            if f.satisfaction.n
            else self.tr("no check-in answers yet"),
        )
        attention = f.attention
        if attention is None:
            self.cards["attention"].set("0", self.tr("the calendar's checks are not available"))
        elif not attention.count:
            self.cards["attention"].set("0", self.tr("all is well"))
        else:
            self.cards["attention"].set(
                self._n(attention.count),
                self.tr("{pairs} pairs to look at · {days} days with meetings not logged").format(
                    pairs=self._n(attention.pairs), days=self._n(attention.unlogged_days)
                ),
            )
        ended = d.completed_pairs + d.ended_early_pairs
        self.cards["completed"].set(
            self._n(d.completed_pairs),
            self.tr("of {ended} ended ({early} ended early)").format(
                ended=self._n(ended), early=self._n(d.ended_early_pairs)
            ),
        )
        self.per_month_box.note.setText(self._meetings_note(f))
        months = d.per_month
        self.per_month.set_data(
            [
                self._month(m.year, m.month, n == 0 or len(months) <= 6)
                for n, m in enumerate(months)
            ],
            [m.count for m in months],
        )
        self.funnel.set_stages([(self._stage(f.key), f.count) for f in d.funnel])
        likert = [
            self.tr("Strongly\ndisagree"), self.tr("Disagree"), self.tr("Neutral"),
            self.tr("Agree"), self.tr("Strongly\nagree"),
        ]  # fmt: skip
        self.satisfaction.set_data(likert, list(d.satisfaction_counts), LIKERT)
        self.satisfaction_box.note.setText(
            self.tr("Answers to “satisfied with my match” at check-ins and closing surveys.")
        )
        shown = [s for s in ParticipantStatus if d.by_status.get(s)]
        status_words = self._status_words()
        self.statuses.set_data([status_words[s] for s in shown], [d.by_status[s] for s in shown])

    def _meetings_note(self, f: ProgramFigures) -> str:
        """Attendance over logged meetings, and the past meetings nobody logged, by month."""
        m = f.meetings
        attendance = m.attendance
        if attendance.percent is not None:
            text = self.tr("{percent}% of {logged} logged meetings were held.").format(
                percent=self._n(attendance.percent), logged=self._n(m.logged)
            )
        elif m.logged:
            text = self.tr("{held} of {logged} logged meetings were held.").format(
                held=self._n(m.held), logged=self._n(m.logged)
            )
        else:
            text = self.tr("No meeting has been logged yet.")
        if not m.unlogged:
            return text
        months = ", ".join(
            self.tr("{n} in {month}").format(
                n=self._n(month.unlogged),
                month=QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat),
            )
            for month in f.per_month
            if month.unlogged
        )
        return " ".join([
            text,
            self.tr(
                "Past meetings not logged yet: {months}. They count only once logged, "
                "never as missed."
            ).format(months=months or self._n(m.unlogged)),
        ])  # fmt: skip

    def _month(self, year: int, month: int, with_year: bool) -> str:
        """ "Mar" under a bar; the year too under the first bar, January, or few bars."""
        name = QLocale().monthName(month, QLocale.FormatType.ShortFormat)
        return f"{name}\n{year}" if with_year or month == 1 else name

    def _stage(self, key: str) -> str:
        return {
            "applied": self.tr("Applied"),
            "ready": self.tr("Ready"),
            "matched": self.tr("Matched"),
            "completed": self.tr("In a completed pair"),
        }.get(key, key)

    def _status_count(self, status: ParticipantStatus, n: int) -> str:
        """``3 applied``: how many people have a status (the plural as the language has it)."""
        counts = {
            ParticipantStatus.APPLIED: self.tr("%Ln applied", "", n),
            ParticipantStatus.SCREENED: self.tr("%Ln screened", "", n),
            ParticipantStatus.TRAINED: self.tr("%Ln trained", "", n),
            ParticipantStatus.READY: self.tr("%Ln ready", "", n),
            ParticipantStatus.MATCHED: self.tr("%Ln matched", "", n),
            ParticipantStatus.COMPLETED: self.tr("%Ln completed", "", n),
            ParticipantStatus.WITHDRAWN: self.tr("%Ln withdrawn", "", n),
        }
        return counts[status]

    def _status_words(self) -> dict[ParticipantStatus, str]:
        return {
            ParticipantStatus.APPLIED: self.tr("applied"),
            ParticipantStatus.SCREENED: self.tr("screened"),
            ParticipantStatus.TRAINED: self.tr("trained"),
            ParticipantStatus.READY: self.tr("ready"),
            ParticipantStatus.MATCHED: self.tr("matched"),
            ParticipantStatus.COMPLETED: self.tr("completed"),
            ParticipantStatus.WITHDRAWN: self.tr("withdrawn"),
        }

    def _show_steps(self, d: DashboardData) -> None:
        self.steps_box.show_steps(d.steps)

    def _has_target(self, target: str) -> bool:
        return target == SETTINGS or self._has_screen(screen_of(target))

    def open_step(self, target: str) -> None:
        """A next step's button: the program's settings, or the screen where it is done."""
        if target == SETTINGS:
            self.window_.edit_program_settings()
        elif self._has_screen(screen_of(target)):
            open_target(self.window_, target)

    # -- saving ------------------------------------------------------------------

    def ask_save_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        """The system's save dialog (tests replace this). Replacing is asked about below."""
        name, _filter = QFileDialog.getSaveFileName(
            self, title, str(suggested), file_filter,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )  # fmt: skip
        if not name:
            return None
        path = Path(name)
        suffix = suggested.suffix
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _folder(self) -> Path:
        saved = memory.app_settings().value(FOLDER_KEY, "", str)
        folder = Path(saved) if saved else paths.documents_dir()
        return folder if folder.is_dir() else Path.home()

    def _program_name(self) -> str:
        return self.data.program_name if self.data else self.tr("Program")

    def export_workbook(self) -> None:
        from peerdesk.output_files import safe_file_name

        suggested = self._folder() / safe_file_name(self._program_name(), ".xlsx")
        path = self.ask_save_file(self.tr("Export the workbook"), suggested, self.tr(XLSX_FILTER))
        if path is None:
            return

        def work(db: Database, program_id: int, state: Any) -> Path:
            from peerdesk.exports.workbook import export_workbook

            return export_workbook(db, program_id, path, overwrite=True, progress=state)

        self._save(path, work, self.tr("Writing the workbook…"))

    def save_summary(self) -> None:
        from peerdesk.output_files import safe_file_name

        name = safe_file_name(self.tr("{program} - summary").format(program=self._program_name()))
        path = self.ask_save_file(
            self.tr("Save the summary as PDF"), self._folder() / name, self.tr(PDF_FILTER)
        )
        if path is None:
            return
        imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        period = self.health.period()  # the Program health page covers the period on show
        today = self.today()

        def work(db: Database, program_id: int, state: Any) -> Path:
            from peerdesk.documents.layout import Paper
            from peerdesk.exports.summary_pdf import save_summary

            paper = Paper.LETTER if imperial else Paper.A4
            return save_summary(db, program_id, path, overwrite=True, paper=paper,
                                progress=state, period=period, today=today)  # fmt: skip

        self._save(path, work, self.tr("Writing the summary…"))

    def _save(self, path: Path, work: Callable[[Database, int, Any], Path], label: str) -> None:
        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return
        memory.app_settings().setValue(FOLDER_KEY, str(path.parent))

        def go() -> None:
            def done(written: Path) -> None:
                self.window_.statusBar().showMessage(
                    self.tr("Saved to {path}").format(path=written), 10000
                )
                self.saved.emit(written)

            operations.Op(
                lambda state: work(db, program_id, state),
                success=done,
                label=label,
                cancellable=True,
                parent=self,
            ).run()

        if not path.exists():
            go()
            return
        messages.confirm(
            self,
            self.tr("Replace the file?"),
            self.tr("“{name}” already exists in {folder}. Replace it?").format(
                name=path.name, folder=path.parent
            ),
            self.tr("Replace"),
            go,
            self.tr("The file there now will be lost."),
        )
