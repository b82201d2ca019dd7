"""What the import wizard's pages may ask of the wizard that holds them.

The pages depend on this small interface, not on :mod:`ui.importer.wizard`
(which builds the pages): :class:`~ui.importer.wizard.ImportWizard` provides it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from peerdesk.enums import Role
from peerdesk.roster.commit import ImportSummary
from peerdesk.roster.plan import RosterImport
from peerdesk.roster.preview import Preview
from ui.importer.common import ImportTarget
from ui.qt import QWizardPage, SignalInstance


class WizardHost(Protocol):
    """The import under way (target, plan, roster file, preview, summary) and its steps."""

    target: ImportTarget
    plan: RosterImport
    roster_path: Path
    preview: Preview | None
    summary: ImportSummary | None
    preview_ready: SignalInstance  # the newest preview is in ``preview``

    def currentPage(self) -> QWizardPage: ...

    def back(self) -> None: ...

    def choose_sheet_role(self, name: str, role: Role | None) -> None: ...

    def set_header_row(self, name: str, row_number: int) -> None: ...

    def after_columns(self) -> int: ...

    def preview_pending(self) -> bool: ...

    def request_preview(self) -> None: ...

    def start_import(self) -> None: ...

    def cancel_import(self) -> None: ...
