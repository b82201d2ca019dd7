"""The last page: everything chosen, in sentences, before Finish."""

from __future__ import annotations

from datetime import date
from html import escape

from peerdesk.enums import StepKind
from peerdesk.program.settings import AGREEMENT_FIELDS, MUST_MATCH_WEIGHT, ProgramSettings
from ui import labels
from ui.qt import QCoreApplication, QTextBrowser, QVBoxLayout, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _date(value: date) -> str:
    return f"{value.day} {value.strftime('%b %Y')}"


def _runs(start: date | None, end: date | None) -> str:
    if start and end:
        return f"{_date(start)} – {_date(end)}"
    if start:
        return tr("from {start}; no end date yet").format(start=_date(start))
    if end:
        return tr("until {end}; no start date yet").format(end=_date(end))
    return tr("no dates yet")


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>") if value.strip() else "<i>" + tr("none") + "</i>"


def _section(title: str, rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td width='190' valign='top'><b>{escape(k)}</b></td><td>{v}</td></tr>"
        for k, v in rows
    )
    return f"<h3>{escape(title)}</h3><table cellspacing='2'>{cells}</table>"


def summary_html(settings: ProgramSettings) -> str:
    s = settings
    template = labels.templates().get(s.template) if s.template else None
    basics = [
        (tr("Name"), _text(s.name)),
        (tr("Organization"), _text(s.organization_name)),
        (tr("Kind"), escape(template[0].replace("&", "")) if template else tr("custom")),
        (tr("Purpose"), _text(s.purpose)),
        (tr("Goals"), _text(s.goals)),
        (tr("Runs"), escape(_runs(s.start_date, s.end_date))),
    ]
    meetings = [
        (tr("Pairs meet"), escape(labels.cadences()[s.meeting_cadence].lower())),
        (tr("For"), escape(tr("{n} minutes").format(n=s.meeting_length_minutes))),
        (tr("Format"), escape(labels.meeting_formats()[s.meeting_format].lower())),
        (tr("Staff check-ins"), escape(labels.checkin_cadences()[s.checkin_cadence].lower())),
        (
            tr("Needs attention"),
            escape(
                tr("after {w} weeks without a meeting or {m} missed meetings in a row").format(
                    w=s.attention_no_meeting_weeks, m=s.attention_missed_in_row
                )
            ),
        ),
    ]
    steps = []
    for step in s.steps:
        detail = labels.step_kinds()[step.kind].lower()
        if step.kind is StepKind.TRAINING and step.hours:
            detail += tr(", {h:g} hours").format(h=step.hours)
        detail += "" if step.required else tr(", optional")
        steps.append(f"{escape(step.name)} ({escape(detail)})")
    people = [
        (tr("Mentees per mentor"), str(s.default_mentor_capacity)),
        (tr("Peers mentor each other"), tr("yes") if s.reciprocal else tr("no")),
        (tr("Who can take part"), _text(s.eligibility_notes)),
        (tr("Steps before matching"), "<br>".join(steps) or "<i>" + tr("none") + "</i>"),
    ]
    weights = []
    for c in s.criteria:
        if not c.enabled:
            continue
        weight = tr("must match") if c.weight >= MUST_MATCH_WEIGHT else str(c.weight)
        weights.append(f"{escape(labels.criterion(c.key))}: {escape(weight)}")
    matching = [
        (tr("Criteria and weights"), "<br>".join(weights) or "<i>" + tr("none") + "</i>"),
        (tr("Department"), escape(labels.department_rules()[s.department_rule])),
        (
            tr("Experience gap"),
            escape(
                tr("mentor {a:g} to {b:g} years ahead").format(
                    a=s.experience_gap_min, b=s.experience_gap_max
                )
            ),
        ),
        (tr("Aim for"), escape(labels.objectives()[s.matching_objective])),
    ]
    titles = {
        "agreement_expectations": tr("Expectations"),
        "agreement_confidentiality": tr("Confidentiality"),
        "agreement_boundaries": tr("Boundaries and referral"),
        "agreement_no_fault": tr("No-fault ending"),
    }
    contact = ", ".join(
        x for x in (s.coordinator_name, s.coordinator_email, s.coordinator_phone) if x.strip()
    )
    agreement = [(titles[key], _text(getattr(s, key))) for key in AGREEMENT_FIELDS]
    agreement += [
        (tr("Guardian signature line"), tr("yes") if s.guardian_signature else tr("no")),
        (tr("Coordinator"), _text(contact)),
    ]
    return "".join(
        [
            _section(tr("The program"), basics),
            _section(tr("Meetings"), meetings),
            _section(tr("People"), people),
            _section(tr("Matching"), matching),
            _section(tr("Agreement"), agreement),
        ]
    )


class ReviewView(QWidget):
    """A read-only summary of a :class:`ProgramSettings`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("review")
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)

    def show_settings(self, settings: ProgramSettings) -> None:
        self.browser.setHtml(summary_html(settings))

    def text(self) -> str:
        return self.browser.toPlainText()
