"""The summary's *Program health* page: how long matches last, early closures, practice
checks and retention, each beside the coordinator's reference figure (issue #19).

Everything comes from :func:`peerdesk.evaluation.measures.load_evidence`; this module only
lays it out. It is printed for funders, often in black and white, so nothing relies on
colour: the curve is black and grey with dashes (:mod:`peerdesk.exports.health_chart`),
and every practice check says *Pass* or *Needs attention* in words with a mark. A period
with no match says so in one line instead of showing zeros that read like results. The
reference figures' sources go in small print at the bottom of the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from peerdesk.documents import layout, wording
from peerdesk.evaluation import measures as m
from peerdesk.evaluation.checks import PracticeCheck
from peerdesk.evaluation.measures import Evidence, Measure, Reference
from peerdesk.evaluation.measures_base import DAYS, MONTHS, PER_MONTH, PERCENT
from peerdesk.exports.health_chart import legend, match_length_chart, months_text
from peerdesk.exports.summary_look import Styles, table

TITLE = "Program health"
KM_LINE = (
    "The median and quartiles of match length are Kaplan–Meier estimates: matches still "
    "active at the end of the period are counted as censored (they have lasted at least "
    "their length so far), not as ended, and not left out."
)
NO_MATCHES_TEXT = "No matches in this period."

# The measures in the table, in the order a funder asks about them.
KEY_MEASURES = (
    m.ACTIVE,
    m.MEDIAN_LENGTH,
    m.REACHED_PLANNED,
    m.EARLY_CLOSURES,
    m.EARLY_SHARE,
    m.REMATCHES,
    m.DAYS_TO_MATCH,
    m.DAYS_TO_MEETING,
    m.MEETINGS_PER_MONTH,
    m.NO_RECENT_MEETING,
)
# Words, not colours: the page is often printed in black and white.
MARKS = {"pass": "Pass", "attention": "! Needs attention", "nothing to check": "– Nothing to check"}


def number_text(value: float, unit: str) -> str:
    """A measure's value as the summary writes numbers: ``38%``, ``7.5 months``, ``12``."""
    shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    if unit == PERCENT:
        return f"{shown}%"
    if unit == MONTHS:
        return months_text(value)
    if unit == DAYS:
        return f"{shown} day" if shown == "1" else f"{shown} days"
    return shown


def value_text(measure: Measure) -> str:
    """The value, or a dash when there is none (its note says why)."""
    if measure.value is None:
        return "–"
    text = number_text(measure.value, measure.unit)
    if measure.unit == PER_MONTH and measure.target is not None:
        text += f" (cadence: {measure.target:g})"
    return text


def reference_text(reference: Reference, unit: str) -> str:
    return number_text(reference.value, unit)


@dataclass
class Sources:
    """The reference figures' sources, each given a letter the first time it is cited."""

    found: dict[str, str]

    def mark(self, source: str) -> str:
        if not source.strip():
            return ""
        if source not in self.found:
            self.found[source] = "abcdefghij"[len(self.found) % 10]
        return self.found[source]


