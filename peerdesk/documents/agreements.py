"""Pair agreements: one signed document per pair, as a PDF.

Each agreement starts on a new page and is numbered on its own ("Page 1 of 2"),
so a batch of many agreements prints as a stack of separate documents. The
default agreement of every template fits one page of A4 or Letter; long terms
flow onto a second page, and the signatures never stand alone on a page: the
last section goes with them to the next page, or — when that section is longer
than a page (forty clauses, say) — its last clause does. For two-sided printing
(``duplex``) an agreement that ends on an odd page gets a blank back page, so
that no sheet carries the end of one agreement and the start of the next.
Every piece of user text is escaped (:func:`layout.markup`), and the typeface
is embedded (:mod:`.fonts`), so "Nguyễn & <Co>" prints as typed.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict, Unpack

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.database import Database
from peerdesk.documents import fonts, languages, layout, wording
from peerdesk.documents.layout import ACCENT, INK, MUTED, RULE, TINT, Paper
from peerdesk.documents.pairs import (
    AgreementFilter,
    PairInfo,
    load_pairs,
    load_program,
    mark_printed,
)
from peerdesk.errors import UserError
from peerdesk.output_files import check_targets, safe_file_name, write_file, write_files
from peerdesk.program.settings import ProgramSettings
from peerdesk.progress import Progress

TITLE = "Mentoring Agreement"
SECTIONS = {
    "agreement_expectations": "What we each commit to",
    "agreement_confidentiality": "Confidentiality",
    "agreement_boundaries": "Boundaries and when to get help",
    "agreement_no_fault": "Ending the partnership",
}


# A little narrower margins than the summary's: a default agreement fits one page of
# Letter (which is shorter than A4) with long names, three goals and a guardian line.
SIDE = 21 * mm
BOTTOM = layout.MARGIN_BOTTOM - 2 * mm
HEADING_ROOM = 58  # a heading and three lines of text under it, in points
BLANK_BACK = "This page is left blank for two-sided printing."
BOX_GAP = 8
BOX_PADDING = 8


ALL = AgreementFilter()  # every chosen pair


class NothingToPrint(UserError):
    template = "There are no pairs to print: {why}"


@dataclass(frozen=True)
class _Styles:
    org: Any
    title: Any
    subtitle: Any
    label: Any
    name: Any
    contact: Any
    heading: Any
    subheading: Any
    body: Any
    bullet: Any
    cell_label: Any
    cell: Any
    sign_label: Any
    sign_intro: Any
    footer: Any


def _styles() -> _Styles:
    """Sizes chosen so that a default agreement, with long names and three goals,
    fits one page of A4 or Letter with room to write: 9.5 pt text, 1.35 leading."""
    s = layout.style
    return _Styles(
        org=s("org", 8.5, bold=True, color=MUTED, leading=11),
        title=s("title", 19, bold=True, leading=22, after=1),
        subtitle=s("subtitle", 11.5, color=ACCENT, leading=14, after=8),
        label=s("label", 7, bold=True, color=ACCENT, leading=9, after=2),
        name=s("name", 11, bold=True, leading=13.5, after=1),
        contact=s("contact", 8, color=MUTED, leading=10.5),
        heading=s("heading", 11, bold=True, color=ACCENT, leading=14, before=7, after=2),
        subheading=s("subheading", 9.5, bold=True, leading=13, before=3, after=1),
        body=s("body", 9.5, leading=12.8, after=3),
        bullet=s("bullet", 9.5, leading=12.8, after=1.5),
        cell_label=s("cell_label", 8.5, color=MUTED, leading=11.5),
        cell=s("cell", 9.5, leading=12.5),
        sign_label=s("sign_label", 8, color=MUTED, leading=10),
        sign_intro=s("sign_intro", 9.5, bold=True, leading=12.8, before=9, after=0),
        footer=s("footer", 8, color=MUTED, leading=10),
    )


class _StartOf(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Marks where an agreement starts, for its own page numbers and the progress."""

    def __init__(self, index: int, footer: str, page_of: str = "Page {page} of {total}") -> None:
        super().__init__()
        self.index = index
        self.footer = footer
        self.page_of = page_of  # "Page {page} of {total}" in the agreement's language

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.peerdesk_document = (self.index, self.footer, self.page_of)


