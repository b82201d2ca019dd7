"""What importing would do, row by row, before anything is written.

Every row below the header that holds anything gets an outcome: new, update
(its email matches a person already in the file, case and spaces aside),
duplicate (another row in the file has the same email and wins: the latest
form submission if there is a submission-time column, else the lower row),
error (with the row number and the cell's value in the message), or skipped
(a totals row, the template's example row, or a row the coordinator skipped).
Blank rows are not people and are not listed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, select

from peerdesk.enums import MeetingFormat, ParticipantStatus, Role, TagKind
from peerdesk.models import Participant, Person, Program
from peerdesk.people import email_key
from peerdesk.roster import values
from peerdesk.roster.bounds import Unread
from peerdesk.roster.header import is_totals_row
from peerdesk.roster.mapping import FIELD_LABELS, TAG_FIELDS, WISH_FIELDS, Field, NameOrder
from peerdesk.roster.plan import RosterImport, SheetPlan
from peerdesk.roster.reader import CellValue
from peerdesk.roster.template import EXAMPLE_EMAIL, EXAMPLE_NAME
from peerdesk.roster.wishes import PeopleIndex, problem_text, program_people, wish_rules

_NUMBER_TEXT_CHARS = frozenset("0123456789.,-+ ")


class Outcome(StrEnum):
    NEW = "new"
    UPDATE = "update"
    DUPLICATE = "duplicate"
    ERROR = "error"
    SKIPPED = "skipped"


@dataclass(slots=True)
class PersonRecord:
    """One row's person, as PeerDesk will store them; None means "not in the file"."""

    full_name: str = ""
    first_name: str = ""  # from separate first- and last-name columns, joined into full_name
    last_name: str = ""
    email: str | None = None
    email_key: str | None = None
    phone: str | None = None
    pronouns: str | None = None
    gender: str | None = None
    role: Role | None = None
    status: ParticipantStatus | None = None
    capacity: int | None = None
    department: str | None = None
    cohort: str | None = None
    years_experience: float | None = None
    location: str | None = None
    meeting_format: MeetingFormat | None = None
    joined_on: date | None = None
    notes: str | None = None
    custom_fields: dict[str, Any] = field(default_factory=dict)
    tags: dict[TagKind, list[str]] = field(default_factory=dict)
    submitted_at: datetime | None = None
    wishes: list[str] = field(default_factory=list)  # names or emails, first choice first
    avoid: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CellProblem:
    column: int
    value: str
    message: str


@dataclass(slots=True)
class RowOutcome:
    sheet: str
    row_number: int
    outcome: Outcome
    messages: list[str]
    record: PersonRecord | None
    problems: list[CellProblem] = field(default_factory=list)
    person_id: int | None = None
    participant_id: int | None = None
    order: int = 0

    @property
    def name(self) -> str:
        return self.record.full_name if self.record else ""

    @property
    def email(self) -> str:
        return (self.record.email or "") if self.record else ""

    @property
    def reason(self) -> str:
        return " ".join(self.messages)


@dataclass
class Preview:
    rows: list[RowOutcome]
    reciprocal: bool = False
    rows_in_file: int = 0
    """Rows below the header rows of the sheets imported, empty ones included."""
    empty_rows: int = 0
    unread: list[tuple[str, Unread]] = field(default_factory=list)
    """Per sheet, the filled rows a reading limit left unread (counted, never lost)."""
    wish_notes: list[str] = field(default_factory=list)
    """Names in the wish columns that are no one (or more than one) person: left out."""

    @property
    def unread_rows(self) -> int:
        return sum(u.count for _sheet, u in self.unread)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for row in self.rows if row.outcome == outcome)

    def with_outcome(self, *outcomes: Outcome) -> list[RowOutcome]:
        return [row for row in self.rows if row.outcome in outcomes]

    @property
    def errors(self) -> list[RowOutcome]:
        return self.with_outcome(Outcome.ERROR)

    def row(self, sheet: str, row_number: int) -> RowOutcome:
        for row in self.rows:
            if row.sheet == sheet and row.row_number == row_number:
                return row
        raise KeyError((sheet, row_number))


