"""The Program overview screen: what the program is, how it meets, who is in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from peerdesk.program.settings import ProgramSettings
from ui import icons
from ui.next_steps import SETTINGS, NextStepsBox
from ui.qt import (
    QDate,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLocale,
    QPalette,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    # Only for types: the database layer loads on the worker, after the window shows.
    from peerdesk.database import Database
    from peerdesk.program.next_steps import NextStep
    from peerdesk.program.reads import ProgramCounts


@dataclass(frozen=True)
class OverviewData:
    program_id: int
    settings: ProgramSettings
    counts: ProgramCounts
    steps: list[NextStep] = field(default_factory=list)


def load_overview(db: Database, program_id: int) -> OverviewData:
    """Everything the screen shows, read in one go (runs on the worker)."""
    from peerdesk.program import reads as programs
    from peerdesk.program.next_steps import next_steps

    return OverviewData(
        program_id,
        programs.load_settings(db, program_id),
        programs.count_records(db, program_id),
        next_steps(db, program_id),
    )


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


class Card(QFrame):
    """A titled box of facts on the overview."""

    def __init__(self, title: str, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.body = QLabel()
        self.body.setObjectName(f"{name}Text")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 14)
        layout.addWidget(heading)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def set_text(self, text: str) -> None:
        self.body.setText(text)


class ProgramOverview(QScrollArea):
    """A read-only summary of the current program, with a way into its settings and, while
    the program is new, its next steps (:mod:`ui.next_steps`)."""

    edit_requested = Signal()
    step_requested = Signal(str)  # a screen's key to open, or "settings"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programOverview")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.data: OverviewData | None = None

        self.title = QLabel()
        self.title.setObjectName("programName")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("programDates")
        self.subtitle.setWordWrap(True)
        self.edit_button = QPushButton(icons.icon("settings"), self.tr("Edit program settings…"))
        self.edit_button.setObjectName("editSettings")
        self.edit_button.clicked.connect(self.edit_requested)

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        self.next_steps = NextStepsBox()
        self.next_steps.hide()
        self.next_steps.open_requested.connect(
            lambda target: (
                self.edit_requested.emit()
                if target == SETTINGS
                else self.step_requested.emit(target)
            )
        )

        self.people = Card(self.tr("People"), "peopleCard")
        self.meetings = Card(self.tr("Meetings"), "meetingsCard")
        self.purpose = Card(self.tr("Purpose"), "purposeCard")
        self.goals = Card(self.tr("Goals"), "goalsCard")
        self.steps = Card(self.tr("Before matching"), "stepsCard")
        self.agreement = Card(self.tr("Coordinator"), "coordinatorCard")
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.purpose, 0, 0)
        grid.addWidget(self.goals, 0, 1)
        grid.addWidget(self.people, 1, 0)
        grid.addWidget(self.meetings, 1, 1)
        grid.addWidget(self.steps, 2, 0)
        grid.addWidget(self.agreement, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.next_steps)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setWidget(page)

    def show_program(self, data: OverviewData) -> None:
        self.data = data
        s, counts = data.settings, data.counts
        self.title.setText(s.name)
        self.subtitle.setText(self._subtitle(s))
        self.purpose.set_text(s.purpose.strip() or self.tr("No purpose written yet."))
        self.goals.set_text(s.goals.strip() or self.tr("No goals written yet."))
        self.people.set_text(self._people(s, counts))
        self.meetings.set_text(self._meetings(s))
        self.steps.set_text(self._steps(s))
        self.agreement.set_text(self._coordinator(s))
        self.next_steps.show_steps(data.steps)

    def _subtitle(self, s: ProgramSettings) -> str:
        from ui import labels  # the wizard's words; loaded after the window shows

        parts: list[str] = []
        if s.template is not None:
            name = labels.templates()[s.template][0].replace("&", "")
            parts.append(self.tr("{template} program").format(template=name))
        if s.organization_name.strip():
            parts.append(s.organization_name.strip())
        start, end = format_date(s.start_date), format_date(s.end_date)
        if start and end:
            parts.append(self.tr("{start} to {end}").format(start=start, end=end))
        elif start:
            parts.append(self.tr("from {start}").format(start=start))
        elif end:
            parts.append(self.tr("until {end}").format(end=end))
        else:
            parts.append(self.tr("no dates set"))
        return " · ".join(parts)

    def _count(self, n: int, one: str, other: str) -> str:
        """``1 pair`` / ``3 pairs``: the two English forms, each already translated."""
        return (one if n == 1 else other).format(n=n)

    def _people(self, s: ProgramSettings, c: ProgramCounts) -> str:
        people = self._count(
            c.participants, self.tr("{n} participant"), self.tr("{n} participants")
        )
        if c.participants == 0:
            lines = [self.tr("Nobody has joined yet.")]
        elif s.reciprocal:
            lines = [people]
        else:
            mentors = self._count(c.mentors, self.tr("{n} mentor"), self.tr("{n} mentors"))
            mentees = self._count(c.mentees, self.tr("{n} mentee"), self.tr("{n} mentees"))
            lines = [people, f"{mentors}, {mentees}"]
        if c.pairs == 0:
            lines.append(self.tr("No pairs yet."))
        else:
            pairs = self._count(c.pairs, self.tr("{n} pair"), self.tr("{n} pairs"))
            active = self.tr("{n} active").format(n=c.active_pairs)
            lines.append(f"{pairs}, {active}")
        lines.append(
            self._count(
                s.default_mentor_capacity,
                self.tr("A mentor takes up to {n} mentee."),
                self.tr("A mentor takes up to {n} mentees."),
            )
        )
        return "\n".join(lines)

    def _meetings(self, s: ProgramSettings) -> str:
        from ui import labels

        cadence = labels.cadences()[s.meeting_cadence]
        form = labels.meeting_formats()[s.meeting_format]
        checkins = labels.checkin_cadences()[s.checkin_cadence]
        return "\n".join(
            [
                self.tr("{cadence}, {minutes} minutes each").format(
                    cadence=cadence, minutes=s.meeting_length_minutes
                ),
                form,
                self.tr("Staff check-ins: {cadence}").format(cadence=checkins.lower()),
            ]
        )

    def _steps(self, s: ProgramSettings) -> str:
        required = [step.name for step in s.steps if step.required]
        optional = [step.name for step in s.steps if not step.required]
        if not s.steps:
            return self.tr("No screening or training steps.")
        lines = [self.tr("Required: {steps}").format(steps=", ".join(required))] if required else []
        if optional:
            lines.append(self.tr("Optional: {steps}").format(steps=", ".join(optional)))
        return "\n".join(lines)

    def _coordinator(self, s: ProgramSettings) -> str:
        contact = [v.strip() for v in (s.coordinator_email, s.coordinator_phone) if v.strip()]
        name = s.coordinator_name.strip()
        if not name and not contact:
            return self.tr("No coordinator named yet; agreements will leave a blank.")
        return "\n".join([name, *contact] if name else contact)
