"""The Sheets page: which sheets list people, and where each sheet's people get their role."""

from __future__ import annotations

from peerdesk.enums import Role
from peerdesk.roster.plan import SheetPlan
from ui.importer.common import note, plural, sheet_role_labels, tr
from ui.importer.host import WizardHost
from ui.importer.page import Page
from ui.qt import (
    QCheckBox,
    QComboBox,
    QFont,
    QFrame,
    QGridLayout,
    QLabel,
    QPalette,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)


class SheetsPage(Page):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        plan = self.plan
        count = len(plan.sheets)
        self.setTitle(self.tr("Sheets"))
        self.setSubTitle(
            plural(
                count,
                tr("“{name}” has one sheet."),
                tr("“{name}” has {n} sheets."),
                name=plan.workbook.name,
            )
            + " "
            + self.tr("Tick the ones that list people, and say where their roles come from.")
        )
        self.checks: list[QCheckBox] = []
        self.roles: list[QComboBox] = []
        self.counts: list[QLabel] = []

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        bold = QFont()
        bold.setBold(True)
        for column, text in enumerate((self.tr("Sheet"), self.tr("Rows"), self.tr("Roles"))):
            heading = QLabel(text)
            heading.setFont(bold)
            if column == 2 and self.importer.target.reciprocal:
                heading.hide()
            grid.addWidget(heading, 0, column)
        for number, sheet_plan in enumerate(plan.sheets):
            self._add_sheet(grid, number, sheet_plan)
        grid.setColumnStretch(3, 1)

        holder = QWidget()
        stack = QVBoxLayout(holder)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addLayout(grid)
        stack.addStretch(1)
        area = QScrollArea()
        area.setWidget(holder)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        if self.importer.target.reciprocal:
            explanation = self.tr(
                "“{program}” pairs people as equals, so nobody needs a role."
            ).format(program=self.importer.target.program_name)
        else:
            explanation = self.tr(
                "A sheet called “Mentors” or “Mentees” gives everyone on it that role. "
                "Choose “Roles from a column” when a column says who is a mentor and who is "
                "a mentee."
            )
        self.hint = note(self.tr("Tick at least one sheet to import."))
        self.hint.setObjectName("sheetsHint")
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(note(explanation))
        layout.addWidget(self.hint)
        self._update_hint()

    def _add_sheet(self, grid: QGridLayout, number: int, sheet_plan: SheetPlan) -> None:
        row = number + 1
        check = QCheckBox(sheet_plan.name.replace("&", "&&"))
        check.setObjectName(f"sheet_{number}")
        check.setChecked(sheet_plan.include)
        usable = sheet_plan.header_index is not None
        check.setEnabled(usable)
        count = QLabel(self._count_text(sheet_plan))
        count.setObjectName(f"sheet_rows_{number}")
        if not usable:
            count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        combo = QComboBox()
        combo.setObjectName(f"sheet_role_{number}")
        combo.setAccessibleName(self.tr("Roles on “{sheet}”").format(sheet=sheet_plan.name))
        for role, label in sheet_role_labels().items():
            combo.addItem(label, role.value if role is not None else "")
        combo.setEnabled(usable and sheet_plan.include)
        combo.setVisible(usable and not self.importer.target.reciprocal)
        self._select_role(combo, sheet_plan.role)
        check.toggled.connect(lambda on, n=number: self._toggled(n, on))
        combo.activated.connect(lambda _i, n=number: self._role_chosen(n))
        grid.addWidget(check, row, 0)
        grid.addWidget(count, row, 1)
        grid.addWidget(combo, row, 2)
        self.checks.append(check)
        self.counts.append(count)
        self.roles.append(combo)

    def _count_text(self, sheet_plan: SheetPlan) -> str:
        if sheet_plan.sheet.row_count == 0:
            text = self.tr("Empty")
        elif sheet_plan.header_index is None:
            text = self.tr("No header row, so nothing to import")
        else:
            rows = sheet_plan.data_row_count()
            text = plural(rows, tr("{n} row under the header"), tr("{n} rows under the header"))
            text += self.tr(" (header in row {row})").format(row=sheet_plan.header_row)
        if sheet_plan.sheet.hidden:
            text += self.tr(" · hidden in the spreadsheet: tick it to import it")
        return text

    @staticmethod
    def _select_role(combo: QComboBox, role: Role | None) -> None:
        combo.setCurrentIndex(max(combo.findData(role.value if role is not None else ""), 0))

    def _toggled(self, number: int, on: bool) -> None:
        sheet_plan = self.plan.sheets[number]
        self.plan.include_sheet(sheet_plan.name, on)
        self.roles[number].setEnabled(on)
        self._update_hint()
        self.completeChanged.emit()

    def _role_chosen(self, number: int) -> None:
        value = self.roles[number].currentData()
        role = Role(value) if value else None
        self.importer.choose_sheet_role(self.plan.sheets[number].name, role)

    def _update_hint(self) -> None:
        self.hint.setVisible(not self.plan.included)

    def shown(self) -> None:
        """Header changes re-map a sheet; show its row count and role as they are now."""
        for number, sheet_plan in enumerate(self.plan.sheets):
            self.counts[number].setText(self._count_text(sheet_plan))
            self._select_role(self.roles[number], sheet_plan.role)
        first = next((c for c in self.checks if c.isEnabled()), None)
        if first is not None and self.importer.currentPage() is self:
            first.setFocus()

    def isComplete(self) -> bool:
        return bool(self.plan.included)
