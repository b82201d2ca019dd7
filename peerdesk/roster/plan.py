"""An import being set up: which sheets, which header row, which column goes where.

:class:`RosterImport` is what the import wizard and the command line edit
between reading the file and importing it. It starts from suggestions (the
header row found, columns mapped from their header text, roles from sheet
names, or a mapping remembered for this column layout) and records every
change the coordinator makes, down to a corrected cell or a skipped row.
Nothing reaches the program file until :func:`peerdesk.roster.commit.run_import`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter

from peerdesk.database import Database
from peerdesk.enums import Role
from peerdesk.progress import Progress
from peerdesk.roster import layouts, values
from peerdesk.roster.errors import NoHeaderRow
from peerdesk.roster.header import find_header_row, header_texts, is_totals_row
from peerdesk.roster.mapping import (
    MULTI_COLUMN_FIELDS,
    ColumnTarget,
    Field,
    NameOrder,
    match_field,
    sensitive_kind,
    suggest_mapping,
)
from peerdesk.roster.reader import CellValue, Sheet, Workbook, is_blank

SAMPLE_SIZE = 5
PROBLEM_HEADER = "PeerDesk: problem to fix"
"""The last column of a refused-rows file (:func:`peerdesk.roster.commit.refused_rows_csv`);
importing that file again leaves it out."""
_PERSON_FIELDS = frozenset({Field.NAME, Field.FIRST_NAME, Field.LAST_NAME, Field.EMAIL})
_FREE_TEXT_FIELDS = frozenset({Field.GOALS, Field.SKILLS, Field.INTERESTS})
"""Tag fields whose answers may be sentences, kept whole rather than cut at commas."""


@dataclass
class ColumnInfo:
    """One column as the mapping page shows it."""

    index: int
    letter: str
    header: str
    target: ColumnTarget
    samples: list[str]
    hidden: bool
    left_out: bool = False
    """Hidden in the spreadsheet and not ticked for import."""
    sensitive: str = ""
    """The sensitive data its header seems to hold ("pay information"), or ""."""


@dataclass
class RoleValue:
    """One distinct answer in the role column(s), how often it occurs, and the role it means."""

    text: str
    count: int
    role: Role | None


@dataclass
class SheetPlan:
    sheet: Sheet
    include: bool
    header_index: int | None
    headers: list[str]
    targets: list[ColumnTarget]
    role: Role | None = None
    name_order: NameOrder = NameOrder.FIRST_LAST
    remembered: bool = False
    left_out: dict[int, ColumnTarget] = field(default_factory=dict)
    """Hidden columns not imported, with what ticking one would import it as."""

    @property
    def name(self) -> str:
        return self.sheet.name

    @property
    def header_row(self) -> int | None:
        """The header's row number as the spreadsheet shows it (1-based)."""
        return None if self.header_index is None else self.header_index + 1

    @property
    def has_role_column(self) -> bool:
        return any(t.field == Field.ROLE for t in self.targets)

    def data_row_count(self) -> int:
        """Rows below the header that may be people (blank and totals rows aside)."""
        if self.header_index is None:
            return 0
        filled = sum(1 for h in self.headers if h)
        return sum(
            1
            for row in self.sheet.rows[self.header_index + 1 :]
            if not is_blank(row) and not is_totals_row(row, filled)
        )

    def columns_for(self, field_: Field) -> list[int]:
        return [i for i, t in enumerate(self.targets) if t.field == field_]

    def column_name(self, column: int) -> str:
        """“Column F “Salary band””, as messages name a column."""
        letter = get_column_letter(column + 1)
        header = self.headers[column] if column < len(self.headers) else ""
        return f"Column {letter} “{header}”" if header else f"Column {letter}"


