"""Adding or editing one person: every attribute PeerDesk keeps about them.

Three tabs — the person and their place in the program; interests, skills,
goals, languages and availability as tags (completed from the values already in
the file); notes and custom fields. OK checks the fields with
:func:`peerdesk.people.validate_person` and shows each problem under its field;
it then saves through one operation (one transaction) and closes only when the
save succeeded. A problem the save itself finds (an email already used in the
program) comes back to the same labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from peerdesk.conflicts import EditConflict
from peerdesk.enums import MeetingFormat, ParticipantStatus, Role, TagKind
from peerdesk.errors import UserError, ValidationError
from peerdesk.people import PersonData, person_fields, person_from_fields, validate_person
from ui import conflict_dialog, labels, messages, operations
from ui.people.capacity_box import CapacityBox
from ui.people.commands import Change, PeopleCommand
from ui.people.rows import role_labels, status_labels
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStandardItem,
    QStandardItemModel,
    QStringListModel,
    Qt,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.screens import PEOPLE
from ui.wizard.basics import DateField
from ui.wizard.common import ErrorLabel, form_layout, note, text_editor

if TYPE_CHECKING:
    from peerdesk.database import Database
    from ui.main_window import MainWindow

TAG_SEPARATORS = (",", ";")
_KEPT = re.compile(r"\x00(\d+)\x00")  # an entry kept whole while the rest is split


@dataclass(frozen=True)
class DialogData:
    """What the dialog needs from the file, read on the worker before it opens."""

    program_id: int
    participant_id: int | None
    person: PersonData
    tag_choices: dict[TagKind, list[str]] = field(default_factory=dict)
    departments: list[str] = field(default_factory=list)
    reciprocal: bool = False
    default_capacity: int = 1


def load_dialog_data(db: Database, program_id: int, participant_id: int | None) -> DialogData:
    """Runs on the worker: the person (when editing) and the choices for autocomplete."""
    from peerdesk import people
    from peerdesk.sql_rows import run

    with db.reading() as session:
        row = run(
            session.connection(),
            "SELECT reciprocal, default_mentor_capacity FROM program WHERE id = ?",
            (program_id,),
        ).first()
    reciprocal = bool(row[0]) if row else False
    if participant_id is None:
        person = PersonData(role=Role.PEER if reciprocal else Role.MENTEE)
    else:
        person = people.get_person(db, participant_id)
    return DialogData(
        program_id=program_id,
        participant_id=participant_id,
        person=person,
        tag_choices={kind: people.tag_values(db, kind) for kind in TagKind},
        departments=people.departments(db, program_id),
        reciprocal=reciprocal,
        default_capacity=int(row[1]) if row and row[1] is not None else 1,
    )


def split_tags(text: str) -> list[str]:
    for separator in TAG_SEPARATORS[1:]:
        text = text.replace(separator, TAG_SEPARATORS[0])
    return [part.strip() for part in text.split(TAG_SEPARATORS[0]) if part.strip()]


class TagEdit(QLineEdit):
    """Tags separated by commas; the one being typed is completed from ``choices``.

    An entry that holds a comma itself (a goal imported as the person's own sentence)
    stays one entry as long as it is left as it was shown.
    """

    def __init__(self, name: str, choices: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._whole: list[str] = []
        self.completions = QCompleter(QStringListModel(choices, self), self)
        self.completions.setObjectName(f"{name}_completer")
        self.completions.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completions.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completions.setWidget(self)
        self.completions.activated.connect(self._insert)
        self.textEdited.connect(self._suggest)

    def _current_token(self) -> str:
        text = self.text()
        cut = max(text.rfind(s) for s in TAG_SEPARATORS)
        return text[cut + 1 :].strip()

    def _suggest(self, _text: str) -> None:
        token = self._current_token()
        popup = self.completions.popup()
        if not token:
            if popup is not None:
                popup.hide()
            return
        self.completions.setCompletionPrefix(token)
        if self.completions.completionCount() == 0:
            if popup is not None:
                popup.hide()
        else:
            self.completions.complete()

    def _insert(self, value: str) -> None:
        text = self.text()
        cut = max(text.rfind(s) for s in TAG_SEPARATORS)
        head = text[: cut + 1] if cut >= 0 else ""
        self.setText((head + " " if head else "") + value + ", ")

    def tags(self) -> list[str]:
        text = self.text()
        kept: list[str] = []
        for tag in sorted(self._whole, key=len, reverse=True):
            if tag in text:
                text = text.replace(tag, f"\x00{len(kept)}\x00", 1)
                kept.append(tag)
        if not kept:
            return split_tags(text)
        return [_KEPT.sub(lambda m: kept[int(m.group(1))], part) for part in split_tags(text)]

    def set_tags(self, tags: list[str]) -> None:
        self._whole = [t for t in tags if any(s in t for s in TAG_SEPARATORS)]
        self.setText(", ".join(tags))


class CustomFields(QWidget):
    """Fields kept from an import (or added by hand): a name and a value each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.view = QTableView(self)
        self.view.setObjectName("custom_fields")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(self.tr("Add a field"), self)
        self.add_button.setObjectName("custom_add")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("custom_remove")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_field)
        self.remove_button.clicked.connect(self.remove_selected)
        self._original: dict[str, Any] = {}

    def set_fields(self, values: dict[str, Any]) -> None:
        self._original = dict(values)
        self.model.removeRows(0, self.model.rowCount())
        for name, value in values.items():
            self.model.appendRow([QStandardItem(str(name)), QStandardItem(_text(value))])

    def add_field(self) -> None:
        self.model.appendRow([QStandardItem(""), QStandardItem("")])
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()}, reverse=True)
        for row in rows:
            self.model.removeRow(row)

    def fields(self) -> dict[str, Any]:
        """Unchanged values keep their type (a number stays a number); edits are text."""
        result: dict[str, Any] = {}
        for row in range(self.model.rowCount()):
            name = (self.model.item(row, 0).text() or "").strip()
            text = self.model.item(row, 1).text() or ""
            if not name:
                continue
            original = self._original.get(name)
            result[name] = original if original is not None and _text(original) == text else text
        return result


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class PersonDialog(QDialog):
    """Add a person (``participant_id`` None) or edit one; saves itself on OK."""

    saved = Signal(object)  # the Change made

    def __init__(
        self, window: MainWindow, db: Database, data: DialogData, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("person_dialog")
        self.window_ = window
        self.db = db
        self.data = data
        self.op: operations.Op | None = None
        self._tried = False
        # The version of the record the form saves over (a conflict moves it on).
        self.expected_version = data.person.version
        adding = data.participant_id is None
        self.setWindowTitle(
            self.tr("Add a person")
            if adding
            else self.tr("Edit {name}").format(name=data.person.full_name)
        )
        self.errors: dict[str, ErrorLabel] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("person_tabs")
        self.tabs.addTab(self._person_tab(), self.tr("&Person"))
        self.tabs.addTab(self._tags_tab(), self.tr("&Interests and skills"))
        self.tabs.addTab(self._notes_tab(), self.tr("&Notes and custom fields"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add") if adding else self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.load(data.person)
        self._connect_revalidation()
        self.resize(max(760, self.sizeHint().width()), self.sizeHint().height())
        self.full_name.setFocus()

    # -- building --------------------------------------------------------------

    def _error(self, key: str) -> ErrorLabel:
        label = ErrorLabel(key, self)
        self.errors[key] = label
        return label

    def _field(self, widget: QWidget, key: str | None) -> QWidget:
        if key is None:
            return widget
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self._error(key))
        return box

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def _person_tab(self) -> QWidget:
        page = QWidget(self)
        self.full_name = self._line("full_name", self.tr("First and last name"))
        self.email = self._line("email", self.tr("name@example.org"))
        self.phone = self._line("phone")
        self.pronouns = self._line("pronouns", self.tr("For example: she/her, they/them"))
        self.gender = self._line("gender", self.tr("Optional"))
        contact = QGroupBox(self.tr("About them"), page)
        form = form_layout(contact)
        self._add(form, self.tr("&Name:"), self.full_name, "full_name")
        self._add(form, self.tr("&Email:"), self.email, "email")
        self._add(form, self.tr("P&hone:"), self.phone)
        self._add(form, self.tr("Pro&nouns:"), self.pronouns)
        self._add(form, self.tr("&Gender:"), self.gender)

        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for role, text in role_labels().items():
            if role is not Role.PEER or self.data.reciprocal or self.data.person.role is Role.PEER:
                self.role.addItem(text, role.value)
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        for status, text in status_labels().items():
            self.status.addItem(text, status.value)
        self.capacity = CapacityBox(self.data.default_capacity, self)
        self.capacity.setObjectName("capacity")
        self.department = self._line("department")
        department_completer = QCompleter(self.data.departments, self.department)
        department_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.department.setCompleter(department_completer)
        self.cohort = self._line("cohort", self.tr("For example: Spring 2026"))
        self.years = QDoubleSpinBox(self)
        self.years.setObjectName("years_experience")
        self.years.setRange(-1.0, 80.0)
        self.years.setDecimals(1)
        self.years.setSingleStep(1.0)
        self.years.setSpecialValueText(self.tr("Not known"))
        self.years.setSuffix(self.tr(" years"))
        self.location = self._line("location")
        self.meeting_format = QComboBox(self)
        self.meeting_format.setObjectName("meeting_format")
        self.meeting_format.addItem(self.tr("No preference"), "")
        for fmt, text in labels.meeting_formats().items():
            self.meeting_format.addItem(text, fmt.value)
        self.joined = DateField("joined_on", self)
        program = QGroupBox(self.tr("In this program"), page)
        form = form_layout(program)
        self._add(form, self.tr("&Role:"), self.role)
        self._add(form, self.tr("S&tatus:"), self.status)
        self._add(form, self.tr("&Mentees at most:"), self.capacity, "capacity")
        self._add(form, self.tr("&Department:"), self.department)
        self._add(form, self.tr("&Cohort:"), self.cohort)
        self._add(form, self.tr("&Years of experience:"), self.years, "years_experience")
        self._add(form, self.tr("&Location:"), self.location)
        self._add(form, self.tr("Meeting &format:"), self.meeting_format)
        self._add(form, self.tr("&Joined:"), self.joined, buddy=self.joined.unset)

        layout = QHBoxLayout(page)
        layout.addWidget(contact, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(program, 1, Qt.AlignmentFlag.AlignTop)
        self.role.currentIndexChanged.connect(self._role_changed)
        return page

    def _add(
        self,
        form: Any,
        text: str,
        widget: QWidget,
        key: str | None = None,
        buddy: QWidget | None = None,
    ) -> None:
        label = QLabel(text, self)
        label.setBuddy(buddy or widget)
        form.addRow(label, self._field(widget, key))

    def _tags_tab(self) -> QWidget:
        page = QWidget(self)
        choices = self.data.tag_choices
        self.tag_edits: dict[TagKind, TagEdit] = {
            kind: TagEdit(f"tags_{kind.value}", choices.get(kind, []), page) for kind in TagKind
        }
        placeholders = {
            TagKind.INTEREST: self.tr("For example: leadership, public speaking"),
            TagKind.SKILL: self.tr("What they can teach or help with"),
            TagKind.GOAL: self.tr("What they want to get out of the program"),
            TagKind.LANGUAGE: self.tr("For example: English, Spanish"),
            TagKind.AVAILABILITY: self.tr("For example: Tuesday mornings, Friday lunch"),
        }
        titles = {
            TagKind.INTEREST: self.tr("&Interests:"),
            TagKind.SKILL: self.tr("&Skills:"),
            TagKind.GOAL: self.tr("&Goals:"),
            TagKind.LANGUAGE: self.tr("&Languages:"),
            TagKind.AVAILABILITY: self.tr("&Available:"),
        }
        layout = QVBoxLayout(page)
        layout.addWidget(
            note(
                self.tr(
                    "Separate entries with commas. Suggestions come from the people already "
                    "in this file, so the same interest is spelled the same way."
                ),
                page,
            )
        )
        form = form_layout(None)
        for kind, edit in self.tag_edits.items():
            edit.setPlaceholderText(placeholders[kind])
            self._add(form, titles[kind], edit, f"tags:{kind.value}")
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _notes_tab(self) -> QWidget:
        page = QWidget(self)
        self.notes = text_editor("notes", 4, page)
        self.notes.setPlaceholderText(self.tr("Notes about them in this program"))
        self.person_notes = text_editor("person_notes", 3, page)
        self.person_notes.setPlaceholderText(self.tr("Notes that stay with them in every program"))
        self.custom = CustomFields(page)
        form = form_layout(None)
        self._add(form, self.tr("N&otes:"), self.notes)
        self._add(form, self.tr("About the &person:"), self.person_notes)
        self._add(form, self.tr("C&ustom fields:"), self.custom)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        return page

    def _connect_revalidation(self) -> None:
        for edit in (self.full_name, self.email):
            edit.textChanged.connect(self._revalidate)
        for tag_edit in self.tag_edits.values():
            tag_edit.textChanged.connect(self._revalidate)
        self.years.valueChanged.connect(self._revalidate)
        self.capacity.valueChanged.connect(self._revalidate)

    def _role_changed(self) -> None:
        mentors = (Role.MENTOR.value, Role.BOTH.value, Role.PEER.value)
        self.capacity.setEnabled(self.role.currentData() in mentors)

    # -- values ------------------------------------------------------------------

    def load(self, person: PersonData) -> None:
        self.full_name.setText(person.full_name)
        self.email.setText(person.email)
        self.phone.setText(person.phone)
        self.pronouns.setText(person.pronouns)
        self.gender.setText(person.gender)
        self.role.setCurrentIndex(max(self.role.findData(person.role.value), 0))
        self.status.setCurrentIndex(max(self.status.findData(person.status.value), 0))
        self.capacity.setValue(-1 if person.capacity is None else person.capacity)
        self.department.setText(person.department)
        self.cohort.setText(person.cohort)
        self.years.setValue(-1.0 if person.years_experience is None else person.years_experience)
        self.location.setText(person.location)
        fmt = person.meeting_format.value if person.meeting_format else ""
        self.meeting_format.setCurrentIndex(max(self.meeting_format.findData(fmt), 0))
        self.joined.set_value(person.joined_on)
        for kind, edit in self.tag_edits.items():
            edit.set_tags(person.tags.get(kind, []))
        self.notes.setPlainText(person.notes)
        self.person_notes.setPlainText(person.person_notes)
        self.custom.set_fields(person.custom_fields)
        self._role_changed()

    def person_data(self) -> PersonData:
        fmt = self.meeting_format.currentData()
        capacity = self.capacity.value()
        years = self.years.value()
        return PersonData(
            full_name=self.full_name.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            pronouns=self.pronouns.text().strip(),
            gender=self.gender.text().strip(),
            person_notes=self.person_notes.toPlainText(),
            role=Role(self.role.currentData()),
            status=ParticipantStatus(self.status.currentData()),
            capacity=None if capacity < 0 else capacity,
            department=self.department.text().strip(),
            cohort=self.cohort.text().strip(),
            years_experience=None if years < 0 else years,
            location=self.location.text().strip(),
            meeting_format=MeetingFormat(fmt) if fmt else None,
            joined_on=self.joined.value(),
            notes=self.notes.toPlainText(),
            custom_fields=self.custom.fields(),
            tags={kind: edit.tags() for kind, edit in self.tag_edits.items()},
        )

    # -- problems and saving -------------------------------------------------------

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.show_message(problems.get(key, ""))

    def _revalidate(self) -> None:
        if self._tried:
            self.show_problems(validate_person(self.person_data()))

    def _reveal_first(self, problems: dict[str, str]) -> None:
        """Show the tab of the first problem and put the cursor in its field."""
        for key, label in self.errors.items():
            if key in problems:
                for index in range(self.tabs.count()):
                    page = self.tabs.widget(index)
                    if page is not None and page.isAncestorOf(label):
                        self.tabs.setCurrentIndex(index)
                        break
                target = {"full_name": self.full_name, "email": self.email}.get(key)
                if key.startswith("tags:"):
                    target = self.tag_edits[TagKind(key.removeprefix("tags:"))]
                if target is not None:
                    target.setFocus()
                return

    def accept(self) -> None:
        if self.op is not None:
            return  # already saving
        self._tried = True
        data = self.person_data()
        problems = validate_person(data)
        self.show_problems(problems)
        if problems:
            self._reveal_first(problems)
            return
        self._save(data)

    def _save(self, data: PersonData) -> None:
        db, program_id, participant_id = self.db, self.data.program_id, self.data.participant_id
        expected = self.expected_version

        def work(state: object) -> Change:
            from peerdesk import people
            from peerdesk.people.snapshots import snapshot, snapshot_for_add

            if participant_id is None:
                before = snapshot_for_add(db, data.email)
                new_id = people.add_person(db, program_id, data)
                return Change(before, snapshot(db, [new_id]), new_id)
            before = snapshot(db, [participant_id])
            people.update_person(db, participant_id, data, expected_version=expected)
            return Change(before, snapshot(db, [participant_id]), participant_id)

        template = self.tr("Add {name}") if participant_id is None else self.tr("Edit {name}")
        text = template.format(name=data.full_name.strip())
        window = self.window_

        def committed(change: Change) -> None:
            # Also when the dialog was closed while it saved: the change is in the file.
            window.undo_stack.push(PeopleCommand(window, db, text, change))
            window.notify({PEOPLE})

        self.ok_button.setEnabled(False)
        self.op = operations.Op(
            work,
            committed=committed,
            success=self._saved,
            failure=self._failed,
            label=self.tr("Saving…"),
            parent=self,
        )
        self.op.finished.connect(self._save_finished)
        self.op.run()

    def _save_finished(self) -> None:
        self.op = None
        self.ok_button.setEnabled(True)

    def _saved(self, change: Change) -> None:
        self.saved.emit(change)
        super().accept()

    def _failed(self, exc: UserError) -> None:
        if isinstance(exc, EditConflict):
            self._conflict(exc)
        elif isinstance(exc, ValidationError):
            self.show_problems(exc.problems)
            self._reveal_first(exc.problems)
        else:
            messages.show_user_error(self, exc, self.tr("The person could not be saved"))

    # -- someone else saved meanwhile ----------------------------------------------------

    def _conflict(self, conflict: EditConflict) -> None:
        """Both versions side by side; saving again (mine, merged) goes against the version
        stored now, and keeping theirs closes the form without saving."""

        def save_again(values: dict[str, Any]) -> None:
            merged = person_from_fields(values)
            self.expected_version = conflict.version
            self.load(merged)
            self._save(merged)

        def keep_theirs() -> None:
            self.window_.notify({PEOPLE})
            self.reject()

        self.conflict_dialog = conflict_dialog.resolve(
            self,
            conflict,
            record=self.tr("{name}'s record").format(name=conflict.label),
            names=self.field_names(),
            show=self._show_value,
            base=person_fields(self.data.person),
            save_again=save_again,
            keep_theirs=keep_theirs,
        )

    def field_names(self) -> dict[str, str]:
        """Each field of :func:`peerdesk.people.person_fields` as the form labels it."""
        tags = {
            TagKind.INTEREST: self.tr("Interests"),
            TagKind.SKILL: self.tr("Skills"),
            TagKind.GOAL: self.tr("Goals"),
            TagKind.LANGUAGE: self.tr("Languages"),
            TagKind.AVAILABILITY: self.tr("Available"),
        }
        return {
            "full_name": self.tr("Name"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "pronouns": self.tr("Pronouns"),
            "gender": self.tr("Gender"),
            "role": self.tr("Role"),
            "status": self.tr("Status"),
            "capacity": self.tr("Mentees at most"),
            "department": self.tr("Department"),
            "cohort": self.tr("Cohort"),
            "years_experience": self.tr("Years of experience"),
            "location": self.tr("Location"),
            "meeting_format": self.tr("Meeting format"),
            "joined_on": self.tr("Joined"),
            **{f"tags:{kind.value}": text for kind, text in tags.items()},
            "notes": self.tr("Notes"),
            "person_notes": self.tr("About the person"),
            "custom_fields": self.tr("Custom fields"),
        }

    def _show_value(self, field_name: str, value: Any) -> str:
        if field_name == "role" and value is not None:
            return role_labels().get(value, str(value))
        if field_name == "status" and value is not None:
            return status_labels().get(value, str(value))
        if field_name == "meeting_format":
            return labels.meeting_formats().get(value, "") if value else self.tr("No preference")
        if field_name == "capacity" and value is None:
            return self.tr("Program default ({count})").format(count=self.data.default_capacity)
        if field_name == "years_experience" and value is None:
            return self.tr("Not known")
        return conflict_dialog.plain(value)
