"""The program setup wizard, after calibre's: fixed page ids, Next gated by
``isComplete()``, and nothing saved — the caller saves :meth:`ProgramWizard.settings`
after Finish, so Cancel leaves no trace.

Every page holds a settings form. The wizard keeps no copy of what is typed:
:meth:`ProgramWizard.settings` reads the forms over a base (the chosen template's
defaults), and every edit re-runs :func:`peerdesk.program.settings.validate`, the
one place the rules live, and hands each form its own problems.
"""

from __future__ import annotations

import copy
from enum import IntEnum

from peerdesk.enums import ProgramTemplate
from peerdesk.program.settings import ProgramSettings, validate
from peerdesk.program.templates import apply_template, default_settings
from ui.qt import QVBoxLayout, QWidget, QWizard, QWizardPage
from ui.wizard.agreement import AgreementForm
from ui.wizard.basics import BasicsForm
from ui.wizard.common import ErrorLabel, SettingsForm, scrolling
from ui.wizard.matching import MatchingForm
from ui.wizard.meetings import MeetingsForm
from ui.wizard.people import PeopleForm
from ui.wizard.review import ReviewView
from ui.wizard.template import TemplateForm

MINIMUM_SIZE = (760, 560)

# Contact details are the coordinator's, not the template's: keep them on a switch.
KEPT_ON_TEMPLATE_CHANGE = ("coordinator_name", "coordinator_email", "coordinator_phone")


class PageId(IntEnum):
    BASICS = 0
    TEMPLATE = 1
    MEETINGS = 2
    PEOPLE = 3
    MATCHING = 4
    AGREEMENT = 5
    REVIEW = 6


class SettingsPage(QWizardPage):
    """A page with ``content`` and, under it, a problem found on another page."""

    def __init__(self, content: QWidget, wizard: ProgramWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.complete_shown: bool | None = None
        self.setFinalPage(True)  # defaults fill every later page, so Finish works anywhere
        self.elsewhere = ErrorLabel("elsewhere", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content, 1)
        layout.addWidget(self.elsewhere)


class FormPage(SettingsPage):
    """A page showing one settings form; complete when the form has no problems."""

    def __init__(self, form: SettingsForm, wizard: ProgramWizard) -> None:
        super().__init__(scrolling(form), wizard)
        self.form = form
        self.setTitle(form.title())
        self.setSubTitle(form.subtitle())

    def isComplete(self) -> bool:
        return not any(self.form.owns(key) for key in self._wizard.problems())


class ReviewPage(SettingsPage):
    def __init__(self, wizard: ProgramWizard) -> None:
        self.view = ReviewView()
        super().__init__(self.view, wizard)
        self.setTitle(self.tr("Review"))
        self.setSubTitle(self.tr("Check the settings, then press Finish to create the program."))

    def initializePage(self) -> None:
        self.view.show_settings(self._wizard.settings())

    def isComplete(self) -> bool:
        return not self._wizard.problems()


class ProgramWizard(QWizard):
    def __init__(self, taken_names: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("program_wizard")
        self.setWindowTitle(self.tr("New program"))
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self._taken = set(taken_names)
        self._base = default_settings()
        self._problems: dict[str, str] = {}
        self._finishing = False

        self.basics = BasicsForm()
        self.template = TemplateForm()
        self.meetings = MeetingsForm()
        self.people = PeopleForm()
        self.matching = MatchingForm()
        self.agreement = AgreementForm()
        self.forms: dict[PageId, SettingsForm] = {
            PageId.BASICS: self.basics,
            PageId.TEMPLATE: self.template,
            PageId.MEETINGS: self.meetings,
            PageId.PEOPLE: self.people,
            PageId.MATCHING: self.matching,
            PageId.AGREEMENT: self.agreement,
        }
        for page_id, form in self.forms.items():
            form.load(self._base)
            form.changed.connect(self._revalidate)
            self.setPage(page_id, FormPage(form, self))
        self.review = ReviewPage(self)
        self.setPage(PageId.REVIEW, self.review)
        self.setStartId(PageId.BASICS)
        self.template.chosen.connect(self._template_chosen)
        self.setMinimumSize(*MINIMUM_SIZE)
        self._revalidate()
        self.basics.name.setFocus()

    def settings(self) -> ProgramSettings:
        """What the coordinator chose; the caller saves it after Finish."""
        settings = copy.deepcopy(self._base)
        for form in self.forms.values():
            form.store(settings)
        return settings

    def problems(self) -> dict[str, str]:
        return self._problems

    def _revalidate(self, reveal: bool = False) -> None:
        self._problems = validate(self.settings(), self._taken)
        for form in self.forms.values():
            form.show_problems(self._problems, reveal)
        for page in self._pages():
            complete = page.isComplete()
            # Only on a change: QWizard briefly hides the pages to update its buttons,
            # which would take the focus from the field being typed in.
            if complete != page.complete_shown:
                page.complete_shown = complete
                page.completeChanged.emit()

    def _pages(self) -> list[SettingsPage]:
        return [p for p in map(self.page, self.pageIds()) if isinstance(p, SettingsPage)]

    def _template_chosen(self, template: ProgramTemplate) -> None:
        current = self.settings()
        chosen = apply_template(current, template)
        for name in KEPT_ON_TEMPLATE_CHANGE:
            setattr(chosen, name, getattr(current, name))
        self._base = chosen
        for form in self.forms.values():
            form.load(chosen)
        self._revalidate()

    def done(self, result: int) -> None:
        self._finishing = result == int(QWizard.DialogCode.Accepted)
        try:
            super().done(result)
        finally:
            self._finishing = False

    def validateCurrentPage(self) -> bool:
        """Refuse Next while this page has a problem, and Finish while any page has one."""
        self._revalidate(reveal=True)
        page = self.currentPage()
        if not isinstance(page, SettingsPage) or not page.isComplete():
            return False
        message = ""
        if self._finishing and self._problems:
            key, problem = next(iter(self._problems.items()))
            where = next((f.title() for f in self.forms.values() if f.owns(key)), "")
            message = self.tr("Before finishing, fix this on the “{page}” page: {problem}").format(
                page=where, problem=problem
            )
        page.elsewhere.show_message(message)
        return not message and super().validateCurrentPage()
