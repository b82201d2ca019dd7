"""Group agreements: one signed document per circle, as a PDF.

The pair agreement's layout (:mod:`peerdesk.documents.agreements`) with a circle's
people in place of a pair: the same header, meeting strip, program terms and goal
lines; instead of the two party boxes a list of everyone in the circle (leaders first)
with how to reach them; and a signature line with a date for every leader and member,
three across, then the coordinator (and, for a youth program, each member's parent or
guardian). As in a pair's agreement, the signatures never stand alone on a page: the
last section (or its last clause) goes with them. The terms' placeholders read for a
group: ``{mentor_name}`` is the leaders' names, ``{mentee_name}`` the members'. A term
still worded as the template's pair text ("between the two of you") prints in the
group's wording instead (:data:`peerdesk.documents.default_terms.GROUP_TEXTS`, in the
document's language); a term the coordinator rewrote prints as they wrote it.

Circles print in the program's document language (a circle has no language of its own).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table
from sqlalchemy import select

from peerdesk import history
from peerdesk.database import Database
from peerdesk.documents import languages, layout
from peerdesk.documents.agreements import SECTIONS, AgreementWriter, _table_style
from peerdesk.documents.default_terms import GROUP_WORDING
from peerdesk.documents.languages import Words
from peerdesk.documents.layout import INK, RULE, TINT, Paper
from peerdesk.documents.pairs import PairInfo, Party, clean, load_program
from peerdesk.enums import PairStatus, Role
from peerdesk.errors import UserError
from peerdesk.models import Circle, CircleMember, Participant, Person
from peerdesk.output_files import check_targets, write_file
from peerdesk.people.names import name_key
from peerdesk.progress import Progress

TITLE = "Group Agreement"
GROUP_SECTIONS = {**SECTIONS, "agreement_no_fault": "Leaving the circle"}
LEADER = "leader"
PER_ROW = 3  # signers side by side


class NoCirclesToPrint(UserError):
    template = "There are no circles to print: this program has no active circles yet."


class NoSuchCircles(NoCirclesToPrint):
    template = "There are no circles to print: no circle of this program has those ids."


class NoCircleChosen(NoCirclesToPrint):
    template = "There are no circles to print: choose at least one circle."


@dataclass(frozen=True)
class CircleInfo:
    """A circle as its agreement prints it."""

    id: int
    name: str
    status: PairStatus
    started_on: date | None
    agreement_signed_on: date | None
    leaders: tuple[Party, ...]
    members: tuple[Party, ...]
    printed_at: datetime | None = None

    @property
    def people(self) -> tuple[Party, ...]:
        return (*self.leaders, *self.members)


def load_circles(
    db: Database, program_id: int, circle_ids: Sequence[int] | None = None
) -> list[CircleInfo]:
    """The circles ``circle_ids`` in that order (default: the active and paused ones by
    name), each with its leaders and members by name."""
    with db.reading() as session:
        query = select(Circle).where(Circle.program_id == program_id)
        if circle_ids is None:
            query = query.where(Circle.status.in_((PairStatus.ACTIVE, PairStatus.PAUSED)))
        else:
            query = query.where(Circle.id.in_(list(circle_ids)))
        circles = {c.id: c for c in session.scalars(query)}
        rows = session.execute(
            select(
                CircleMember.circle_id,
                CircleMember.role,
                Participant.id,
                Participant.role,
                Person.full_name,
                Person.email,
                Person.phone,
            )
            .join(Participant, Participant.id == CircleMember.participant_id)
            .join(Person, Person.id == Participant.person_id)
            .where(CircleMember.circle_id.in_(list(circles)))
        ).all()
        people: dict[int, list[tuple[str, Party]]] = {i: [] for i in circles}
        for circle_id, place, pid, role, name, email, phone in rows:
            party = Party(pid, clean(name), clean(email), clean(phone), Role(role))
            people[circle_id].append((place, party))
        order = (
            [i for i in circle_ids if i in circles]
            if circle_ids is not None
            else sorted(circles, key=lambda i: (circles[i].name.casefold(), i))
        )
        found = []
        for circle_id in dict.fromkeys(order):
            circle = circles[circle_id]
            everyone = sorted(
                people[circle_id], key=lambda p: (name_key(p[1].name), p[1].participant_id)
            )
            found.append(
                CircleInfo(
                    id=circle.id,
                    name=clean(circle.name),
                    status=circle.status,
                    started_on=circle.started_on,
                    agreement_signed_on=circle.agreement_signed_on,
                    leaders=tuple(p for place, p in everyone if place == LEADER),
                    members=tuple(p for place, p in everyone if place != LEADER),
                    printed_at=circle.agreement_printed_at,
                )
            )
        return found


def listed(names: Sequence[str], words: Words) -> str:
    """``Ana``, ``Ana and Bo``, ``Ana, Bo and Chidi`` in the document's language."""
    if len(names) <= 1:
        return "".join(names)
    return words("{names} and {last}", names=", ".join(names[:-1]), last=names[-1])


