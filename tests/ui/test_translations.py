"""Qt's own words follow the user's language; English needs no translation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.app import install_translations
from ui.qt import QApplication, QCoreApplication, QLocale, QTranslator


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)
    app = QApplication.instance()
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()


def test_english_loads_nothing(qapp: QApplication, locale: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert install_translations(qapp) == []


def test_german_gets_qts_own_words(qapp: QApplication, locale: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    installed = install_translations(qapp)
    if "qtbase" not in installed:
        pytest.skip("this Qt build ships no qtbase translations")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
