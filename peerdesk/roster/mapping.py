"""Which column holds what: the fields a roster can fill and the header text that names them.

Suggestions come from the header text alone. A header is normalised (accents,
case and punctuation dropped; bracketed notes such as "(select all that
apply)" removed) and compared first with whole synonyms, then with phrases it
contains, so that both "E-mail" and "What is your email address?" find the
email field. Whole matches are assigned before partial ones, so "Email" wins
the email field over "Manager email".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from peerdesk.enums import TagKind


class Field(StrEnum):
    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    PHONE = "phone"
    ROLE = "role"
    STATUS = "status"
    DEPARTMENT = "department"
    COHORT = "cohort"
    YEARS_EXPERIENCE = "years_experience"
    LOCATION = "location"
    MEETING_FORMAT = "meeting_format"
    CAPACITY = "capacity"
    PRONOUNS = "pronouns"
    GENDER = "gender"
    INTERESTS = "interests"
    SKILLS = "skills"
    GOALS = "goals"
    LANGUAGES = "languages"
    AVAILABILITY = "availability"
    NOTES = "notes"
    JOINED_ON = "joined_on"
    TIMESTAMP = "timestamp"
    PREFERRED = "preferred"  # names or emails of people someone would like to be paired with
    AVOID = "avoid"  # names or emails of people someone should not be paired with
    CUSTOM = "custom"
    IGNORE = "ignore"


FIELD_LABELS: dict[Field, str] = {
    Field.NAME: "Name",
    Field.FIRST_NAME: "First name",
    Field.LAST_NAME: "Last name",
    Field.EMAIL: "Email",
    Field.PHONE: "Phone",
    Field.ROLE: "Role",
    Field.STATUS: "Status",
    Field.DEPARTMENT: "Department",
    Field.COHORT: "Cohort",
    Field.YEARS_EXPERIENCE: "Years of experience",
    Field.LOCATION: "Location",
    Field.MEETING_FORMAT: "Meeting format",
    Field.CAPACITY: "Mentee capacity",
    Field.PRONOUNS: "Pronouns",
    Field.GENDER: "Gender",
    Field.INTERESTS: "Interests",
    Field.SKILLS: "Skills",
    Field.GOALS: "Goals",
    Field.LANGUAGES: "Languages",
    Field.AVAILABILITY: "Availability",
    Field.NOTES: "Notes",
    Field.JOINED_ON: "Date joined",
    Field.TIMESTAMP: "Form submission time",
    Field.PREFERRED: "Preferred partners (names or emails)",
    Field.AVOID: "People not to pair with (names or emails)",
    Field.CUSTOM: "Keep as custom field",
    Field.IGNORE: "Ignore",
}

TAG_FIELDS: dict[Field, TagKind] = {
    Field.INTERESTS: TagKind.INTEREST,
    Field.SKILLS: TagKind.SKILL,
    Field.GOALS: TagKind.GOAL,
    Field.LANGUAGES: TagKind.LANGUAGE,
    Field.AVAILABILITY: TagKind.AVAILABILITY,
}
"""Fields that several columns may feed (a form's checkbox questions), each a tag kind."""

MULTI_COLUMN_FIELDS = frozenset(
    {*TAG_FIELDS, Field.CUSTOM, Field.IGNORE, Field.NOTES, Field.PREFERRED, Field.AVOID}
)
WISH_FIELDS = (Field.PREFERRED, Field.AVOID)
"""Columns of people named by name or email: the pair rules made of them (see roster.wishes)."""


class NameOrder(StrEnum):
    """How first- and last-name columns are joined into the one name PeerDesk keeps."""

    FIRST_LAST = "first_last"  # Ana Lima
    LAST_FIRST = "last_first"  # Lima Ana
    LAST_COMMA_FIRST = "last_comma_first"  # Lima, Ana


# fmt: off
# Whole-header synonyms (already normalised: see normalize_header).
_EXACT: dict[Field, tuple[str, ...]] = {
    Field.NAME: (
        "name", "full name", "your name", "participant", "participant name", "employee",
        "employee name", "student name", "staff name", "nom", "nom complet", "nom et prenom",
        "prenom et nom", "nombre completo", "nombre y apellidos", "nome", "nome completo",
        "vollstandiger name", "naam", "volledige naam", "what is your name", "nom prenom",
        "nombre y apellido", "nombre completo y apellidos", "nome e sobrenome", "vor und nachname",
        "vorname und nachname", "name vorname", "votre nom", "tu nombre", "seu nome", "ihr name",
    ),
    Field.FIRST_NAME: (
        "first name", "firstname", "given name", "forename", "first", "prenom", "vorname",
        "primeiro nome", "voornaam", "nombre", "preferred first name", "nome proprio",
        "primer nombre", "nombre de pila", "rufname",
    ),
    Field.LAST_NAME: (
        "last name", "lastname", "surname", "family name", "last", "nom de famille",
        "apellido", "apellidos", "nachname", "familienname", "sobrenome", "achternaam",
        "apelido", "apelidos", "ultimo nome", "primer apellido", "nom de naissance",
    ),
    Field.EMAIL: (
        "email", "e mail", "email address", "e mail address", "mail", "courriel",
        "adresse courriel", "adresse e mail", "adresse mail", "adresse electronique", "correo",
        "correo electronico", "e mail adresse", "email adres", "work email", "your email",
        "email adresse", "endereco de email", "endereco de e mail", "adresse de courriel",
        "correo electronico", "direccion de correo", "direccion de correo electronico",
        "endereco eletronico", "e mail adresse",
    ),
    Field.PHONE: (
        "phone", "phone number", "telephone", "tel", "mobile", "mobile phone", "cell",
        "cell phone", "telephone number", "telefono", "telefon", "telefone", "handy",
        "numero de telephone", "contact number", "telefoonnummer", "portable",
        "telephone portable", "movil", "celular", "telemovel", "telefonnummer", "handynummer",
        "mobilnummer", "numero de telefono", "numero de telefone", "numero de portable",
    ),
    Field.ROLE: (
        "role", "i want to join as", "role in the program", "role in the programme",
        "join as", "participant type", "type", "mentor or mentee", "mentor mentee", "role",
        "role dans le programme", "rol", "rolle", "papel", "i am signing up as",
        "i would like to be a", "i would like to participate as", "participation",
        "role souhaite", "je participe en tant que", "participo como", "ich nehme teil als",
        "papel no programa", "funcao no programa", "rol en el programa", "rolle im programm",
    ),
    Field.STATUS: ("status", "statut", "estado", "stage", "participant status"),
    Field.DEPARTMENT: (
        "department", "dept", "team", "division", "business unit", "unit", "service",
        "departement", "departamento", "abteilung", "afdeling", "faculty", "area",
        "equipe", "equipo", "bereich", "setor", "sector", "divisao", "direction", "servicio",
    ),
    Field.COHORT: ("cohort", "intake", "group", "year group", "class", "promotion", "cohorte"),
    Field.YEARS_EXPERIENCE: (
        "years", "experience", "years of experience", "years experience", "yoe", "tenure",
        "annees d experience", "anos de experiencia", "berufserfahrung", "jaren ervaring",
        "anciennete", "annees de service", "annees d anciennete", "anciennete en annees",
        "annees", "antiguedad", "anos de servicio", "antiguedad en anos", "anos",
        "betriebszugehorigkeit", "dienstjahre", "jahre", "berufsjahre", "antiguidade",
        "tempo de servico", "anos de servico", "anos de casa", "years of service",
        "length of service", "service years",
    ),
    Field.LOCATION: (
        "location", "city", "office", "site", "campus", "town", "lieu", "ville",
        "ubicacion", "ciudad", "standort", "ort", "localizacao", "based in", "region",
    ),
    Field.MEETING_FORMAT: (
        "meeting format", "format", "preferred format", "preferred meeting format",
        "in person or online", "in person or video", "meeting preference", "modalite",
    ),
    Field.CAPACITY: ("capacity", "mentee capacity", "max mentees", "maximum mentees"),
    Field.PRONOUNS: ("pronouns", "pronoun", "pronoms", "pronombres", "pronomen"),
    Field.GENDER: ("gender", "sex", "genre", "sexe", "genero", "geschlecht", "gender identity"),
    Field.INTERESTS: (
        "interests", "interest", "topics", "areas of interest", "hobbies",
        "centres d interet", "interets", "intereses", "interessen", "interesses",
        "areas de interes", "areas de interesse", "loisirs", "aficiones", "hobbys",
        "passatempos",
    ),
    Field.SKILLS: (
        "skills", "skill", "expertise", "strengths", "areas of expertise", "competences",
        "habilidades", "fahigkeiten", "kenntnisse", "vaardigheden", "competencias",
        "kompetenzen", "conocimientos", "conhecimentos", "savoir faire", "points forts",
        "fortalezas", "pontos fortes", "starken", "aptitudes",
    ),
    Field.GOALS: (
        "goals", "goal", "objectives", "objectifs", "objetivos", "ziele", "doelen", "metas",
        "aims", "mes objectifs", "meine ziele", "mis objetivos", "meus objetivos",
    ),
    Field.LANGUAGES: (
        "languages", "language", "languages spoken", "langues", "langue", "idiomas",
        "idioma", "sprachen", "sprache", "linguas", "talen", "langues parlees",
        "idiomas hablados", "idiomas falados", "lenguas", "sprachkenntnisse", "linguas faladas",
    ),
    Field.AVAILABILITY: (
        "availability", "available", "disponibilites", "disponibilite", "disponibilidad",
        "verfugbarkeit", "beschikbaarheid",
    ),
    Field.NOTES: (
        "notes", "note", "comments", "comment", "remarks", "anything else", "commentaires",
        "comentarios", "bemerkungen", "opmerkingen",
    ),
    Field.JOINED_ON: (
        "joined", "date joined", "joined on", "start date", "enrolled", "enrollment date",
        "enrolment date", "sign up date", "date d inscription", "fecha de inscripcion",
    ),
    Field.TIMESTAMP: (
        "timestamp", "completion time", "submitted", "submitted at", "submission date",
        "date submitted", "horodateur", "marca temporal", "zeitstempel", "tijdstempel",
        "submission time", "response date",
    ),
    Field.PREFERRED: (
        "preferred mentor", "preferred mentors", "preferred mentee", "preferred mentees",
        "preferred partner", "preferred partners", "preferred match",
        "who would you like to be paired with", "who would you like as your mentor",
        "mentor preference", "mentor preferences", "requested mentor",
    ),
    Field.AVOID: (
        "people i should not be paired with", "do not pair with", "avoid",
        "who should you not be paired with", "not paired with",
    ),
    Field.IGNORE: (
        "id", "start time", "last modified time", "respondent id", "response id", "no", "n",
        "row", "number", "nr", "nº",
    ),
}

# Phrases that name a field when a longer header contains them (form questions).
_CONTAINS: dict[Field, tuple[str, ...]] = {
    Field.FIRST_NAME: ("first name", "given name", "prenom", "vorname", "primeiro nome"),
    Field.LAST_NAME: (
        "last name", "surname", "family name", "nom de famille", "nachname", "sobrenome",
        "apellido", "familienname",
    ),
    Field.EMAIL: ("email", "e mail", "courriel", "correo", "mail address"),
    Field.PHONE: ("phone", "mobile number", "telephone", "telefon", "cell number", "telefone"),
    Field.ROLE: (
        "join as", "sign up as", "signing up as", "apply as", "applying as",
        "participate as", "participating as", "take part as", "mentor or a mentee",
        "mentor or mentee", "role", "be a mentor or", "rol en", "rolle im", "en tant que",
        "participer comme", "participar como", "teilnehmen als", "mentor ou mentore",
        "mentor o mentorado", "mentor ou mentorado", "mentor oder mentee",
    ),
    Field.YEARS_EXPERIENCE: (
        "years of experience", "years experience", "how many years", "experience years",
        "years in", "years at", "annees d experience", "anos de experiencia", "anciennete",
        "antiguedad", "antiguidade", "betriebszugehorigkeit", "dienstjahre", "berufserfahrung",
        "tempo de servico", "anos de servic", "annees de service", "years of service",
    ),
    Field.CAPACITY: (
        "how many mentees", "number of mentees", "mentees can you", "max mentees",
        "maximum number of mentees", "capacity",
    ),
    Field.MEETING_FORMAT: (
        "meeting format", "how would you like to meet", "prefer to meet", "in person or",
        "meet in person", "online or in person", "format",
    ),
    Field.PRONOUNS: ("pronoun", "pronoms", "pronombres", "pronomen"),
    Field.GENDER: ("gender", "genre", "genero", "geschlecht"),
    Field.INTERESTS: (
        "interest", "topics", "hobbies", "interet", "interes", "interess", "loisirs",
        "aficiones",
    ),
    Field.SKILLS: (
        "skill",
        "skills", "expertise", "strengths", "can you help with", "can you offer",
        "can you share", "competence", "habilidad", "fahigkeit", "could share", "can share",
        "could offer", "can offer", "could teach", "can teach", "able to offer",
        "experience to share", "help others with", "competencia", "kompetenz", "kenntnis",
        "conocimiento", "conhecimento", "pouvez vous offrir", "pouvez vous partager",
        "puedes ofrecer", "puede ofrecer", "puedes compartir", "konnen sie anbieten",
        "konnen sie teilen", "pode oferecer", "pode partilhar", "pode compartilhar",
        "hope to offer", "hope to share", "hope to contribute", "like to share",
        "like to offer", "like to contribute", "want to share", "want to offer",
        "can you help", "could you help", "help others",
    ),
    Field.GOALS: (
        "goal",
        "goals", "objective", "want to achieve", "hope to achieve", "like to learn",
        "want to learn", "want to develop", "want to improve", "hope to gain", "objectif",
        "objetivo", "ziel", "ziele", "get out of", "hope to", "hoping to", "i hope",
        "like to develop", "like to improve", "like to gain", "like to achieve",
        "want to gain", "expect from", "aspiration", "souhaitez vous apprendre",
        "aimeriez vous apprendre", "attendez vous", "j espere", "esperas", "espera do",
        "espera obter", "gustaria aprender", "quieres aprender", "gostaria de aprender",
        "quer aprender", "mochten sie lernen", "mochtest du lernen", "erhoffen sie",
        "erwartungen", "metas", "need help with", "need support with", "want help with",
        "like help with", "like support with", "hope to get",
    ),
    Field.LANGUAGES: (
        "language", "langue", "idioma", "sprache", "languages do you speak", "lingua",
    ),
    Field.AVAILABILITY: (
        "availability", "available", "when can you meet", "disponib", "verfugbar",
        "are you free", "usually free", "free to meet", "best time to meet",
        "best times to meet", "when suits you", "times suit you",
    ),
    Field.DEPARTMENT: (
        "department", "business unit", "division", "team", "abteilung", "departement",
        "departamento",
    ),
    Field.LOCATION: ("location", "city", "where are you based", "based in", "office", "campus"),
    Field.COHORT: ("cohort", "intake"),
    Field.STATUS: ("status",),
    Field.TIMESTAMP: ("timestamp", "completion time", "submitted", "horodateur"),
    Field.JOINED_ON: ("date joined", "start date", "joined on", "enrol"),
    Field.NOTES: ("anything else", "comments", "notes", "remarks"),
    Field.NAME: ("full name", "your name", "name", "nom", "nombre"),
    Field.PREFERRED: (
        "preferred mentor", "preferred mentee", "preferred partner", "like to be paired with",
        "like to be matched with", "would you like as your mentor", "want to be paired with",
        "request a mentor", "requested mentor",
    ),
    Field.AVOID: (
        "not be paired with", "not be matched with", "not to be paired with",
        "not want to be paired", "rather not be paired", "do not pair",
    ),
}

# Headers that look like data people did not mean to share with a mentoring program. They
# are never suggested as a field (the coordinator can still choose one), in any of the
# languages above. Whole words, except the German stems that start compound words.
_SENSITIVE: dict[str, tuple[str, ...]] = {
    "pay information": (
        "salary", "salaries", "pay", "pay grade", "pay band", "pay scale", "wage", "wages",
        "compensation", "remuneration", "income", "earnings", "salaire", "salaires", "revenu",
        "revenus", "salario", "salarios", "sueldo", "remuneracion", "ingresos", "lohn",
        "einkommen", "verdienst", "vergutung", "remuneracao", "renda", "ordenado",
    ),
    "a date of birth": (
        "date of birth", "birth date", "birthdate", "dob", "d o b", "birthday", "born",
        "date de naissance", "naissance", "anniversaire", "fecha de nacimiento", "nacimiento",
        "cumpleanos", "geburtsdatum", "geburtstag", "data de nascimento", "nascimento",
        "data nasc",
    ),
    "health information": (
        "health", "medical", "medication", "medications", "allergy", "allergies", "diagnosis",
        "illness", "sante", "medicale", "maladie",
        "salud", "medico", "medica", "enfermedad", "alergias", "medizinisch", "krankheit",
        "allergien", "saude", "doenca", "medicacao",
    ),
    "disability information": (
        "disability", "disabilities", "disabled", "handicap", "handicape", "discapacidad",
        "discapacitado", "deficiencia", "incapacidad", "schwerbehindert",
    ),
    "religion": (
        "religion", "religious", "faith", "belief", "beliefs", "religieuse", "confession",
        "religiosa", "religioso", "creencia", "konfession", "glaube", "religiao", "crenca",
    ),
    "ethnicity": (
        "ethnicity", "ethnic", "ethnic origin", "race", "racial", "ethnie", "ethnique",
        "origine ethnique", "etnia", "etnico", "etnica", "raza", "ethnisch", "ethnische",
        "ethnizitat", "raca", "cor ou raca",
    ),
    "a national ID number": (
        "national id", "national identity", "national insurance", "ni number", "ni no", "ssn",
        "social security", "social insurance", "sin number", "tax id", "tax number",
        "tax file number", "identity card", "id card", "securite sociale", "numero insee",
        "nir", "carte d identite", "seguridad social", "seguro social", "dni", "nif",
        "curp", "cedula", "documento de identidad", "sozialversicherungsnummer",
        "personalausweis", "steuer id", "steuernummer", "steueridentifikationsnummer", "cpf",
        "rg", "cartao de cidadao", "numero de identificacao",
    ),
    "passport details": (
        "passport", "passport number", "passeport", "pasaporte", "reisepass", "passaporte",
        "immigration status", "visa status",
    ),
    "sexual orientation": (
        "sexual orientation", "sexuality", "orientation sexuelle", "orientacion sexual",
        "sexuelle orientierung", "orientacao sexual",
    ),
    "bank details": (
        "bank account", "bank details", "iban", "sort code", "routing number",
        "account number", "compte bancaire", "rib", "cuenta bancaria", "bankverbindung",
        "kontonummer", "conta bancaria", "nib",
    ),
    "a criminal record": (
        "criminal record", "convictions", "casier judiciaire", "antecedentes penales",
        "vorstrafen", "antecedentes criminais", "registo criminal",
    ),
}
_SENSITIVE_STEMS: dict[str, tuple[str, ...]] = {
    "pay information": ("gehalt", "salaire", "salario"),
    "a date of birth": ("geburts",),
    "health information": ("gesundheit", "krankheit"),
    "disability information": ("behinderung",),
    "religion": ("religion",),
    "a national ID number": ("versicherungsnummer", "ausweis"),
}
# fmt: on

_SENSITIVE_INDEX: dict[str, str] = {
    phrase: kind for kind, phrases in _SENSITIVE.items() for phrase in phrases
}
_SENSITIVE_LONGEST = max(len(phrase.split()) for phrase in _SENSITIVE_INDEX)

_BARE_NAME = frozenset({"name", "nom", "nombre", "nome", "naam"})
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalize_header(text: object) -> str:
    """Lowercase ASCII words of a header, accents and bracketed notes removed."""
    raw = str(text).strip()
    without_notes = _BRACKETED.sub(" ", raw)
    if without_notes.strip():
        raw = without_notes
    decomposed = unicodedata.normalize("NFKD", raw)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _NON_WORD.sub(" ", ascii_text).strip()


_EXACT_INDEX: dict[str, Field] = {}
for _field, _synonyms in _EXACT.items():
    for _synonym in _synonyms:
        _EXACT_INDEX.setdefault(_synonym, _field)


def sensitive_kind(header: object) -> str | None:
    """What sensitive data a header seems to ask for ("pay information"…), or None."""
    norm = normalize_header(header)
    words = norm.split()
    for size in range(min(_SENSITIVE_LONGEST, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            kind = _SENSITIVE_INDEX.get(" ".join(words[start : start + size]))
            if kind is not None:
                return kind
    for kind, stems in _SENSITIVE_STEMS.items():
        if any(stem in word for stem in stems for word in words):
            return kind
    return None


def match_field(header: object) -> tuple[Field, bool] | None:
    """The field a header names and whether it named it exactly, or None.

    A header that looks like sensitive data (pay, a date of birth, health…) names no field.
    """
    norm = normalize_header(header)
    if not norm or sensitive_kind(norm) is not None:
        return None
    exact = _EXACT_INDEX.get(norm)
    if exact is not None:
        return exact, True
    padded = f" {norm} "
    best: tuple[int, Field] | None = None
    for field, phrases in _CONTAINS.items():
        for phrase in phrases:
            found = f" {phrase} " in padded or (len(phrase) >= 6 and phrase in norm)
            if found and (best is None or len(phrase) > best[0]):
                best = (len(phrase), field)
    return (best[1], False) if best else None


@dataclass
class ColumnTarget:
    """Where one column goes: a field, a custom field of the given name, or nowhere."""

    field: Field
    custom_name: str = ""

    def to_json(self) -> dict[str, str]:
        return {"field": self.field.value, "custom_name": self.custom_name}

    @classmethod
    def from_json(cls, data: dict[str, str]) -> ColumnTarget:
        return cls(Field(data.get("field", Field.IGNORE)), data.get("custom_name", ""))


def suggest_mapping(headers: list[str]) -> list[ColumnTarget]:
    """A target for every column; unknown headers become custom fields, empty ones ignored.

    Sensitive-looking headers (see :func:`sensitive_kind`) are ignored, never kept.
    """
    matches = [match_field(h) for h in headers]
    targets: list[ColumnTarget | None] = [None] * len(headers)
    taken: set[Field] = set()
    for exact_pass in (True, False):
        for index, found in enumerate(matches):
            if found is None or targets[index] is not None or found[1] != exact_pass:
                continue
            field = found[0]
            if field in taken and field not in MULTI_COLUMN_FIELDS:
                continue
            targets[index] = ColumnTarget(field)
            taken.add(field)
    result: list[ColumnTarget] = []
    for index, target in enumerate(targets):
        if target is None:
            header = str(headers[index]).strip()
            keep = header and sensitive_kind(header) is None
            target = ColumnTarget(Field.CUSTOM, header) if keep else ColumnTarget(Field.IGNORE)
        result.append(target)
    # "Name" beside "Surname" is the first name, as HR exports have it.
    fields = [t.field for t in result]
    if (
        Field.LAST_NAME in fields
        and Field.FIRST_NAME not in fields
        and fields.count(Field.NAME) == 1
    ):
        index = fields.index(Field.NAME)
        if normalize_header(headers[index]) in _BARE_NAME:
            result[index] = ColumnTarget(Field.FIRST_NAME)
    # "Nom" beside "Prénom" (or "Name" beside "Vorname") is the last name.
    fields = [t.field for t in result]
    if (
        Field.FIRST_NAME in fields
        and Field.LAST_NAME not in fields
        and fields.count(Field.NAME) == 1
    ):
        index = fields.index(Field.NAME)
        if normalize_header(headers[index]) in _BARE_NAME:
            result[index] = ColumnTarget(Field.LAST_NAME)
    # A first name alone, or a last name alone, is still the person's name.
    fields = [t.field for t in result]
    if Field.NAME not in fields and (Field.FIRST_NAME in fields) != (Field.LAST_NAME in fields):
        lone = Field.FIRST_NAME if Field.FIRST_NAME in fields else Field.LAST_NAME
        result[fields.index(lone)] = ColumnTarget(Field.NAME)
    # With a full-name column, separate first/last columns are kept, not joined.
    fields = [t.field for t in result]
    if Field.NAME in fields:
        for index, target in enumerate(result):
            if target.field in (Field.FIRST_NAME, Field.LAST_NAME):
                result[index] = ColumnTarget(Field.CUSTOM, str(headers[index]).strip())
    for index, target in enumerate(result):
        if target.field == Field.CUSTOM and not target.custom_name:
            target.custom_name = f"Column {index + 1}"
    return result
