"""Which column goes where: five languages, sensitive headers, hidden columns and sheets,
and form questions whose answers are people's own sentences."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import fixtures_rosters as shapes
import openpyxl
import pypdf
import pytest
from fixtures_rosters import imported, make_program
from sqlalchemy import update

from peerdesk.database import Database
from peerdesk.documents.agreements import agreements_pdf
from peerdesk.enums import ParticipantStatus, Role, TagKind
from peerdesk.matching import confirm_pairs, save_suggestions, suggest
from peerdesk.models import Participant
from peerdesk.roster import layouts
from peerdesk.roster.commit import run_import
from peerdesk.roster.mapping import Field, sensitive_kind, suggest_mapping
from peerdesk.roster.plan import RosterImport
from peerdesk.roster.values import is_free_text, split_multi, split_sentences, suggest_role

F = Field

# One HR export per language: its headers and the fields they should be proposed as.
HEADERS: dict[str, list[tuple[str, Field]]] = {
    "English": [
        ("First name", F.FIRST_NAME), ("Last name", F.LAST_NAME), ("E-mail", F.EMAIL),
        ("Role", F.ROLE), ("Department", F.DEPARTMENT), ("Years of service", F.YEARS_EXPERIENCE),
        ("Skills", F.SKILLS), ("Goals", F.GOALS), ("Interests", F.INTERESTS),
        ("Languages", F.LANGUAGES), ("Phone", F.PHONE),
    ],
    "French": [
        ("Prénom", F.FIRST_NAME), ("Nom de famille", F.LAST_NAME), ("Courriel", F.EMAIL),
        ("Rôle", F.ROLE), ("Service", F.DEPARTMENT), ("Ancienneté (années)", F.YEARS_EXPERIENCE),
        ("Compétences", F.SKILLS), ("Objectifs", F.GOALS), ("Centres d'intérêt", F.INTERESTS),
        ("Langues parlées", F.LANGUAGES), ("Téléphone", F.PHONE),
    ],
    "Spanish": [
        ("Nombre", F.FIRST_NAME), ("Apellidos", F.LAST_NAME),
        ("Correo electrónico", F.EMAIL), ("Rol", F.ROLE), ("Departamento", F.DEPARTMENT),
        ("Antigüedad", F.YEARS_EXPERIENCE), ("Habilidades", F.SKILLS), ("Metas", F.GOALS),
        ("Intereses", F.INTERESTS), ("Idiomas", F.LANGUAGES), ("Teléfono móvil", F.PHONE),
    ],
    "German": [
        ("Vorname", F.FIRST_NAME), ("Nachname", F.LAST_NAME), ("E-Mail-Adresse", F.EMAIL),
        ("Rolle", F.ROLE), ("Abteilung", F.DEPARTMENT),
        ("Betriebszugehörigkeit", F.YEARS_EXPERIENCE), ("Fähigkeiten", F.SKILLS),
        ("Ziele", F.GOALS), ("Interessen", F.INTERESTS), ("Sprachen", F.LANGUAGES),
        ("Telefonnummer", F.PHONE),
    ],
    "Portuguese": [
        ("Primeiro nome", F.FIRST_NAME), ("Sobrenome", F.LAST_NAME),
        ("Endereço de e-mail", F.EMAIL), ("Papel", F.ROLE), ("Departamento", F.DEPARTMENT),
        ("Tempo de serviço (anos)", F.YEARS_EXPERIENCE), ("Competências", F.SKILLS),
        ("Objetivos", F.GOALS), ("Interesses", F.INTERESTS), ("Idiomas falados", F.LANGUAGES),
        ("Telefone", F.PHONE),
    ],
}  # fmt: skip


@pytest.mark.parametrize("language", list(HEADERS))
def test_hr_headers_are_mapped_in_five_languages(language: str) -> None:
    headers = [h for h, _f in HEADERS[language]]
    fields = [t.field for t in suggest_mapping(headers)]
    assert fields == [f for _h, f in HEADERS[language]]
    # Case and accents never matter.
    shouted = [t.field for t in suggest_mapping([h.upper() for h in headers])]
    plain = [t.field for t in suggest_mapping([_unaccented(h) for h in headers])]
    assert shouted == plain == fields


def _unaccented(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@pytest.mark.parametrize(
    ("headers", "fields"),
    [
        (["Nom", "Prénom", "Courriel"], [F.LAST_NAME, F.FIRST_NAME, F.EMAIL]),
        (["Nombre completo", "Correo"], [F.NAME, F.EMAIL]),
        (["Name", "Vorname", "E-Mail"], [F.LAST_NAME, F.FIRST_NAME, F.EMAIL]),
        (["Nome completo", "E-mail", "Anos de experiência"], [F.NAME, F.EMAIL,
                                                              F.YEARS_EXPERIENCE]),
        (["Full name", "Email", "Ancienneté"], [F.NAME, F.EMAIL, F.YEARS_EXPERIENCE]),
    ],
)  # fmt: skip
def test_whole_names_and_years_in_other_languages(headers: list[str], fields: list[Field]) -> None:
    assert [t.field for t in suggest_mapping(headers)] == fields


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Mentoré", Role.MENTEE), ("Mentorée", Role.MENTEE), ("MENTORÉ(E)", Role.MENTEE),
        ("Filleule", Role.MENTEE), ("Mentorado", Role.MENTEE), ("mentorada", Role.MENTEE),
        ("Tutorado", Role.MENTEE), ("Mentee/in", Role.MENTEE), ("Mentor/in", Role.MENTOR),
        ("Mentorin", Role.MENTOR), ("Tutor", Role.MENTOR), ("Tutora", Role.MENTOR),
        ("Tuteur", Role.MENTOR), ("Marraine", Role.MENTOR), ("Mentora", Role.MENTOR),
        ("Les deux", Role.BOTH), ("Ambos", Role.BOTH), ("Beides", Role.BOTH),
    ],
)  # fmt: skip
def test_role_answers_in_five_languages(answer: str, role: Role) -> None:
    assert suggest_role(answer) == role


SENSITIVE = [
    ("Salary band", "pay information"), ("Annual pay", "pay information"),
    ("Hourly wage", "pay information"), ("Total compensation", "pay information"),
    ("Salaire brut", "pay information"), ("Sueldo", "pay information"),
    ("Jahresgehalt", "pay information"), ("Salário", "pay information"),
    ("Date of birth", "a date of birth"), ("DOB", "a date of birth"),
    ("Birthday", "a date of birth"), ("Date de naissance", "a date of birth"),
    ("Fecha de nacimiento", "a date of birth"), ("Geburtsdatum", "a date of birth"),
    ("Data de nascimento", "a date of birth"),
    ("Health conditions we should know about", "health information"),
    ("Medical information", "health information"), ("Santé", "health information"),
    ("Salud", "health information"), ("Gesundheitszustand", "health information"),
    ("Saúde", "health information"),
    ("Disability", "disability information"), ("Handicap", "disability information"),
    ("Discapacidad", "disability information"), ("Behinderung", "disability information"),
    ("Religion", "religion"), ("Religión", "religion"), ("Religião", "religion"),
    ("Ethnicity", "ethnicity"), ("Race", "ethnicity"), ("Origine ethnique", "ethnicity"),
    ("Etnia", "ethnicity"), ("Raça/Cor", "ethnicity"),
    ("National ID", "a national ID number"), ("SSN", "a national ID number"),
    ("Social security number", "a national ID number"),
    ("NI number", "a national ID number"),
    ("Numéro de sécurité sociale", "a national ID number"), ("DNI", "a national ID number"),
    ("Sozialversicherungsnummer", "a national ID number"), ("CPF", "a national ID number"),
    ("Passport number", "passport details"), ("Numéro de passeport", "passport details"),
    ("Pasaporte", "passport details"), ("Reisepass", "passport details"),
    ("Passaporte", "passport details"),
]  # fmt: skip


@pytest.mark.parametrize(("header", "kind"), SENSITIVE)
def test_sensitive_headers_are_proposed_as_not_imported(header: str, kind: str) -> None:
    assert sensitive_kind(header) == kind
    [target] = suggest_mapping([header])
    assert target.field == Field.IGNORE


def test_a_sensitive_header_wins_over_a_field_it_names() -> None:
    # "goals", "years", "skills" and "name" all name fields; the sensitive words win.
    headers = ["Name", "Email", "Health goals", "Years on disability leave", "Salary (years)",
               "Birthday name"]  # fmt: skip
    fields = [t.field for t in suggest_mapping(headers)]
    assert fields == [F.NAME, F.EMAIL, F.IGNORE, F.IGNORE, F.IGNORE, F.IGNORE]


@pytest.mark.parametrize(
    "header", ["Department", "Display name", "Payroll ID", "Team", "Raceway team", "Pays"]
)
def test_ordinary_headers_are_not_called_sensitive(header: str) -> None:
    assert sensitive_kind(header) is None


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("What do you most want to get out of the program?", F.GOALS),
        ("What are your goals?", F.GOALS),
        ("I hope to…", F.GOALS),
        ("What would you like to learn?", F.GOALS),
        ("What skills would you like to develop?", F.GOALS),
        ("Qu'attendez-vous du programme ?", F.GOALS),
        ("¿Qué te gustaría aprender?", F.GOALS),
        ("Was möchten Sie lernen?", F.GOALS),
        ("O que gostaria de aprender?", F.GOALS),
        ("Skills or experience you could share", F.SKILLS),
        ("What can you offer?", F.SKILLS),
        ("Compétences à partager", F.SKILLS),
        ("¿Qué puedes ofrecer?", F.SKILLS),
        ("Was können Sie anbieten?", F.SKILLS),
        ("O que pode oferecer?", F.SKILLS),
        ("What do you hope to offer as a mentor?", F.SKILLS),
        ("How can you help others?", F.SKILLS),
        ("What do you need help with?", F.GOALS),
        ("What do you hope to get from the program?", F.GOALS),
        ("Skills you want to develop", F.GOALS),
        ("When are you usually free?", F.AVAILABILITY),
        ("What is the best time to meet?", F.AVAILABILITY),
    ],
)
def test_form_questions_are_goals_and_skills(header: str, field: Field) -> None:
    [target] = suggest_mapping([header])
    assert target.field == field


def test_free_text_answers_stay_whole_and_lists_are_split() -> None:
    sentence = "Speak up in meetings without rehearsing, and lead a project, end to end."
    assert split_sentences(sentence) == [sentence]
    bullets = "- Speak up in meetings, calmly\n- Lead a project\n\n• Grow my network"
    assert split_sentences(bullets) == [
        "Speak up in meetings, calmly", "Lead a project", "Grow my network",
    ]  # fmt: skip
    assert split_multi("Leadership, Data analysis") == ["Leadership", "Data analysis"]
    assert is_free_text([sentence, "Negotiation", ""])
    assert not is_free_text(["Leadership, Data analysis", "Career growth; Writing", ""])
    # A checkbox question's long options recur from one answer to the next.
    options = ["Build confidence in public speaking", "Plan the next five years of my career"]
    assert not is_free_text([", ".join(options), options[1], options[0], "Networking"])
    # A sentence several people gave word for word is still a sentence: its parts stay together.
    assert is_free_text([sentence, sentence, sentence, "Negotiation", sentence])
    long = "I want to be confident presenting to senior leaders. " * 6
    parts = split_sentences(long + "Also to learn budgeting.")
    assert all(len(p) <= 200 for p in parts)
    assert " ".join(parts).startswith("I want to be confident presenting")


# -- A workbook with a hidden sensitive column and a hidden sheet -----------------------


def test_hidden_columns_and_sheets_are_left_out_and_said(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    plan = RosterImport.open(shapes.hidden_pay_export(tmp_path), db)
    assert [s.name for s in plan.included] == ["Staff"]
    staff = plan.sheet("Staff")
    assert [t.field for t in staff.targets] == [
        F.FIRST_NAME, F.LAST_NAME, F.EMAIL, F.ROLE, F.DEPARTMENT, F.IGNORE,
        F.YEARS_EXPERIENCE, F.IGNORE,
    ]  # fmt: skip
    columns = plan.columns("Staff")
    assert [(c.hidden, c.left_out) for c in columns][5] == (True, True)
    assert columns[7].sensitive == "a date of birth"
    assert plan.left_out_notes() == [
        "Column F “Salary band” is hidden in the spreadsheet and was left out.",
        "Sheet “Pay” is hidden in the spreadsheet and was left out.",
        "Column H “Date de naissance” looks like a date of birth, so it was not imported.",
    ]
    run_import(db, program_id, plan)
    people = imported(db, program_id)
    assert {n: p.custom_fields for n, p in people.items()} == {"Ana Lima": {}, "Bo Chen": {}}
    assert people["Ana Lima"].role == Role.MENTEE
    assert people["Ana Lima"].years_experience == 2
    # The remembered layout does not keep the column that was not ticked.
    assert _saved(db).targets[5].field == Field.IGNORE


def _saved(db: Database) -> layouts.SavedLayout:
    with db.reading() as session:
        [saved] = layouts.load_all(session.connection()).values()
    return saved


def test_a_ticked_hidden_column_and_sheet_are_imported(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    path = shapes.hidden_pay_export(tmp_path)
    plan = RosterImport.open(path, db)
    plan.include_hidden_column("Staff", 5)
    assert plan.sheet("Staff").targets[5].field == Field.CUSTOM
    assert not plan.columns("Staff")[5].left_out
    # The coordinator may still choose to keep a sensitive column.
    plan.set_target("Staff", 7, Field.CUSTOM)
    assert plan.left_out_notes() == ["Sheet “Pay” is hidden in the spreadsheet and was left out."]
    run_import(db, program_id, plan)
    ana = imported(db, program_id)["Ana Lima"]
    assert ana.custom_fields == {"Salary band": "B3", "Date de naissance": "1990-04-01"}
    assert _saved(db).targets[5].to_json() == {"field": "custom", "custom_name": "Salary band"}

    # Next time the same layout is read, the hidden column is left out again until ticked,
    # and ticking it brings back what was chosen.
    again = RosterImport.open(path, db)
    staff = again.sheet("Staff")
    assert staff.remembered and staff.targets[5].field == Field.IGNORE
    assert "Column F “Salary band” is hidden" in again.left_out_notes()[0]
    again.include_hidden_column("Staff", 5)
    assert staff.targets[5].to_json() == {"field": "custom", "custom_name": "Salary band"}
    again.include_hidden_column("Staff", 5, include=False)
    assert staff.targets[5].field == Field.IGNORE

    # A hidden sheet is imported when ticked.
    sheets = RosterImport.open(path, db)
    sheets.include_sheet("Pay")
    sheets.set_sheet_role("Pay", Role.MENTOR)
    notes = sheets.left_out_notes()
    assert not any(n.startswith("Sheet “Pay”") for n in notes)
    assert "“Pay”: Column C “Salary” looks like pay information, so it was not imported." in notes
    sheets.set_target("Pay", 2, Field.CUSTOM)
    second = make_program(db, "Autumn")
    run_import(db, second, sheets)
    assert imported(db, second)["Ana Lima"].custom_fields["Salary"] == 41000


def test_choosing_a_field_for_a_hidden_column_ticks_it(db: Database, tmp_path: Path) -> None:
    plan = RosterImport.open(shapes.hidden_pay_export(tmp_path), db)
    plan.set_target("Staff", 5, Field.COHORT)
    assert not plan.sheet("Staff").left_out
    assert not any("hidden" in n for n in plan.left_out_notes() if "Column" in n)
    # Ignoring it unticks it, and ticking it again brings back the field chosen.
    plan.set_target("Staff", 5, Field.IGNORE)
    assert plan.columns("Staff")[5].left_out
    plan.include_hidden_column("Staff", 5)
    assert plan.sheet("Staff").targets[5].field == Field.COHORT


def test_a_hidden_column_does_not_take_a_visible_columns_field(
    db: Database, tmp_path: Path
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Old email", "Name", "Email", "Role"])
    sheet.append(["x@old.example.org", "Ana Lima", "ana@example.org", "Mentee"])
    sheet.column_dimensions["A"].hidden = True
    path = tmp_path / "two-emails.xlsx"
    workbook.save(path)
    plan = RosterImport.open(path, db)
    targets = plan.sheet(plan.included[0].name).targets
    assert [t.field for t in targets] == [F.IGNORE, F.NAME, F.EMAIL, F.ROLE]


# -- A form whose open questions are goals and skills, down to the agreement ------------

GOAL = "Get better at public speaking in big meetings, and manage a project end to end."
FORM: list[list[Any]] = [
    ["Timestamp", "Email Address", "Full name", "I want to join as",
     "What do you most want to get out of the program?",
     "Skills or experience you could share"],
    ["2026-01-10 09:00", "ana@example.org", "Ana Lima", "Mentee", GOAL, ""],
    ["2026-01-10 09:05", "bo@example.org", "Bo Chen", "Mentor", "",
     "Public speaking, project management"],
    ["2026-01-10 09:07", "cy@example.org", "Cy Park", "Mentee",
     "- Get better at budgeting\n- Build a network outside my team", ""],
]  # fmt: skip


def _form(folder: Path) -> Path:
    path = folder / "form.csv"
    import csv

    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows(FORM)
    return path


def _import_form(db: Database, folder: Path) -> int:
    """The form imported into a new program, everyone marked ready; returns the program."""
    program_id = make_program(db)
    plan = RosterImport.open(_form(folder), db)
    targets = [t.field for t in plan.included[0].targets]
    assert targets[4:] == [F.GOALS, F.SKILLS]
    run_import(db, program_id, plan)
    with db.transaction() as session:
        session.execute(
            update(Participant)
            .where(Participant.program_id == program_id)
            .values(status=ParticipantStatus.READY)
        )
    return program_id


def test_form_goals_are_kept_as_sentences_and_matched_by_their_words(
    db: Database, tmp_path: Path
) -> None:
    program_id = _import_form(db, tmp_path)
    people = imported(db, program_id)
    assert people["Ana Lima"].tags[TagKind.GOAL] == [GOAL]
    assert people["Cy Park"].tags[TagKind.GOAL] == [
        "Get better at budgeting", "Build a network outside my team",
    ]  # fmt: skip
    # A short list of skills is still a list.
    assert people["Bo Chen"].tags[TagKind.SKILL] == ["Public speaking", "project management"]
    suggestions = suggest(db, program_id)
    by_mentee = {p.mentee_name: p for p in suggestions.pairs}
    # The sentence goal is compared with the mentor's skills by its words, and the
    # reasons say so (whichever criterion compares them).
    ana = by_mentee["Ana Lima"]
    assert ana.mentor_name == "Bo Chen"
    good = [r.text for r in ana.explanation.reasons if r.tone == "good"]
    assert any("Public speaking and project management" in text for text in good), good


def test_form_goals_print_in_the_pairs_agreement(db: Database, tmp_path: Path) -> None:
    program_id = _import_form(db, tmp_path)
    suggestions = suggest(db, program_id)
    ana = next(p for p in suggestions.pairs if p.mentee_name == "Ana Lima")
    changes = save_suggestions(db, suggestions, only=[(ana.mentor_id, ana.mentee_id)])
    confirm_pairs(db, changes.created)
    reader = pypdf.PdfReader(io.BytesIO(agreements_pdf(db, program_id)))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Ana Lima" in text and "Our goals" in text
    assert " ".join(GOAL.split()) in text
