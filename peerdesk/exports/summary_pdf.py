"""The program summary for leadership and funders, as a PDF.

A cover with the program period and the key numbers; then participation (the
funnel, meetings per month with those not logged yet, how pairs ended); group
sessions and their attendance, for a program that holds any
(:mod:`peerdesk.exports.sessions_section`); outcomes (before and after, each with
its plain sentence, how people answered, satisfaction); the breakdown by group
(small groups hidden); and each stated goal with the figure that answers it. Every figure comes from
:mod:`peerdesk.evaluation.figures` (one rounding rule), every percentage has
its n and none is shown below n = 5, and a section with no data says so in one
line. Sections follow on from each other (a new page only when less than ~40%
of one is left), so no page is left nearly blank. Set in the documents'
typeface and colours (:mod:`peerdesk.documents.layout`), with every piece of
user text escaped.
"""

from __future__ import annotations

import io
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.database import Database
from peerdesk.documents import fonts, layout, wording
from peerdesk.documents.layout import ACCENT, TINT, Paper
from peerdesk.enums import SurveyKind
from peerdesk.evaluation.figures import (
    MIN_N,
    TOO_FEW,
    Share,
    held_words,
    hours_text,
    logged_caveat,
    round_half_up,
    too_few,
    unlogged_by_month_words,
)
from peerdesk.evaluation.groups import MIN_GROUP
from peerdesk.evaluation.likert import LABELS
from peerdesk.evaluation.measures import Evidence, Period, load_evidence
from peerdesk.evaluation.stats import format_p
from peerdesk.exports import charts
from peerdesk.exports.health_page import TITLE as HEALTH
from peerdesk.exports.health_page import HealthPage
from peerdesk.exports.sessions_section import TITLE as SESSIONS
from peerdesk.exports.sessions_section import SessionsSection
from peerdesk.exports.summary_data import HELPED, SummaryData, load_summary
from peerdesk.exports.summary_look import (
    NumberedCanvas,
    number,
    one_decimal,
    percent,
    signed,
    styles,
    table,
)
from peerdesk.output_files import check_targets, write_file
from peerdesk.progress import Progress

TITLE = "Program summary"


SECTIONS = ("Participation", SESSIONS, "Outcomes", "By group", "Goals and what happened", HEALTH)


