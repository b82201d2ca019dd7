"""The roster import's own words reach the translations: the core's field labels are
marked for lupdate one for one, and with French installed the wizard's fields, counts and
outcomes read in French (they were built from strings lupdate never saw)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from peerdesk.roster.mapping import FIELD_LABELS, Field
from peerdesk.roster.preview import Outcome
from ui import languages
from ui.importer.common import FIELD_WORDS, field_label, plural, tr
from ui.importer.preview_model import SUMMARY_WORDS
from ui.qt import QApplication, QLocale


def test_every_field_label_of_the_core_is_marked_for_translation() -> None:
    assert FIELD_WORDS == FIELD_LABELS


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    assert "peerdesk" in languages.install(qapp, "fr")
    yield
    languages.uninstall(qapp)
    QLocale.setDefault(before)


@pytest.mark.usefixtures("french")
def test_the_import_wizard_speaks_french() -> None:
    assert field_label(Field.FIRST_NAME) == "Prénom"
    assert field_label(Field.CAPACITY) == "Nombre de mentorés"
    assert plural(1, tr("{n} update"), tr("{n} updates")) == "1 mise à jour"
    assert plural(4, tr("{n} update"), tr("{n} updates")) == "4 mises à jour"
    assert tr(SUMMARY_WORDS[Outcome.DUPLICATE]) == "Doublon, non importée"