class _Sheets:
    """Where two-sided printing stands: whether the agreement just ended needs a blank back."""

    blank_back = False


class _PadToEven(ActionFlowable):  # type: ignore[misc]
    """At the end of an agreement: a new page if it ended on an odd one (for duplex)."""

    def __init__(self, sheets: _Sheets) -> None:
        super().__init__()
        self.sheets = sheets

    def apply(self, doc: _Document) -> None:
        self.sheets.blank_back = (doc.page - doc.first_page) % 2 == 0
        if self.sheets.blank_back:
            doc.handle_pageBreak()


class _BlankBack(Flowable):  # type: ignore[misc]
    """The note on a blank back page, so nobody wonders whether a page is missing."""

    def __init__(self, sheets: _Sheets, style: Any, note: str = BLANK_BACK) -> None:
        super().__init__()
        self.sheets = sheets
        self.note = Paragraph(note, style)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if not self.sheets.blank_back:
            return 0, 0
        _w, height = self.note.wrap(available_width, available_height)
        return available_width, height

    def draw(self) -> None:
        if self.sheets.blank_back:
            self.note.drawOn(self.canv, 0, 0)


def _table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose text, even an empty cell's, is in the embedded font."""
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9), *commands])


class _Logo(Flowable):  # type: ignore[misc]
    """The organization's logo, read once for the whole batch and embedded once."""

    def __init__(self, reader: ImageReader, width: float, height: float) -> None:
        super().__init__()
        self.reader = reader
        self.width = width
        self.height = height
        self.hAlign = "RIGHT"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto")


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end, so each can say "Page 1 of 2" of its own document.

    reportlab's usual recipe for "of N": a page's drawing is kept instead of
    being written out, and the footers are added once every page is known.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", fonts.REGULAR)  # no stray, unembedded Helvetica
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self.peerdesk_document: tuple[int, str, str] = (0, "", "Page {page} of {total}")

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(state["peerdesk_document"][0] for state in self._held)
        seen: Counter[int] = Counter()
        for state in self._held:
            self.__dict__.update(state)
            index, text, page_of = self.peerdesk_document
            seen[index] += 1
            self._footer(text, page_of.format(page=seen[index], total=totals[index]))
            Canvas.showPage(self)
        Canvas.save(self)

    def _footer(self, text: str, right: str) -> None:
        width, _height = self._pagesize
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        y = layout.FOOTER_Y
        self.line(SIDE, y + 11, width - SIDE, y + 11)
        self.setFillColor(MUTED)
        self.setFont(fonts.REGULAR, 8)
        room = width - 2 * SIDE - self.stringWidth(right, fonts.REGULAR, 8) - 18
        self.drawString(SIDE, y, _fit(text, room, self.stringWidth))
        self.drawRightString(width - SIDE, y, right)
        self.restoreState()


def _fit(text: str, width: float, measure: Callable[[str, str, float], float]) -> str:
    if measure(text, fonts.REGULAR, 8) <= width:
        return text
    while text and measure(text + "…", fonts.REGULAR, 8) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _Document(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        out: io.BytesIO,
        paper: Paper,
        *,
        title: str,
        author: str,
        count: int,
        progress: Progress | None,
        subject: str = "Mentoring agreement",
        lang: str = "en",
    ) -> None:
        super().__init__(
            out,
            pagesize=paper.size,
            leftMargin=SIDE,
            rightMargin=SIDE,
            topMargin=layout.MARGIN_TOP,
            bottomMargin=BOTTOM,
            title=title,
            author=author,
            creator=layout.CREATOR,
            initialFontName=fonts.REGULAR,
            subject=subject,
            lang=lang,  # the catalog's /Lang; see layout.py on what else the PDF carries
            displayDocTitle=True,
        )
        frame = layout.body_frame(self)
        self.addPageTemplates([PageTemplate("page", [frame])])
        self.count = count
        self.progress = progress
        self.first_page = 1  # the page the agreement being laid out starts on

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _StartOf):
            self.first_page = self.page
        if self.progress is not None and isinstance(flowable, _StartOf):
            self.progress.check()
            self.progress.set_progress(
                flowable.index, self.count, f"Agreement {flowable.index + 1} of {self.count}"
            )