class SummaryWriter:
    def __init__(
        self, data: SummaryData, *, paper: Paper = Paper.A4, evidence: Evidence | None = None
    ) -> None:
        fonts.register_fonts()
        self.data = data
        self.evidence = evidence
        self.paper = paper
        self.st = styles()
        self.width = paper.size[0] - 2 * layout.MARGIN_SIDE
        self.height = paper.size[1] - layout.MARGIN_TOP - 4 * mm - layout.MARGIN_BOTTOM

    def _p(self, text: str, style: Any) -> Paragraph:
        return Paragraph(layout.markup(text), style)

    def _bullets(self, items: list[str]) -> list[Flowable]:
        return [Paragraph(layout.markup(item), self.st.bullet, bulletText="•") for item in items]

    def _head(self, titles: list[str]) -> list[Paragraph]:
        """A table's header row: the first title left, the numbers' titles right."""
        return [
            self._p(t, self.st.head if i == 0 else self.st.head_right) for i, t in enumerate(titles)
        ]

    def _h1(self, text: str) -> list[Flowable]:
        """A section's title: on a new page only when less than ~40% of this one is left,
        so no page is left nearly blank between sections."""
        return [CondPageBreak(self.height * 0.4), self._p(text, self.st.h1)]

    def _h2(self, text: str) -> list[Flowable]:
        return [CondPageBreak(60 * mm), self._p(text, self.st.h2)]

    # -- the cover ---------------------------------------------------------------------

    def _tiles(self) -> Table:
        f = self.data.figures
        m = f.meetings
        s = f.satisfaction
        ended = f.pairs_completed + f.pairs_ended_early

        def few(share: Share, of: str) -> str:
            return "" if share.shown or not share.n else f"; {too_few(of)}"

        tiles = [
            (number(f.people), "people took part"),
            (
                percent(f.matched_share),
                f"have been matched ({f.matched} of {f.matchable} people"
                f"{few(f.matched_share, 'people')})",
            ),
            (
                number(f.pairs_active),
                f"pairs active now ({f.pairs_with_unlogged} with past meetings not logged yet)",
            ),
            (
                percent(f.completion),
                f"of ended pairs completed ({f.pairs_completed} of {ended} pairs"
                f"{few(f.completion, 'pairs')})",
            ),
            (number(m.held), f"meetings held · {m.unlogged:,} not logged yet"),
            (hours_text(m.minutes), "hours of mentoring, from held meetings"),
            (
                "–" if s.mean is None or s.n < MIN_N else f"{s.mean}",
                f"average satisfaction out of 5 (n = {s.n}"
                f"{'; ' + TOO_FEW if 0 < s.n < MIN_N else ''})",
            ),
            (
                percent(m.attendance),
                f"of logged meetings held ({m.held} of {m.logged}{few(m.attendance, 'meetings')})",
            ),
        ]
        cells = [
            [self._p(figure, self.st.tile_number), self._p(label, self.st.tile_label)]
            for figure, label in tiles
        ]
        across = 4
        rows = [cells[i : i + across] for i in range(0, len(cells), across)]
        gap = 5
        tile_width = (self.width - gap * (across - 1)) / across
        grid = Table(rows, colWidths=[tile_width] * across, rowHeights=[27 * mm] * len(rows))
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("LINEABOVE", (0, 0), (-1, -1), 2, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ]
        grid.setStyle(TableStyle(commands))
        return grid

    def _cover(self) -> list[Flowable]:
        s = self.data.settings
        f = self.data.figures
        story: list[Flowable] = []
        org = s.organization_name.strip()
        header = Table(
            [[self._p(org.upper() if org else " ", self.st.org)]], colWidths=[self.width]
        )
        header.setStyle(
            TableStyle([
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
            ])
        )  # fmt: skip
        story += [header, Spacer(1, 22 * mm)]
        story.append(self._p(TITLE.upper(), self.st.kicker))
        story.append(self._p(s.name, self.st.title))
        story.append(self._p(f"Program period: {f.period_words}", self.st.subtitle))
        prepared = f"Prepared on {wording.long_date(self.data.today)}"
        if s.coordinator_name.strip():
            prepared += f" by {s.coordinator_name.strip()}, program coordinator"
        story += [self._p(prepared + ".", self.st.note), Spacer(1, 10 * mm)]
        story += [self._p("Key numbers", self.st.h2), self._tiles()]
        story.append(self._p(logged_caveat(f.meetings), self.st.small))
        story.append(Spacer(1, 5 * mm))
        highlights = [r.sentence for r in self.data.results if r.n >= MIN_N]
        helped = next(
            (x for x in self.data.distributions if x.label.casefold() == HELPED.casefold() and x.n),
            None,
        )
        if helped is not None:
            share = Share(helped.agreeing, helped.n)
            highlights.append(
                f"{share.text('answers')} agree or strongly agree that the program helped them."
                if share.shown
                else f"That the program helped them: {share.text('answers')}."
            )
        if self.data.recommend.n:
            share = self.data.recommend
            highlights.append(
                f"{share.text('answers')} would recommend the program."
                if share.shown
                else f"Would recommend the program: {share.text('answers')}."
            )
        if highlights:
            story += [self._p("Highlights", self.st.h2), *self._bullets(highlights[:5])]
        if s.purpose.strip():
            story += [self._p("Purpose", self.st.h2), self._p(s.purpose.strip(), self.st.body)]
        return story

    # -- participation -----------------------------------------------------------------

    def _participation(self) -> list[Flowable]:
        d = self.data.dashboard
        f = self.data.figures
        m = f.meetings
        st = self.st
        story: list[Flowable] = self._h1("Participation")
        story += self._h2("From application to completion")
        story.append(
            self._p(
                "Each bar counts people: everyone who applied; those who reached “ready”; "
                "those who have been matched, now or earlier; and those whose pair completed "
                "the program. The share beside a bar is of everyone who applied.",
                st.body,
            )
        )
        story.append(charts.funnel([(s.label, s.count) for s in d.funnel], self.width))
        story += self._h2("Meetings per month")
        if not m.held and not m.unlogged:
            story.append(self._p("No meeting has been logged as held yet.", st.body))
        else:
            months = f.per_month
            story.append(
                charts.column_chart(
                    [x.short_label if len(months) > 6 else x.label for x in months],
                    [x.count for x in months],
                    self.width,
                    58 * mm,
                    empty_text="No meeting has been logged as held yet.",
                )
            )
            story.append(self._p("Bars: meetings held in each month.", st.small))
            lines = [
                f"Meetings: {held_words(m)}. Of {m.logged:,} logged meetings, {m.held:,} were "
                f"held{m.attendance.after()}, {m.cancelled:,} cancelled and {m.no_show:,} "
                "no-shows.",
                f"{hours_text(m.minutes)} hours of mentoring (each held meeting's logged "
                "length, or its planned length where none was logged).",
                logged_caveat(m),
            ]
            by_month = unlogged_by_month_words(months)
            if by_month:
                lines.append(by_month)
            story += self._bullets(lines)
        story += self._h2("How pairs ended")
        if not f.pairs_ended:
            story.append(self._p("No pair has ended yet.", st.body))
            return story
        ended = f.pairs_completed + f.pairs_ended_early
        story.append(
            self._p(
                f"{f.pairs_completed} of {ended} pairs that ended completed the program "
                f"({f.completion.text('pairs') if f.completion.shown else too_few('pairs')}); "
                f"{f.pairs_ended_early} ended early.",
                st.body,
            )
        )
        rows: list[list[Any]] = [self._head(["Why pairs ended", "Pairs that ended this way"])]
        rows += [[self._p(reason, st.cell), str(n)] for reason, n in self.data.end_reasons]
        story.append(table(rows, [self.width * 0.6, self.width * 0.25]))
        return story

    # -- outcomes ----------------------------------------------------------------------

    def _outcomes(self) -> list[Flowable]:
        st = self.st
        story: list[Flowable] = self._h1("Outcomes")
        measured = [r for r in self.data.results if r.n > 0]
        story += self._h2("Before and after the program")
        if not measured:
            story.append(
                self._p(
                    "Nobody has answered both the pre-program and the post-program "
                    "assessment yet, so there is no before and after to compare.",
                    st.body,
                )
            )
        else:
            story.append(
                self._p(
                    "Each person answered the same questions before the program and after it "
                    "(1 = strongly disagree, 5 = strongly agree). Only people who answered "
                    f"both times are counted; a measure fewer than {MIN_N} people answered "
                    "both times is listed but not summed up.",
                    st.body,
                )
            )
            head = ["Measure", "People who answered both", "Average before", "Average after",
                    "Change in the average", "p-value", "Effect size"]  # fmt: skip
            rows: list[list[Any]] = [self._head(head)]
            for r in measured:
                rows.append([
                    self._p(r.measure, st.cell_bold), str(r.n),
                    one_decimal(r.mean_before), one_decimal(r.mean_after),
                    signed(r.mean_change), format_p(r.p).removeprefix("p ").lstrip("= ") or "–",
                    "–" if r.effect_size is None else f"{r.effect_size:.2f} ({r.effect_words})",
                ])  # fmt: skip
            w = self.width
            story.append(
                table(rows, [w * 0.24, w * 0.13, w * 0.1, w * 0.1, w * 0.12, w * 0.1, w * 0.21])
            )
            story.append(Spacer(1, 6))
            story += self._bullets([r.sentence for r in measured if r.n >= MIN_N])
            not_yet = [r.measure for r in self.data.results if r.n == 0]
            if not_yet:
                listed = ", ".join(not_yet)
                story.append(
                    self._p(
                        f"Not measured yet (no one answered before and after): {listed}.", st.small
                    )
                )
        later = [
            x
            for x in self.data.distributions
            if x.kind in (SurveyKind.CHECKIN, SurveyKind.POST, SurveyKind.CLOSING) and x.n
        ]
        story += self._h2("How people answered")
        if not later:
            story.append(
                self._p(
                    "Nobody has answered an agree–disagree question at a check-in, after the "
                    "program or at closing yet.",
                    st.body,
                )
            )
        else:
            story.append(
                charts.likert_bars(
                    [
                        (f"{x.label} ({KIND_WORDS[x.kind]})" if x.kind else x.label, x.counts)
                        for x in later
                    ],
                    self.width,
                    LABELS,
                    min_n=MIN_N,
                )
            )
            story.append(
                self._p(
                    "On the right: the share of answers that agree or strongly agree, and how "
                    f"many answers it rests on (n); below {MIN_N} answers no share is shown. "
                    "Every answer counts, so a person who answered two check-ins counts twice.",
                    st.small,
                )
            )
        s = self.data.figures.satisfaction
        story += self._h2("Satisfaction with the match")
        if not s.n:
            story.append(self._p("Nobody has rated their match yet.", st.body))
        elif s.n < MIN_N:
            story.append(
                self._p(
                    f"{s.n} answer{'' if s.n == 1 else 's'} so far: {TOO_FEW} "
                    f"(at least {MIN_N} are needed).",
                    st.body,
                )
            )
        else:
            story.append(
                charts.column_chart(
                    ["Strongly\ndisagree", "Disagree", "Neutral", "Agree", "Strongly\nagree"],
                    list(s.counts),
                    self.width * 0.7,
                    48 * mm,
                    empty_text="Nobody has rated their match yet.",
                    colours=charts.LIKERT_COLOURS,
                )
            )
            story.append(
                self._p(
                    f"Average {s.mean} out of 5 (n = {s.n} answers from check-ins and closing "
                    f"surveys); {s.agreeing.text('answers')} agree or strongly agree that they "
                    "are satisfied with their match.",
                    st.small,
                )
            )
        if not measured:
            return story  # no p-values or effect sizes to explain
        story += self._h2("Reading these numbers")
        story.append(
            self._p(
                "The p-value is the chance of seeing a change at least this large if the "
                "program had made no difference: below 0.05 is usually taken to mean the change "
                "is unlikely to be chance. Agree–disagree answers are tested with the Wilcoxon "
                "signed-rank test, numbers with the paired t-test. The effect size (Cohen's d) "
                "says how large the change is next to how much people differ: about 0.2 is "
                "small, 0.5 medium, 0.8 or more large.",
                st.small,
            )
        )
        return story

    # -- groups ------------------------------------------------------------------------

    def _group_table(self, b: Any, measures: list[str]) -> Table | None:
        """A breakdown's table, or None when every figure in it would be a dash."""
        st = self.st
        head = ["Group", "People", "Pairs completed, of those ended", "Average satisfaction (1–5)",
                *(f"Change in average {m.lower()}" for m in measures)]  # fmt: skip
        rows: list[list[Any]] = [self._head(head)]
        any_figure = False
        for row in b.rows:
            changes = [row.changes.get(m) for m in measures]
            if row.completed is None or row.ended_early is None:
                completed = "–"
            else:
                share = Share(row.completed, row.completed + row.ended_early)
                completed = share.text() if share.shown else f"{share.part} of {share.n}"
            cells = [
                completed,
                one_decimal(row.satisfaction),
                *(signed(c.mean_change if c else None) for c in changes),
            ]
            any_figure = any_figure or any(c != "–" for c in cells)
            rows.append([self._p(row.group, st.cell_bold), str(row.people), *cells])
        if not any_figure:
            return None
        w = self.width
        first = w * 0.26
        rest = (w - first) / (len(head) - 1)
        return table(rows, [first] + [rest] * (len(head) - 1))

    def _groups(self) -> list[Flowable]:
        st = self.st
        story: list[Flowable] = self._h1("By group")
        shown = [b for b in self.data.breakdowns if b.recorded]
        if not shown:
            story.append(
                self._p(
                    "No department, cohort or gender has been recorded for the participants, "
                    "so there is no breakdown by group.",
                    st.body,
                )
            )
            return story
        story.append(
            self._p(
                "The same results for each department, cohort and gender where people recorded "
                f"them, so that gaps show. To keep people anonymous, a group of fewer than "
                f"{MIN_GROUP} people is not shown, and a figure that rests on fewer than "
                f"{MIN_GROUP} people is left blank (–).",
                st.body,
            )
        )
        measures = [r.measure for r in self.data.results if r.n >= MIN_GROUP][:2]
        for b in shown:
            block: list[Flowable] = [self._p(b.dimension, st.h2)]
            grid = self._group_table(b, measures) if b.rows else None
            if grid is not None:
                block.append(grid)
            else:
                block.append(
                    self._p(
                        f"No {b.dimension.lower()} has enough people yet to show its figures.",
                        st.body,
                    )
                )
            note = b.note()
            if note:
                block.append(self._p(note[0].upper() + note[1:], st.small))
            story.append(KeepTogether(block))
        return story

    # -- goals -------------------------------------------------------------------------

    def _goals(self) -> list[Flowable]:
        st, d = self.st, self.data.dashboard
        f = self.data.figures
        m = f.meetings
        story: list[Flowable] = self._h1("Goals and what happened")
        story += self._h2("The program's goals, and the figure that answers each")
        checks = self.data.goal_checks
        if not checks:
            story.append(self._p("The program's goals have not been written down.", st.body))
        for check in checks:
            story.append(
                Paragraph(
                    f"<b>{layout.markup(check.goal)}</b><br/>{layout.markup(check.answer)}",
                    st.bullet,
                    bulletText="•",
                )
            )
        story += self._h2("What happened")
        facts = [
            f"{f.people} people took part; {f.matched} of {f.matchable} have been matched with "
            f"a partner{f.matched_share.after()}.",
        ]
        ended = f.pairs_completed + f.pairs_ended_early
        if ended:
            facts.append(
                f"{f.pairs_completed} of {ended} pairs that have ended completed the program "
                f"({f.completion.text('pairs') if f.completion.shown else too_few('pairs')})."
            )
        if d.active_pairs:
            facts.append(
                "1 pair is active now."
                if d.active_pairs == 1
                else f"{d.active_pairs} pairs are active now."
            )
        held = (
            f"{m.held:,} of {m.logged:,} logged meetings were held{m.attendance.after()}."
            if m.logged
            else "No meeting has been logged yet."
        )
        facts.append(
            f"Meetings: {held_words(m)}; {hours_text(m.minutes)} hours of mentoring. {held}"
        )
        facts += [x.sentence for x in self.data.results if x.n >= MIN_N]
        s = f.satisfaction
        if s.n >= MIN_N:
            facts.append(
                f"Participants rated their match {s.mean} out of 5 on average (n = {s.n})."
            )
        story += self._bullets(facts)
        goals = self.data.goals
        story += self._h2("The pairs' own goals")
        if not goals:
            story.append(self._p("No pair has recorded goals yet.", st.body))
        else:
            pairs = len({g.pair_id for g in goals})
            reached = Share(sum(1 for g in goals if g.done), len(goals))
            average = round_half_up(Fraction(sum(g.progress for g in goals), len(goals)), 0)
            story.append(
                self._p(
                    f"{pairs} pairs set {len(goals)} goals between them; {reached.part} of "
                    f"{reached.n} were fully reached{reached.after()}, and progress averaged "
                    f"{average}%.",
                    st.body,
                )
            )
        return story

    # -- the document ------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        return [
            *self._cover(),
            NextPageTemplate("page"),
            PageBreak(),
            *self._participation(),
            *self._sessions(),
            *self._outcomes(),
            *self._groups(),
            *self._goals(),
            *self._health(),
        ]

    def _sessions(self) -> list[Flowable]:
        """Group sessions and their attendance (issue #22), for a program that has any."""
        if self.data.sessions is None:
            return []
        section = SessionsSection(self.data.sessions, self.st, self.width)
        return section.story(self._h1(SESSIONS), self._h2("Who came"))

    def _health(self) -> list[Flowable]:
        """Program health (issue #19) on a page of its own: the curve, measures and checks."""
        if self.evidence is None:
            return []
        return [PageBreak(), *HealthPage(self.evidence, self.st, self.width).story()]

    def build(self) -> bytes:
        out = io.BytesIO()
        s = self.data.settings
        doc = BaseDocTemplate(
            out,
            pagesize=self.paper.size,
            leftMargin=layout.MARGIN_SIDE,
            rightMargin=layout.MARGIN_SIDE,
            topMargin=layout.MARGIN_TOP + 4 * mm,
            bottomMargin=layout.MARGIN_BOTTOM,
            title=f"{TITLE} — {s.name}",
            author=s.organization_name or s.name,
            creator=layout.CREATOR,
            subject="Mentoring program summary",
            initialFontName=fonts.REGULAR,
            lang="en",  # the summary is written in English; see layout.py on the rest
            displayDocTitle=True,
        )
        frame = layout.body_frame(doc)
        doc.addPageTemplates([PageTemplate("cover", [frame]), PageTemplate("page", [frame])])
        footer = f"{s.name} — {TITLE.lower()}, {wording.long_date(self.data.today)}"

        class Numbered(NumberedCanvas):
            footer_text = footer

        doc.build(self.story(), canvasmaker=Numbered)
        return out.getvalue()


