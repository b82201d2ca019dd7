"""The dashboard's *Program health* row: match measures for a period, each card opening
the list behind its number (issue #19).

Cards: matches active, median match length (a Kaplan–Meier estimate), early closures
beside the coordinator's comparison figure, matches with no meeting in 30 days, and
practice checks needing attention. Clicking a card — or Enter on it — reads the pairs
(or people) behind the number on the worker and lists them; opening a line goes to
that pair on the Pairs screen. The period is the program's cycle, a quarter, a year or
dates the coordinator picks. Everything is computed off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from peerdesk.evaluation import measures as m
from peerdesk.evaluation.measures import Evidence, Measure, Period
from peerdesk.evaluation.measures_base import MONTHS, PERCENT
from ui import operations
from ui.dashboard.behind_dialog import PAIR, PERSON, BehindDialog, BehindRow, date_text
from ui.dashboard.cards import Card
from ui.date_edit import DateEdit
from ui.qt import (
    QComboBox,
    QDate,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLocale,
    QPalette,
    QPushButton,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.evaluation.behind import PairBehind, PersonBehind
    from peerdesk.evaluation.measures_base import Reference

CYCLE, QUARTER, LAST_QUARTER, YEAR, LAST_YEAR, CUSTOM = (
    "cycle", "quarter", "last_quarter", "year", "last_year", "custom"
)  # fmt: skip


def period_for(choice: str, today: date, start: date, end: date) -> Period | None:
    """The period a choice names (None: the program's cycle); ``start``/``end`` for custom."""
    quarter = (today.month - 1) // 3 + 1
    if choice == QUARTER:
        return Period.quarter(today.year, quarter)
    if choice == LAST_QUARTER:
        return Period.quarter(today.year - (quarter == 1), 4 if quarter == 1 else quarter - 1)
    if choice == YEAR:
        return Period.year(today.year)
    if choice == LAST_YEAR:
        return Period.year(today.year - 1)
    if choice == CUSTOM:
        return Period.custom(start, end)
    return None


class HealthSection(QWidget):
    """The Program health heading, its period choice and its cards."""

    loaded = Signal()  # the cards show the evidence just computed
    listed = Signal(object)  # the list dialog just opened
    comparison_opened = Signal(object)  # the comparison figures dialog just opened
    open_pair = Signal(int)
    open_person = Signal(int)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("program_health")
        self.today = today
        self.db: Database | None = None
        self.program_id: int | None = None
        self.evidence: Evidence | None = None
        self._token = 0
        self._build()

    # -- building ----------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(self.tr("Program health"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        self.period_choice = QComboBox()
        self.period_choice.setObjectName("health_period")
        self.period_choice.setAccessibleName(self.tr("Period"))
        for key, text in (
            (CYCLE, self.tr("The program's cycle")),
            (QUARTER, self.tr("This quarter")),
            (LAST_QUARTER, self.tr("Last quarter")),
            (YEAR, self.tr("This year")),
            (LAST_YEAR, self.tr("Last year")),
            (CUSTOM, self.tr("Dates I choose")),
        ):
            self.period_choice.addItem(text, key)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_choice)
        today = self.today()
        self.start_edit = DateEdit(name="health_from")
        self.start_edit.set_value(today - timedelta(days=90))
        self.end_edit = DateEdit(name="health_to")
        self.end_edit.set_value(today)
        self.start_edit.setAccessibleName(self.tr("From"))
        self.end_edit.setAccessibleName(self.tr("To"))
        self.to_label = QLabel(self.tr("to"))
        self.comparison_button = QPushButton(self.tr("Comparison figures…"))
        self.comparison_button.setObjectName("comparison_figures")
        self.comparison_button.setToolTip(
            self.tr("Set the figures the program is compared with in every report")
        )
        self.comparison_button.clicked.connect(self.edit_comparison)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(period_label)
        top.addWidget(self.period_choice)
        top.addWidget(self.start_edit)
        top.addWidget(self.to_label)
        top.addWidget(self.end_edit)
        top.addStretch(1)
        top.addWidget(self.comparison_button)
        self.period_choice.currentIndexChanged.connect(self._period_changed)
        self.start_edit.dateChanged.connect(self._dates_changed)
        self.end_edit.dateChanged.connect(self._dates_changed)

        self.cards = {
            "matches": Card(self.tr("Matches active"), "card_matches"),
            "length": Card(self.tr("Median match length"), "card_length"),
            "early": Card(self.tr("Early closures"), "card_early"),
            "quiet": Card(self.tr("No meeting in 30 days"), "card_quiet"),
            "checks": Card(self.tr("Practice checks needing attention"), "card_checks"),
        }
        tips = {
            "matches": self.tr("List the matches active during the period"),
            "length": self.tr("List the matches the length is measured over"),
            "early": self.tr("List the matches that closed early"),
            "quiet": self.tr("List the matches with no meeting in the last 30 days"),
            "checks": self.tr("List the pairs and people the checks found"),
        }
        grid = QGridLayout()
        grid.setSpacing(10)
        for n, (key, card) in enumerate(self.cards.items()):
            card.link(key, tips[key])
            card.clicked.connect(lambda k=key: self.open_list(k))
            grid.addWidget(card, 0, n)
            grid.setColumnStretch(n, 1)
        self.note = QLabel()
        self.note.setObjectName("health_note")
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addLayout(grid)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._show_dates()

    def _show_dates(self) -> None:
        custom = self.period_choice.currentData() == CUSTOM
        for widget in (self.start_edit, self.to_label, self.end_edit):
            widget.setVisible(custom)

    # -- the period --------------------------------------------------------------

    def period(self) -> Period | None:
        """The chosen period (None: the program's cycle); None too for dates backwards."""
        start, end = self.start_edit.value(), self.end_edit.value()
        if self.period_choice.currentData() == CUSTOM and end < start:
            return None
        return period_for(self.period_choice.currentData(), self.today(), start, end)

    def _period_changed(self, _index: int) -> None:
        self._show_dates()
        self.reload()

    def _dates_changed(self, *_args: object) -> None:
        if self.period_choice.currentData() == CUSTOM:
            self.reload()

    # -- data --------------------------------------------------------------------

    def set_context(self, db: Database | None, program_id: int | None) -> None:
        """The program to measure; the screen's reload reads it."""
        self.db, self.program_id = db, program_id
        self.evidence = None
        self.comparison_button.setEnabled(db is not None and program_id is not None)

    def reload(self) -> None:
        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return
        if self.period_choice.currentData() == CUSTOM and (
            self.end_edit.value() < self.start_edit.value()
        ):
            self.note.setText(self.tr("The period ends before it starts: choose a later end."))
            return
        self._token += 1
        token = self._token
        period, today = self.period(), self.today()

        def work(state: object) -> Evidence:
            from peerdesk.evaluation.measures import load_evidence

            return load_evidence(db, program_id, period, today=today)

        def success(evidence: Evidence) -> None:
            if token == self._token:
                self.show_evidence(evidence)
                self.loaded.emit()

        operations.Op(work, success=success, label=self.tr("Measuring the matches…"),
                      parent=self).run()  # fmt: skip

    # -- showing -----------------------------------------------------------------

    def _n(self, value: float, decimals: int = 0) -> str:
        return QLocale().toString(float(value), "f", decimals)

    def _value(self, value: float, unit: str) -> str:
        shown = self._n(value, 0 if float(value).is_integer() else 1)
        if unit == PERCENT:
            return f"{shown}%"
        if unit == MONTHS:
            return self.tr("{n} months").format(n=shown) if value != 1 else self.tr("1 month")
        return shown

    def _reference(self, measure: Measure) -> str:
        reference: Reference | None = measure.reference
        if reference is None:
            return ""
        return self.tr("reference {figure}").format(
            figure=self._value(reference.value, measure.unit)
        )

    def _period_words(self, period: Period) -> str:
        """The period with its dates in the app's language (the core words them in English)."""
        dates = " – ".join(
            QLocale().toString(QDate(d.year, d.month, d.day), "d MMMM yyyy")
            for d in (period.start, period.end)
        )
        cycle = f" ({period.words})"
        if period.label.endswith(cycle):  # the program's cycle: its name, then its dates
            return period.label[: -len(cycle)] + f" ({dates})"
        if period.label in ("", period.words) or period.label.startswith("Q"):  # a quarter
            return dates
        return period.label  # a year

    def show_evidence(self, evidence: Evidence) -> None:
        self.evidence = evidence
        ms = evidence.measures
        period = evidence.period
        words = self._period_words(period)
        checks = evidence.checks
        attention = [c for c in checks if c.status == "attention"]
        if attention:
            self.cards["checks"].set(
                self._n(len(attention)), self.tr("of {n} checks").format(n=self._n(len(checks)))
            )
        else:
            self.cards["checks"].set("0", self.tr("every check passed"))
        self.cards["checks"].setToolTip(
            "\n".join(
                [self.tr("List the pairs and people the checks found")]
                + [f"• {c.stage.label}: {c.name}" for c in attention]
            )
        )
        if ms.empty:
            for key in ("matches", "length", "early", "quiet"):
                self.cards[key].set("–", self.tr("No matches in this period."))
            self.note.setText(self.tr("{period}: no matches in this period.").format(period=words))
            return
        active = ms[m.ACTIVE]
        self.cards["matches"].set(self._n(active.n), self.tr("during the period"))
        median = ms[m.MEDIAN_LENGTH]
        detail = [self._reference(median)] if median.reference else []
        if median.value is None:
            detail.insert(0, self.tr("more than half still running"))
        self.cards["length"].set(
            "–" if median.value is None else self._value(median.value, MONTHS),
            " · ".join(detail) or self.tr("Kaplan–Meier estimate"),
        )
        early, share = ms[m.EARLY_CLOSURES], ms[m.EARLY_SHARE]
        parts = [
            self.tr("{share} of {n} closed matches").format(
                share=self._value(share.value, PERCENT), n=self._n(share.n)
            )
            if share.value is not None
            else self.tr("of {n} closed matches").format(n=self._n(share.n))
        ]
        if share.reference is not None:
            parts.append(self._reference(share))
        self.cards["early"].set(self._n(len(early.pair_ids)), " · ".join(parts))
        quiet = ms[m.NO_RECENT_MEETING]
        self.cards["quiet"].set(
            self._n(len(quiet.pair_ids)),
            self.tr("of {n} running matches").format(n=self._n(quiet.n))
            + (f" ({self._value(quiet.value, PERCENT)})" if quiet.value is not None else ""),
        )
        self.note.setText(
            self.tr(
                "{period}. Match length is a Kaplan–Meier estimate: matches still active are "
                "counted as censored, not as ended."
            ).format(period=words)
        )

    # -- the lists behind the numbers ----------------------------------------------

    def ids_behind(self, key: str) -> tuple[list[int], list[tuple[str, int, str]]]:
        """The pairs behind a card, and for the checks card (kind, id, check) lines."""
        e = self.evidence
        if e is None:
            return [], []
        if key == "checks":
            lines = [
                (PAIR if c.pair_ids else PERSON, i, c.name)
                for c in e.checks
                if c.status == "attention"
                for i in c.ids
            ]
            return [], lines
        if e.measures.empty:
            return [], []
        measure = {
            "matches": m.ACTIVE, "length": m.MEDIAN_LENGTH, "early": m.EARLY_CLOSURES,
            "quiet": m.NO_RECENT_MEETING,
        }[key]  # fmt: skip
        return list(e.measures[measure].pair_ids), []

    def _title(self, key: str, count: int) -> str:
        n = self._n(count)
        one = count == 1
        return {
            "matches": self.tr("1 match active") if one else self.tr("{n} matches active"),
            "length": self.tr("1 match measured") if one else self.tr("{n} matches measured"),
            "early": self.tr("1 early closure") if one else self.tr("{n} early closures"),
            "quiet": self.tr("1 match with no meeting in 30 days")
            if one
            else self.tr("{n} matches with no meeting in 30 days"),
            "checks": self.tr("1 line needing attention")
            if one
            else self.tr("{n} lines needing attention"),
        }[key].format(n=n)

    def open_list(self, key: str) -> None:
        db, program_id, e = self.db, self.program_id, self.evidence
        if db is None or program_id is None or e is None:
            return
        pair_ids, lines = self.ids_behind(key)
        wanted_pairs = pair_ids + [i for kind, i, _c in lines if kind == PAIR]
        wanted_people = [i for kind, i, _c in lines if kind == PERSON]
        explanation = self._explanation(key)

        def work(state: object) -> tuple[list[PairBehind], list[PersonBehind]]:
            from peerdesk.evaluation.behind import pairs_behind, people_behind

            return (
                pairs_behind(db, program_id, wanted_pairs),
                people_behind(db, program_id, wanted_people),
            )

        def show(found: tuple[list[PairBehind], list[PersonBehind]]) -> None:
            pairs = {p.id: p for p in found[0]}
            people = {p.id: p for p in found[1]}
            rows: list[BehindRow] = [self._pair_row(pairs[i]) for i in pair_ids if i in pairs]
            for kind, i, check in lines:
                if kind == PAIR and i in pairs:
                    rows.append(self._pair_row(pairs[i], check))
                elif kind == PERSON and i in people:
                    rows.append(self._person_row(people[i], check))
            self._show_list(self._title(key, len(rows)), explanation, rows)

        operations.Op(work, success=show, label=self.tr("Reading the list…"), parent=self).run()

    def _explanation(self, key: str) -> str:
        e = self.evidence
        assert e is not None
        if key == "checks":
            return self.tr("The pairs and people each practice check found, for {period}.").format(
                period=self._period_words(e.period)
            )
        measure = {
            "matches": m.ACTIVE, "length": m.MEDIAN_LENGTH, "early": m.EARLY_CLOSURES,
            "quiet": m.NO_RECENT_MEETING,
        }[key]  # fmt: skip
        if e.measures.empty:
            return self.tr("No matches in this period.")
        return e.measures[measure].how

    def _pair_row(self, pair: PairBehind, check: str = "") -> BehindRow:
        if pair.ended is not None:
            dates = f"{date_text(pair.started)} – {date_text(pair.ended)}"
            note = pair.reason or self.tr("ended (no reason recorded)")
        else:
            dates = self.tr("since {day}").format(day=date_text(pair.started))
            note = self.tr("running")
        who = self.tr("{mentor} with {mentee}").format(mentor=pair.mentor, mentee=pair.mentee)
        return BehindRow(PAIR, pair.id, who, dates, note, check)

    def _person_row(self, person: PersonBehind, check: str = "") -> BehindRow:
        from peerdesk.enums import ParticipantStatus, Role
        from ui.people.rows import role_labels, status_labels

        role = role_labels().get(Role(person.role), person.role)
        status = status_labels().get(ParticipantStatus(person.status), person.status)
        return BehindRow(PERSON, person.id, person.name, "", f"{role} · {status}", check)

    def _show_list(self, title: str, explanation: str, rows: list[BehindRow]) -> None:
        dialog = BehindDialog(title, explanation, rows, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_row.connect(self._open_row)
        dialog.open()
        self.listed.emit(dialog)

    def _open_row(self, kind: str, record_id: int) -> None:
        if kind == PAIR:
            self.open_pair.emit(record_id)
        else:
            self.open_person.emit(record_id)

    # -- comparison figures --------------------------------------------------------

    def edit_comparison(self) -> None:
        from ui.dashboard.comparison_dialog import open_comparison

        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return
        open_comparison(
            self, db, program_id, self.today(),
            saved=lambda _saved: self.reload(), opened=self.comparison_opened.emit,
        )  # fmt: skip
