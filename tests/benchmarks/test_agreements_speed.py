"""Agreement speed: 500 agreements into one PDF, against bare reportlab in the same run.

PeerDesk's run reads 500 active pairs with their goals from a program file,
fills every placeholder, escapes every piece of user text, lays out each
agreement (party boxes, tables, signature block kept together) and numbers
each agreement's pages on its own. The floor is reportlab writing the very
same paragraphs — the same texts, already filled and escaped, in the same
styles and embedded font — one agreement's worth per page, with no template
work at all. Needed (issue #5): at most 1.5× the floor.

Run with ``pytest -m benchmark -s tests/benchmarks/test_agreements_speed.py``.
"""

from __future__ import annotations

import io
import statistics
import time
from pathlib import Path
from typing import Any

import pypdf
import pytest
from documents_data import NAMES, make_program
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Table,
)

from peerdesk.database import Database, create_database
from peerdesk.documents import layout
from peerdesk.documents.agreements import AgreementWriter, agreements_pdf
from peerdesk.documents.pairs import load_pairs, load_program
from peerdesk.enums import PairStatus, Role
from peerdesk.models import Goal, Pair, Participant, Person

pytestmark = pytest.mark.benchmark

PAIRS = 500
RUNS = 3
NEEDED = 1.5


def fill_program(db: Database, program_id: int) -> None:
    with db.transaction() as session:
        for n in range(PAIRS):
            mentor_name, mentee_name = NAMES[n % len(NAMES)]
            mentor = Participant(
                program_id=program_id,
                person=Person(full_name=f"{mentor_name} {n}", email=f"mentor{n}@example.org"),
                role=Role.MENTOR,
            )
            mentee = Participant(
                program_id=program_id,
                person=Person(full_name=f"{mentee_name} {n}", email=f"mentee{n}@example.org"),
                role=Role.MENTEE,
            )
            session.add_all([mentor, mentee])
            session.flush()
            pair = Pair(
                program_id=program_id,
                mentor_id=mentor.id,
                mentee_id=mentee.id,
                status=PairStatus.ACTIVE,
            )
            session.add(pair)
            session.flush()
            session.add(Goal(pair_id=pair.id, text="Speak up with confidence in team meetings"))
            session.add(Goal(pair_id=pair.id, text="Plan the next two years & the steps there"))


def paragraphs(flowables: list[Any]) -> list[Paragraph]:
    """Every paragraph of a story, tables and kept-together groups opened up."""
    found: list[Paragraph] = []
    for item in flowables:
        if isinstance(item, Paragraph):
            found.append(item)
        elif isinstance(item, KeepTogether):
            found += paragraphs(list(item._content))
        elif isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    found += paragraphs(cell if isinstance(cell, list) else [cell])
    return found


def bare_reportlab(texts: list[list[tuple[str, Any, str | None]]]) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        leftMargin=layout.MARGIN_SIDE,
        rightMargin=layout.MARGIN_SIDE,
        topMargin=layout.MARGIN_TOP,
        bottomMargin=layout.MARGIN_BOTTOM,
    )
    story: list[Flowable] = []
    for n, agreement in enumerate(texts):
        if n:
            story.append(PageBreak())
        story += [Paragraph(text, style, bulletText=bullet) for text, style, bullet in agreement]
    doc.build(story)
    return out.getvalue()


def test_500_agreements_within_one_and_a_half_times_bare_reportlab(tmp_path: Path) -> None:
    db = create_database(tmp_path / "big.peerdesk")
    try:
        program_id = make_program(db, "Staff Mentoring")
        fill_program(db, program_id)
        writer = AgreementWriter(load_program(db, program_id))
        texts = [
            [
                (p.text, p.style, getattr(p, "bulletText", None))
                for p in paragraphs(writer.story(pair))
            ]
            for pair in load_pairs(db, program_id)
        ]
        ours: list[float] = []
        floor: list[float] = []
        for _ in range(RUNS):
            start = time.perf_counter()
            pdf = agreements_pdf(db, program_id)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare = bare_reportlab(texts)
            floor.append(time.perf_counter() - start)
    finally:
        db.close()
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    bare_pages = len(pypdf.PdfReader(io.BytesIO(bare)).pages)
    ratio = statistics.median(ours) / statistics.median(floor)
    print(
        f"\n{PAIRS} agreements ({pages} pages): PeerDesk {statistics.median(ours):.2f} s, "
        f"bare reportlab with the same paragraphs ({bare_pages} pages) "
        f"{statistics.median(floor):.2f} s — {ratio:.2f}× (needed: at most {NEEDED}×)"
    )
    assert pages >= PAIRS
    assert ratio <= NEEDED
