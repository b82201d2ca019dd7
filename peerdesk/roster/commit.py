"""Writing an import to the program file: all of it in one transaction, or none of it.

The rows are checked again inside the write transaction (the preview the
coordinator saw may be minutes old), then written with multi-row inserts on
the driver — hundreds of rows per statement, not an ORM object per cell nor a
round trip per row — so that importing 10,000 people takes less time than
openpyxl needs just to read them, on a file as on a server.
Cancelling between chunks rolls everything back.

What the import created, and the rows it changed as they were before, are
kept with the batch so that :mod:`peerdesk.roster.undo` can put the file back
exactly as it was.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from sqlalchemy import Connection, Table, insert, select, update

from peerdesk import history
from peerdesk.database import Database
from peerdesk.enums import ParticipantStatus, TagKind
from peerdesk.errors import NotFound
from peerdesk.models import (
    ChangeRecord,
    ColumnLayout,
    ImportBatch,
    Participant,
    Person,
    Program,
)
from peerdesk.output_files import write_file
from peerdesk.progress import Progress
from peerdesk.roster import layouts, values
from peerdesk.roster.bounds import Unread
from peerdesk.roster.plan import PROBLEM_HEADER, RosterImport
from peerdesk.roster.preview import Outcome, PersonRecord, Preview, RowOutcome, build_preview
from peerdesk.roster.template import save_atomically
from peerdesk.roster.wishes import WISH_KINDS, PeopleIndex, program_people, wish_rules
from peerdesk.spreadsheet_text import csv_bytes
from peerdesk.sql_rows import delete_rows, insert_values, select_rows, update_records
from peerdesk.sqltypes import UTCDateTime, utcnow
from peerdesk.storage.driver import new_ids
from peerdesk.storage.retry import strict

CHUNK = 1000
PERSON: Table = Person.__table__  # type: ignore[assignment]
PARTICIPANT: Table = Participant.__table__  # type: ignore[assignment]
PERSON_COLUMNS = ("id", "full_name", "email", "email_key", "phone", "pronouns", "gender",
                  "notes", "erased_at", "created_at", "updated_at", "version")  # fmt: skip
PARTICIPANT_COLUMNS = (
    "id", "program_id", "person_id", "role", "status", "capacity", "department", "cohort",
    "years_experience", "location", "meeting_format", "custom_fields", "readiness_override",
    "readiness_override_reason", "readiness_override_at", "joined_on", "notes", "created_at",
    "updated_at", "version",
)  # fmt: skip
"""Every column, in the order the bulk inserts give values (a test keeps them complete)."""


_KIND_TEXT = {kind: kind.value for kind in TagKind}


def _json(value: Any) -> str:
    """As :class:`peerdesk.sqltypes.JSONText` stores it."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class SummaryLine:
    sheet: str
    row_number: int
    name: str
    email: str
    outcome: Outcome
    reason: str


