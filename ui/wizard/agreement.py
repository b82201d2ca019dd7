"""The terms every pair signs, with placeholders filled in for each pair.

A placeholder the agreement cannot fill is named under its text as it is typed,
so a misspelt ``{mentor_nme}`` is caught here and not on a printed page.
"""

from __future__ import annotations

from peerdesk.documents.languages import LANGUAGES
from peerdesk.documents.placeholders import PLACEHOLDERS
from peerdesk.program.settings import AGREEMENT_FIELDS, ProgramSettings
from ui import labels
from ui.qt import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QIcon,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSize,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from ui.wizard.common import SettingsForm, form_layout


class TermEditor(QPlainTextEdit):
    """A term's text; it asks for little height so that a problem under it still fits."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 6)


class AgreementForm(SettingsForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terms = QTabWidget(self)
        self.terms.setObjectName("agreement_terms")
        self.editors: dict[str, QPlainTextEdit] = {}
        titles = {
            "agreement_expectations": self.tr("E&xpectations"),
            "agreement_confidentiality": self.tr("&Confidentiality"),
            "agreement_boundaries": self.tr("Boundaries and &referral"),
            "agreement_no_fault": self.tr("No-fault end&ing"),
        }
        for key in AGREEMENT_FIELDS:
            page = QWidget(self.terms)
            box = QVBoxLayout(page)
            box.setContentsMargins(6, 6, 6, 6)
            editor = TermEditor(page)
            editor.setObjectName(key)
            editor.setTabChangesFocus(True)
            editor.setAccessibleName(titles[key].replace("&", ""))
            box.addWidget(editor, 1)
            box.addWidget(self._error(key, editor))
            self.editors[key] = editor
            self.terms.addTab(page, titles[key])
            editor.textChanged.connect(self._edited)

        self.placeholders = QComboBox(self)
        self.placeholders.setObjectName("placeholders")
        for name, description in PLACEHOLDERS.items():
            self.placeholders.addItem(
                labels.placeholder_description(name, description), "{" + name + "}"
            )
        self.insert = QPushButton(self.tr("Inser&t"), self)
        self.insert.setObjectName("insert_placeholder")
        insert_row = QHBoxLayout()
        placeholders_label = QLabel(self.tr("&Placeholder:"), self)
        placeholders_label.setBuddy(self.placeholders)
        insert_row.addWidget(placeholders_label)
        insert_row.addWidget(self.placeholders, 1)
        insert_row.addWidget(self.insert)

        self.guardian = QCheckBox(self.tr("Add a signature line for a parent or &guardian"), self)
        self.guardian.setObjectName("guardian_signature")
        self.coordinator_name = self._line("coordinator_name")
        self.coordinator_email = self._line("coordinator_email")
        self.coordinator_phone = self._line("coordinator_phone")
        self.document_language = QComboBox(self)
        self.document_language.setObjectName("document_language")
        self.document_language.setToolTip(
            self.tr(
                "Agreements and certificates print in this language, whatever language "
                "PeerDesk itself speaks; a pair can have its own (Pairs screen). Terms still "
                "as the template wrote them print in this language too; terms you changed "
                "print as you wrote them."
            )
        )
        for code, name in LANGUAGES.items():
            self.document_language.addItem(name, code)  # each named in its own language
        contact = form_layout(None)
        self._row(contact, self.tr("Coordinator's n&ame:"), self.coordinator_name)
        self._row(contact, self.tr("Coordinator's emai&l:"), self.coordinator_email)
        self._row(contact, self.tr("Coordinator's p&hone:"), self.coordinator_phone)
        self._row(
            contact,
            self.tr("&Documents print in:"),
            self.document_language,
            error=self._error("document_language", self.document_language),
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.terms, 1)
        layout.addLayout(insert_row)
        layout.addWidget(self.guardian)
        layout.addLayout(contact)

        self.insert.clicked.connect(self._insert_clicked)
        self.guardian.toggled.connect(self._edited)
        self.document_language.currentIndexChanged.connect(self._edited)
        for line in (self.coordinator_name, self.coordinator_email, self.coordinator_phone):
            line.textChanged.connect(self._edited)

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        return line

    def title(self) -> str:
        return self.tr("Agreement")

    def subtitle(self) -> str:
        return self.tr(
            "The terms each pair signs. Placeholders such as {mentor_name} are filled in "
            "for each pair when the agreement is printed."
        )

    def current_editor(self) -> QPlainTextEdit:
        return self.editors[AGREEMENT_FIELDS[self.terms.currentIndex()]]

    def _insert_clicked(self) -> None:
        """Put the chosen placeholder at the cursor of the term being edited."""
        editor = self.current_editor()
        editor.insertPlainText(str(self.placeholders.currentData()))
        editor.setFocus()

    def show_problems(self, problems: dict[str, str], reveal: bool = False) -> None:
        super().show_problems(problems, reveal)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index, key in enumerate(AGREEMENT_FIELDS):
            self.terms.setTabIcon(index, warning if key in problems else QIcon())

    def problem_field(self, key: str) -> QWidget | None:
        if key in self.editors:
            self.terms.setCurrentIndex(AGREEMENT_FIELDS.index(key))
        return super().problem_field(key)

    def _load(self, settings: ProgramSettings) -> None:
        for key, editor in self.editors.items():
            if editor.toPlainText() != getattr(settings, key):
                editor.setPlainText(getattr(settings, key))
        self.guardian.setChecked(settings.guardian_signature)
        self.coordinator_name.setText(settings.coordinator_name)
        self.coordinator_email.setText(settings.coordinator_email)
        self.coordinator_phone.setText(settings.coordinator_phone)
        found = self.document_language.findData(settings.document_language)
        self.document_language.setCurrentIndex(max(found, 0))

    def store(self, settings: ProgramSettings) -> None:
        for key, editor in self.editors.items():
            setattr(settings, key, editor.toPlainText())
        settings.guardian_signature = self.guardian.isChecked()
        settings.coordinator_name = self.coordinator_name.text()
        settings.coordinator_email = self.coordinator_email.text()
        settings.coordinator_phone = self.coordinator_phone.text()
        settings.document_language = str(self.document_language.currentData())
