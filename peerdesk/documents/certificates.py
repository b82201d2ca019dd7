"""Certificates of completion: one landscape page per participant of a completed pair.

A person who completed more than one pair in a program (a mentor of two
mentees) gets one certificate, with the dates from their first start to their
last end and, for mentors, the hours of every held meeting added up: a
meeting's actual length where it was logged, else its planned length.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from peerdesk.database import Database
from peerdesk.documents import fonts, languages, layout, wording
from peerdesk.documents.layout import ACCENT, INK, MUTED, RULE, Paper
from peerdesk.documents.pairs import (
    MeetingTotals,
    PairInfo,
    held_minutes,
    load_pairs,
    load_program,
)
from peerdesk.enums import PairStatus
from peerdesk.errors import UserError
from peerdesk.output_files import check_targets, write_file
from peerdesk.program.settings import ProgramSettings
from peerdesk.progress import Progress
from peerdesk.rounding import hours

TITLE = "Certificate of Completion"


class NoCompletedPairs(UserError):
    template = (
        "No pair in this program has completed yet, so there is nobody to give a "
        "certificate to. End a pair as completed first."
    )


@dataclass(frozen=True)
class Certificate:
    participant_id: int
    name: str
    role: str  # "mentor", "mentee" or "peer mentor"
    started_on: date | None
    ended_on: date | None
    meetings: int | None  # held meetings, for mentors; None for mentees
    minutes: int | None
    language: str | None = None  # their pair's document language (None: the program's)

    @property
    def counts_hours(self) -> bool:
        return self.minutes is not None


@dataclass
class _Tally:
    name: str
    role: str
    counts_hours: bool
    starts: list[date] = field(default_factory=list)
    ends: list[date] = field(default_factory=list)
    meetings: int = 0
    minutes: int = 0
    language: str | None = None

    def certificate(self, participant_id: int) -> Certificate:
        return Certificate(
            participant_id=participant_id,
            name=self.name,
            role=self.role,
            started_on=min(self.starts) if self.starts else None,
            ended_on=max(self.ends) if self.ends else None,
            meetings=self.meetings if self.counts_hours else None,
            minutes=self.minutes if self.counts_hours else None,
            language=self.language,
        )


def certificates_for(
    pairs: Sequence[PairInfo], held: Mapping[int, MeetingTotals], reciprocal: bool = False
) -> list[Certificate]:
    """One certificate per participant of the completed pairs among ``pairs``, by name."""
    tallies: dict[int, _Tally] = {}
    for pair in pairs:
        if not pair.completed:
            continue
        totals = held.get(pair.id, MeetingTotals(0, 0))
        for party, is_mentor in ((pair.mentor, True), (pair.mentee, False)):
            counts_hours = is_mentor or reciprocal
            role = "peer mentor" if reciprocal else ("mentor" if is_mentor else "mentee")
            tally = tallies.setdefault(party.participant_id, _Tally(party.name, role, counts_hours))
            if pair.started_on:
                tally.starts.append(pair.started_on)
            if pair.ended_on:
                tally.ends.append(pair.ended_on)
            if pair.document_language:  # of several pairs, the last one's
                tally.language = pair.document_language
            if counts_hours:
                tally.meetings += totals.meetings
                tally.minutes += totals.minutes
    made = [tally.certificate(pid) for pid, tally in tallies.items()]
    return sorted(made, key=lambda c: (c.name.casefold(), c.participant_id))


def load_certificates(
    db: Database, program_id: int, pair_ids: Sequence[int] | None = None
) -> tuple[ProgramSettings, list[Certificate]]:
    """The program and a certificate for everyone in its completed pairs (or in ``pair_ids``)."""
    settings = load_program(db, program_id)
    pairs = load_pairs(db, program_id, pair_ids, statuses=(PairStatus.ENDED,))
    completed = [p for p in pairs if p.completed]
    held = held_minutes(db, [p.id for p in completed])
    return settings, certificates_for(completed, held, settings.reciprocal)


def _shrink(text: str, font: str, size: float, width: float, smallest: float) -> float:
    """The largest size up to ``size`` at which ``text`` fits in ``width``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