@dataclass
class ImportSummary:
    """Who was added, updated and skipped, each with the reason."""

    source_name: str
    added: list[SummaryLine] = field(default_factory=list)
    updated: list[SummaryLine] = field(default_factory=list)
    skipped: list[SummaryLine] = field(default_factory=list)
    batch_id: int | None = None
    dry_run: bool = False
    rows_in_file: int = 0
    """Rows below the header rows of the sheets imported, empty ones included."""
    empty_rows: int = 0
    unread: list[tuple[str, Unread]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """What reading the file left out (a stray far cell, rows past a limit)."""

    @property
    def rejected(self) -> list[SummaryLine]:
        """Rows not imported because of a problem in them (not duplicates or skips)."""
        return [line for line in self.skipped if line.outcome == Outcome.ERROR]

    @property
    def merged(self) -> list[SummaryLine]:
        """Rows whose email another row shares; that row is imported instead."""
        return [line for line in self.skipped if line.outcome == Outcome.DUPLICATE]

    @property
    def set_aside(self) -> list[SummaryLine]:
        """Totals rows, the template's example row, rows the coordinator skipped."""
        return [line for line in self.skipped if line.outcome == Outcome.SKIPPED]

    @property
    def unread_rows(self) -> int:
        return sum(u.count for _sheet, u in self.unread)

    def accounted_rows(self) -> int:
        """Every outcome added up; equals :attr:`rows_in_file` (a test checks it on every file)."""
        return (
            len(self.added) + len(self.updated) + len(self.skipped) + self.empty_rows
        ) + self.unread_rows

    def accounting(self) -> str:
        """Where every row of the file went, in one sentence whose numbers add up."""

        def count(n: int, one: str, many: str) -> str:
            return f"{n:,} {one if n == 1 else many}"

        imported = len(self.added) + len(self.updated)
        parts = [
            f"{imported:,} imported ({len(self.added):,} new, {len(self.updated):,} updated)",
            count(len(self.merged), "merged as a duplicate", "merged as duplicates"),
            f"{self.empty_rows:,} skipped as empty",
        ]
        if self.set_aside:
            parts.append(f"{len(self.set_aside):,} skipped (totals, example or skipped rows)")
        parts.append(f"{len(self.rejected):,} refused")
        if self.unread_rows:
            parts.append(f"{self.unread_rows:,} not read (over a limit)")
        head = "The file has " + count(self.rows_in_file, "row", "rows") + " below the header: "
        return head + ", ".join(parts) + "."

    def unread_lines(self) -> list[str]:
        return [
            f"{sheet}, rows {u.first:,}–{u.last:,}: {u.count:,} filled rows not read; {u.reason}."
            for sheet, u in self.unread
        ]

    def text(self) -> str:
        """The summary in plain lines, as the command line prints it."""
        verb = "Would add" if self.dry_run else "Added"
        lines = [
            f"{verb} {len(self.added)}, "
            f"{'would update' if self.dry_run else 'updated'} {len(self.updated)}, "
            f"skipped {len(self.skipped)} ({len(self.rejected)} with problems)."
        ]
        for line in self.skipped:
            lines.append(f"  {line.sheet}: {line.reason}")
        return "\n".join(lines)


def summarize(preview: Preview, source_name: str, notes: list[str] | None = None) -> ImportSummary:
    summary = ImportSummary(
        source_name=source_name,
        rows_in_file=preview.rows_in_file,
        empty_rows=preview.empty_rows,
        unread=list(preview.unread),
        notes=[*(notes or []), *preview.wish_notes],
    )
    for row in preview.rows:
        line = SummaryLine(row.sheet, row.row_number, row.name, row.email, row.outcome, row.reason)
        if row.outcome == Outcome.NEW:
            summary.added.append(line)
        elif row.outcome == Outcome.UPDATE:
            summary.updated.append(line)
        else:
            summary.skipped.append(line)
    return summary


def preview_import(db: Database, program_id: int, plan: RosterImport) -> Preview:
    """Every row's outcome, read against the file as it is now; nothing is written."""
    with db.reading() as session:
        return build_preview(plan, session.connection(), program_id)


@strict
def run_import(
    db: Database,
    program_id: int,
    plan: RosterImport,
    progress: Progress | None = None,
    *,
    dry_run: bool = False,
) -> ImportSummary:
    """Import the plan's valid rows into the program in one transaction.

    Raises :class:`peerdesk.progress.Cancelled` (nothing written) if the progress
    object is cancelled. Rows with problems are left out and listed in the summary.
    """
    progress = progress or Progress()
    source = plan.workbook.name
    notes = [*plan.workbook.all_notes(), *plan.left_out_notes()]
    if dry_run:
        summary = summarize(preview_import(db, program_id, plan), source, notes)
        summary.dry_run = True
        return summary
    with db.transaction() as session:
        conn = session.connection()
        if conn.scalar(select(Program.id).where(Program.id == program_id)) is None:
            raise NotFound(what="That program")
        progress.set_progress(0, 0, "Checking rows")
        preview = build_preview(plan, conn, program_id)
        progress.check()
        summary = summarize(preview, source, notes)
        if not summary.added and not summary.updated:
            return summary  # nothing to import: no batch to undo, nothing remembered
        writer = _Writer(conn, program_id, progress, history.actor(session))
        writer.write(preview)
        writer.write_wishes(preview)
        writer.remember_layouts(plan)
        summary.batch_id = writer.finish(source, summary)
        from peerdesk.groups.sessions import sync_invitations

        # The people it added or changed are invited to (or taken off) the sessions to come
        # for all mentors, all mentees or everyone, as they are now.
        sync_invitations(
            session, program_id, writer.created_participants + writer.updated_participants
        )
    return summary


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _Writer:
    def __init__(
        self, conn: Connection, program_id: int, progress: Progress, actor: str | None
    ) -> None:
        self.conn = conn
        self.actor = actor
        self.program_id = program_id
        self.progress = progress
        self.now = utcnow().replace(microsecond=0)
        self.stamp = UTCDateTime().process_bind_param(self.now, conn.dialect)
        self.created_people: list[int] = []
        self.created_participants: list[int] = []
        self.before: dict[str, list[dict[str, Any]]] = {
            "person": [],
            "participant": [],
            "participant_tag": [],
        }
        self.updated_participants: list[int] = []
        self.rules_created: list[int] = []
        self.rules_before: list[dict[str, Any]] = []
        self.layouts_created: list[int] = []
        self.layouts_before: list[dict[str, Any]] = []
        self.done = 0
        self.total = 0

    # -- Rows --------------------------------------------------------------------------

    def write(self, preview: Preview) -> None:
        new = preview.with_outcome(Outcome.NEW)
        updates = preview.with_outcome(Outcome.UPDATE)
        self.total = len(new) + len(updates)
        self._report("Adding people")
        for chunk in _chunks(new):
            self._insert_new(chunk)
            self.done += len(chunk)
            self._report("Adding people")
        if updates:
            self._update_existing(updates)
            self.done += len(updates)
            self._report("Updating people")

    def write_wishes(self, preview: Preview) -> None:
        """Pair rules from the wish columns, first choice first; an asker's earlier rules of
        a kind the row fills are replaced. Names no one has were listed in the preview."""
        rows = [
            row
            for row in preview.with_outcome(Outcome.NEW, Outcome.UPDATE)
            if row.record is not None and (row.record.wishes or row.record.avoid)
        ]
        if not rows:
            return
        index: PeopleIndex[int] = PeopleIndex()
        for participant_id, _person, name, email in program_people(self.conn, self.program_id):
            index.add(participant_id, name, email)
        new_rules: list[tuple[int, int, str]] = []
        replaced: set[tuple[int, str]] = set()  # (asker, kind) whose earlier rules go
        for row in rows:
            record = row.record
            assert record is not None
            asker = index.find(record.email or record.full_name)
            if not isinstance(asker, int):
                continue
            rules, _left_out = wish_rules(index, asker, record.wishes, record.avoid)
            for field_name, kind in WISH_KINDS.items():
                if getattr(record, field_name):
                    replaced.add((asker, kind.value))
            new_rules.extend((asker, other, kind.value) for other, kind in rules)
        if replaced:
            askers = {asker for asker, _kind in replaced}
            old = [
                rule
                for rule in select_rows(self.conn, "pair_rule", "participant_a_id", askers)
                if (rule["participant_a_id"], rule["kind"]) in replaced
            ]
            self.rules_before.extend(old)
            delete_rows(self.conn, "pair_rule", "id", [rule["id"] for rule in old])
        if not new_rules:
            return
        ids = new_ids(self.conn, "pair_rule", len(new_rules))
        insert_values(
            self.conn,
            "pair_rule",
            ("id", "program_id", "participant_a_id", "participant_b_id", "kind", "reason"),
            [
                (rule_id, self.program_id, a, b, kind, "Asked for in the sign-up form")
                for rule_id, (a, b, kind) in zip(ids, new_rules, strict=True)
            ],
        )
        self.rules_created = ids

    def _report(self, text: str) -> None:
        self.progress.check()
        self.progress.set_progress(self.done, self.total, text)

    def _participant_row(
        self, participant_id: int, person_id: int, r: PersonRecord
    ) -> tuple[Any, ...]:
        return (
            participant_id, self.program_id, person_id, r.role.value if r.role else None,
            (r.status or ParticipantStatus.APPLIED).value, r.capacity, r.department, r.cohort,
            r.years_experience, r.location, r.meeting_format.value if r.meeting_format else None,
            _json(r.custom_fields), False, None, None,
            r.joined_on.isoformat() if r.joined_on else None, r.notes or "", self.stamp, self.stamp,
            1,
        )  # fmt: skip

    def _insert_participants(self, pairs: Sequence[tuple[int, PersonRecord]]) -> list[int]:
        ids = new_ids(self.conn, "participant", len(pairs))
        insert_values(
            self.conn,
            "participant",
            PARTICIPANT_COLUMNS,
            [self._participant_row(i, pid, r) for i, (pid, r) in zip(ids, pairs, strict=True)],
        )
        return ids

    def _insert_new(self, rows: Sequence[RowOutcome]) -> None:
        """Multi-row inserts on the driver with explicit ids: the ORM and even Core cost
        more than the rest of the import."""
        records = [row.record for row in rows if row.record is not None]
        person_ids = new_ids(self.conn, "person", len(records))
        stamp = self.stamp
        insert_values(
            self.conn,
            "person",
            PERSON_COLUMNS,
            [
                (
                    i,
                    r.full_name,
                    r.email,
                    r.email_key,
                    r.phone,
                    r.pronouns,
                    r.gender,
                    "",
                    None,
                    stamp,
                    stamp,
                    1,  # the first version
                )
                for i, r in zip(person_ids, records, strict=True)
            ],
        )
        self.created_people.extend(person_ids)
        participant_ids = self._insert_participants(list(zip(person_ids, records, strict=True)))
        self.created_participants.extend(participant_ids)
        self._insert_tags(zip(participant_ids, records, strict=True))

    def _insert_tags(self, pairs: Iterable[tuple[int, PersonRecord]]) -> None:
        kind_text = _KIND_TEXT
        tags = [
            (pid, kind_text[kind], value)
            for pid, record in pairs
            for kind, tag_values in record.tags.items()
            for value in tag_values
        ]
        insert_values(self.conn, "participant_tag", ("participant_id", "kind", "value"), tags)

    def _update_existing(self, rows: list[RowOutcome]) -> None:
        person_ids = [row.person_id for row in rows if row.person_id is not None]
        self.before["person"] = select_rows(self.conn, "person", "id", person_ids)
        existing_participants = [r.participant_id for r in rows if r.participant_id is not None]
        participant_rows = select_rows(self.conn, "participant", "id", existing_participants)
        self.before["participant"] = participant_rows
        self.before["participant_tag"] = select_rows(
            self.conn, "participant_tag", "participant_id", existing_participants
        )
        self.updated_participants = existing_participants
        custom_before = {
            row["id"]: json.loads(row["custom_fields"] or "{}") for row in participant_rows
        }

        person_updates: list[dict[str, Any]] = []
        participant_updates: list[dict[str, Any]] = []
        to_add: list[tuple[int, PersonRecord]] = []
        replaced_tags: list[tuple[int, PersonRecord]] = []
        for row in rows:
            record = row.record
            if record is None or row.person_id is None:
                continue
            changes = {
                "full_name": record.full_name,
                "email": record.email,
                "email_key": record.email_key,
                "updated_at": self.now,
            }
            for name in ("phone", "pronouns", "gender"):
                if getattr(record, name) is not None:
                    changes[name] = getattr(record, name)
            person_updates.append({"id": row.person_id, **changes})
            if row.participant_id is None:
                to_add.append((row.person_id, record))
                continue
            part: dict[str, Any] = {"updated_at": self.now}
            for name in (
                "role",
                "status",
                "capacity",
                "department",
                "cohort",
                "years_experience",
                "location",
                "meeting_format",
                "joined_on",
                "notes",
            ):
                value = getattr(record, name)
                if value is not None:
                    part[name] = value
            if record.custom_fields:
                part["custom_fields"] = {
                    **custom_before.get(row.participant_id, {}),
                    **record.custom_fields,
                }
            participant_updates.append({"id": row.participant_id, **part})
            if record.tags:
                replaced_tags.append((row.participant_id, record))
        self._grouped_update(PERSON, person_updates)
        self._grouped_update(PARTICIPANT, participant_updates)
        # A row's tags of a kind it fills replace the ones of that kind before.
        doomed = {
            (participant_id, kind.value)
            for participant_id, record in replaced_tags
            for kind, tag_values in record.tags.items()
            if tag_values
        }
        delete_rows(
            self.conn,
            "participant_tag",
            "id",
            [
                tag["id"]
                for tag in self.before["participant_tag"]
                if (tag["participant_id"], tag["kind"]) in doomed
            ],
        )
        self._insert_tags(replaced_tags)
        if to_add:
            participant_ids = self._insert_participants(to_add)
            self.created_participants.extend(participant_ids)
            self._insert_tags(zip(participant_ids, [r for _pid, r in to_add], strict=True))

    def _grouped_update(self, table: Table, updates: list[dict[str, Any]]) -> None:
        """One bulk update per set of changed columns (a row's empty cells change nothing)."""
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for change in updates:
            columns = tuple(sorted(k for k in change if k != "id"))
            groups.setdefault(columns, []).append(change)
        for changes in groups.values():
            update_records(self.conn, table, changes)

    # -- Layouts and the batch ---------------------------------------------------------

    def remember_layouts(self, plan: RosterImport) -> None:
        table: Table = ColumnLayout.__table__  # type: ignore[assignment]
        for sheet_plan in plan.included:
            if sheet_plan.header_index is None:
                continue
            sig = layouts.signature(sheet_plan.headers)
            mapping = plan.saved_layout(sheet_plan).to_json()
            before = select_rows(self.conn, "column_layout", "signature", [sig])
            if before:
                if before[0]["id"] not in self.layouts_created and not any(
                    b["id"] == before[0]["id"] for b in self.layouts_before
                ):
                    self.layouts_before.extend(before)
                self.conn.execute(
                    update(table)
                    .where(table.c.id == before[0]["id"])
                    .values(headers=sheet_plan.headers, mapping=mapping, used_at=self.now)
                )
            else:
                new_id = self.conn.execute(
                    insert(table).returning(table.c.id),
                    {
                        "signature": sig,
                        "headers": sheet_plan.headers,
                        "mapping": mapping,
                        "used_at": self.now,
                    },
                ).scalar_one()
                self.layouts_created.append(new_id)

    def finish(self, source_name: str, summary: ImportSummary) -> int:
        batch_table: Table = ImportBatch.__table__  # type: ignore[assignment]
        history_table: Table = ChangeRecord.__table__  # type: ignore[assignment]
        undo_data = {
            "version": 1,
            "stamp": self.stamp,
            "created": {
                "person": self.created_people,
                "participant": self.created_participants,
                "pair_rule": self.rules_created,
            },
            "before": {**self.before, "pair_rule": self.rules_before},
            "updated_participants": self.updated_participants,
            "layouts": {"created": self.layouts_created, "before": self.layouts_before},
        }
        batch_id: int = self.conn.execute(
            insert(batch_table).returning(batch_table.c.id),
            {
                "program_id": self.program_id,
                "imported_at": self.now,
                "source_name": source_name,
                "added": len(summary.added),
                "updated": len(summary.updated),
                "skipped": len(summary.skipped),
                "undo_data": None,  # written once below, with the history line's id
            },
        ).scalar_one()
        record_id = self.conn.execute(
            insert(history_table).returning(history_table.c.id),
            {
                "at": self.now,
                "program_id": self.program_id,
                "entity": "import_batch",
                "entity_id": batch_id,
                "action": "import",
                "actor": self.actor,
                "details": {
                    "added": len(summary.added),
                    "updated": len(summary.updated),
                    "skipped": len(summary.skipped),
                },
            },
        ).scalar_one()
        undo_data["change_records"] = [record_id]
        self.conn.execute(
            update(batch_table).where(batch_table.c.id == batch_id).values(undo_data=undo_data)
        )
        self.progress.set_progress(self.total, self.total, "Done")
        return batch_id


# -- Saving the summary -------------------------------------------------------------------

_HEADERS = ("Sheet", "Row", "Name", "Email", "Outcome", "Reason")
_OUTCOME_WORDS = {
    Outcome.NEW: "Added",
    Outcome.UPDATE: "Updated",
    Outcome.DUPLICATE: "Duplicate",
    Outcome.ERROR: "Not imported: problem",
    Outcome.SKIPPED: "Skipped",
}


def _cell(sheet: Any, value: Any, bold: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        cell.data_type = "s"  # text from a roster is never written as a formula
    if bold:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F5D8A")
    return cell


def save_summary(summary: ImportSummary, path: Path | str) -> Path:
    """Save the summary as .xlsx: a sheet of counts, then added, updated and skipped rows."""
    path = Path(path)
    workbook = Workbook(write_only=True)
    overview = workbook.create_sheet("Summary")
    overview.append([_cell(overview, "Roster", True), _cell(overview, summary.source_name)])
    stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
    overview.append([_cell(overview, "Imported", True), _cell(overview, stamp)])
    for label, lines in (
        ("Added", summary.added),
        ("Updated", summary.updated),
        ("Skipped", summary.skipped),
    ):
        overview.append([_cell(overview, label, True), _cell(overview, len(lines))])
    # Where every row went, adding up to the rows in the file, as the Summary page says it.
    for label, count in (
        ("Rows below the header", summary.rows_in_file),
        ("Merged as duplicates", len(summary.merged)),
        ("Skipped as empty", summary.empty_rows),
        ("Skipped (totals, example or skipped rows)", len(summary.set_aside)),
        ("Refused", len(summary.rejected)),
        ("Not read (over a limit)", summary.unread_rows),
    ):
        overview.append([_cell(overview, label, True), _cell(overview, count)])
    for note in [*summary.notes, *summary.unread_lines()]:
        overview.append([_cell(overview, "Note", True), _cell(overview, note)])
    for label, lines in (
        ("Added", summary.added),
        ("Updated", summary.updated),
        ("Skipped", summary.skipped),
    ):
        sheet = workbook.create_sheet(label)
        sheet.freeze_panes = "A2"
        for letter, width in zip("ABCDEF", (16, 6, 28, 32, 20, 80), strict=True):
            sheet.column_dimensions[letter].width = width
        sheet.append([_cell(sheet, h, True) for h in _HEADERS])
        for line in lines:
            sheet.append(
                [
                    _cell(sheet, line.sheet),
                    _cell(sheet, line.row_number),
                    _cell(sheet, line.name),
                    _cell(sheet, line.email),
                    _cell(sheet, _OUTCOME_WORDS[line.outcome]),
                    _cell(sheet, line.reason),
                ]
            )
        sheet.auto_filter.ref = f"A1:F{len(lines) + 1}"
    save_atomically(workbook, path)
    return path


# -- The refused rows, to fix and import again ----------------------------------------------


def refused_rows_csv(
    summary: ImportSummary, plan: RosterImport, *, semicolons: bool = False
) -> bytes:
    """The refused rows as they are in the roster, under its headers, each with its problem.

    A CSV (:func:`~peerdesk.spreadsheet_text.csv_bytes`: Excel reads its accents;
    ``semicolons`` for Excel in most of Europe) the coordinator can correct and
    import again: the columns are the header rows' titles (sheets with other
    titles add theirs), and the last column says what to fix.
    """
    headers: list[str] = []
    lines: list[tuple[dict[str, str], str]] = []
    for line in summary.rejected:
        sheet_plan = plan.sheet(line.sheet)
        titles = [h or f"Column {i + 1}" for i, h in enumerate(sheet_plan.headers)]
        for title in titles:
            if title not in headers:
                headers.append(title)
        index = line.row_number - 1
        cells: dict[str, str] = {}
        for column, title in enumerate(titles):
            value = plan.cell(sheet_plan, index, column)
            cells.setdefault(title, values.display(value) if value != "" else "")
        lines.append((cells, line.reason))
    table = [[*headers, PROBLEM_HEADER]]
    table += [[*(cells.get(h, "") for h in headers), reason] for cells, reason in lines]
    return csv_bytes(table, semicolons=semicolons)


def save_refused_rows(
    summary: ImportSummary,
    plan: RosterImport,
    path: Path | str,
    *,
    overwrite: bool = False,
    semicolons: bool = False,
) -> Path:
    """Write :func:`refused_rows_csv` to ``path`` atomically (see ``output_files.write_file``)."""
    data = refused_rows_csv(summary, plan, semicolons=semicolons)
    return write_file(Path(path), data, overwrite=overwrite)
