"""Spanish and French are complete: every message translated, and every screen speaks them.

Per language (``es``, ``fr``), three checks:

- every ``<message>`` of ``resources/translations/peerdesk_<lang>.ts`` has a finished,
  non-empty translation, and the compiled ``.qm`` beside it is what ``pyside6-lrelease``
  makes of that ``.ts`` now;
- the ``.ts`` is up to date with the code: ``pyside6-lupdate`` run over ``ui/`` into a copy
  finds no source string the ``.ts`` lacks;
- with the language installed as Preferences installs it, the main window on the sample
  program shows every screen and its main dialogs at 1280×720; every visible text
  (labels, buttons, menus and toolbars, table headers, tabs, group boxes, placeholders,
  window titles) that is still the same as in English fails — unless what is left once the
  program's own data (names, goals: any text stored in the file) is taken out is only
  numbers, words the translation itself keeps (a ``<translation>`` equal to its source) or
  :data:`SAME_IN_EVERY_LANGUAGE` — and so does every label or push button whose text is
  wider than the widget (:mod:`elision`).

A language whose ``.ts`` is not written yet is skipped (its translator has not started);
once the file exists, anything missing fails. Translators: run this module with
``-k fr`` for French, ``-k "not fr"`` for Spanish (``-k es`` would also pick
``test_every_message…[fr]``); the failure lists each text and where it showed.
Language names (Español, Français) are each written in their own language everywhere.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from elision import label_problem, push_button_problem
from pytestqt.qtbot import QtBot
from test_no_elided_text import idle, new_program_pages, open_person_dialog, open_small

from ui import languages
from ui.languages import LANGUAGES
from ui.main_window import MainWindow
from ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QAction,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QLocale,
    QMenu,
    QModelIndex,
    QPushButton,
    Qt,
    QTabWidget,
    QTextDocument,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
LANGS = ["es", "fr"]
Launcher = Callable[..., MainWindow]

#: Words that are the same in English, Spanish and French (names of things, not words to
#: translate). Add to this only what truly needs no translation.
SAME_IN_EVERY_LANGUAGE = {
    "peerdesk",
    "ok",
    "pdf",
    "csv",
    "ics",
    "xlsx",
    "eml",
    "excel",
    "icalendar",
    "url",
    "postgresql",
    "sqlite",
}

WORD = re.compile(r"[^\W\d_]{2,}")
URL = re.compile(r"\b[a-z]+://\S*")
#: The languages' own names, which every language shows as they are (a language menu).
NAMES_OF_LANGUAGES = {w.lower() for name in LANGUAGES.values() for w in WORD.findall(name)}


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"peerdesk_{lang}.ts"


def qm_file(lang: str) -> Path:
    return TRANSLATIONS / f"peerdesk_{lang}.qm"


def need(lang: str) -> Path:
    path = ts_file(lang)
    if not path.exists():
        pytest.skip(f"{path.name} is not written yet")
    return path


# -- the .ts file ---------------------------------------------------------------------


def messages(path: Path) -> Iterator[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) of every message still in use (not vanished)."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: a message without <translation>"
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            yield name, message.findtext("source") or "", translation


def translated_texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang: str, tmp_path: Path) -> None:
    path = need(lang)
    missing = [
        f"{context}: {source!r}"
        for context, source, translation in messages(path)
        if translation.get("type") == "unfinished"
        or not all(text.strip() for text in translated_texts(translation))
    ]
    assert not missing, f"{len(missing)} messages not translated in {path.name}:\n" + "\n".join(
        missing[:80]
    )
    assert qm_file(lang).exists(), f"compile {path.name} with pyside6-lrelease"
    fresh = tmp_path / f"peerdesk_{lang}.qm"
    run([str(BIN / "pyside6-lrelease"), str(path), "-qm", str(fresh)])
    assert fresh.read_bytes() == qm_file(lang).read_bytes(), (
        f"{qm_file(lang).name} is not compiled from the current {path.name}: run pyside6-lrelease"
    )


def run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


@pytest.mark.parametrize("lang", LANGS)
def test_the_ts_file_holds_every_string_of_the_code(lang: str, tmp_path: Path) -> None:
    path = need(lang)
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    run([str(BIN / "pyside6-lupdate"), *ui_sources(), "-ts", str(copy)])
    before = {(context, source) for context, source, _ in messages(path)}
    new = [
        f"{context}: {source!r}"
        for context, source, _ in messages(copy)
        if (context, source) not in before
    ]
    assert not new, (
        f"{len(new)} strings of the code are not in {path.name} (run pyside6-lupdate):\n"
        + "\n".join(new[:80])
    )


# -- the screens ----------------------------------------------------------------------


def plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or ("<" in text and ">" in text):
        document = QTextDocument()
        document.setHtml(text)
        return str(document.toPlainText())
    return text


def without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def action_texts(actions: list[QAction], where: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        if not action.isVisible() or action.isSeparator():
            continue
        yield where, without_mnemonic(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from action_texts(menu.actions(), where)


def texts_of(view: str, root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every text shown in ``root``."""
    yield f"{view}: window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not shown(widget):
            continue
        where = f"{view}: {type(widget).__name__} {widget.objectName()}".rstrip()
        if isinstance(widget, QLabel):
            yield where, plain(widget)
        elif isinstance(widget, QAbstractButton):
            yield where, without_mnemonic(widget.text())
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield where, without_mnemonic(widget.tabText(i))
        elif isinstance(widget, QLineEdit):
            yield where, widget.placeholderText()
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            model = widget.model()
            if model is None:
                continue
            if isinstance(widget, QListView):  # the navigation and lists of choices
                for row in range(min(model.rowCount(QModelIndex()), 60)):
                    item = model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)
                    if isinstance(item, str):
                        yield where + " item", item
            else:
                for column in range(model.columnCount(QModelIndex())):
                    header = model.headerData(
                        column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
                    )
                    if isinstance(header, str):
                        yield where + " header", header
        yield from action_texts(widget.actions(), where + " action")


