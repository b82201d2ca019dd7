"""Agreements as a coordinator prints them, read back with pypdf: one page for the
default agreement of every template (long names, three goals), a clause above the
signatures when text is long, the mentee's own goals, and "only unsigned / only new"."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pypdf
import pytest
from documents_data import NAMES, add_pair, make_program, participant_ids

from peerdesk.database import Database
from peerdesk.documents.agreements import (
    NothingToPrint,
    agreements_pdf,
    make_agreements,
    save_agreements,
)
from peerdesk.documents.layout import Paper
from peerdesk.documents.pairs import AgreementFilter, list_pairs, mark_printed, mark_signed
from peerdesk.enums import ProgramTemplate, TagKind
from peerdesk.models import ChangeRecord, ParticipantTag
from peerdesk.output_files import OutputExists
from peerdesk.program.templates import EXPECTATIONS, template_settings

LONG_MENTOR = "Maria Fernanda Rodríguez-Castellanos"
LONG_MENTEE = "Christopher Alexander Montgomery-Wellington"
GOALS = (
    "Build the confidence to present my team's work to senior leadership by the spring review.",
    "Understand how budgets are planned across departments so I can run my first budget.",
    "Grow a network of colleagues outside my own team whom I can ask for advice.",
)
SECTION_TITLES = (
    "Purpose and goals",
    "What we each commit to",
    "Confidentiality",
    "Boundaries and when to get help",
    "Ending the partnership",
)


def pages_text(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def realistic_program(db: Database, template: ProgramTemplate, **changes: object) -> int:
    """A template's defaults as the wizard leaves them, with long names everywhere."""
    return make_program(
        db,
        f"{template.value.title()} Mentoring Program 2025",
        template=template,
        organization_name="Riverside Community Center for Learning and Recovery",
        purpose=template_settings(template).purpose,
        coordinator_name="Dana Whitfield-Okonkwo",
        coordinator_email="dana.whitfield-okonkwo@riverside-community.org",
        **changes,
    )


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
@pytest.mark.parametrize("template", list(ProgramTemplate))
def test_the_default_agreement_of_every_template_fits_one_page(
    db: Database, template: ProgramTemplate, paper: Paper
) -> None:
    program = realistic_program(db, template)
    add_pair(db, program, LONG_MENTOR, LONG_MENTEE, goals=GOALS)
    add_pair(db, program, *NAMES[2])  # no goals yet: lines to write them on
    pages = pages_text(agreements_pdf(db, program, paper=paper))
    assert [re.search(r"Page \d of \d", p).group(0) for p in pages] == ["Page 1 of 1"] * 2  # type: ignore[union-attr]
    first, second = pages
    for goal in GOALS:
        assert goal in first
    assert "Write down the goals you agree on together" in second
    for title in SECTION_TITLES:
        assert title in first
    # Every email address is there whole (broken, if at all, after an "@" or a dot).
    for email in ("christopher.alexander.montgomery-wellington@example.org",
                  "dana.whitfield-okonkwo@riverside-community.org"):  # fmt: skip
        assert email in first.replace(" ", "")
    assert f"Mentee: {LONG_MENTEE}" in first
    guardian = f"Parent or guardian of {LONG_MENTEE}"
    assert (guardian in first) == (template == ProgramTemplate.YOUTH)


@pytest.mark.parametrize("extra", range(0, 13, 2))
def test_long_text_flows_on_with_a_clause_above_the_signatures(db: Database, extra: int) -> None:
    """However much text there is, page 2 never holds the signatures alone."""
    points = "\n\n".join(
        f"Point {n}: both of you keep this promise, which is written out at length on "
        "purpose so that the agreement grows by a few lines each time."
        for n in range(extra)
    )
    program = realistic_program(
        db, ProgramTemplate.YOUTH, agreement_expectations=f"{EXPECTATIONS}\n\n{points}"
    )
    add_pair(db, program, LONG_MENTOR, LONG_MENTEE, goals=GOALS)
    pages = pages_text(agreements_pdf(db, program, paper=Paper.LETTER))
    last = pages[-1]
    signatures = last.index("By signing below")
    assert any(0 <= last.find(title) < signatures for title in SECTION_TITLES), last[:200]
    assert "Ending the partnership" in last  # the last clause goes with the signatures
    if extra >= 8:
        assert len(pages) == 2