def build_preview(plan: RosterImport, conn: Connection, program_id: int) -> Preview:
    """Every row's outcome against the people already in the file (read on ``conn``)."""
    reciprocal = bool(conn.scalar(select(Program.reciprocal).where(Program.id == program_id)))
    existing: dict[str, int] = {}
    for key, person_id in conn.execute(
        select(Person.email_key, Person.id)
        .where(Person.email_key.is_not(None))
        .order_by(Person.id.desc())
    ):
        if key is not None:
            existing[key] = person_id
    in_program: dict[int, int] = dict(
        conn.execute(
            select(Participant.person_id, Participant.id).where(
                Participant.program_id == program_id
            )
        ).all()
    )
    rows: list[RowOutcome] = []
    result = Preview(rows=rows, reciprocal=reciprocal)
    for sheet_plan in plan.included:
        rows.extend(_sheet_rows(plan, sheet_plan, reciprocal, len(rows)))
        _count_rows(result, plan, sheet_plan)
    _resolve_duplicates(rows)
    for row in rows:
        if row.outcome != Outcome.NEW or row.record is None or row.record.email_key is None:
            continue
        match = existing.get(row.record.email_key)
        if match is not None:
            row.outcome = Outcome.UPDATE
            row.person_id = match
            row.participant_id = in_program.get(match)
            if row.participant_id is None:
                row.messages.append(f"{_label(row)}: already in the file; added to this program.")
            else:
                row.messages.append(
                    f"{_label(row)}: already in this program (same email); details updated."
                )
    result.wish_notes = _check_wishes(rows, conn, program_id)
    return result


def _check_wishes(rows: list[RowOutcome], conn: Connection, program_id: int) -> list[str]:
    """Say, on its row, every name in a wish column that is no one in the program or file;
    returns the same as notes, each with the asker's name."""
    asking = [r for r in rows if r.record and (r.record.wishes or r.record.avoid)]
    notes: list[str] = []
    if not asking:
        return notes
    index: PeopleIndex[tuple[str, int]] = PeopleIndex()
    for _participant, person, name, email in program_people(conn, program_id):
        index.add(("person", person), name, email)
    for row in rows:
        if row.record is None or row.outcome not in (Outcome.NEW, Outcome.UPDATE):
            continue
        key = ("person", row.person_id) if row.person_id is not None else ("row", row.order)
        index.add(key, row.record.full_name, row.record.email)
    for row in asking:
        if row.outcome not in (Outcome.NEW, Outcome.UPDATE) or row.record is None:
            continue
        asker = ("person", row.person_id) if row.person_id is not None else ("row", row.order)
        _rules, left_out = wish_rules(index, asker, row.record.wishes, row.record.avoid)
        for field_name, written, found in left_out:
            message = problem_text(row.row_number, written, field_name, found)
            row.messages.append(message)
            notes.append(message.replace(":", f" ({row.record.full_name}):", 1))
    return notes


def _count_rows(preview: Preview, plan: RosterImport, sheet_plan: SheetPlan) -> None:
    """Every row below the header counts: a person's row, an empty one, or one left unread.

    Counted apart from the rows' outcomes, so that a test can check that they add up.
    """
    if sheet_plan.header_index is None:
        return
    sheet = sheet_plan.sheet
    first = sheet_plan.header_index + 1
    preview.rows_in_file += max(0, len(sheet.rows) - first)
    overrides = plan.overrides.get(sheet_plan.name, {})
    preview.empty_rows += sum(
        1
        for index in range(first, len(sheet.rows))
        if _blank(sheet.rows[index]) and not any(overrides.get(index, {}).values())
    )
    if sheet.unread.count:
        preview.rows_in_file += sheet.unread.count
        preview.unread.append((sheet.name, sheet.unread))


def _label(row: RowOutcome) -> str:
    return f"Row {row.row_number}"


# -- Reading one sheet's rows -----------------------------------------------------------

Setter = Callable[[PersonRecord, CellValue], None]
_NUMBER_LABELLED = frozenset({Field.YEARS_EXPERIENCE, Field.CAPACITY, Field.JOINED_ON})
_UNKNOWN_ROLE = "is not a role PeerDesk knows (mentor, mentee or both)"


def _memo(convert: Callable[[CellValue], Any]) -> Callable[[CellValue], Any]:
    """Answers repeat down a column (roles, formats, multi-select lists): convert each once."""
    cache: dict[tuple[type, CellValue], Any] = {}
    failures: dict[tuple[type, CellValue], values.ValueProblem] = {}

    def converted(value: CellValue) -> Any:
        key = (value.__class__, value)  # 1, 1.0 and True are equal keys otherwise
        try:
            return cache[key]
        except KeyError:
            pass
        if key in failures:
            raise failures[key]
        try:
            result = cache[key] = convert(value)
        except values.ValueProblem as problem:
            failures[key] = problem
            raise
        return result

    return converted


