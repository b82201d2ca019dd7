"""Agreements and certificates in the program's or the pair's document language (issue 20.7),
read back with pypdf: Spanish and French headings, dates and numbers, while the rest stays
as the coordinator typed it."""

from __future__ import annotations

import io
import re
import string
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest
from documents_data import add_meeting, add_pair, french_completed_pair, make_program, past
from sqlalchemy import select

from peerdesk import cli
from peerdesk.database import Database, create_database, open_database
from peerdesk.documents import languages, wording
from peerdesk.documents.agreements import agreements_pdf
from peerdesk.documents.certificates import certificates_pdf
from peerdesk.documents.default_terms import TRANSLATIONS
from peerdesk.documents.phrases import PHRASES
from peerdesk.enums import MeetingStatus, ProgramTemplate
from peerdesk.history import ChangedAfterYou
from peerdesk.models import ChangeRecord, Pair
from peerdesk.pairs.language import set_document_languages
from peerdesk.program import programs
from peerdesk.program.settings import AGREEMENT_FIELDS
from peerdesk.program.templates import template_settings


def pages_text(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_every_phrase_has_spanish_and_french_with_the_same_placeholders() -> None:
    for english, (spanish, french) in PHRASES.items():
        assert spanish.strip() and french.strip(), english
        assert fields(spanish) == fields(english) == fields(french), english


def test_the_templates_texts_have_spanish_and_french_with_the_same_placeholders() -> None:
    for english, translations in TRANSLATIONS.items():
        for text in translations:
            assert fields(text) == fields(english), text
    # Every purpose and term of every template is among them.
    for template in ProgramTemplate:
        settings = template_settings(template)
        for key in ("purpose", *AGREEMENT_FIELDS):
            assert getattr(settings, key) in TRANSLATIONS, (template, key)


def test_dates_numbers_and_plurals_follow_the_language() -> None:
    day = date(2025, 3, 4)
    assert wording.long_date(day) == "4 March 2025"  # English as before
    assert wording.long_date(day, languages.words("es")) == "4 de marzo de 2025"
    assert wording.long_date(day, languages.words("fr")) == "4 mars 2025"
    spanish, french = languages.words("es"), languages.words("fr")
    assert spanish.number(Decimal("1234.5")) == "1.234,5"
    assert french.number(Decimal("1234.5")).replace("\u202f", " ") == "1 234,5"
    assert french.plural(0, "{n} meeting", "{n} meetings") == "0 rencontre"  # 0 is singular
    assert spanish.plural(0, "{n} meeting", "{n} meetings") == "0 encuentros"
    assert languages.ENGLISH.plural(Decimal("1.0"), "{n} hour", "{n} hours") == "1 hour"
    assert wording.length_words(90) == "1½ hours"
    assert wording.length_words(90, spanish) == "1 hora y media"
    assert wording.length_words(150, french) == "2 heures et demie"


def test_a_spanish_program_prints_spanish_agreements(file_db: Database) -> None:
    program = make_program(file_db, document_language="es", guardian_signature=True)
    add_pair(file_db, program, "José Núñez", "Zoë Müller", goals=("Hablar en público",))
    (page,) = pages_text(agreements_pdf(file_db, program))
    for heading in (
        "Acuerdo de mentoría",
        "Propósito y objetivos",
        "Nuestros objetivos",
        "A qué nos comprometemos",
        "Confidencialidad",
        "Límites y cuándo pedir ayuda",
        "Fin de la relación de mentoría",
        "Con nuestra firma, aceptamos participar",
        "Madre, padre o tutor/a de Zoë Müller",
        "Página 1 de 1",
    ):
        assert heading in page, heading
    # Dates, cadence and the meeting's length in Spanish; the names as typed.
    assert "10 de marzo de 2025" in page and "30 de septiembre de 2025" in page
    assert "Cada dos semanas" in page and "Aprox. 1 hora" in page
    assert "José Núñez" in page and "Hablar en público" in page
    # The template's terms, still as the template wrote them, print in Spanish with the
    # placeholders filled in Spanish; the purpose typed in English prints as typed.
    assert (
        "José Núñez y Zoë Müller acuerdan reunirse cada dos semanas durante 1 hora "
        "aproximadamente, en persona o por videollamada, desde el 10 de marzo de 2025 hasta "
        "el 30 de septiembre de 2025." in page
    )
    assert "Lo que se dice en un encuentro queda entre ustedes dos." in page
    assert "Help new staff find their feet and grow." in page
    for english in ("Mentoring Agreement", "Purpose and goals", "Page 1 of 1", "March"):
        assert english not in page
    reader = pypdf.PdfReader(io.BytesIO(agreements_pdf(file_db, program)))
    assert reader.metadata is not None and "Acuerdo de mentoría" in str(reader.metadata.title)


@pytest.mark.parametrize("code", ["es", "fr"])
def test_no_english_is_left_in_any_templates_agreement(file_db: Database, code: str) -> None:
    """Every template's default agreement (guardian line, no goals yet, no start date) has
    no English word left but the names typed as data."""
    english = re.compile(
        r"\b(the|and|of|you|your|with|when|for|to|by|agree|meeting|mentee)\b", re.I
    )
    for template in ProgramTemplate:
        defaults = template_settings(template)
        program = make_program(
            file_db,
            f"Programa {template.value}",
            template=template,
            purpose=defaults.purpose,
            document_language=code,
            guardian_signature=True,
            start_date=None,
        )
        add_pair(file_db, program, "Chidi Okafor", "Mei Lin", started_on=None)
        text = " ".join(pages_text(agreements_pdf(file_db, program)))
        assert not english.findall(text), (template, english.findall(text), text)


def test_a_pairs_language_overrides_its_programs_and_the_command_line_overrides_both(
    tmp_path: Path,
) -> None:
    path = tmp_path / "Riverside.peerdesk"
    with create_database(path) as db:
        program = make_program(db, document_language="fr")
        french = add_pair(db, program, "Chidi Okafor", "Mei Lin")
        spanish = add_pair(db, program, "Søren Ødegård", "Ana Beltrán")
        set_document_languages(db, {spanish: "es"})
        first, second = pages_text(agreements_pdf(db, program, [french, spanish]))
        assert "Accord de mentorat" in first and "10 mars 2025" in first
        assert "Page 1 sur 1" in first and "Binôme" in first
        assert "Acuerdo de mentoría" in second and "10 de marzo de 2025" in second
        assert "Accord" not in second
        # Back to the program's language.
        set_document_languages(db, {spanish: None})
        (again,) = pages_text(agreements_pdf(db, program, [spanish]))
        assert "Accord de mentorat" in again

    out = tmp_path / "english.pdf"
    args = ["agreements", str(path), "--out", str(out), "--language", "en"]
    assert cli.main(args, out=io.StringIO(), err=io.StringIO()) == 0
    assert all("Mentoring Agreement" in page for page in pages_text(out.read_bytes()))


def test_an_unknown_language_is_refused_plainly_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "Riverside.peerdesk"
    with create_database(path) as db:
        program = make_program(db)
        pair = add_pair(db, program, "Chidi Okafor", "Mei Lin")
        with pytest.raises(languages.UnknownLanguage, match=r"Choose one of: en \(English\), es"):
            set_document_languages(db, {pair: "de"})
        with db.reading() as session:
            assert session.get(Pair, pair).document_language is None  # type: ignore[union-attr]
    out = tmp_path / "de.pdf"
    err = io.StringIO()
    code = cli.main(
        ["certificates", str(path), "--out", str(out), "--language", "de"],
        out=io.StringIO(),
        err=err,
    )
    assert code != 0 and "cannot print documents in “de”" in err.getvalue()
    assert not out.exists()


def test_a_french_certificate(file_db: Database) -> None:
    program, pair = french_completed_pair(file_db)
    for days in (60, 40):
        add_meeting(file_db, program, pair, past(days), status=MeetingStatus.HELD, actual=90)
    mentor, mentee = pages_text(certificates_pdf(file_db, program))
    for page in (mentor, mentee):
        assert "Attestation de participation" in page and "Nous certifions que" in page
        assert "du 10 mars 2025 au 27 juin 2025" in page
        assert "Coordination du programme" in page or "coordination du programme" in page
        assert "Certificate" not in page and "March" not in page
    assert "en tant que mentor" in mentor and "3 heures de mentorat en 2 rencontres" in mentor
    assert "en tant que mentoré·e" in mentee
    # The same program, printed in Spanish for once.
    spanish = " ".join(pages_text(certificates_pdf(file_db, program, language="es")))
    assert "Certificado de participación" in spanish and "del 10 de marzo de 2025" in spanish


def test_the_command_line_sets_the_programs_and_the_pairs_language(tmp_path: Path) -> None:
    path = tmp_path / "Riverside.peerdesk"
    with create_database(path) as db:
        program = make_program(db)
        pair = add_pair(db, program, "Chidi Okafor", "Mei Lin")
        other = make_program(db, "Autumn Buddies")
        stranger = add_pair(db, other, "Søren Ødegård", "Ana Beltrán")

    def run(*args: str) -> tuple[int, str]:
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(["document-language", str(path), *args], out=out, err=err)
        return code, out.getvalue() + err.getvalue()

    assert run("fr", "--program", "Spring Mentoring") == (
        0,
        "“Spring Mentoring” prints its documents in Français\n",
    )
    code, said = run("es", "--pair", str(pair), "--program", "Spring Mentoring")
    assert code == 0 and said.startswith(f"Pair {pair} prints its documents in Español")
    with open_database(path) as db:
        assert programs.load_settings(db, program).document_language == "fr"
        (page,) = pages_text(agreements_pdf(db, program))
        assert "Acuerdo de mentoría" in page
    code, said = run("program", "--pair", str(pair), "--program", "Spring Mentoring")
    assert code == 0 and "the program's language" in said
    # Refused in plain words, nothing changed: an unknown language, a pair of another program.
    code, said = run("de", "--program", "Spring Mentoring")
    assert code != 0 and "cannot print documents in “de”" in said
    code, said = run("es", "--pair", str(stranger), "--program", "Spring Mentoring")
    assert code != 0 and f"Pair {stranger}" in said
    with open_database(path) as db, db.reading() as session:
        assert [p.document_language for p in session.scalars(select(Pair).order_by(Pair.id))] == [
            None,
            None,
        ]
        assert programs.load_settings(db, program).document_language == "fr"


def test_setting_a_pairs_language_is_one_recorded_change_that_undo_can_check(
    db: Database,
) -> None:
    program = make_program(db)
    a = add_pair(db, program, "Chidi Okafor", "Mei Lin")
    b = add_pair(db, program, "Søren Ødegård", "Ana Beltrán")
    before = set_document_languages(db, {a: "es", b: "ES "})
    assert before == {a: None, b: None}
    with db.reading() as session:
        assert [p.document_language for p in session.scalars(select(Pair).order_by(Pair.id))] == [
            "es",
            "es",
        ]
        changes = session.scalars(
            select(ChangeRecord).where(ChangeRecord.action == "document_language")
        ).all()
        assert len(changes) == 2
    # Someone sets French on one of them: an undo that expected Spanish changes nothing.
    set_document_languages(db, {a: "fr"})
    with pytest.raises(ChangedAfterYou):
        set_document_languages(db, before, expected={a: "es", b: "es"})
    with db.reading() as session:
        assert session.get(Pair, b).document_language == "es"  # type: ignore[union-attr]


def test_the_program_setting_is_saved_and_checked(file_db: Database) -> None:
    program = make_program(file_db)
    settings = programs.load_settings(file_db, program)
    assert settings.document_language == "en"
    settings.document_language = "fr"
    programs.update_program(file_db, program, settings)
    assert programs.load_settings(file_db, program).document_language == "fr"
    from peerdesk.program.settings import validate

    settings.document_language = "klingon"
    assert re.search("English, Spanish or French", validate(settings, set())["document_language"])
