"""The summary's *Group sessions* section: trainings, workshops, socials and circle
meetings, and how well they were attended.

A table of attendance per kind of session (sessions held, invitations marked, attended,
excused, absent and the rate, "–" below five marks like every rate in the summary), then
how the people invited fared: how many attended every session they were marked at, at
least half, fewer than half, or none. The summary goes to funders, so people are counted,
not named; the workbook's Attendance sheet has each person's own figures.

Only what is known is counted (:mod:`peerdesk.groups.rates`): sessions held, and the
invitations marked at them. The section is left out of the summary of a program that has
never had a group session.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from peerdesk.documents import layout
from peerdesk.evaluation.figures import MIN_N, Share
from peerdesk.exports.summary_look import Styles, percent, table
from peerdesk.groups.rates import AttendanceRates, Tally

TITLE = "Group sessions"
RULE = (
    "Attendance counts the sessions held (not cancelled, not still to come) and the "
    "people marked at them: an invitation nobody has marked yet is not counted as missed. "
    f"A rate that rests on fewer than {MIN_N} marks is not shown (–)."
)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def people_bands(rates: AttendanceRates) -> list[tuple[str, int]]:
    """The people marked at sessions held, by their own attendance rate."""
    marked = [p.tally for p in rates.people if p.tally.marked]
    every = sum(1 for t in marked if t.attended == t.marked)
    half = sum(1 for t in marked if t.attended < t.marked <= 2 * t.attended)
    none = sum(1 for t in marked if t.attended == 0)
    return [
        ("Attended every session they were marked at", every),
        ("Attended at least half, not all", half),
        ("Attended fewer than half", len(marked) - every - half - none),
        ("Attended none", none),
    ]


@dataclass
class SessionsSection:
    rates: AttendanceRates
    st: Styles
    width: float

    def _p(self, text: str, style: Any) -> Paragraph:
        return Paragraph(layout.markup(text), style)

    def _head(self, titles: list[str]) -> list[Paragraph]:
        return [
            self._p(t, self.st.head if i == 0 else self.st.head_right) for i, t in enumerate(titles)
        ]

    def _kind_row(self, name: str, held: int, t: Tally, *, bold: bool = False) -> list[Any]:
        style = self.st.cell_bold if bold else self.st.cell
        return [
            self._p(name, style), f"{held:,}", f"{t.marked:,}", f"{t.attended:,}",
            f"{t.excused:,}", f"{t.absent:,}", percent(t.rate),
        ]  # fmt: skip

    def story(self, h1: list[Flowable], h2: list[Flowable]) -> list[Flowable]:
        """The section; ``h1`` and ``h2`` are the summary's own title flowables for its
        section title and its one sub-title."""
        r, st = self.rates, self.st
        story: list[Flowable] = list(h1)
        if not r.sessions:
            story.append(self._p("No group session has been held yet.", st.body))
            return story
        unmarked = r.unmarked_sessions
        held = _plural(r.sessions, "group session was held", "group sessions were held")
        line = f"{held}; attendance was taken at {r.marked_sessions:,}"
        if unmarked:
            line += f" ({_plural(unmarked, 'is', 'are')} not marked yet)"
        story.append(self._p(line + ".", st.body))
        if r.overall.marked:
            story.append(
                self._p(
                    f"Of {_plural(r.overall.marked, 'invitation', 'invitations')} marked, "
                    f"{r.overall.attended:,} attended{r.rate.after()}, {r.overall.excused:,} "
                    f"were excused and {r.overall.absent:,} absent.",
                    st.body,
                )
            )
        titles = ["Kind of session", "Held", "Marked", "Attended", "Excused", "Absent"]
        rows: list[list[Any]] = [self._head([*titles, "Attendance"])]
        rows += [self._kind_row(k.name, k.sessions, k.tally) for k in r.kinds]
        if len(r.kinds) > 1:
            rows.append(self._kind_row("All kinds", r.sessions, r.overall, bold=True))
        w = self.width
        story.append(table(rows, [w * 0.27] + [w * 0.11] * 5 + [w * 0.18]))
        story.append(self._p(RULE, st.small))
        story += h2
        bands = people_bands(r)
        people = sum(n for _label, n in bands)
        if not people:
            story.append(self._p("Nobody has been marked at a session held yet.", st.body))
            return story
        story.append(
            self._p(
                f"{_plural(people, 'person was', 'people were')} marked at sessions held; "
                "by their own attendance:",
                st.body,
            )
        )
        band_rows: list[list[Any]] = [self._head(["People", "Number", "Share"])]
        band_rows += [
            [self._p(label, st.cell), f"{n:,}", percent(Share(n, people))] for label, n in bands
        ]
        story.append(table(band_rows, [self.width * 0.55, self.width * 0.15, self.width * 0.15]))
        return story