@dataclass
class RosterImport:
    workbook: Workbook
    sheets: list[SheetPlan]
    role_choices: dict[str, Role | None] = field(default_factory=dict)
    overrides: dict[str, dict[int, dict[int, CellValue]]] = field(default_factory=dict)
    skipped: set[tuple[str, int]] = field(default_factory=set)
    _remembered: dict[str, layouts.SavedLayout] = field(default_factory=dict, repr=False)

    # -- Building ------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | str, db: Database | None = None, progress: Progress | None = None
    ) -> RosterImport:
        """Read ``path`` and suggest everything; raises a RosterFileError if it cannot be read.

        The file is read in a child process (:mod:`peerdesk.roster.sandbox`): a reader
        that aborts on it becomes a message, not the end of the app.
        """
        from peerdesk.roster import sandbox

        workbook = sandbox.read_isolated(path, progress=progress)
        remembered: dict[str, layouts.SavedLayout] = {}
        if db is not None:
            with db.reading() as session:
                remembered = layouts.load_all(session.connection())
        return cls.from_workbook(workbook, remembered)

    @classmethod
    def from_workbook(
        cls, workbook: Workbook, remembered: dict[str, layouts.SavedLayout] | None = None
    ) -> RosterImport:
        plan = cls(workbook=workbook, sheets=[], _remembered=dict(remembered or {}))
        for sheet in workbook.sheets:
            plan.sheets.append(plan._suggest_sheet(sheet))
        usable = [s for s in plan.sheets if s.header_index is not None]
        if not usable:
            first = next((s for s in workbook.sheets if s.row_count), workbook.sheets[0])
            raise NoHeaderRow(name=workbook.name, sheet=first.name)
        if not any(s.include for s in plan.sheets):
            # No sheet looks like people: offer the first usable one rather than nothing.
            usable[0].include = True
        return plan

    def _suggest_sheet(self, sheet: Sheet) -> SheetPlan:
        header_index = find_header_row(sheet) if sheet.row_count else None
        plan = SheetPlan(
            sheet=sheet, include=False, header_index=header_index, headers=[], targets=[]
        )
        if header_index is None:
            return plan
        self._map_columns(plan)
        plan.include = not sheet.hidden and any(t.field in _PERSON_FIELDS for t in plan.targets)
        return plan

    def _map_columns(self, plan: SheetPlan) -> None:
        assert plan.header_index is not None
        plan.headers = header_texts(plan.sheet, plan.header_index)
        saved = self._remembered.get(layouts.signature(plan.headers))
        if saved is not None:
            targets = list(saved.targets[: len(plan.headers)])
            while len(targets) < len(plan.headers):
                targets.append(ColumnTarget(Field.IGNORE))
            plan.targets = [ColumnTarget(t.field, t.custom_name) for t in targets]
            plan.name_order = saved.name_order
            plan.role = saved.sheet_role
            plan.remembered = True
            for key, role in saved.role_values.items():
                self.role_choices.setdefault(key, role)
            self._leave_out_hidden(plan)
            return
        hidden = plan.sheet.hidden_columns
        plan.targets = suggest_mapping(
            ["" if i in hidden or h == PROBLEM_HEADER else h for i, h in enumerate(plan.headers)]
        )
        plan.remembered = False
        plan.name_order = NameOrder.FIRST_LAST
        plan.role = None
        self._leave_out_hidden(plan)
        if not plan.has_role_column:
            suggested = values.suggest_role(plan.sheet.name)
            plan.role = suggested if suggested in (Role.MENTOR, Role.MENTEE, Role.BOTH) else None

    @staticmethod
    def _leave_out_hidden(plan: SheetPlan) -> None:
        """Hidden columns are not imported until ticked, whatever was suggested or remembered.

        Each keeps what ticking it would import it as: the remembered target, or the field
        its header names if no other column has that field, else a custom field.
        """
        plan.left_out = {}
        for index in sorted(plan.sheet.hidden_columns):
            header = plan.headers[index] if index < len(plan.headers) else ""
            if not header:
                continue
            target = plan.targets[index]
            if target.field == Field.IGNORE:
                found = match_field(header)
                taken = (
                    found is not None
                    and found[0] not in MULTI_COLUMN_FIELDS
                    and any(t.field == found[0] for t in plan.targets)
                )
                if found is not None and not taken:
                    target = ColumnTarget(found[0])
                else:
                    target = ColumnTarget(Field.CUSTOM, header)
            plan.left_out[index] = target
            plan.targets[index] = ColumnTarget(Field.IGNORE)

    # -- Editing -------------------------------------------------------------------

    def sheet(self, name: str) -> SheetPlan:
        wanted = self.workbook.sheet(name)
        return next(s for s in self.sheets if s.sheet is wanted)

    @property
    def included(self) -> list[SheetPlan]:
        return [s for s in self.sheets if s.include]

    def include_sheet(self, name: str, include: bool = True) -> None:
        plan = self.sheet(name)
        if include and plan.header_index is None:
            raise NoHeaderRow(name=self.workbook.name, sheet=plan.name)
        plan.include = include

    def only_sheets(self, names: list[str]) -> None:
        """Import exactly these sheets (the command line's ``--sheet``)."""
        chosen = {id(self.sheet(n)) for n in names}
        for plan in self.sheets:
            if id(plan) in chosen and plan.header_index is None:
                raise NoHeaderRow(name=self.workbook.name, sheet=plan.name)
            plan.include = id(plan) in chosen

    def set_header_row(self, name: str, row_number: int) -> None:
        """Use spreadsheet row ``row_number`` (1-based) as the header; columns are re-mapped."""
        plan = self.sheet(name)
        if not 1 <= row_number <= len(plan.sheet.rows) or is_blank(plan.sheet.rows[row_number - 1]):
            raise NoHeaderRow(name=self.workbook.name, sheet=plan.name)
        plan.header_index = row_number - 1
        self._map_columns(plan)

    def set_target(self, name: str, column: int, field_: Field, custom_name: str = "") -> None:
        """Send column ``column`` (0-based) to ``field_``; a one-column field moves, not copies."""
        plan = self.sheet(name)
        if field_ == Field.IGNORE and column in plan.sheet.hidden_columns:
            self.include_hidden_column(name, column, include=False)  # untick it
            return
        if field_ == Field.CUSTOM and not custom_name.strip():
            custom_name = plan.headers[column].strip() or f"Column {column + 1}"
        if field_ not in MULTI_COLUMN_FIELDS:
            for index, target in enumerate(plan.targets):
                if target.field == field_ and index != column:
                    plan.targets[index] = ColumnTarget(Field.IGNORE)
        plan.left_out.pop(column, None)  # choosing a field for a hidden column ticks it
        plan.targets[column] = ColumnTarget(field_, custom_name.strip())
        plan.remembered = False

    def include_hidden_column(self, name: str, column: int, include: bool = True) -> None:
        """Tick (or untick) hidden column ``column`` (0-based) for import."""
        plan = self.sheet(name)
        if include:
            target = plan.left_out.get(column)
            if target is not None:
                self.set_target(name, column, target.field, target.custom_name)
            return
        if column not in plan.sheet.hidden_columns or column in plan.left_out:
            return
        current = plan.targets[column]
        if current.field == Field.IGNORE:
            header = plan.headers[column].strip() or f"Column {column + 1}"
            current = ColumnTarget(Field.CUSTOM, header)
        plan.left_out[column] = current
        plan.targets[column] = ColumnTarget(Field.IGNORE)
        plan.remembered = False

    def include_hidden_columns(self) -> None:
        """Tick every hidden column of the included sheets (the command line's option)."""
        for plan in self.included:
            for column in sorted(plan.left_out):
                self.include_hidden_column(plan.name, column)

    def left_out_notes(self) -> list[str]:
        """What the file holds that will not be imported unless the coordinator says so.

        Hidden sheets and the hidden columns of the sheets imported ("Column F “Salary
        band” is hidden in the spreadsheet and was left out"), then columns whose headers
        look like sensitive data and are not imported.
        """
        notes: list[str] = []
        several = len(self.included) > 1
        for plan in self.sheets:
            if not plan.include:
                if plan.sheet.hidden and plan.sheet.row_count:
                    notes.append(
                        f"Sheet “{plan.name}” is hidden in the spreadsheet and was left out."
                    )
                continue
            where = f"“{plan.name}”: " if several else ""
            for column in sorted(plan.left_out):
                notes.append(
                    f"{where}{plan.column_name(column)} is hidden in the spreadsheet and was "
                    "left out."
                )
        for plan in self.included:
            where = f"“{plan.name}”: " if several else ""
            for column, target in enumerate(plan.targets):
                if target.field != Field.IGNORE or column in plan.left_out:
                    continue
                kind = sensitive_kind(plan.headers[column])
                if kind is not None:
                    notes.append(
                        f"{where}{plan.column_name(column)} looks like {kind}, so it was not "
                        "imported."
                    )
        return notes

    def free_text(self, plan: SheetPlan, column: int) -> bool:
        """Whether a goals, skills or interests column holds sentences, kept whole."""
        if plan.header_index is None or plan.targets[column].field not in _FREE_TEXT_FIELDS:
            return False
        first = plan.header_index + 1
        return values.is_free_text(
            self.cell(plan, r, column) for r in range(first, len(plan.sheet.rows))
        )

    def set_sheet_role(self, name: str, role: Role | None) -> None:
        """Everyone on the sheet takes ``role`` (None: take roles from the role column)."""
        self.sheet(name).role = role

    def set_name_order(self, name: str, order: NameOrder) -> None:
        self.sheet(name).name_order = order

    def columns(self, name: str) -> list[ColumnInfo]:
        plan = self.sheet(name)
        infos: list[ColumnInfo] = []
        for index, header in enumerate(plan.headers):
            samples: list[str] = []
            if plan.header_index is not None:
                filled = sum(1 for h in plan.headers if h)
                for row in plan.sheet.rows[plan.header_index + 1 :]:
                    if index < len(row) and not values.is_empty(row[index]):
                        if is_totals_row(row, filled):
                            continue
                        samples.append(values.display(row[index]).strip())
                        if len(samples) >= SAMPLE_SIZE:
                            break
            infos.append(
                ColumnInfo(
                    index=index,
                    letter=get_column_letter(index + 1),
                    header=header,
                    target=plan.targets[index],
                    samples=samples,
                    hidden=index in plan.sheet.hidden_columns,
                    left_out=index in plan.left_out,
                    sensitive=sensitive_kind(header) or "",
                )
            )
        return infos

    # -- Roles ---------------------------------------------------------------------

    def role_for(self, value: CellValue) -> Role | None:
        key = values.role_key(value)
        if key in self.role_choices:
            return self.role_choices[key]
        return values.suggest_role(value)

    def role_table(self) -> list[RoleValue]:
        """Every distinct answer in the included sheets' role columns, most common first."""
        counts: Counter[str] = Counter()
        first_seen: dict[str, str] = {}
        for plan in self.included:
            if plan.role is not None or plan.header_index is None:
                continue
            for column in plan.columns_for(Field.ROLE):
                for row_index in range(plan.header_index + 1, len(plan.sheet.rows)):
                    value = self.cell(plan, row_index, column)
                    if values.is_empty(value):
                        continue
                    key = values.role_key(value)
                    counts[key] += 1
                    first_seen.setdefault(key, values.display(value).strip())
        return [
            RoleValue(first_seen[key], count, self.role_for(first_seen[key]))
            for key, count in counts.most_common()
        ]

    def set_role_value(self, text: str, role: Role | None) -> None:
        """Answers reading ``text`` (case and spacing aside) mean ``role``; None: not a role."""
        self.role_choices[values.role_key(text)] = role

    # -- Cells and rows ------------------------------------------------------------

    def cell(self, plan: SheetPlan, row_index: int, column: int) -> CellValue:
        rows = self.overrides.get(plan.name)
        if rows:
            row = rows.get(row_index)
            if row and column in row:
                return row[column]
        return plan.sheet.cell(row_index, column)

    def set_cell(self, name: str, row_number: int, column: int, value: CellValue) -> None:
        """Correct one cell for this import (the file itself is not changed)."""
        plan = self.sheet(name)
        self.overrides.setdefault(plan.name, {}).setdefault(row_number - 1, {})[column] = value

    def skip_row(self, name: str, row_number: int, skip: bool = True) -> None:
        key = (self.sheet(name).name, row_number)
        if skip:
            self.skipped.add(key)
        else:
            self.skipped.discard(key)

    def saved_layout(self, plan: SheetPlan) -> layouts.SavedLayout:
        """What remembering this sheet's mapping stores (its role table entries included)."""
        role_values: dict[str, Role | None] = {}
        if plan.has_role_column and plan.role is None and plan.header_index is not None:
            for column in plan.columns_for(Field.ROLE):
                for row_index in range(plan.header_index + 1, len(plan.sheet.rows)):
                    value = self.cell(plan, row_index, column)
                    if not values.is_empty(value):
                        key = values.role_key(value)
                        if key not in role_values:
                            role_values[key] = self.role_for(value)
        return layouts.SavedLayout(
            targets=[ColumnTarget(t.field, t.custom_name) for t in plan.targets],
            name_order=plan.name_order,
            sheet_role=plan.role,
            role_values=role_values,
        )
