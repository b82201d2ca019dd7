"""Texts the UI translates by their English wording are marked for pyside6-lupdate."""

from __future__ import annotations

from peerdesk.documents.placeholders import PLACEHOLDERS
from ui import labels


def test_every_placeholder_description_is_marked_for_translation() -> None:
    # labels.placeholder_description translates the core's description by its text, which
    # only finds a translation when lupdate saw that text: a description added to the core
    # must be added to labels.PLACEHOLDER_DESCRIPTIONS too.
    assert set(labels.PLACEHOLDER_DESCRIPTIONS) == set(PLACEHOLDERS.values())