def _setters(
    plan: RosterImport, sheet_plan: SheetPlan, reciprocal: bool, day_first: dict[int, bool]
) -> list[tuple[int, Field, Setter]]:
    """For every mapped column, the function that puts its value on the record."""
    decimal_comma = plan.workbook.decimal_comma
    result: list[tuple[int, Field, Setter]] = []
    for index, target in enumerate(sheet_plan.targets):
        field_ = target.field
        if field_ == Field.IGNORE:
            continue
        setter: Setter | None = None
        if field_ in _TEXT_ATTRIBUTES:
            setter = _text_setter(_TEXT_ATTRIBUTES[field_])
        elif field_ == Field.EMAIL:
            setter = _set_email
        elif field_ == Field.PHONE:
            setter = _set_phone
        elif field_ in TAG_FIELDS:
            sentences = plan.free_text(sheet_plan, index)
            split = values.split_sentences if sentences else values.split_multi
            setter = _tag_setter(TAG_FIELDS[field_], _memo(split))
        elif field_ == Field.CUSTOM:
            setter = _custom_setter(target.custom_name, decimal_comma)
        elif field_ == Field.ROLE:
            if sheet_plan.role is None and not reciprocal:
                setter = _role_setter(_memo(_role_converter(plan)))
        elif field_ == Field.STATUS:
            setter = _converted_setter("status", _memo(values.status))
        elif field_ == Field.MEETING_FORMAT:
            setter = _converted_setter("meeting_format", _memo(values.meeting_format))
        elif field_ == Field.CAPACITY:
            setter = _converted_setter(
                "capacity", lambda v: values.whole_number(v, decimal_comma=decimal_comma)
            )
        elif field_ == Field.YEARS_EXPERIENCE:
            setter = _converted_setter("years_experience", _years_converter(decimal_comma))
        elif field_ == Field.JOINED_ON:
            setter = _converted_setter("joined_on", _day_converter(day_first.get(index, True)))
        elif field_ == Field.TIMESTAMP:
            setter = _timestamp_setter(day_first.get(index, True))
        elif field_ == Field.NOTES:
            setter = _set_notes
        elif field_ in WISH_FIELDS:
            setter = _wish_setter("wishes" if field_ == Field.PREFERRED else "avoid")
        if setter is not None:
            result.append((index, field_, setter))
    return result


_TEXT_ATTRIBUTES = {
    Field.NAME: "full_name",
    Field.FIRST_NAME: "first_name",
    Field.LAST_NAME: "last_name",
    Field.PRONOUNS: "pronouns",
    Field.GENDER: "gender",
    Field.DEPARTMENT: "department",
    Field.COHORT: "cohort",
    Field.LOCATION: "location",
}


def _text_setter(attribute: str) -> Setter:
    def setter(record: PersonRecord, value: CellValue) -> None:
        setattr(record, attribute, value.strip() if isinstance(value, str) else values.text(value))

    return setter


def _converted_setter(attribute: str, convert: Callable[[CellValue], Any]) -> Setter:
    def setter(record: PersonRecord, value: CellValue) -> None:
        setattr(record, attribute, convert(value))

    return setter


def _set_email(record: PersonRecord, value: CellValue) -> None:
    record.email = values.email(value)
    record.email_key = email_key(record.email)


def _set_phone(record: PersonRecord, value: CellValue) -> None:
    record.phone = values.phone(value)


def _wish_setter(attribute: str) -> Setter:
    def setter(record: PersonRecord, value: CellValue) -> None:
        getattr(record, attribute).extend(values.split_multi(value))

    return setter


def _set_notes(record: PersonRecord, value: CellValue) -> None:
    note = values.text(value)
    record.notes = f"{record.notes}\n{note}" if record.notes else note


def _tag_setter(kind: TagKind, split: Callable[[CellValue], list[str]]) -> Setter:
    def setter(record: PersonRecord, value: CellValue) -> None:
        parts = split(value)
        existing = record.tags.get(kind)
        if existing is None:
            record.tags[kind] = list(parts)
            return
        seen = {t.casefold() for t in existing}
        for part in parts:
            if part.casefold() not in seen:
                seen.add(part.casefold())
                existing.append(part)

    return setter