class HealthPage:
    """Builds the page's flowables with the summary's styles and width."""

    def __init__(self, evidence: Evidence, st: Styles, width: float) -> None:
        self.evidence = evidence
        self.st = st
        self.width = width
        self.sources = Sources({})
        self.mark = ParagraphStyle("health_mark", parent=st.cell, alignment=TA_RIGHT)
        self.mark_bold = ParagraphStyle("health_mark_b", parent=st.cell_bold, alignment=TA_RIGHT)

    def _p(self, text: str, style: Any) -> Paragraph:
        return Paragraph(layout.markup(text), style)

    def story(self) -> list[Flowable]:
        e = self.evidence
        ms = e.measures
        st = self.st
        period = e.period
        story: list[Flowable] = [self._p(TITLE, st.h1)]
        story.append(
            self._p(
                f"Period: {period.label or period.words}. Figures as of "
                f"{wording.long_date(ms.today)}.",
                st.note,
            )
        )
        if ms.empty:
            story.append(self._p(NO_MATCHES_TEXT, st.body))
        else:
            story += self._curve()
            story += self._measures()
        story += self._checks()
        story += self._retention()
        story += self._small_print()
        return story

    # -- the curve -----------------------------------------------------------------

    def _curve(self) -> list[Flowable]:
        ms = self.evidence.measures
        st = self.st
        curve = ms.curve
        median = ms[m.MEDIAN_LENGTH]
        reference = median.reference
        words = ""
        if reference is not None:
            mark = self.sources.mark(reference.source)
            words = f"Reference: {months_text(reference.value)}" + (f" ({mark})" if mark else "")
        longest = max((s.time for s in curve.steps), default=0.0)
        chart = match_length_chart(
            [(t, s) for t, s in curve.points()[1:]],
            curve.censor_marks(),
            self.width,
            62 * mm,
            median=median.value,
            reference=reference.value if reference is not None else None,
            reference_words=words,
            longest=longest,
        )
        key = legend(self.width, with_reference=reference is not None,
                     with_median=median.value is not None)  # fmt: skip
        q1, q3 = ms[m.LENGTH_Q1], ms[m.LENGTH_Q3]
        if median.value is None:
            said = "No median yet" + (
                f": {median.note.removeprefix('Not reached yet: ')}" if median.note else "."
            )
        else:
            said = f"Half of the matches lasted {months_text(median.value)} or longer"
            if q1.value is not None and q3.value is not None:
                said += (
                    f"; a quarter ended within {months_text(q1.value)}, and a quarter lasted "
                    f"{months_text(q3.value)} or longer"
                )
            said += "."
        said += (
            f" Based on {curve.n} matches active during the period: {curve.ended} ended, "
            f"{curve.censored} still active."
        )
        return [
            KeepTogether([
                self._p("How long matches last", st.h2),
                self._p(said, st.body),
                chart,
                Spacer(1, 3),
                key,
                self._p(KM_LINE, st.small),
            ])
        ]  # fmt: skip

    # -- the measures --------------------------------------------------------------

    def _measures(self) -> list[Flowable]:
        ms = self.evidence.measures
        st = self.st
        rows: list[list[Any]] = [
            [self._p(t, st.head if i == 0 else st.head_right) for i, t in enumerate(
                ["Measure", "This program", "Reference", "Based on (n)"])]
        ]  # fmt: skip
        for key in KEY_MEASURES:
            measure = ms[key]
            name = Paragraph(
                f"<b>{layout.markup(measure.name)}</b>"
                + (f"<br/>{layout.markup(measure.note)}" if measure.note else "")
                + self._breakdown(measure),
                st.cell,
            )
            reference = "–"
            if measure.reference is not None:
                mark = self.sources.mark(measure.reference.source)
                reference = reference_text(measure.reference, measure.unit) + (
                    f" ({mark})" if mark else ""
                )
            rows.append([name, value_text(measure), reference, str(measure.n)])
        w = self.width
        grid = table(rows, [w * 0.55, w * 0.17, w * 0.15, w * 0.13])
        return [
            KeepTogether([
                self._p("Key measures", st.h2),
                self._p(
                    f"Planned match length: {ms.planned.words}. A figure resting on too few "
                    "matches is left blank (–), with the reason under its name.",
                    st.small,
                ),
                grid,
            ])
        ]  # fmt: skip

    def _breakdown(self, measure: Measure) -> str:
        if measure.key != m.EARLY_CLOSURES or not measure.breakdown:
            return ""
        parts = ", ".join(f"{b.label} {b.count}" for b in measure.breakdown)
        return f"<br/>By reason: {layout.markup(parts)}"

    # -- practice checks -----------------------------------------------------------

    def _checks(self) -> list[Flowable]:
        st = self.st
        checks = self.evidence.checks
        head = ["Stage", "Check", "Number", "Result"]
        rows: list[list[Any]] = [
            [self._p(t, st.head if i < 2 else st.head_right) for i, t in enumerate(head)]
        ]
        for check in checks:
            rows.append([
                self._p(check.stage.label, st.cell),
                Paragraph(
                    f"<b>{layout.markup(check.name)}</b><br/>{layout.markup(check.sentence)}",
                    st.cell,
                ),
                self._number(check),
                self._mark(check),
            ])  # fmt: skip
        w = self.width
        attention = sum(1 for c in checks if c.status == "attention")
        summary = (
            "Every check that had something to look at passed."
            if not attention
            else f"{attention} of {len(checks)} checks need attention; the pairs or people "
            "behind each are listed in PeerDesk."
        )
        return [
            KeepTogether([
                self._p("Practice checks", st.h2),
                self._p(
                    "Each check follows a stage of the Elements of Effective Practice for "
                    f"Mentoring, in our own words. {summary}",
                    st.body,
                ),
                table(rows, [w * 0.17, w * 0.52, w * 0.1, w * 0.21], numeric_from=2),
            ])
        ]  # fmt: skip

    def _number(self, check: PracticeCheck) -> str:
        if check.value is not None:
            return number_text(check.value, check.unit)
        return "–"

    def _mark(self, check: PracticeCheck) -> Paragraph:
        attention = check.status == "attention"
        return Paragraph(MARKS[check.status], self.mark_bold if attention else self.mark)

    # -- retention -----------------------------------------------------------------

    def _retention(self) -> list[Flowable]:
        st = self.st
        rows: list[list[Any]] = [
            [self._p(t, st.head if i == 0 else st.head_right) for i, t in enumerate(
                ["Who stays", "Share", "Of (n)"])]
        ]  # fmt: skip
        for measure in self.evidence.retention:
            rows.append([
                Paragraph(
                    f"<b>{layout.markup(measure.name)}</b>"
                    + (f"<br/>{layout.markup(measure.note)}" if measure.note else ""),
                    st.cell,
                ),
                value_text(measure),
                str(measure.n),
            ])  # fmt: skip
        w = self.width
        return [
            KeepTogether([
                self._p("Retention", st.h2),
                table(rows, [w * 0.62, w * 0.19, w * 0.19]),
            ])
        ]  # fmt: skip

    # -- small print ---------------------------------------------------------------

    def _small_print(self) -> list[Flowable]:
        if not self.sources.found:
            return [
                self._p(
                    "No reference figures have been entered for this program: the coordinator "
                    "can add them under Program settings → Comparison.",
                    self.st.small,
                )
            ]
        lines = [f"({mark}) {layout.markup(source)}" for source, mark in self.sources.found.items()]
        return [BottomNote(Paragraph("Reference figures: " + "<br/>".join(lines), self.st.small))]


class BottomNote(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Small print set at the bottom of the page it lands on, below the last table."""

    def __init__(self, paragraph: Paragraph) -> None:
        super().__init__()
        self.paragraph = paragraph
        self._needed = 0.0
        self._height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _w, needed = self.paragraph.wrap(avail_width, avail_height)
        self._needed = needed + 6
        self._height = max(self._needed, avail_height - 1)
        self.width = avail_width
        return avail_width, self._height

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, 0)
