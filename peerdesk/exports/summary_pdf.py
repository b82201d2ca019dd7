"""The program summary for leadership and funders, as a PDF.

A cover with the key numbers and the headlines; then participation (the
funnel, meetings per month, how pairs ended); outcomes (before and after,
each with its plain sentence, how people answered, satisfaction); the
breakdown by group (small groups hidden); and the program's goals against
what happened. Set in the documents' typeface and colours
(:mod:`peerdesk.documents.layout`), with every piece of user text escaped.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
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
from peerdesk.evaluation.groups import MIN_GROUP
from peerdesk.evaluation.likert import LABELS
from peerdesk.evaluation.stats import format_p
from peerdesk.exports import charts
from peerdesk.exports.summary_data import HELPED, SummaryData, load_summary
from peerdesk.exports.summary_look import (
    NumberedCanvas,
    hours,
    number,
    percent,
    signed,
    styles,
    table,
)
from peerdesk.output_files import check_targets, write_file
from peerdesk.progress import Progress

TITLE = "Program summary"


class SummaryWriter:
    def __init__(self, data: SummaryData, *, paper: Paper = Paper.A4) -> None:
        fonts.register_fonts()
        self.data = data
        self.paper = paper
        self.st = styles()
        self.width = paper.size[0] - 2 * layout.MARGIN_SIDE

    def _p(self, text: str, style: Any) -> Paragraph:
        return Paragraph(layout.markup(text), style)

    def _bullets(self, items: list[str]) -> list[Flowable]:
        return [Paragraph(layout.markup(item), self.st.bullet, bulletText="•") for item in items]

    def _head(self, titles: list[str]) -> list[Paragraph]:
        """A table's header row: the first title left, the numbers' titles right."""
        return [
            self._p(t, self.st.head if i == 0 else self.st.head_right) for i, t in enumerate(titles)
        ]

    def _h2(self, text: str) -> list[Flowable]:
        return [CondPageBreak(60 * mm), self._p(text, self.st.h2)]

    # -- the cover ---------------------------------------------------------------------

    def _tiles(self) -> Table:
        d = self.data.dashboard
        satisfaction = "–" if d.satisfaction is None else f"{d.satisfaction:.1f}"
        matched = percent(d.matched_share)
        ended = d.completed_pairs + d.ended_early_pairs
        tiles = [
            (number(d.participants), "people took part"),
            (matched, f"matched ({d.matched} of {d.matchable})"),
            (number(d.active_pairs), "pairs meeting now"),
            (
                percent(d.completed_pairs / ended) if ended else "–",
                f"of ended pairs completed ({d.completed_pairs} of {ended})",
            ),
            (number(d.meetings_held), "meetings held"),
            (hours(d.mentor_hours), "hours of mentoring"),
            (satisfaction, f"average satisfaction out of 5 (n = {d.satisfaction_n})"),
        ]
        yes, answered = self.data.recommend
        if answered:
            tiles.append((percent(yes / answered), f"would recommend it ({yes} of {answered})"))
        else:
            tiles.append((number(d.ended_pairs), "pairs have ended"))
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
        story += [header, Spacer(1, 30 * mm)]
        story.append(self._p(TITLE.upper(), self.st.kicker))
        story.append(self._p(s.name, self.st.title))
        if s.start_date and s.end_date:
            when = f"{wording.long_date(s.start_date)} – {wording.long_date(s.end_date)}"
        elif s.start_date:
            when = f"From {wording.long_date(s.start_date)}"
        else:
            when = ""
        if when:
            story.append(self._p(when, self.st.subtitle))
        prepared = f"Prepared on {wording.long_date(self.data.today)}"
        if s.coordinator_name.strip():
            prepared += f" by {s.coordinator_name.strip()}, program coordinator"
        story += [self._p(prepared + ".", self.st.note), Spacer(1, 14 * mm)]
        story += [self._p("Key numbers", self.st.h2), self._tiles(), Spacer(1, 8 * mm)]
        highlights = [r.sentence for r in self.data.results if r.n >= 2]
        helped = next(
            (x for x in self.data.distributions if x.label.casefold() == HELPED.casefold() and x.n),
            None,
        )
        if helped is not None:
            highlights.append(
                f"{percent(helped.share_agreeing)} agree or strongly agree that the program "
                f"helped them ({helped.agreeing} of {helped.n})."
            )
        if highlights:
            story += [self._p("Highlights", self.st.h2), *self._bullets(highlights[:5])]
        if s.purpose.strip():
            story += [self._p("Purpose", self.st.h2), self._p(s.purpose.strip(), self.st.body)]
        return story

    # -- participation -----------------------------------------------------------------

    def _participation(self) -> list[Flowable]:
        d = self.data.dashboard
        story: list[Flowable] = [self._p("Participation", self.st.h1)]
        story += self._h2("From application to completion")
        story.append(
            self._p(
                "How many people reached each step: everyone who applied, those ready to be "
                "matched, those who were matched, and those whose pair completed the program.",
                self.st.body,
            )
        )
        story.append(charts.funnel([(f.label, f.count) for f in d.funnel], self.width))
        story += self._h2("Meetings held per month")
        months = d.per_month
        story.append(
            charts.column_chart(
                [m.short_label if len(months) > 6 else m.label for m in months],
                [m.count for m in months],
                self.width,
                62 * mm,
                empty_text="No meetings have been logged as held yet.",
            )
        )
        story.append(
            self._p(
                f"{number(d.meetings_held)} meetings held in all, "
                f"{hours(d.mentor_hours)} hours of mentoring "
                "(each meeting's logged length, or its planned length where none was logged).",
                self.st.small,
            )
        )
        story += self._h2("How pairs ended")
        r = self.data.retention
        if not r.ended:
            story.append(self._p("No pair has ended yet.", self.st.body))
            return story
        story.append(
            self._p(
                f"{r.completed} of {r.ended} pairs that ended completed the program "
                f"({percent(r.completion_rate)}); {r.ended_early} ended early.",
                self.st.body,
            )
        )
        rows: list[list[Any]] = [self._head(["Why pairs ended", "Pairs"])]
        rows += [[self._p(reason, self.st.cell), str(n)] for reason, n in self.data.end_reasons]
        story.append(table(rows, [self.width * 0.6, self.width * 0.15]))
        return story

    # -- outcomes ----------------------------------------------------------------------

    def _outcomes(self) -> list[Flowable]:
        st = self.st
        story: list[Flowable] = [self._p("Outcomes", st.h1)]
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
                    "both times are counted.",
                    st.body,
                )
            )
            head = ["Measure", "People", "Before", "After", "Change", "p", "Effect size"]
            rows: list[list[Any]] = [self._head(head)]
            for r in measured:
                rows.append([
                    self._p(r.measure, st.cell_bold), str(r.n),
                    "–" if r.mean_before is None else f"{r.mean_before:.1f}",
                    "–" if r.mean_after is None else f"{r.mean_after:.1f}",
                    signed(r.mean_change), format_p(r.p).removeprefix("p ").lstrip("= ") or "–",
                    "–" if r.effect_size is None else f"{r.effect_size:.2f} ({r.effect_words})",
                ])  # fmt: skip
            w = self.width
            story.append(
                table(rows, [w * 0.3, w * 0.1, w * 0.1, w * 0.1, w * 0.1, w * 0.1, w * 0.2])
            )
            story.append(Spacer(1, 6))
            story += self._bullets([r.sentence for r in measured])
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
        story.append(
            charts.likert_bars(
                [
                    (f"{x.label} ({KIND_WORDS[x.kind]})" if x.kind else x.label, x.counts)
                    for x in later
                ],
                self.width,
                LABELS,
            )
        )
        story.append(
            self._p(
                "The figure on the right is the share who agree or strongly agree. "
                "Every answer counts, so a person who answered two check-ins counts twice.",
                st.small,
            )
        )
        d = self.data.dashboard
        story += self._h2("Satisfaction with the match")
        story.append(
            charts.column_chart(
                ["Strongly\ndisagree", "Disagree", "Neutral", "Agree", "Strongly\nagree"],
                list(d.satisfaction_counts),
                self.width * 0.7,
                52 * mm,
                empty_text="Nobody has rated their match yet.",
                colours=charts.LIKERT_COLOURS,
            )
        )
        if d.satisfaction is not None:
            story.append(
                self._p(
                    f"Average {d.satisfaction:.1f} out of 5 over {d.satisfaction_n} answers "
                    "from check-ins and closing surveys.",
                    st.small,
                )
            )
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

    def _groups(self) -> list[Flowable]:
        st = self.st
        story: list[Flowable] = [self._p("By group", st.h1)]
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
        shown_any = False
        for b in self.data.breakdowns:
            if not b.recorded:
                continue
            shown_any = True
            block: list[Flowable] = [self._p(b.dimension, st.h2)]
            if b.rows:
                head = ["Group", "People", "Completed", "Satisfaction",
                        *(f"Change in {m.lower()}" for m in measures)]  # fmt: skip
                rows: list[list[Any]] = [self._head(head)]
                for row in b.rows:
                    changes = [row.changes.get(m) for m in measures]
                    if row.completed is None or row.ended_early is None:
                        completed = "–"
                    else:
                        ended = row.completed + row.ended_early
                        completed = f"{row.completed} of {ended} ({percent(row.completion_rate)})"
                    rows.append([
                        self._p(row.group, st.cell_bold), str(row.people), completed,
                        "–" if row.satisfaction is None else f"{row.satisfaction:.1f}",
                        *(signed(c.mean_change if c else None) for c in changes),
                    ])  # fmt: skip
                w = self.width
                first = w * 0.3
                rest = (w - first) / (len(head) - 1)
                block.append(table(rows, [first] + [rest] * (len(head) - 1)))
            note = b.note()
            if note:
                block.append(self._p(note[0].upper() + note[1:], st.small))
            story.append(KeepTogether(block))
        if not shown_any:
            story.append(
                self._p(
                    "No department, cohort or gender has been recorded for the participants, "
                    "so there is no breakdown by group.",
                    st.body,
                )
            )
        return story

    # -- goals -------------------------------------------------------------------------

    def _goals(self) -> list[Flowable]:
        st, s, d = self.st, self.data.settings, self.data.dashboard
        story: list[Flowable] = [self._p("Goals and what happened", st.h1)]
        story += self._h2("What the program set out to do")
        lines = [line.strip(" -•*\t") for line in s.goals.splitlines() if line.strip(" -•*\t")]
        if lines:
            story += self._bullets(lines)
        else:
            story.append(self._p("The program's goals have not been written down.", st.body))
        story += self._h2("What happened")
        facts = [
            f"{d.participants} people took part; {d.matched} were matched with a partner "
            f"({percent(d.matched_share)} of those who stayed to be matched).",
        ]
        r = self.data.retention
        if r.ended:
            facts.append(
                f"{r.completed} of {r.ended} pairs that have ended completed the program "
                f"({percent(r.completion_rate)})."
            )
        if d.active_pairs:
            facts.append(f"{d.active_pairs} pairs are still meeting.")
        facts.append(
            f"{number(d.meetings_held)} meetings were held: "
            f"{hours(d.mentor_hours)} hours of mentoring."
        )
        facts += [x.sentence for x in self.data.results if x.n >= 2]
        if d.satisfaction is not None:
            facts.append(
                f"Participants rated their match {d.satisfaction:.1f} out of 5 on average "
                f"(n = {d.satisfaction_n})."
            )
        story += self._bullets(facts)
        goals = self.data.goals
        story += self._h2("The pairs' own goals")
        if not goals:
            story.append(self._p("No pair has recorded goals yet.", st.body))
        else:
            pairs = len({g.pair_id for g in goals})
            reached = sum(1 for g in goals if g.done)
            average = sum(g.progress for g in goals) / len(goals)
            story.append(
                self._p(
                    f"{pairs} pairs set {len(goals)} goals between them; {reached} "
                    f"({percent(reached / len(goals))}) were fully reached, and progress "
                    f"averaged {round(average)}%.",
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
            PageBreak(),
            *self._outcomes(),
            PageBreak(),
            *self._groups(),
            PageBreak(),
            *self._goals(),
        ]

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
        )
        frame = Frame(
            doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
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
) -> bytes:
    if progress is not None:
        progress.set_progress(0, 2, "Reading the program")
    data = load_summary(db, program_id, today=today)
    if progress is not None:
        progress.check()
        progress.set_progress(1, 2, "Laying out the pages")
    return SummaryWriter(data, paper=paper).build()


def save_summary(
    db: Database,
    program_id: int,
    out: Path | str,
    *,
    overwrite: bool = False,
    paper: Paper = Paper.A4,
    today: date | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the summary to ``out``; refuses to replace a file unless ``overwrite``."""
    out = Path(out).expanduser()
    check_targets([out], overwrite=overwrite)
    data = summary_pdf(db, program_id, paper=paper, today=today, progress=progress)
    return write_file(out, data, overwrite=overwrite)