def _custom_setter(name: str, decimal_comma: bool) -> Setter:
    def setter(record: PersonRecord, value: CellValue) -> None:
        record.custom_fields[name] = _custom_value(value, decimal_comma)

    return setter


def _role_converter(plan: RosterImport) -> Callable[[CellValue], Role]:
    def convert(value: CellValue) -> Role:
        role = plan.role_for(value)
        if role is None:
            raise values.ValueProblem(_UNKNOWN_ROLE)
        return role

    return convert


def _role_setter(convert: Callable[[CellValue], Role]) -> Setter:
    def setter(record: PersonRecord, value: CellValue) -> None:
        record.role = convert(value)

    return setter


def _years_converter(decimal_comma: bool) -> Callable[[CellValue], float]:
    def convert(value: CellValue) -> float:
        years = values.number(value, decimal_comma=decimal_comma)
        if not 0 <= years <= 80:
            raise values.ValueProblem("is not a number of years")
        return years

    return convert


def _day_converter(day_first: bool) -> Callable[[CellValue], date]:
    def convert(value: CellValue) -> date:
        return values.day(value, day_first=day_first)

    return convert


def _timestamp_setter(day_first: bool) -> Setter:
    def setter(record: PersonRecord, value: CellValue) -> None:
        try:
            record.submitted_at = values.moment(value, day_first=day_first)
        except values.ValueProblem:
            record.submitted_at = None  # only orders duplicate submissions; never an error

    return setter


def _sheet_rows(
    plan: RosterImport, sheet_plan: SheetPlan, reciprocal: bool, order_start: int
) -> list[RowOutcome]:
    if sheet_plan.header_index is None:
        return []
    sheet = sheet_plan.sheet
    filled_columns = sum(1 for h in sheet_plan.headers if h)
    first_data = sheet_plan.header_index + 1
    day_first: dict[int, bool] = {}
    for index, target in enumerate(sheet_plan.targets):
        if target.field in (Field.JOINED_ON, Field.TIMESTAMP):
            column_values = [
                plan.cell(sheet_plan, r, index)
                for r in range(first_data, min(len(sheet.rows), first_data + 2000))
            ]
            day_first[index] = values.guess_day_first(column_values)
    setters = _setters(plan, sheet_plan, reciprocal, day_first)
    has_names = any(f in (Field.FIRST_NAME, Field.LAST_NAME) for _i, f, _s in setters)
    needs_role = not reciprocal and sheet_plan.role is None
    fixed_role = Role.PEER if reciprocal else sheet_plan.role
    overrides = plan.overrides.get(sheet_plan.name, {})
    skipped = {n for s, n in plan.skipped if s == sheet_plan.name}
    results: list[RowOutcome] = []
    order = order_start
    for row_index in range(first_data, len(sheet.rows)):
        row = sheet.rows[row_index]
        if row_index in overrides:
            row = list(row)
            for column, value in overrides[row_index].items():
                row.extend([""] * (column + 1 - len(row)))
                row[column] = value
        if _blank(row):
            continue
        row_number = row_index + 1
        order += 1
        if is_totals_row(row, filled_columns):
            message = f"Row {row_number}: a totals row, not a person."
            results.append(
                RowOutcome(
                    sheet_plan.name, row_number, Outcome.SKIPPED, [message], None, order=order
                )
            )
            continue
        record = PersonRecord()
        problems: list[CellProblem] = []
        role_unknown = False
        width = len(row)
        for index, field_, setter in setters:
            if index >= width:
                continue
            value = row[index]
            if isinstance(value, str) and "\x00" in value:
                value = value.replace("\x00", "")  # no database keeps a NUL in text
            if value == "" or (isinstance(value, str) and not value.strip()):
                continue
            try:
                setter(record, value)
            except values.ValueProblem as problem:
                role_unknown = role_unknown or field_ == Field.ROLE
                problems.append(_problem(index, field_, value, problem))
        if has_names and (record.first_name or record.last_name):
            record.full_name = _join_name(record, sheet_plan.name_order)
        if not record.full_name:
            problems.insert(0, CellProblem(-1, "", "no name."))
        if fixed_role is not None:
            record.role = fixed_role
        elif needs_role and record.role is None and not role_unknown:
            problems.append(
                CellProblem(-1, "", "no role (choose one for the sheet, or map the role column).")
            )
        outcome = RowOutcome(sheet_plan.name, row_number, Outcome.NEW, [], record, order=order)
        if row_number in skipped:
            outcome.outcome = Outcome.SKIPPED
            outcome.messages.append(f"Row {row_number}: skipped in the preview.")
        elif record.full_name == EXAMPLE_NAME and (record.email or "").casefold() == EXAMPLE_EMAIL:
            outcome.outcome = Outcome.SKIPPED
            outcome.messages.append(f"Row {row_number}: the example row from the roster template.")
        elif problems:
            outcome.outcome = Outcome.ERROR
            outcome.problems = problems
            outcome.messages.extend(f"Row {row_number}: {p.message}" for p in problems)
        results.append(outcome)
    return results