class AgreementWriter:
    """Lays out agreements for one program; build once, use for every pair."""

    title = TITLE  # the heading of each agreement (a group agreement has its own)
    batch_title = "Mentoring agreements — {program}"  # the PDF's title for several
    subject = "Mentoring agreement"  # the PDF's subject
    sections = SECTIONS  # the program's terms printed, by setting, with their headings

    def __init__(
        self,
        settings: ProgramSettings,
        *,
        logo: Path | None = None,
        paper: Paper = Paper.A4,
        duplex: bool = False,
        language: str | None = None,
    ) -> None:
        fonts.register_fonts()
        self.settings = settings
        self.language = language  # for every pair, whatever theirs (the CLI's --language)
        self.words = languages.words(settings.document_language)  # the pair's, in story()
        self.paper = paper
        self.duplex = duplex
        self.frame_height = paper.size[1] - layout.MARGIN_TOP - BOTTOM
        self.measure = Canvas(io.BytesIO(), pagesize=paper.size)  # to measure on, never saved
        self.logo = layout.load_logo(logo)
        self.st = _styles()
        self.width = paper.size[0] - 2 * SIDE
        # The party boxes: three across (mentor, mentee, coordinator) at most.
        self.box_text_width = (self.width - 2 * BOX_GAP) / 3 - 2 * BOX_PADDING
        reciprocal = settings.reciprocal
        self.roles = ("Peer", "Peer") if reciprocal else ("Mentor", "Mentee")  # in English

    def language_of(self, pair: PairInfo) -> str:
        """The language ``pair``'s agreement prints in."""
        return languages.resolve(
            self.settings.document_language, pair.document_language, self.language
        )

    # -- the pieces ------------------------------------------------------------------

    def _room(self) -> Flowable:
        """A heading never ends a page: it moves on unless its first lines fit under it.

        (Cheaper than ``keepWithNext``, which lays the next paragraph out twice.)
        """
        return CondPageBreak(HEADING_ROOM)

    def _para(self, text: str, style: Any) -> Paragraph:
        return Paragraph(layout.markup(text), style)

    def _header(self) -> list[Flowable]:
        """The organization's name over a rule, then the title, with the logo beside it
        (level with the title, so a logo costs no height on the page)."""
        org = self.settings.organization_name.strip()
        name: Flowable = self._para(org.upper(), self.st.org) if org else Spacer(1, 1)
        rule = Table([[name]], colWidths=[self.width])
        rule.setStyle(
            _table_style(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
                ]
            )
        )
        title = [
            Paragraph(self.words(self.title), self.st.title),
            self._para(self.settings.name, self.st.subtitle),
        ]
        if self.logo is None:
            return [rule, Spacer(1, 10), *title]
        iw, ih = self.logo.getSize()
        height = 14 * mm
        width = min(height * iw / ih, 55 * mm)
        image = _Logo(self.logo, width, width * ih / iw)
        block = Table([[title, image]], colWidths=[self.width - 58 * mm, 58 * mm])
        block.setStyle(
            _table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (-1, 0), (-1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),  # the subtitle's space after
                ]
            )
        )
        return [rule, Spacer(1, 10), block]

    def _party(self, label: str, name: str, email: str, phone: str) -> list[Flowable]:
        cell: list[Flowable] = [
            Paragraph(layout.markup(label.upper()), self.st.label),
            self._fitted(name, self.st.name, smallest=9.5),
        ]
        for line in (email, phone):
            if line.strip():
                cell.append(self._fitted(line.strip(), self.st.contact, smallest=7))
        return cell

    def _fitted(
        self, text: str, style: Any, *, smallest: float, width: float | None = None
    ) -> Paragraph:
        """A name or an email address in a party's box (or ``width``): smaller type before
        a broken word, and a word too long even then broken after "@", "." or "-"."""
        width = self.box_text_width if width is None else width
        marked, size = layout.fit_text(
            text, style.fontName, style.fontSize, width, smallest=smallest
        )
        if size != style.fontSize:
            style = ParagraphStyle(
                f"{style.name}-{size}",
                parent=style,
                fontSize=size,
                leading=style.leading * size / style.fontSize,
            )
        return Paragraph(marked, style)

    def _parties(self, pair: PairInfo) -> Table:
        """Mentor, mentee and coordinator side by side, with how to reach each."""
        mentor, mentee = pair.mentor, pair.mentee
        settings = self.settings
        cells: list[Any] = [
            self._party(self.words(self.roles[0]), mentor.name, mentor.email, mentor.phone),
            "",
            self._party(self.words(self.roles[1]), mentee.name, mentee.email, mentee.phone),
        ]
        coordinator = settings.coordinator_name.strip()
        if coordinator or settings.coordinator_email.strip() or settings.coordinator_phone.strip():
            cells += [
                "",
                self._party(
                    self.words("Coordinator"),
                    coordinator or self.words.capital(self.words(wording.NO_COORDINATOR)),
                    settings.coordinator_email,
                    settings.coordinator_phone,
                ),
            ]
        boxes = (len(cells) + 1) // 2
        gap = BOX_GAP
        box = (self.width - gap * (boxes - 1)) / boxes
        widths = [box if n % 2 == 0 else gap for n in range(len(cells))]
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), BOX_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), BOX_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
        for n in range(len(cells)):
            if n % 2 == 0:
                commands.append(("BACKGROUND", (n, 0), (n, 0), TINT))
            else:
                commands += [
                    ("LEFTPADDING", (n, 0), (n, 0), 0),
                    ("RIGHTPADDING", (n, 0), (n, 0), 0),
                ]
        table = Table([cells], colWidths=widths, spaceAfter=4)
        table.setStyle(_table_style(commands))
        return table

    def _term(self, text: str, values: dict[str, str]) -> list[Flowable]:
        filled = wording.fill(self.words.default_text(text), values)
        out: list[Flowable] = []
        for kind, marked in layout.blocks(filled):
            if kind == "bullet":
                out.append(Paragraph(marked, self.st.bullet, bulletText="•"))
            else:
                out.append(Paragraph(marked, self.st.body))
        return out

    def _goals(self, pair: PairInfo) -> list[Flowable]:
        words = self.words
        out: list[Flowable] = [self._room(), Paragraph(words("Our goals"), self.st.subheading)]
        if pair.goals:
            out += [
                Paragraph(layout.markup(goal), self.st.bullet, bulletText="•")
                for goal in pair.goals
            ]
            return out
        out.append(
            Paragraph(words("Write down the goals you agree on together:"), self.st.cell_label)
        )
        lines = Table([[""]] * 3, colWidths=[self.width], rowHeights=[20] * 3, spaceAfter=3)
        lines.setStyle(_table_style([("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE)]))
        out.append(lines)
        return out

    def _meetings(self, pair: PairInfo) -> Table:
        """The meeting plan as one strip of five facts under the parties, each a small
        label over its value, each column as wide as its longest words need."""
        settings, words = self.settings, self.words
        start, end = wording.program_dates(settings, pair, words=words)
        length = wording.length_words(settings.meeting_length_minutes, words)
        facts = [
            (
                words("How often"),
                words.capital(words(wording.CADENCE_WORDS[settings.meeting_cadence])),
            ),
            (words("Each meeting"), words("About {length}", length=length)),
            (words("Where"), words.capital(words(wording.FORMAT_WORDS[settings.meeting_format]))),
            (words("Starts"), words.capital(start)),
            (words("Ends"), words.capital(end)),
        ]
        gap = 8
        label, cell = self.st.cell_label, self.st.cell
        wanted = [
            max(
                stringWidth(key, label.fontName, label.fontSize),
                stringWidth(text, cell.fontName, cell.fontSize),
            )
            + gap
            for key, text in facts
        ]
        spare = self.width - sum(wanted)
        widths = (
            [w + spare / len(wanted) for w in wanted]
            if spare >= 0
            else [w * self.width / sum(wanted) for w in wanted]
        )
        cells = [
            [Paragraph(layout.markup(key), label), self._para(text, cell)] for key, text in facts
        ]
        table = Table([cells], colWidths=widths, spaceBefore=2, spaceAfter=2)
        table.setStyle(
            _table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), gap),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return table

    def _signers(self, pair: PairInfo) -> list[str]:
        words = self.words
        coordinator = self.settings.coordinator_name.strip()
        signers = [
            words("{role}: {name}", role=words(self.roles[0]), name=pair.mentor.name),
            words("{role}: {name}", role=words(self.roles[1]), name=pair.mentee.name),
            words("{role}: {name}", role=words("Coordinator"), name=coordinator)
            if coordinator
            else words("Coordinator"),
        ]
        if self.settings.guardian_signature:
            signers.append(words("Parent or guardian of {name}", name=pair.mentee.name))
        return signers

    def _signatures(self, pair: PairInfo) -> list[Flowable]:
        """Three signers side by side, each with a line to sign and, beside it, the date.

        A guardian, when the program asks for one, signs on a row of their own, with
        their name written out beside the signature.
        """
        signers = self._signers(pair)
        between = 6 * mm  # between two signers
        inside = 6  # between a signature and its date
        date_width = 40
        signer = (self.width - 2 * between) / 3
        line = signer - inside - date_width
        widths = [line, inside, date_width, between] * 2 + [line, inside, date_width]
        data: list[list[Any]] = []
        heights: list[float | None] = []
        commands: list[tuple[Any, ...]] = [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]

        def row(cells: Sequence[tuple[int, int, str]]) -> None:
            """Lines to write on: (first column, last column, the label under the line)."""
            data.append([""] * len(widths))
            heights.append(28)  # about 10 mm to sign in
            labels: list[Any] = [""] * len(widths)
            at = len(data)
            for first, last, label in cells:
                labels[first] = self._para(label, self.st.sign_label)
                commands.append(("LINEABOVE", (first, at), (last, at), 0.8, INK))
                if last > first:
                    commands.append(("SPAN", (first, at), (last, at)))
            data.append(labels)
            heights.append(None)

        row(
            [(4 * n, 4 * n, text) for n, text in enumerate(signers[:3])]
            + [(4 * n + 2, 4 * n + 2, self.words("Date")) for n in range(3)]
        )
        if len(signers) > 3:
            # The guardian's signature as wide as the first two, then the date, then
            # their name written out.
            guardian = self.words("Name of parent or guardian")
            row([(0, 4, signers[3]), (6, 6, self.words("Date")), (8, 10, guardian)])
        table = Table(data, colWidths=widths, rowHeights=heights)
        table.setStyle(_table_style(commands))
        agree = self.words(
            "By signing below, we agree to take part in this partnership as set out above."
        )
        return [Paragraph(agree, self.st.sign_intro), table]

    def _height(self, flowables: Sequence[Flowable]) -> float:
        """How tall ``flowables`` are, one under the other, at the page's width."""
        total = 0.0
        for flowable in flowables:
            _width, height = flowable.wrapOn(self.measure, self.width, self.frame_height)
            total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        return total

    # -- one agreement -------------------------------------------------------------

    def footer(self, pair: PairInfo) -> str:
        """``Pair 7 · Mentoring Agreement · Ana and Ben``, in the pair's language."""
        words = languages.words(self.language_of(pair))
        return words(
            "Pair {id} · {title} · {mentor} and {mentee}",
            id=pair.id,
            title=words(TITLE),
            mentor=pair.mentor.name,
            mentee=pair.mentee.name,
        )

    def _sections(self, pair: PairInfo, values: dict[str, str]) -> list[list[Flowable]]:
        """The body as sections, each a heading with what follows it."""
        settings = self.settings
        purpose: list[Flowable] = [Paragraph(self.words("Purpose and goals"), self.st.heading)]
        for text in (settings.purpose, settings.goals):
            if text.strip():
                purpose += self._term(text, values)
        sections = [purpose + self._goals(pair)]
        for key, title in self.sections.items():
            text = getattr(settings, key)
            if text.strip():
                heading = Paragraph(self.words(title), self.st.heading)
                sections.append([heading, *self._term(text, values)])
        return sections

    def story(self, pair: PairInfo, index: int = 0) -> list[Flowable]:
        settings = self.settings
        self.words = languages.words(self.language_of(pair))  # what the pieces below print in
        values = wording.agreement_values(settings, pair, self.words)
        page_of = self.words("Page {page} of {total}")
        story: list[Flowable] = [_StartOf(index, self.footer(pair), page_of)]
        story += self._header()
        story.append(self._parties(pair))
        story.append(self._meetings(pair))
        *body, last = self._sections(pair, values)
        for section in body:
            story += [self._room(), *section]
        story += [self._room(), *self._closing(last, pair)]
        if self.duplex:
            sheets = _Sheets()
            note = self.words(BLANK_BACK)
            story += [_PadToEven(sheets), _BlankBack(sheets, self.st.sign_label, note)]
        return story

    def _closing(self, last: list[Flowable], pair: PairInfo) -> list[Flowable]:
        """The last section and the signatures, which never stand alone on a page: the
        whole section goes with them to the next page if it fits on one, else its last
        clause does (the rest flows as it comes)."""
        kept = [f for f in last if not isinstance(f, CondPageBreak)]
        signatures = self._signatures(pair)
        if self._height([*kept, *signatures]) <= self.frame_height or len(kept) < 2:
            return [KeepTogether([*kept, *signatures])]
        *flowing, final = kept
        return [*flowing, KeepTogether([final, *signatures])]

    def build(self, pairs: Sequence[PairInfo], progress: Progress | None = None) -> bytes:
        """All the agreements of ``pairs`` in one PDF, each starting on a new page."""
        if not pairs:
            raise NothingToPrint(why="choose at least one pair.")
        story: list[Flowable] = []
        for index, pair in enumerate(pairs):
            if progress is not None:
                progress.check()
            if index:
                story.append(PageBreak())
            story += self.story(pair, index)
        out = io.BytesIO()
        batch = languages.words(languages.used(self.language_of(pair) for pair in pairs))
        title = (
            self.footer(pairs[0])
            if len(pairs) == 1
            else batch(self.batch_title, program=self.settings.name)
        )
        doc = _Document(
            out,
            self.paper,
            title=title,
            author=self.settings.organization_name or self.settings.name,
            count=len(pairs),
            progress=progress,
            subject=batch(self.subject),
            lang=layout.main_language(self.language_of(pair) for pair in pairs),
        )
        doc.build(story, canvasmaker=_NumberedCanvas)
        if progress is not None:
            progress.set_progress(len(pairs), len(pairs), "")
        return out.getvalue()


# -- from a program file ----------------------------------------------------------------


def _prepare(
    db: Database,
    program_id: int,
    pair_ids: Sequence[int] | None,
    *,
    only: AgreementFilter,
    logo: Path | None,
    paper: Paper,
    duplex: bool = False,
    language: str | None = None,
) -> tuple[AgreementWriter, list[PairInfo]]:
    """The writer for the program, and the pairs to print (refused when there are none)."""
    pairs = load_pairs(db, program_id, pair_ids)
    if not pairs:
        raise NothingToPrint(why="this program has no active pairs yet.")
    pairs = only.choose(pairs)
    if not pairs:
        raise NothingToPrint(why=only.why_none())
    settings = load_program(db, program_id)
    writer = AgreementWriter(
        settings,
        logo=logo,
        paper=paper,
        duplex=duplex,
        language=None if language is None else languages.checked(language),
    )
    return writer, pairs


@dataclass(frozen=True)
class Agreements:
    """A PDF of agreements and the pairs in it, in its order (to record once printed)."""

    data: bytes
    pair_ids: tuple[int, ...]


def make_agreements(
    db: Database,
    program_id: int,
    pair_ids: Sequence[int] | None = None,
    *,
    only: AgreementFilter = ALL,
    logo: Path | None = None,
    paper: Paper = Paper.A4,
    duplex: bool = False,
    progress: Progress | None = None,
    language: str | None = None,
) -> Agreements:
    """The agreements of ``pair_ids`` in that order (default: every active pair by id),
    less those ``only`` leaves out; ``duplex`` gives each an even number of pages;
    ``language`` prints them all in that language (default: each pair's document
    language). Nothing is recorded here: see :func:`mark_printed`."""
    writer, pairs = _prepare(
        db,
        program_id,
        pair_ids,
        only=only,
        logo=logo,
        paper=paper,
        duplex=duplex,
        language=language,
    )
    return Agreements(writer.build(pairs, progress), tuple(p.id for p in pairs))


class AgreementOptions(TypedDict, total=False):
    """The options of :func:`make_agreements` besides the pairs."""

    only: AgreementFilter
    logo: Path | None
    paper: Paper
    duplex: bool
    progress: Progress | None
    language: str | None


def agreements_pdf(
    db: Database,
    program_id: int,
    pair_ids: Sequence[int] | None = None,
    **options: Unpack[AgreementOptions],
) -> bytes:
    """One PDF with the agreements of ``pair_ids`` (default: every active pair)."""
    return make_agreements(db, program_id, pair_ids, **options).data


def split_name(pair: PairInfo) -> str:
    """The file name of one pair's agreement in a folder of them."""
    return safe_file_name(f"Agreement {pair.id} - {pair.mentor.name} and {pair.mentee.name}")


def save_agreements(
    db: Database,
    program_id: int,
    out: Path,
    pair_ids: Sequence[int] | None = None,
    *,
    split: bool = False,
    overwrite: bool = False,
    only: AgreementFilter = ALL,
    logo: Path | None = None,
    paper: Paper = Paper.A4,
    duplex: bool = False,
    progress: Progress | None = None,
    language: str | None = None,
) -> list[Path]:
    """Write agreements to ``out`` (one file), or with ``split`` one file per pair into
    the folder ``out``. Nothing is replaced unless ``overwrite``; returns the files written.

    Once every file is written, the pairs are recorded as printed (see "only new").
    """
    writer, pairs = _prepare(
        db,
        program_id,
        pair_ids,
        only=only,
        logo=logo,
        paper=paper,
        duplex=duplex,
        language=language,
    )
    if not split:
        check_targets([out], overwrite=overwrite)
        written = [write_file(out, writer.build(pairs, progress), overwrite=overwrite)]
        mark_printed(db, [pair.id for pair in pairs])
        return written
    targets = [out / split_name(pair) for pair in pairs]
    check_targets(targets, overwrite=overwrite, folder=out)

    def each_file() -> Iterator[tuple[Path, bytes]]:
        for n, (pair, target) in enumerate(zip(pairs, targets, strict=True)):
            if progress is not None:
                progress.check()
                progress.set_progress(n, len(pairs), f"Agreement {n + 1} of {len(pairs)}")
            yield target, writer.build([pair])

    # All or none: a full disk, a file held open or a cancel halfway writes no agreement.
    written = write_files(each_file(), overwrite=overwrite)
    mark_printed(db, [pair.id for pair in pairs])
    return written