class CertificateWriter:
    def __init__(
        self,
        settings: ProgramSettings,
        *,
        logo: Path | None = None,
        paper: Paper = Paper.A4,
        language: str | None = None,
    ) -> None:
        fonts.register_fonts()
        self.settings = settings
        self.language = language  # for every certificate, whatever their pair's
        self.logo: ImageReader | None = layout.load_logo(logo)
        height, width = paper.size  # landscape
        self.size = (width, height)
        self.line_style = layout.style("cert_line", 14, leading=20, centred=True)
        self.small_style = layout.style("cert_small", 12, color=ACCENT, leading=16, centred=True)

    def _centred(self, c: Canvas, text: str, style: Any, y_top: float, width: float) -> float:
        """A wrapped, centred paragraph whose top is at ``y_top``; returns its bottom."""
        para = Paragraph(text, style)
        _w, h = para.wrap(width, 200)
        para.drawOn(c, (self.size[0] - width) / 2, y_top - h)
        return float(y_top - h)

    def words(self, cert: Certificate) -> languages.Words:
        """The words of the language ``cert`` prints in."""
        settings = self.settings
        return languages.words(
            languages.resolve(settings.document_language, cert.language, self.language)
        )

    def _page(self, c: Canvas, cert: Certificate) -> None:
        settings = self.settings
        words = self.words(cert)
        w, h = self.size
        # A double frame: a strong outer line and a fine inner one.
        c.setStrokeColor(ACCENT)
        c.setLineWidth(3)
        c.rect(14 * mm, 14 * mm, w - 28 * mm, h - 28 * mm)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.8)
        c.rect(18 * mm, 18 * mm, w - 36 * mm, h - 36 * mm)

        y = h - 42 * mm
        if self.logo is not None:
            iw, ih = self.logo.getSize()
            lh = 16 * mm
            lw = min(lh * iw / ih, 60 * mm)
            lh = lw * ih / iw
            c.drawImage(self.logo, (w - lw) / 2, y - lh + 6 * mm, lw, lh, mask="auto")
            y -= lh
        org = settings.organization_name.strip()
        if org:
            size = _shrink(org.upper(), fonts.BOLD, 10, w - 80 * mm, 7)
            c.setFont(fonts.BOLD, size)
            c.setFillColor(MUTED)
            c.drawCentredString(w / 2, y, org.upper())
        y -= 24 * mm
        c.setFillColor(INK)
        c.setFont(fonts.BOLD, 34)
        title = words(TITLE)
        c.setFont(fonts.BOLD, _shrink(title, fonts.BOLD, 34, w - 60 * mm, 20))
        c.drawCentredString(w / 2, y, title)
        y -= 15 * mm
        c.setFillColor(MUTED)
        c.setFont(fonts.ITALIC, 13)
        c.drawCentredString(w / 2, y, words("This certifies that"))
        y -= 17 * mm
        name_width = w - 90 * mm
        size = _shrink(cert.name, fonts.BOLD, 32, name_width, 14)
        c.setFillColor(ACCENT)
        c.setFont(fonts.BOLD, size)
        c.drawCentredString(w / 2, y, cert.name)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.8)
        c.line(w / 2 - 85 * mm, y - 5 * mm, w / 2 + 85 * mm, y - 5 * mm)
        y -= 10 * mm
        program = layout.markup(settings.name)
        text = words(f"has completed {{program}} as a {cert.role}", program=f"<b>{program}</b>")
        start = cert.started_on or settings.start_date
        end = cert.ended_on or settings.end_date
        if not wording.in_order(start, end):
            start = None  # the day they completed it, alone, rather than a backwards span
        if start and end:
            span = words(
                "from {start} to {end}",
                start=wording.long_date(start, words),
                end=wording.long_date(end, words),
            )
            text += f",<br/>{span}"
        elif end:
            text += ", " + words("on {end}", end=wording.long_date(end, words))
        y = self._centred(c, text + ".", self.line_style, y, w - 90 * mm)
        if cert.counts_hours and cert.minutes:
            meetings = cert.meetings or 0
            # hours(): the one rounding rule, as everywhere
            spent = words.plural(hours(cert.minutes), "{n} hour", "{n} hours")
            times = words.plural(meetings, "{n} meeting", "{n} meetings")
            y = self._centred(
                c,
                words("{hours} of mentoring across {meetings}", hours=spent, meetings=times),
                self.small_style,
                y - 6 * mm,
                w - 90 * mm,
            )
        self._signature_lines(c, end, words)

    def _signature_lines(self, c: Canvas, end: date | None, words: languages.Words) -> None:
        settings = self.settings
        w, _h = self.size
        y = 40 * mm
        half = 70 * mm
        left_x, right_x = w / 2 - 20 * mm - half, w / 2 + 20 * mm
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.line(left_x, y, left_x + half, y)
        c.line(right_x, y, right_x + half, y)
        c.setFillColor(MUTED)
        c.setFont(fonts.REGULAR, 9.5)
        coordinator = settings.coordinator_name.strip()
        label = (
            words("{name}, program coordinator", name=coordinator)
            if coordinator
            else words("Program coordinator")
        )
        size = _shrink(label, fonts.REGULAR, 9.5, half, 7)
        c.setFont(fonts.REGULAR, size)
        c.drawCentredString(left_x + half / 2, y - 5 * mm, label)
        c.setFont(fonts.REGULAR, 9.5)
        c.drawCentredString(right_x + half / 2, y - 5 * mm, words("Date"))
        if end is not None:
            c.setFillColor(INK)
            c.setFont(fonts.REGULAR, 12)
            c.drawCentredString(right_x + half / 2, y + 2.5 * mm, wording.long_date(end, words))

    def build(self, certificates: Sequence[Certificate], progress: Progress | None = None) -> bytes:
        if not certificates:
            raise NoCompletedPairs()
        out = io.BytesIO()
        codes = [
            languages.resolve(self.settings.document_language, cert.language, self.language)
            for cert in certificates
        ]
        batch = languages.used(codes)
        c = Canvas(
            out,
            pagesize=self.size,
            pageCompression=1,
            initialFontName=fonts.REGULAR,
            lang=layout.main_language(codes),  # /Lang; see layout.py on what else it carries
        )
        c.setTitle(
            languages.words(batch)(
                "Certificates of completion — {program}", program=self.settings.name
            )
        )
        c.setAuthor(self.settings.organization_name or self.settings.name)
        c.setCreator(layout.CREATOR)
        c.setViewerPreference("DisplayDocTitle", "true")  # a reader shows the title
        c.setSubject(languages.words(batch)("Certificate of Completion"))
        total = len(certificates)
        for n, cert in enumerate(certificates):
            if progress is not None:
                progress.check()
                progress.set_progress(n, total, f"Certificate {n + 1} of {total}")
            self._page(c, cert)
            c.showPage()
        c.save()
        return out.getvalue()


def certificates_pdf(
    db: Database,
    program_id: int,
    pair_ids: Sequence[int] | None = None,
    *,
    logo: Path | None = None,
    paper: Paper = Paper.A4,
    progress: Progress | None = None,
    language: str | None = None,
) -> bytes:
    """One PDF with a certificate per participant of the program's completed pairs, each in
    its pair's document language (or all in ``language``)."""
    settings, certificates = load_certificates(db, program_id, pair_ids)
    chosen = None if language is None else languages.checked(language)
    writer = CertificateWriter(settings, logo=logo, paper=paper, language=chosen)
    return writer.build(certificates, progress)


def save_certificates(
    db: Database,
    program_id: int,
    out: Path,
    pair_ids: Sequence[int] | None = None,
    *,
    overwrite: bool = False,
    logo: Path | None = None,
    paper: Paper = Paper.A4,
    progress: Progress | None = None,
    language: str | None = None,
) -> Path:
    check_targets([out], overwrite=overwrite)
    data = certificates_pdf(
        db, program_id, pair_ids, logo=logo, paper=paper, progress=progress, language=language
    )
    return write_file(out, data, overwrite=overwrite)