def _problem(
    index: int, field_: Field, value: CellValue, problem: values.ValueProblem
) -> CellProblem:
    shown = values.display(value).strip()
    message = f"'{_short(shown)}' {problem.reason}"
    if field_ in _NUMBER_LABELLED:
        message += f" ({FIELD_LABELS[field_]})"
    return CellProblem(index, shown, message + ".")


def _join_name(record: PersonRecord, order: NameOrder) -> str:
    first, last = record.first_name, record.last_name
    if order == NameOrder.LAST_FIRST:
        joined = f"{last} {first}"
    elif order == NameOrder.LAST_COMMA_FIRST:
        joined = f"{last}, {first}" if first and last else last or first
    else:
        joined = f"{first} {last}"
    return joined.strip()


def _blank(row: list[CellValue]) -> bool:
    for value in row:
        if value != "" and not (isinstance(value, str) and not value.strip()):
            return False
    return True


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _custom_value(value: CellValue, decimal_comma: bool) -> Any:
    """Custom fields keep numbers as numbers and dates as ISO dates (the field is JSON)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < 1e15 else value
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        stripped = value.strip()
        if stripped and set(stripped) <= _NUMBER_TEXT_CHARS and not _leading_zero(stripped):
            try:
                number = values.number(stripped, decimal_comma=decimal_comma)
            except values.ValueProblem:
                return stripped
            return int(number) if number.is_integer() and abs(number) < 1e15 else number
        return stripped
    return values.display(value)


def _leading_zero(text: str) -> bool:
    digits = text.lstrip("+-")
    return len(digits) > 1 and digits[0] == "0" and digits[1].isdigit()


# -- Duplicates inside the file ---------------------------------------------------------


def _resolve_duplicates(rows: list[RowOutcome]) -> None:
    groups: dict[str, list[RowOutcome]] = {}
    for row in rows:
        if row.outcome == Outcome.NEW and row.record and row.record.email_key:
            groups.setdefault(row.record.email_key, []).append(row)
    for group in groups.values():
        if len(group) < 2:
            continue
        timed = any(r.record and r.record.submitted_at for r in group)

        def rank(row: RowOutcome) -> tuple[datetime, int]:
            stamp = row.record.submitted_at if row.record else None
            return (stamp or datetime.min, row.order)

        winner = max(group, key=rank)
        assert winner.record is not None
        roles = {r.record.role for r in group if r.record and r.record.role}
        sheets = {r.sheet for r in group}
        where = ", ".join(_where(r, winner) for r in group)
        if timed:
            winner.messages.append(
                f"{_label(winner)}: the latest of {len(group)} submissions from this email "
                f"({where}); the earlier ones are not imported."
            )
        else:
            winner.messages.append(
                f"{_label(winner)}: this email appears {len(group)} times ({where}); "
                "this row is imported."
            )
        if len(sheets) > 1 and (Role.BOTH in roles or {Role.MENTOR, Role.MENTEE} <= roles):
            winner.record.role = Role.BOTH
            winner.messages.append(
                f"{_label(winner)}: listed as both mentor and mentee, so joins as both."
            )
        for row in group:
            if row is winner:
                continue
            row.outcome = Outcome.DUPLICATE
            if timed:
                row.messages.append(
                    f"{_label(row)}: an earlier submission from the same email; "
                    f"the latest ({_where(winner, row)}) is imported instead."
                )
            else:
                row.messages.append(
                    f"{_label(row)}: same email as {_where(winner, row)}, "
                    "which is imported instead."
                )


def _where(row: RowOutcome, relative_to: RowOutcome) -> str:
    if row.sheet != relative_to.sheet:
        return f"row {row.row_number} of “{row.sheet}”"
    return f"row {row.row_number}"
