"""The app's language: the system's (the default), or one chosen in Preferences.

PeerDesk ships English (its source language), Spanish and French. The choice is
remembered in the app's settings (:func:`ui.memory.app_settings`) under
``preferences/language``: empty for the system's language, else a code from
:data:`LANGUAGES`. :func:`install` loads Qt's own words (``qtbase_<code>.qm``)
and PeerDesk's (``resources/translations/peerdesk_<code>.qm``) and makes that
language the default locale, so dates and numbers the screens format with
``QLocale()`` follow it too.

This is the app's language only; the language agreements and certificates print
in is the program's or pair's *document* language (:mod:`peerdesk.documents.languages`).
"""

from __future__ import annotations

from peerdesk import paths
from ui.memory import app_settings
from ui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: The languages the app speaks, each named in its own words (as a language menu shows them).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français"}

_KEY = "preferences/language"
_TRANSLATOR = "peerdesk-language"  # objectName of the translators install() adds
_before: QLocale | None = None  # the default locale before install() chose a language


def chosen() -> str:
    """The language chosen in Preferences: a code of :data:`LANGUAGES`, or "" for the system's."""
    code = str(app_settings().value(_KEY, "") or "")
    return code if code in LANGUAGES else ""


def choose(code: str) -> None:
    """Remember ``code`` ("" for the system's language) for the next start."""
    if code and code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    settings = app_settings()
    settings.setValue(_KEY, code)
    settings.sync()


def current() -> str:
    """The code of the language the app speaks now ("en" when it is not one PeerDesk ships)."""
    name = QLocale().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def uninstall(app: QCoreApplication) -> None:
    """Take out the translators :func:`install` put in, and the default locale it set: the
    app speaks English again, with the locale it had before."""
    global _before
    for translator in app.findChildren(QTranslator, _TRANSLATOR):
        app.removeTranslator(translator)
        translator.deleteLater()
    if _before is not None:
        QLocale.setDefault(_before)
        _before = None


def install(app: QCoreApplication, code: str | None = None) -> list[str]:
    """Speak ``code`` (default: the one chosen in Preferences, else the system's).

    Replaces any translators installed before, sets the default locale, and
    returns the names of the translations loaded (``qtbase``, ``peerdesk``);
    English needs none.
    """
    global _before
    uninstall(app)  # and back to the locale from before any language chosen in this run
    code = chosen() if code is None else code
    if code:
        _before = QLocale()
        QLocale.setDefault(QLocale(code))
    locale = QLocale()  # the system's unless a language was chosen (or a test set one)
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return []
    folders = {
        "qtbase": QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        "peerdesk": str(paths.resources_dir() / "translations"),
    }
    installed = []
    for name, folder in folders.items():
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(name)
        else:
            translator.deleteLater()
    return installed
