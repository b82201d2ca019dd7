"""What the import wizard's pages share: the import's target, labels, and quiet operations."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.enums import Role
from peerdesk.errors import UserError
from peerdesk.roster.mapping import FIELD_LABELS, ColumnTarget, Field
from peerdesk.roster.plan import RosterImport
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QLabel, QPalette, QWidget

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.progress import Progress

# The order fields are offered in the "Import as" lists: people first, then tags,
# then the rest; custom field and ignore last.
FIELD_ORDER: tuple[Field, ...] = (
    Field.NAME,
    Field.FIRST_NAME,
    Field.LAST_NAME,
    Field.EMAIL,
    Field.PHONE,
    Field.ROLE,
    Field.STATUS,
    Field.DEPARTMENT,
    Field.COHORT,
    Field.YEARS_EXPERIENCE,
    Field.LOCATION,
    Field.MEETING_FORMAT,
    Field.CAPACITY,
    Field.PRONOUNS,
    Field.GENDER,
    Field.INTERESTS,
    Field.SKILLS,
    Field.GOALS,
    Field.LANGUAGES,
    Field.AVAILABILITY,
    Field.NOTES,
    Field.JOINED_ON,
    Field.TIMESTAMP,
    Field.PREFERRED,
    Field.AVOID,
    Field.CUSTOM,
    Field.IGNORE,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


#: The core's field labels (roster.mapping.FIELD_LABELS, the same English), marked for lupdate.
FIELD_WORDS: dict[Field, str] = {
    Field.NAME: str(QT_TRANSLATE_NOOP("", "Name")),
    Field.FIRST_NAME: str(QT_TRANSLATE_NOOP("", "First name")),
    Field.LAST_NAME: str(QT_TRANSLATE_NOOP("", "Last name")),
    Field.EMAIL: str(QT_TRANSLATE_NOOP("", "Email")),
    Field.PHONE: str(QT_TRANSLATE_NOOP("", "Phone")),
    Field.ROLE: str(QT_TRANSLATE_NOOP("", "Role")),
    Field.STATUS: str(QT_TRANSLATE_NOOP("", "Status")),
    Field.DEPARTMENT: str(QT_TRANSLATE_NOOP("", "Department")),
    Field.COHORT: str(QT_TRANSLATE_NOOP("", "Cohort")),
    Field.YEARS_EXPERIENCE: str(QT_TRANSLATE_NOOP("", "Years of experience")),
    Field.LOCATION: str(QT_TRANSLATE_NOOP("", "Location")),
    Field.MEETING_FORMAT: str(QT_TRANSLATE_NOOP("", "Meeting format")),
    Field.CAPACITY: str(QT_TRANSLATE_NOOP("", "Mentee capacity")),
    Field.PRONOUNS: str(QT_TRANSLATE_NOOP("", "Pronouns")),
    Field.GENDER: str(QT_TRANSLATE_NOOP("", "Gender")),
    Field.INTERESTS: str(QT_TRANSLATE_NOOP("", "Interests")),
    Field.SKILLS: str(QT_TRANSLATE_NOOP("", "Skills")),
    Field.GOALS: str(QT_TRANSLATE_NOOP("", "Goals")),
    Field.LANGUAGES: str(QT_TRANSLATE_NOOP("", "Languages")),
    Field.AVAILABILITY: str(QT_TRANSLATE_NOOP("", "Availability")),
    Field.NOTES: str(QT_TRANSLATE_NOOP("", "Notes")),
    Field.JOINED_ON: str(QT_TRANSLATE_NOOP("", "Date joined")),
    Field.TIMESTAMP: str(QT_TRANSLATE_NOOP("", "Form submission time")),
    Field.PREFERRED: str(QT_TRANSLATE_NOOP("", "Preferred partners (names or emails)")),
    Field.AVOID: str(QT_TRANSLATE_NOOP("", "People not to pair with (names or emails)")),
    Field.CUSTOM: str(QT_TRANSLATE_NOOP("", "Keep as custom field")),
    Field.IGNORE: str(QT_TRANSLATE_NOOP("", "Ignore")),
}


def field_label(field_: Field) -> str:
    return tr(FIELD_WORDS.get(field_, FIELD_LABELS[field_]))


def target_label(target: ColumnTarget) -> str:
    if target.field == Field.CUSTOM and target.custom_name:
        return tr("Custom field “{name}”").format(name=target.custom_name)
    return field_label(target.field)


def role_labels() -> dict[Role | None, str]:
    """What an answer in the role column means (the Values page)."""
    return {
        Role.MENTOR: tr("Mentor"),
        Role.MENTEE: tr("Mentee"),
        Role.BOTH: tr("Both mentor and mentee"),
        None: tr("Not a role (row is a problem)"),
    }


def sheet_role_labels() -> dict[Role | None, str]:
    """Where the people on a sheet get their role (the Sheets page)."""
    return {
        None: tr("Roles from a column"),
        Role.MENTOR: tr("Everyone is a mentor"),
        Role.MENTEE: tr("Everyone is a mentee"),
        Role.BOTH: tr("Everyone is both"),
    }


def short_role(role: Role | None) -> str:
    words = {
        Role.MENTOR: tr("Mentor"),
        Role.MENTEE: tr("Mentee"),
        Role.BOTH: tr("Both"),
        Role.PEER: tr("Peer"),
    }
    return words.get(role, "") if role is not None else ""


def plural(count: int, one: str, many: str, **fields: object) -> str:
    """``"1 update"``, ``"4 updates"``: ``one`` and ``many`` (each translated by the caller, so
    that lupdate sees them) hold ``{n}`` (and ``fields``)."""
    return (one if count == 1 else many).format(n=count, **fields)


class CannotSave(UserError):
    template = (
        "“{name}” could not be saved: {reason}. If it is open in Excel, close it and try again, "
        "or choose another name."
    )


@dataclass(frozen=True)
class ImportTarget:
    """The program the roster goes into."""

    db: Database
    program_id: int
    program_name: str
    reciprocal: bool


@dataclass
class Opened:
    """A roster read and given its suggestions, with the program it goes into."""

    path: Path
    plan: RosterImport
    program_name: str
    reciprocal: bool


def open_roster(
    db: Database, program_id: int, path: Path, progress: Progress | None = None
) -> Opened:
    """Read ``path`` (worker thread); raises a RosterFileError if it cannot be read.

    ``progress`` cancelled stops the reader's child process (peerdesk.roster.sandbox).
    """
    from peerdesk.program.reads import load_settings

    plan = RosterImport.open(path, db, progress)
    settings = load_settings(db, program_id)
    return Opened(path, plan, settings.name, settings.reciprocal)


def snapshot(plan: RosterImport) -> RosterImport:
    """A copy of the coordinator's choices to hand to the worker, sharing the read cells.

    The pages keep editing ``plan`` while the worker previews or imports; the
    copy keeps the worker's view still. The cells themselves are never changed
    (a corrected cell is an override), so they are shared rather than copied.
    """
    return RosterImport(
        workbook=plan.workbook,
        sheets=[
            replace(
                s,
                headers=list(s.headers),
                targets=[ColumnTarget(t.field, t.custom_name) for t in s.targets],
                left_out=dict(s.left_out),
            )
            for s in plan.sheets
        ],
        role_choices=dict(plan.role_choices),
        overrides={
            name: {row: dict(cells) for row, cells in rows.items()}
            for name, rows in plan.overrides.items()
        },
        skipped=set(plan.skipped),
        _remembered=plan._remembered,
    )


def note(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A quiet, wrapping explanation."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
