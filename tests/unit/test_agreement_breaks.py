"""Long agreements that keep together, read back with pypdf: 66 pairs with names and goals
of every length and a guardian line, and programs with 40 clauses. No page holds the
signatures alone; no page holds two agreements, so a batch has exactly as many pages as
its agreements printed one by one; for two-sided printing every agreement has an even
number of pages, its blank back page marked as such."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pypdf
from documents_data import add_pair, make_program

from peerdesk import cli
from peerdesk.database import create_database
from peerdesk.documents.agreements import BLANK_BACK, AgreementWriter
from peerdesk.documents.pairs import PairInfo, Party
from peerdesk.enums import PairStatus, ProgramTemplate, Role
from peerdesk.program import programs
from peerdesk.program.settings import ProgramSettings
from peerdesk.program.templates import template_settings

SIGNING = "By signing below"
FOOTER = re.compile(r"Pair (\d+) · Mentoring Agreement · .*?Page (\d+) of (\d+)")
FIRSTS = ["Ana", "Maria Fernanda", "Bo", "Christopher Alexander", "Nguyễn Thị Minh", "Zoë"]
LASTS = ["Li", "Rodríguez-Castellanos", "Montgomery-Wellington", "Ødegård", "Okafor", "Núñez"]
GOAL = "Build the confidence to present my team's work to senior leadership by the review"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def clauses(count: int) -> str:
    return "\n".join(
        f"- Clause {n + 1}: we keep to what we agreed about "
        + " ".join(["this part of our partnership"] * (1 + n % 5))
        + "."
        for n in range(count)
    )


def youth_program(**changes: object) -> ProgramSettings:
    """The youth template's terms, with a guardian line and long names everywhere."""
    settings = programs.quick_settings("Youth Mentoring Program 2025", ProgramTemplate.YOUTH)
    return replace(
        settings,
        purpose=template_settings(ProgramTemplate.YOUTH).purpose,
        organization_name="Riverside Community Center for Learning and Recovery",
        coordinator_name="Dana Whitfield-Okonkwo",
        coordinator_email="dana.whitfield-okonkwo@riverside-community.org",
        guardian_signature=True,
        **changes,  # type: ignore[arg-type]
    )


def varied_pairs(count: int) -> list[PairInfo]:
    """Pairs with short and long names and from no goal to fourteen long ones."""

    def party(n: int, name: str, role: Role) -> Party:
        email = f"{name.split()[0].lower()}.{n}@riverside-community.org"
        return Party(n, name, email, "+1 555 0100", role)

    pairs = []
    for n in range(count):
        mentor = party(2 * n, f"{FIRSTS[n % 6]} {LASTS[(n * 5) % 6]}", Role.MENTOR)
        mentee = party(2 * n + 1, f"{FIRSTS[(n + 3) % 6]} {LASTS[(n + 1) % 6]} {n}", Role.MENTEE)
        goals = tuple(f"{GOAL} ({k + 1}){' and more' * (n % 7)}." for k in range((n * 7) % 15))
        pairs.append(
            PairInfo(n + 1, PairStatus.ACTIVE, None, False, None, None, None, None, mentor, mentee,
                     goals)
        )  # fmt: skip
    return pairs


def texts(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def page_count(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def check_pages(pages: list[str]) -> dict[int, int]:
    """Each page belongs to one agreement, its pages in order, and no page holds the
    signatures alone; each agreement's page count."""
    counts: dict[int, int] = {}
    seen: Counter[int] = Counter()
    for number, page in enumerate(pages, 1):
        footers = FOOTER.findall(page)
        assert len(footers) == 1, f"page {number} holds {len(footers)} agreements"
        [(pair, page_no, total)] = footers
        seen[int(pair)] += 1
        assert int(page_no) == seen[int(pair)], f"page {number} is out of order"
        counts[int(pair)] = int(total)
        if SIGNING in page:
            above = page[: page.index(SIGNING)]
            assert len(above) > 60, f"page {number} holds the signatures alone: {page[:120]}"
    assert dict(seen) == counts  # every page of every agreement, none of another
    return counts


def test_66_agreements_of_every_length_break_well() -> None:
    writer = AgreementWriter(youth_program())
    pairs = varied_pairs(66)
    batch = writer.build(pairs)
    counts = check_pages(texts(batch))
    assert len(counts) == 66 and set(counts.values()) == {1, 2}  # the lengths do vary
    assert page_count(batch) == sum(counts.values())
    # Each is as long as when printed alone (one in six, for time: every length is there).
    alone = {pair.id: page_count(writer.build([pair])) for pair in pairs[::6]}
    assert alone == {pair_id: counts[pair_id] for pair_id in alone}
    assert set(alone.values()) == {1, 2}


def test_two_sided_printing_gives_every_agreement_whole_sheets(tmp_path: Path) -> None:
    pairs = varied_pairs(66)
    counts = {p.id: page_count(AgreementWriter(youth_program()).build([p])) for p in pairs[:12]}
    assert set(counts.values()) == {1, 2}
    duplex = AgreementWriter(youth_program(), duplex=True).build(pairs[:12])
    assert page_count(duplex) == sum(n + n % 2 for n in counts.values())
    pages = texts(duplex)
    assert check_pages(pages) == {p: n + n % 2 for p, n in counts.items()}
    blanks = [n for n, page in enumerate(pages) if BLANK_BACK in page]
    assert len(blanks) == sum(n % 2 for n in counts.values())
    for n in blanks:  # a back page: the note and the footer, nothing of the agreement
        assert re.fullmatch(rf"{re.escape(BLANK_BACK)} Pair \d+ · .* Page 2 of 2", pages[n])
    if shutil.which("pdftoppm"):
        SCREENSHOTS.mkdir(exist_ok=True)
        source = tmp_path / "duplex.pdf"
        source.write_bytes(duplex)
        subprocess.run(
            ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "6", str(source),
             str(SCREENSHOTS / "agreements-duplex")],
            check=True, timeout=60,
        )  # fmt: skip


def test_forty_clauses_in_the_middle_or_at_the_end_keep_the_signatures_company() -> None:
    middle = AgreementWriter(youth_program(agreement_expectations=clauses(40)))
    end = AgreementWriter(youth_program(agreement_no_fault=clauses(40)))
    pairs = varied_pairs(6)
    check_pages(texts(middle.build(pairs)))
    pages = texts(end.build(pairs))
    check_pages(pages)
    for page in pages:
        if SIGNING in page:  # the last section is longer than a page: its last clause stays
            assert "Clause 40:" in page.split(SIGNING)[0]


def test_the_command_line_pads_for_two_sided_printing(tmp_path: Path) -> None:
    path = tmp_path / "Riverside.peerdesk"
    with create_database(path) as db:
        program = make_program(db, agreement_expectations=clauses(14), guardian_signature=True)
        add_pair(db, program, "Ana Li", "Bo Okafor")  # one page
        add_pair(db, program, "Maria Fernanda Rodríguez-Castellanos", "Zoë Núñez",
                 goals=tuple(f"{GOAL} ({k})." for k in range(14)))  # fmt: skip
    out = tmp_path / "agreements.pdf"
    args = ["agreements", str(path), "--out", str(out), "--duplex"]
    assert cli.main(args, out=io.StringIO(), err=io.StringIO()) == 0
    counts = check_pages(texts(out.read_bytes()))
    assert all(n % 2 == 0 for n in counts.values()) and page_count(out.read_bytes()) == sum(
        counts.values()
    )
