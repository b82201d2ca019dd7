"""The sign-in sheet of a group session, printed to sign on paper.

The sheet carries the session's details — title, kind, day and time where it is
held, length, place or video link — and every invited person's name, in the order
the attendance checklist lists them, with room to sign; those already excused say so
instead. Rows for people not on the list follow. The list goes on over as many pages
as it needs, its column titles on each, every page numbered "Page 1 of 3" and naming
the session in its footer. Fixed words print in the program's document language;
names print as typed, in the embedded typeface that covers every Latin script
(:mod:`peerdesk.documents.fonts`). A filled-in sheet typed up as a spreadsheet is read
back by :mod:`peerdesk.groups.signin_import`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.calendar.zones import local_date
from peerdesk.database import Database
from peerdesk.documents import fonts, languages, layout
from peerdesk.documents.agreements import _NumberedCanvas
from peerdesk.documents.layout import ACCENT, INK, MUTED, RULE, TINT, Paper
from peerdesk.documents.pairs import FirstMeeting, clean, load_program
from peerdesk.documents.wording import meeting_time
from peerdesk.groups.sessions import Invitee, get_session
from peerdesk.groups.statuses import EXCUSED
from peerdesk.output_files import write_file

SIDE = 18 * mm
# Empty rows for people who came but are not on the list: they fill what is left of the
# last page (at least MIN_BLANK_ROWS, at most MAX_BLANK_ROWS), or, where fewer fit, take
# a new page of PAGE_BLANK_ROWS.
MIN_BLANK_ROWS = 2
MAX_BLANK_ROWS = 12
PAGE_BLANK_ROWS = 8
ROW_HEIGHT = 10 * mm  # room to sign


# -- the printed sheet -----------------------------------------------------------------------


@dataclass(frozen=True)
class SheetInfo:
    """What a sign-in sheet prints, read in one go."""

    title: str
    kind: str
    program: str
    organization: str
    language: str
    when: str  # "Tuesday 12 January 2027 at 18:00 (Europe/London)"
    day: str  # "12 January 2027", for the footer
    length_minutes: int
    place: str
    link: str
    cancelled: bool
    people: tuple[Invitee, ...]


def sheet_info(db: Database, session_id: int) -> SheetInfo:
    """The session's details and its invited people, cleaned for printing."""
    detail = get_session(db, session_id)
    row = detail.session
    settings = load_program(db, row.program_id)
    words = languages.words(settings.document_language)
    return SheetInfo(
        title=clean(row.title),
        kind=clean(row.kind_name),
        program=settings.name,
        organization=settings.organization_name,
        language=words.code,
        when=meeting_time(FirstMeeting(row.starts_at, row.timezone, 0, "", ""), words),
        day=words.date(local_date(row.starts_at, row.timezone)),
        length_minutes=row.length_minutes,
        place=clean(row.place),
        link=clean(row.link),
        cancelled=row.cancelled,
        people=tuple(replace(p, name=clean(p.name)) for p in detail.invitees),
    )


def _styles() -> dict[str, ParagraphStyle]:
    s = layout.style
    return {
        "over": s("over", 9, color=MUTED),
        "title": s("title", 20, bold=True, leading=25, after=2),
        "session": s("session", 13, bold=True, color=ACCENT, leading=17, after=6),
        "label": s("label", 9, bold=True, color=MUTED),
        "value": s("value", 10),
        "head": s("head", 9, bold=True, color=MUTED),
        "name": s("name", 10.5, leading=13),
        "note": s("note", 9, italic=True, color=MUTED),
        "number": s("number", 9, color=MUTED),
        "warning": s("warning", 11, bold=True, color=INK, before=4, after=4),
    }


def _table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9), *commands])


class _Sheet(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, out: io.BytesIO, paper: Paper, info: SheetInfo, footer: str) -> None:
        super().__init__(
            out,
            pagesize=paper.size,
            leftMargin=SIDE,
            rightMargin=SIDE,
            topMargin=layout.MARGIN_TOP,
            bottomMargin=layout.MARGIN_BOTTOM,
            title=footer,
            author=info.organization or info.program,
            creator=layout.CREATOR,
            subject=footer,
            lang=info.language,  # the catalog's /Lang; see layout.py on what else it carries
            displayDocTitle=True,
            initialFontName=fonts.REGULAR,
        )
        frame = layout.body_frame(self)
        page_of = languages.words(info.language)("Page {page} of {total}")

        def number(canvas: _NumberedCanvas, _doc: object) -> None:
            # Every page of the sheet is one document: its footer names the session.
            canvas.peerdesk_document = (0, footer, page_of)

        self.addPageTemplates([PageTemplate("page", [frame], onPage=number)])


def _details(info: SheetInfo, words: languages.Words, st: dict[str, ParagraphStyle]) -> Table:
    rows: list[tuple[str, str]] = []
    if info.kind:
        rows.append((words("Kind of session"), info.kind))
    length = words.plural(info.length_minutes, "{n} minute", "{n} minutes")
    rows.append((words("When"), f"{info.when} · {length}"))
    if info.place:
        rows.append((words("Place"), info.place))
    if info.link:
        rows.append((words("Video link"), info.link))
    rows.append((words("Invited"), words.plural(len(info.people), "{n} person", "{n} people")))
    data = [
        [Paragraph(layout.markup(label), st["label"]), Paragraph(layout.markup(v), st["value"])]
        for label, v in rows
    ]
    table = Table(data, colWidths=[38 * mm, None], hAlign="LEFT")
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _grid(top: int = 0) -> list[tuple[object, ...]]:
    """Column titles in row ``top``, ruled rows under them, the signature column apart."""
    return [
        ("VALIGN", (0, top), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, top), (-1, top), 0.8, ACCENT),
        ("LINEBELOW", (0, top + 1), (-1, -1), 0.5, RULE),
        ("LINEBEFORE", (2, top + 1), (2, -1), 0.5, RULE),
        ("LEFTPADDING", (0, top), (-1, -1), 4),
    ]