def overflows(view: str, root: QWidget) -> Iterator[str]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not shown(widget):
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = label_problem(widget)
        elif isinstance(widget, QPushButton):
            problem = push_button_problem(widget)
        if problem:
            text = plain(widget) if isinstance(widget, QLabel) else widget.text()
            yield f"{view}: {type(widget).__name__} {text[:60]!r} {problem}"


def walk(qtbot: QtBot, window: MainWindow, look: Callable[[str, QWidget], None]) -> None:
    """Every screen (a row selected where that shows more) and the main dialogs."""
    look("menus", window)
    for key in ["overview", *[spec.key for spec in window.screen_specs]]:
        screen: Any = window.show_screen(key)
        idle()
        look(key, window)
        if key in ("people", "pairs"):
            screen.table.setFocus()
            screen.table.selectRow(0)
            idle()
            look(f"{key} (a row selected)", window)
        elif key == "calendar":
            qtbot.waitUntil(lambda s=screen: bool(s.rows), timeout=10000)
            screen.week_button.click()
            idle()
            look("calendar (week)", window)
            screen.open_schedule()
            qtbot.waitUntil(lambda s=screen: s.dialog is not None and s.dialog.isVisible())
            idle()
            look("schedule dialog", screen.dialog)
            screen.dialog.reject()
            idle()

    people, dialog = open_person_dialog(qtbot, window)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        idle()
        look(f"person dialog, tab {tab + 1}", dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: people.dialog is None)

    window.edit_program_settings()
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    settings: Any = window.settings_dialog
    tabs = getattr(settings, "tabs", None)
    for tab in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(tab)
        idle()
        look(f"program settings, tab {tab + 1}", settings)
    settings.reject()
    idle()

    from ui.preferences_dialog import open_preferences

    preferences = open_preferences(window)
    qtbot.waitUntil(preferences.isVisible)
    idle()
    look("preferences", preferences)
    preferences.reject()
    idle()

    for page, wizard in enumerate(new_program_pages(qtbot, window), 1):
        look(f"new program wizard, page {page}", wizard)


def data_values(path: Path) -> list[str]:
    """Every text the program file holds (names, goals, notes…), longest first."""
    values: set[str] = {"Autumn Buddies", str(path), path.name, path.stem}
    with sqlite3.connect(path) as connection:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                values.update(v.strip() for v in row if isinstance(v, str) and len(v.strip()) > 1)
    return sorted(values, key=len, reverse=True)


def kept_words(path: Path) -> set[str]:
    """Words the translation keeps as they are in English (a translation equal to its source)."""
    words: set[str] = set()
    for _, source, translation in messages(path):
        if without_mnemonic(source) in map(without_mnemonic, translated_texts(translation)):
            words.update(w.lower() for w in WORD.findall(without_mnemonic(source)))
    return words


def still_english(text: str, data: list[str], allowed: set[str]) -> bool:
    rest = URL.sub(" ", text)
    for value in data:
        if value in rest:
            rest = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", rest)
    return any(word.lower() not in allowed for word in WORD.findall(rest))


_ENGLISH: set[str] = set()  # texts the English walk shows, kept for both languages


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[Callable[[str], list[str]]]:
    before = QLocale()

    def speak(lang: str) -> list[str]:
        return languages.install(qapp, lang)

    yield speak
    languages.uninstall(qapp)
    QLocale.setDefault(before)


@pytest.mark.parametrize("lang", LANGS)
def test_every_screen_speaks_the_language(
    qtbot: QtBot,
    launch: Launcher,
    sample_copy: Path,
    lang: str,
    speaking: Callable[[str], list[str]],
) -> None:
    path = need(lang)
    assert qm_file(lang).exists(), f"compile {path.name} with pyside6-lrelease"
    if not _ENGLISH:
        speaking("en")
        english = open_small(launch, sample_copy)
        walk(qtbot, english, lambda view, root: _ENGLISH.update(t for _, t in texts_of(view, root)))
        english.close()
        idle()
    assert "peerdesk" in speaking(lang)

    window = open_small(launch, sample_copy)
    data = data_values(sample_copy)
    allowed = SAME_IN_EVERY_LANGUAGE | kept_words(path) | NAMES_OF_LANGUAGES
    untranslated: dict[str, str] = {}  # text: where it showed first
    cut: list[str] = []

    def look(view: str, root: QWidget) -> None:
        QApplication.processEvents()
        for where, text in texts_of(view, root):
            text = text.strip()
            if text in _ENGLISH and text not in untranslated and still_english(text, data, allowed):
                untranslated[text] = where
        cut.extend(p for p in overflows(view, root) if p not in cut)

    walk(qtbot, window, look)
    assert not untranslated, (
        f"{len(untranslated)} texts still in English with {lang}:\n"
        + "\n".join(f"{where}: {text[:80]!r}" for text, where in untranslated.items())
    )
    assert not cut, f"{len(cut)} texts wider than their widget with {lang}:\n" + "\n".join(cut)
