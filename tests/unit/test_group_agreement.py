"""Group agreements (issue 22): one agreement per circle with every member's signature
line, read back with pypdf; the signatures keep company with the last section; the
file is written whole and the circles recorded as printed; Spanish phrases."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest
from matching_data import realistic_members, store_members
from pdf_pages import page_texts

from peerdesk.database import Database
from peerdesk.documents import group_agreement as ga
from peerdesk.groups import circles as gc
from peerdesk.groups import forming
from peerdesk.output_files import OutputExists
from peerdesk.program import programs
from peerdesk.program.reads import load_settings
from ui import error_texts


def circle_program(db: Database, *, language: str = "en", guardian: bool = False) -> int:
    settings = programs.quick_settings("Spring circles")
    settings.organization_name = "Leeds Community Trust"
    settings.coordinator_name = "Maria Okafor"
    settings.document_language = language
    settings.guardian_signature = guardian
    program_id = programs.create_program(db, settings)
    members, _, _ = realistic_members(16, 2, seed=1)
    store_members(db, program_id, members)
    formation = forming.form_circles(db, program_id, size=9)
    gc.confirm_circles(db, program_id, gc.plans_from(formation, ["Harbour", "Lantern"]))
    return program_id


def agreements(pages: list[str]) -> list[list[str]]:
    """The pages of each agreement (each numbers its own pages from 1)."""
    found: list[list[str]] = []
    for text in pages:
        number = re.search(r"Page (\d+) of \d+", text) or re.search(r"Página (\d+) de", text)
        assert number is not None
        if number.group(1) == "1":
            found.append([])
        found[-1].append(text)
    return found


def test_every_leader_and_member_has_a_signature_line_kept_with_the_last_section(
    db: Database, tmp_path: Path
) -> None:
    program_id = circle_program(db)
    circles = gc.list_circles(db, program_id)
    out = ga.save_group_agreements(db, program_id, tmp_path / "circles.pdf")
    documents = agreements(page_texts(out))
    assert len(documents) == len(circles) == 2
    for circle, pages in zip(circles, documents, strict=True):  # by name: Harbour, Lantern
        whole = " ".join(pages)
        assert whole.startswith("LEEDS COMMUNITY TRUST Group Agreement Spring circles")
        assert circle.name in pages[0] and f"{circle.name} · Group Agreement" in pages[-1]
        signing = whole[whole.index("By signing below, we agree to take part in this group") :]
        for person in circle.leaders:
            assert f"Leader: {person.name} Date" in signing
        for person in circle.members:
            assert f"Member: {person.name} Date" in signing
            assert person.name in pages[0]  # listed with how to reach them
        assert "Coordinator: Maria Okafor Date" in signing
        assert signing.count(" Date") == len(circle.people) + 1
        # The signatures never stand alone: the last section is on their page.
        last = next(p for p in pages if "By signing below" in p)
        assert "Leaving the circle" in last
    metadata = pypdf.PdfReader(out).metadata
    assert metadata is not None and metadata.title == "Group agreements — Spring circles"
    assert metadata.subject == "Group agreement"
    for circle in ga.load_circles(db, program_id):
        assert circle.printed_at is not None
    with pytest.raises(OutputExists):
        ga.save_group_agreements(db, program_id, tmp_path / "circles.pdf")


def test_a_youth_circle_has_a_guardian_line_for_each_member_and_spanish_prints_spanish(
    db: Database,
) -> None:
    program_id = circle_program(db, language="es", guardian=True)
    circle = gc.list_circles(db, program_id)[0]
    data, printed = ga.make_group_agreements(db, program_id, [circle.id])
    assert printed == (circle.id,)
    whole = " ".join(page_texts(data))
    assert "Acuerdo de grupo" in whole
    assert "Con nuestra firma, aceptamos participar en este grupo" in whole
    for person in circle.members:
        assert f"Integrante: {person.name}" in whole
        assert f"Madre, padre o tutor/a de {person.name}" in whole
    assert f"Líder: {circle.leaders[0].name}" in whole


def test_untouched_terms_print_the_groups_wording_and_a_coordinators_own_stay(
    db: Database,
) -> None:
    """The template's pair terms ("between the two of you", "the mentee sets the goals")
    read for a group in a circle's agreement, in each language; rewritten ones do not."""
    program_id = circle_program(db, guardian=True)
    circle = gc.list_circles(db, program_id)[0]
    leader, first = circle.leaders[0].name, circle.members[0].name

    def printed(language: str) -> str:
        data, _ = ga.make_group_agreements(db, program_id, [circle.id], language=language)
        return " ".join(" ".join(page_texts(data)).split())

    english = printed("en")
    for pair_words in ("two of you", "The mentee sets the goals", "Either of you",
                       "Ending the partnership"):  # fmt: skip
        assert pair_words not in english
    assert "What is said in the circle stays in the circle." in english
    assert f"The members of this circle, {first}" in english and f"with {leader}" in english
    assert "Anyone may leave the circle at any time" in english
    spanish, french = printed("es"), printed("fr")
    assert "Lo que se dice en el círculo queda en el círculo." in spanish
    assert "entre ustedes dos" not in spanish and "Salir del círculo" in spanish
    assert "Ce qui se dit dans le cercle reste dans le cercle." in french
    assert "entre vous deux" not in french and "Quitter le cercle" in french

    settings = load_settings(db, program_id)
    settings.agreement_confidentiality = "Nothing said here leaves the two of us, {mentee_name}."
    programs.update_program(db, program_id, settings)
    assert f"Nothing said here leaves the two of us, {circle.members[0].name}" in printed("en")


def test_nothing_to_print_without_circles(db: Database) -> None:
    program_id = programs.create_program(db, programs.quick_settings("Empty"))
    with pytest.raises(ga.NoCirclesToPrint, match="no active circles") as none:
        ga.make_group_agreements(db, program_id)
    with pytest.raises(ga.NoCirclesToPrint, match="those ids") as unknown:
        ga.make_group_agreements(db, program_id, [999])
    # Each reason is a whole sentence the front end translates: no English in its fields.
    for refused in (none.value, unknown.value):
        assert refused.fields == {}
        assert refused.template in error_texts.TEMPLATES