class GroupAgreementWriter(AgreementWriter):
    """Lays out group agreements for one program; build once, use for every circle."""

    title = TITLE
    batch_title = "Group agreements — {program}"
    subject = "Group agreement"
    sections = GROUP_SECTIONS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.circles: dict[int, CircleInfo] = {}

    def _words(self) -> Words:
        return languages.words(
            languages.resolve(self.settings.document_language, None, self.language)
        )

    def stand_in(self, circle: CircleInfo) -> PairInfo:
        """The circle as the pair agreement's pieces read it: the leaders as the mentor,
        the members as the mentee (so the terms' names read for the whole group)."""
        words = self._words()
        self.circles[circle.id] = circle

        def party(people: Sequence[Party], role: Role) -> Party:
            return Party(0, listed([p.name for p in people], words), "", "", role)

        return PairInfo(
            id=circle.id,
            status=circle.status,
            score=None,
            locked=False,
            started_on=circle.started_on,
            ended_on=None,
            outcome=None,
            agreement_signed_on=circle.agreement_signed_on,
            mentor=party(circle.leaders, Role.MENTOR),
            mentee=party(circle.members, Role.MENTEE),
        )

    # -- the pieces that differ from a pair's ---------------------------------------------

    def _term(self, text: str, values: dict[str, str]) -> list[Flowable]:
        """A term as the program has it, or, if it is still the template's pair wording,
        the group's wording of it (then translated as the pair's would be)."""
        return super()._term(GROUP_WORDING.get(text.strip(), text), values)

    def footer(self, pair: PairInfo) -> str:
        """``Harbour · Group Agreement``."""
        words = languages.words(self.language_of(pair))
        circle = self.circles[pair.id]
        return words("{circle} · {title}", circle=circle.name, title=words(TITLE))

    def _parties(self, pair: PairInfo) -> Table:
        """Everyone in the circle, leaders first, with how to reach them; then the coordinator."""
        circle, words = self.circles[pair.id], self.words
        label, cell = self.st.cell_label, self.st.cell
        data: list[list[Any]] = [
            [self._para(circle.name, self.st.name), "", "", ""],
            [Paragraph(layout.markup(words(t)), label) for t in ("Name", "Role", "Email", "Phone")],
        ]
        for party in circle.people:
            role = words("Leader") if party in circle.leaders else words("Member")
            data.append(
                [self._para(party.name, cell), self._para(role, cell)]
                + [self._para(text, self.st.contact) for text in (party.email, party.phone)]
            )
        settings = self.settings
        if settings.coordinator_name.strip() or settings.coordinator_email.strip():
            data.append(
                [
                    self._para(settings.coordinator_name.strip() or "—", cell),
                    self._para(words("Coordinator"), cell),
                    self._para(settings.coordinator_email.strip(), self.st.contact),
                    self._para(settings.coordinator_phone.strip(), self.st.contact),
                ]
            )
        widths = [w * self.width for w in (0.36, 0.16, 0.32, 0.16)]
        table = Table(data, colWidths=widths, repeatRows=2, spaceAfter=4)
        table.setStyle(
            _table_style(
                [
                    ("SPAN", (0, 0), (-1, 0)),  # the circle's name over its people
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 1), (-1, 1), TINT),
                    ("LINEBELOW", (0, 2), (-1, -1), 0.4, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        return table

    def _signers(self, pair: PairInfo) -> list[str]:
        circle, words = self.circles[pair.id], self.words
        signers = [
            words("{role}: {name}", role=words("Leader"), name=p.name) for p in circle.leaders
        ]
        signers += [
            words("{role}: {name}", role=words("Member"), name=p.name) for p in circle.members
        ]
        coordinator = self.settings.coordinator_name.strip()
        signers.append(
            words("{role}: {name}", role=words("Coordinator"), name=coordinator)
            if coordinator
            else words("Coordinator")
        )
        if self.settings.guardian_signature:
            signers += [words("Parent or guardian of {name}", name=p.name) for p in circle.members]
        return signers

    def _signatures(self, pair: PairInfo) -> list[Flowable]:
        """A line to sign and, beside it, the date, for every signer, three across."""
        signers = self._signers(pair)
        between, inside, date_width = 6 * mm, 6, 40
        line = (self.width - (PER_ROW - 1) * between) / PER_ROW - inside - date_width
        widths = ([line, inside, date_width, between] * PER_ROW)[:-1]
        data: list[list[Any]] = []
        heights: list[float | None] = []
        commands: list[tuple[Any, ...]] = [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        for start in range(0, len(signers), PER_ROW):
            data.append([""] * len(widths))
            heights.append(28)  # about 10 mm to sign in
            labels: list[Any] = [""] * len(widths)
            at = len(data)
            for n, text in enumerate(signers[start : start + PER_ROW]):
                labels[4 * n] = self._fitted(text, self.st.sign_label, smallest=6.5, width=line)
                labels[4 * n + 2] = self._para(self.words("Date"), self.st.sign_label)
                for column in (4 * n, 4 * n + 2):
                    commands.append(("LINEABOVE", (column, at), (column, at), 0.8, INK))
            data.append(labels)
            heights.append(None)
        table = Table(data, colWidths=widths, rowHeights=heights)
        table.setStyle(_table_style(commands))
        agree = self.words(
            "By signing below, we agree to take part in this group as set out above."
        )
        return [Paragraph(agree, self.st.sign_intro), table]

    def build_circles(
        self, circles: Sequence[CircleInfo], progress: Progress | None = None
    ) -> bytes:
        """All the agreements of ``circles`` in one PDF, each starting on a new page."""
        if not circles:
            raise NoCircleChosen()
        return self.build([self.stand_in(c) for c in circles], progress)


def make_group_agreements(
    db: Database,
    program_id: int,
    circle_ids: Sequence[int] | None = None,
    *,
    logo: Path | None = None,
    paper: Paper = Paper.A4,
    duplex: bool = False,
    progress: Progress | None = None,
    language: str | None = None,
) -> tuple[bytes, tuple[int, ...]]:
    """The agreements of ``circle_ids`` (default: every active or paused circle) in one
    PDF, and the circles in it, in its order. Nothing is recorded here."""
    circles = load_circles(db, program_id, circle_ids)
    if not circles:
        raise NoSuchCircles() if circle_ids else NoCirclesToPrint()
    writer = GroupAgreementWriter(
        load_program(db, program_id),
        logo=logo,
        paper=paper,
        duplex=duplex,
        language=None if language is None else languages.checked(language),
    )
    return writer.build_circles(circles, progress), tuple(c.id for c in circles)


def mark_circles_printed(db: Database, circle_ids: Sequence[int]) -> None:
    """Record that these circles' agreements were printed or saved (one transaction)."""
    moment = datetime.now(UTC).replace(microsecond=0)
    with db.transaction() as session:
        program_id = None
        for circle in session.scalars(select(Circle).where(Circle.id.in_(list(circle_ids)))):
            circle.agreement_printed_at = moment
            program_id = circle.program_id
        history.record(
            session, "circle", None, "agreement_printed", program_id=program_id,
            circles=sorted(circle_ids),
        )  # fmt: skip


def save_group_agreements(
    db: Database,
    program_id: int,
    out: Path,
    circle_ids: Sequence[int] | None = None,
    *,
    overwrite: bool = False,
    logo: Path | None = None,
    paper: Paper = Paper.A4,
    duplex: bool = False,
    progress: Progress | None = None,
    language: str | None = None,
) -> Path:
    """Write the circles' agreements to ``out`` (never replacing a file unless
    ``overwrite``; written whole or not at all), then record them as printed."""
    check_targets([out], overwrite=overwrite)
    data, printed = make_group_agreements(
        db,
        program_id,
        circle_ids,
        logo=logo,
        paper=paper,
        duplex=duplex,
        progress=progress,
        language=language,
    )
    written = write_file(out, data, overwrite=overwrite)
    mark_circles_printed(db, printed)
    return written
