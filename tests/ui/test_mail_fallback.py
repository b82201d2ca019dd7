"""E-mail without a mail program: when the ``mailto:`` link opens nothing, Introduce pair
shows the message to copy (addresses, subject, text) and saves it as an .eml file that the
email package reads back whole, accents included."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_pairs_screen import SCREENSHOTS, Launcher, open_pairs, program_file, select_rows

from ui import operations
from ui.pairs.mail_fallback import MailFallbackDialog
from ui.qt import QApplication, QMessageBox, Qt, QUrl

LEFT = Qt.MouseButton.LeftButton
__all__ = ["program_file"]  # the fixture, as test_pairs_screen makes it


def fallback_dialog(qtbot: QtBot, launch: Launcher, path: Path) -> MailFallbackDialog:
    """Introduce José and Zoë on a computer where no mail program opens the link."""
    _window, screen = open_pairs(qtbot, launch, path)
    tried: list[QUrl] = []
    screen.open_url = lambda url: tried.append(url) or False  # type: ignore[method-assign]
    select_rows(qtbot, screen, "José Núñez")
    qtbot.mouseClick(screen.toolbar.widgetForAction(screen.introduce_action), LEFT)
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible())
    qtbot.mouseClick(screen.dialog.open_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, MailFallbackDialog))
    dialog = screen.dialog
    assert isinstance(dialog, MailFallbackDialog) and len(tried) == 1
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_message_is_shown_to_copy_when_no_mail_program_opens(
    qtbot: QtBot, launch: Launcher, program_file: Path
) -> None:
    dialog = fallback_dialog(qtbot, launch, program_file)
    assert dialog.to.text() == "jos.nez@example.org, zo.mller@example.org"
    assert dialog.subject.text() == "Spring Mentoring: meet your mentoring partner"
    assert dialog.body.toPlainText().startswith("Dear José and Zoë,")
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "pairs-mail-fallback.png"))
    clipboard = QApplication.clipboard()
    qtbot.mouseClick(dialog.copy_to, LEFT)
    assert clipboard.text() == "jos.nez@example.org, zo.mller@example.org"
    assert dialog.done_note.text() == "The addresses are copied."
    qtbot.mouseClick(dialog.copy_subject, LEFT)
    assert clipboard.text() == "Spring Mentoring: meet your mentoring partner"
    qtbot.mouseClick(dialog.copy_text, LEFT)
    text = clipboard.text()
    assert text.startswith("Dear José and Zoë,") and "José Núñez (mentor)" in text
    assert text == dialog.intro.body


def test_saved_as_an_eml_file_any_mail_program_opens(
    qtbot: QtBot,
    launch: Launcher,
    program_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = fallback_dialog(qtbot, launch, program_file)
    assert dialog.suggested_name == "Introduction - José Núñez and Zoë Müller.eml"
    target = tmp_path / "intro"  # typed without its extension
    monkeypatch.setattr(dialog, "ask_path", lambda: target)
    qtbot.mouseClick(dialog.save, LEFT)
    saved = tmp_path / "intro.eml"
    qtbot.waitUntil(saved.exists, timeout=10000)
    operations.wait_idle(15)
    assert dialog.done_note.text().startswith(f"Saved as {saved}.")
    message = email.message_from_bytes(saved.read_bytes(), policy=policy.default)
    assert message["To"] == "jos.nez@example.org, zo.mller@example.org"
    assert message["From"] == "dana.whitfield@example.org"
    assert message["Subject"] == "Spring Mentoring: meet your mentoring partner"
    assert message["X-Unsent"] == "1"  # Outlook: a draft to send
    assert message.get_content_charset() == "utf-8"
    body = message.get_content().replace("\r\n", "\n")
    assert body == dialog.intro.body
    assert "Dear José and Zoë," in body and "Zoë Müller (mentee)" in body
    assert list(tmp_path.glob("*.eml")) == [saved]  # no temporary left beside it

    # Saving again asks before replacing; nothing changes until Replace.
    before = saved.read_bytes()
    qtbot.mouseClick(dialog.save, LEFT)
    qtbot.waitUntil(
        lambda: any(b.isVisible() for b in dialog.findChildren(QMessageBox)), timeout=5000
    )
    box = next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())
    assert "“intro.eml” already exists" in box.text()
    box.reject()
    operations.wait_idle(15)
    assert saved.read_bytes() == before