def _people(
    info: SheetInfo, words: languages.Words, st: dict[str, ParagraphStyle], width: float
) -> Table:
    """The invited people with room to sign; it goes on over pages, titled on each."""
    heads = ["#", words("Name"), words("Signature")]
    data: list[list[object]] = [[Paragraph(layout.markup(h), st["head"]) for h in heads]]
    for n, person in enumerate(info.people, start=1):
        sign: object = ""
        if person.status == EXCUSED:
            sign = Paragraph(layout.markup(words("Excused")), st["note"])
        data.append(
            [
                Paragraph(str(n), st["number"]),
                Paragraph(layout.markup(person.name), st["name"]),
                sign,
            ]
        )
    # No fixed row height: a long name wraps onto a second line and its row grows.
    table = Table(data, colWidths=[10 * mm, width * 0.46, None], repeatRows=1)
    zebra = [("BACKGROUND", (0, r), (-1, r), TINT) for r in range(2, len(data), 2)]
    padding = [("TOPPADDING", (0, 1), (-1, -1), 7), ("BOTTOMPADDING", (0, 1), (-1, -1), 7)]
    table.setStyle(_table_style([*_grid(), *padding, *zebra]))
    return table


def _walk_ins(
    words: languages.Words, st: dict[str, ParagraphStyle], width: float, count: int
) -> Table:
    """Empty rows, titled, for people who came but are not on the list."""
    note = Paragraph(layout.markup(words("Not on the list? Write your name here.")), st["head"])
    heads = ["", words("Name"), words("Signature")]
    data: list[list[object]] = [[Paragraph(layout.markup(h), st["head"]) for h in heads]]
    data += [["", "", ""] for _ in range(count)]
    table = Table(
        [[note, "", ""], *data],
        colWidths=[10 * mm, width * 0.46, None],
        rowHeights=[None, None] + [ROW_HEIGHT] * count,
    )
    title = [("SPAN", (0, 0), (-1, 0)), ("TOPPADDING", (0, 0), (-1, 0), 12),
             ("LEFTPADDING", (0, 0), (-1, 0), 0)]  # fmt: skip
    table.setStyle(_table_style([*_grid(1), *title]))
    return table


class _Room(Flowable):  # type: ignore[misc]
    """Takes no room; notes how much the page had left where it stood."""

    room = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.room = available_height
        return 0, 0

    def draw(self) -> None:
        pass


def signin_pdf(
    db: Database, session_id: int, *, paper: Paper = Paper.A4, walk_ins: bool = True
) -> bytes:
    """The session's sign-in sheet as a PDF."""
    return build_sheet(sheet_info(db, session_id), paper=paper, walk_ins=walk_ins)


def build_sheet(info: SheetInfo, *, paper: Paper = Paper.A4, walk_ins: bool = True) -> bytes:
    """The sheet, with empty rows for people not listed (``walk_ins``) after the list."""
    fonts.register_fonts()
    words = languages.words(info.language)
    st = _styles()
    width = paper.size[0] - 2 * SIDE
    name = info.title or info.kind
    footer = " · ".join(x for x in (words("Sign-in sheet"), name, info.day) if x)

    def story() -> list[Flowable]:  # new for each pass: a pass may split its flowables
        found: list[Flowable] = []
        over = " · ".join(x for x in (info.organization, info.program) if x)
        if over:
            found.append(Paragraph(layout.markup(over), st["over"]))
        found.append(Paragraph(layout.markup(words("Sign-in sheet")), st["title"]))
        if name:
            found.append(Paragraph(layout.markup(name), st["session"]))
        if info.cancelled:
            cancelled = words("This session was cancelled.")
            found.append(Paragraph(layout.markup(cancelled), st["warning"]))
        found += [_details(info, words, st), Spacer(1, 10)]
        if info.people:
            found.append(_people(info, words, st, width))
        return found

    def build(end: Flowable | None) -> bytes:
        out = io.BytesIO()
        flowables = [*story(), *([end] if end else [])]
        _Sheet(out, paper, info, footer).build(flowables, canvasmaker=_NumberedCanvas)
        return out.getvalue()

    if not walk_ins:
        return build(None)
    room = _Room()
    build(room)  # a first pass to learn the room left under the list
    titles = _walk_ins(words, st, width, 0).wrap(width, paper.size[1])[1]
    fits = int((room.room - titles - 2) // ROW_HEIGHT)
    count = min(fits, MAX_BLANK_ROWS) if fits >= MIN_BLANK_ROWS else PAGE_BLANK_ROWS
    return build(KeepTogether([_walk_ins(words, st, width, count)]))


def save_signin(
    db: Database,
    session_id: int,
    out: Path,
    *,
    overwrite: bool = False,
    paper: Paper = Paper.A4,
) -> Path:
    """Write the sign-in sheet to ``out`` atomically (see ``output_files.write_file``)."""
    return write_file(Path(out), signin_pdf(db, session_id, paper=paper), overwrite=overwrite)