KIND_WORDS = {
    SurveyKind.PRE: "before",
    SurveyKind.CHECKIN: "check-ins",
    SurveyKind.POST: "after",
    SurveyKind.CLOSING: "closing",
}


def summary_pdf(
    db: Database,
    program_id: int,
    *,
    paper: Paper = Paper.A4,
    today: date | None = None,
    progress: Progress | None = None,
    period: Period | None = None,
) -> bytes:
    """The summary; its Program health page covers ``period`` (default: the program's cycle)."""
    if progress is not None:
        progress.set_progress(0, 2, "Reading the program")
    data = load_summary(db, program_id, today=today)
    evidence = load_evidence(db, program_id, period, today=data.today)
    if progress is not None:
        progress.check()
        progress.set_progress(1, 2, "Laying out the pages")
    return SummaryWriter(data, paper=paper, evidence=evidence).build()


def save_summary(
    db: Database,
    program_id: int,
    out: Path | str,
    *,
    overwrite: bool = False,
    paper: Paper = Paper.A4,
    today: date | None = None,
    progress: Progress | None = None,
    period: Period | None = None,
) -> Path:
    """Write the summary to ``out``; refuses to replace a file unless ``overwrite``."""
    out = Path(out).expanduser()
    check_targets([out], overwrite=overwrite)
    data = summary_pdf(db, program_id, paper=paper, today=today, progress=progress, period=period)
    return write_file(out, data, overwrite=overwrite)
