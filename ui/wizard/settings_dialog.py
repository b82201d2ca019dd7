"""A program's settings after it exists: the wizard's forms as tabs.

The template page is left out on purpose: a template is a starting point, and
applying one to a running program would overwrite choices made since.
OK checks everything with :func:`peerdesk.program.settings.validate` and stays
open, showing each problem next to its field, until the settings are valid;
the caller saves :meth:`ProgramSettingsDialog.settings` after ``accepted``, with
:func:`save_settings`: if another coordinator saved the settings meanwhile, both
versions are shown side by side to choose from (:mod:`ui.conflict_dialog`).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from peerdesk.conflicts import EditConflict
from peerdesk.errors import UserError
from peerdesk.program.settings import ProgramSettings, validate
from ui import conflict_dialog, messages, operations
from ui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QIcon,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from ui.screens import PROGRAMS
from ui.wizard.agreement import AgreementForm
from ui.wizard.basics import BasicsForm
from ui.wizard.common import SettingsForm, scrolling
from ui.wizard.matching import MatchingForm
from ui.wizard.meetings import MeetingsForm
from ui.wizard.people import PeopleForm
from ui.wizard.wizard import MINIMUM_SIZE

if TYPE_CHECKING:
    from peerdesk.conflicts import Version
    from peerdesk.database import Database
    from ui.window_host import UndoWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class ProgramSettingsDialog(QDialog):
    def __init__(
        self, settings: ProgramSettings, taken_names: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("program_settings_dialog")
        self.setWindowTitle(self.tr("Program settings — {name}").format(name=settings.name))
        self._base = copy.deepcopy(settings)
        self._taken = set(taken_names)
        self._problems: dict[str, str] = {}
        self.basics = BasicsForm()
        self.meetings = MeetingsForm()
        self.people = PeopleForm()
        self.matching = MatchingForm()
        self.agreement = AgreementForm()
        self.forms: list[SettingsForm] = [
            self.basics,
            self.meetings,
            self.people,
            self.matching,
            self.agreement,
        ]
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sections")
        for form in self.forms:
            form.load(self._base)
            form.changed.connect(self._revalidate)
            self.tabs.addTab(scrolling(form), form.title())
        # Imported here: the comparison dialog uses the wizard's form helpers.
        from ui.dashboard.comparison_dialog import ComparisonTab

        self.comparison = ComparisonTab(parent)  # its figures are saved by their own dialog
        self.tabs.addTab(scrolling(self.comparison), self.comparison.title())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.setMinimumSize(*MINIMUM_SIZE)
        self._revalidate()

    def settings(self) -> ProgramSettings:
        """The edited settings; the caller saves them after ``accepted``."""
        settings = copy.deepcopy(self._base)
        for form in self.forms:
            form.store(settings)
        return settings

    def problems(self) -> dict[str, str]:
        return self._problems

    def _revalidate(self, reveal: bool = False) -> None:
        self._problems = validate(self.settings(), self._taken)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index, form in enumerate(self.forms):
            form.show_problems(self._problems, reveal)
            has_problem = any(form.owns(key) for key in self._problems)
            self.tabs.setTabIcon(index, warning if has_problem else QIcon())

    def accept(self) -> None:
        self._revalidate(reveal=True)
        if not self._problems:
            super().accept()
            return
        key = next(iter(self._problems))
        for index, form in enumerate(self.forms):
            if form.owns(key):
                self.tabs.setCurrentIndex(index)
                field = form.problem_field(key)
                if field is not None:
                    field.setFocus()
                break


def save_settings(
    window: UndoWindow,
    db: Database,
    program_id: int,
    settings: ProgramSettings,
    *,
    base: ProgramSettings,
    expected_version: Version | None = None,
) -> operations.Op:
    """Save the dialog's ``settings`` (edited from ``base``, as the dialog showed them)
    against the version it showed; a save someone else's came before opens the conflict
    dialog over the window, whose choice is saved the same way."""
    expected = base.version if expected_version is None else expected_version

    def work(state: object) -> int:
        from peerdesk.program import programs

        programs.update_program(db, program_id, settings, expected_version=expected)
        return program_id

    def failed(exc: UserError) -> None:
        if isinstance(exc, EditConflict):
            settings_conflict(window, db, program_id, exc, base)
        else:
            messages.show_user_error(window, exc)

    return operations.Op(
        work,
        success=lambda _pid: window.notify({PROGRAMS}),  # screens reload; overview too
        failure=failed,
        label=tr("Saving the settings…"),
        parent=window,
    ).run()


def settings_conflict(
    window: UndoWindow,
    db: Database,
    program_id: int,
    conflict: EditConflict,
    base: ProgramSettings,
) -> None:
    """Both versions of the settings; keep mine or a merge is saved against the version
    stored now, keep theirs shows the program as it is saved."""
    from peerdesk.program.programs import settings_fields, settings_from_fields

    window.settings_conflict = conflict_dialog.resolve(  # type: ignore[attr-defined]
        window,
        conflict,
        record=tr("The settings of {name}").format(name=conflict.label),
        names=setting_names(),
        show=_show_setting,
        base=settings_fields(base),
        save_again=lambda values: save_settings(
            window,
            db,
            program_id,
            settings_from_fields(values),
            base=base,
            expected_version=conflict.version,
        ),
        keep_theirs=lambda: window.notify({PROGRAMS}),
        plural=True,
    )


def setting_names() -> dict[str, str]:
    """Each setting as the settings dialog's tabs call it, in their order."""
    return {
        "name": tr("Program name"),
        "organization_name": tr("Organization"),
        "purpose": tr("Purpose"),
        "goals": tr("Goals"),
        "start_date": tr("Starts"),
        "end_date": tr("Ends"),
        "meeting_cadence": tr("Pairs meet"),
        "meeting_length_minutes": tr("A meeting lasts (minutes)"),
        "meeting_format": tr("Format"),
        "checkin_cadence": tr("Staff check in with pairs"),
        "attention_no_meeting_weeks": tr("Flag a pair with no meeting in (weeks)"),
        "attention_missed_in_row": tr("…or after a row of missed meetings"),
        "reciprocal": tr("Peers mentor each other"),
        "default_mentor_capacity": tr("Mentees per mentor"),
        "eligibility_notes": tr("Who can take part"),
        "steps": tr("Steps before matching"),
        "criteria": tr("Matching criteria"),
        "department_rule": tr("Department"),
        "experience_gap_min": tr("Experience gap from (years)"),
        "experience_gap_max": tr("Experience gap to (years)"),
        "matching_objective": tr("Aim for"),
        "agreement_expectations": tr("Expectations"),
        "agreement_confidentiality": tr("Confidentiality"),
        "agreement_boundaries": tr("Boundaries and referral"),
        "agreement_no_fault": tr("No-fault ending"),
        "guardian_signature": tr("Signature line for a parent or guardian"),
        "coordinator_name": tr("Coordinator's name"),
        "coordinator_email": tr("Coordinator's email"),
        "coordinator_phone": tr("Coordinator's phone"),
        "document_language": tr("Documents print in"),
    }


def _show_setting(name: str, value: Any) -> str:
    """A setting as the dialog words it (its choices by their labels)."""
    from ui import labels

    choices: dict[str, Any] = {
        "meeting_cadence": labels.cadences(),
        "checkin_cadence": labels.checkin_cadences(),
        "meeting_format": labels.meeting_formats(),
        "department_rule": labels.department_rules(),
        "matching_objective": labels.objectives(),
    }
    if name in choices and value in choices[name]:
        return str(choices[name][value])
    if name == "criteria":  # a line each
        return "\n".join(
            tr("{criterion}: weight {weight}").format(
                criterion=labels.criterion(c["key"]), weight=c["weight"]
            )
            if c["enabled"]
            else tr("{criterion}: not used").format(criterion=labels.criterion(c["key"]))
            for c in value
        )
    if name == "steps":
        return "; ".join(s["name"] + ("" if s["required"] else tr(" (optional)")) for s in value)
    return conflict_dialog.plain(value)