def test_the_mentees_own_goals_print_when_the_pair_has_agreed_none(db: Database) -> None:
    program = make_program(db)
    stated = add_pair(db, program, *NAMES[0])
    agreed = add_pair(db, program, *NAMES[1], goals=("Lead the spring project",))
    said = "I hope to get better at giving feedback, kindly and clearly."
    with db.transaction() as session:
        for pair_id in (stated, agreed):
            _mentor, mentee = participant_ids(db, pair_id)
            session.add(ParticipantTag(participant_id=mentee, kind=TagKind.GOAL, value=said))
            session.add(ParticipantTag(participant_id=mentee, kind=TagKind.INTEREST, value="Chess"))
    first, second = pages_text(agreements_pdf(db, program))
    assert f"• {said}" in first and "Chess" not in first
    assert "Write down the goals" not in first
    # Goals the pair agreed on together come first, instead of what was said at sign-up.
    assert "• Lead the spring project" in second and said not in second


# -- only unsigned, only new ----------------------------------------------------------


def test_only_unsigned_and_only_new_since_the_last_print(db: Database, tmp_path: Path) -> None:
    program = make_program(db)
    ids = [add_pair(db, program, m, e) for m, e in NAMES]
    mark_signed(db, ids[1], date.today())
    unsigned = AgreementFilter(unsigned=True)
    assert make_agreements(db, program, only=unsigned).pair_ids == (ids[0], ids[2], ids[3])

    # Saving records the print, in the order asked, with the history.
    save_agreements(db, program, tmp_path / "a.pdf", [ids[3], ids[0]])
    printed = {p.id: p.printed_at for p in list_pairs(db, program)}
    assert printed[ids[0]] is not None and printed[ids[3]] is not None
    assert printed[ids[1]] is None and printed[ids[2]] is None
    with db.reading() as session:
        actions = session.query(ChangeRecord).filter_by(action="agreement_printed").all()
        assert sorted(r.entity_id for r in actions) == sorted([ids[0], ids[3]])

    new = AgreementFilter(new=True)
    assert make_agreements(db, program, only=new).pair_ids == (ids[1], ids[2])
    both = AgreementFilter(unsigned=True, new=True)
    text = " ".join(pages_text(agreements_pdf(db, program, only=both)))
    assert NAMES[2][0] in text and NAMES[1][0] not in text and NAMES[0][0] not in text

    save_agreements(db, program, tmp_path / "b", only=both, split=True)
    assert [f.name for f in (tmp_path / "b").iterdir()] == [
        f"Agreement {ids[2]} - {NAMES[2][0]} and {NAMES[2][1]}.pdf"
    ]
    with pytest.raises(NothingToPrint, match="signed its agreement or had it printed"):
        agreements_pdf(db, program, only=both)
    with pytest.raises(NothingToPrint, match="printed or saved before"):
        agreements_pdf(db, program, [ids[0]], only=new)


def test_a_save_that_fails_records_no_print(db: Database, tmp_path: Path) -> None:
    program = make_program(db)
    pair = add_pair(db, program, *NAMES[0])
    target = tmp_path / "agreements.pdf"
    target.write_bytes(b"a signed copy")
    with pytest.raises(OutputExists):
        save_agreements(db, program, target)
    assert list_pairs(db, program)[0].printed_at is None
    # Printing records it at the moment given (the Pairs screen calls this once printed).
    moment = datetime(2025, 3, 4, 9, 30, tzinfo=UTC)
    assert mark_printed(db, [pair], at=moment) == {pair: None}
    assert list_pairs(db, program)[0].printed_at == moment


def test_a_logo_costs_no_page(db: Database, tmp_path: Path) -> None:
    """The logo sits beside the title: the tightest case (youth, Letter) stays one page."""
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (47, 102, 144)).save(logo)
    program = realistic_program(db, ProgramTemplate.YOUTH)
    add_pair(db, program, LONG_MENTOR, LONG_MENTEE, goals=GOALS)
    pdf = agreements_pdf(db, program, paper=Paper.LETTER, logo=logo)
    [page] = pages_text(pdf)
    assert "Mentoring Agreement" in page and f"Parent or guardian of {LONG_MENTEE}" in page
