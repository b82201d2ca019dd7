"""The program setup wizard and the program settings dialog, built from the same forms."""

from __future__ import annotations

from ui.wizard.settings_dialog import ProgramSettingsDialog
from ui.wizard.wizard import ProgramWizard

__all__ = ["ProgramSettingsDialog", "ProgramWizard"]
