"""Placeholders in agreement terms: checked as typed, filled when printed."""

from __future__ import annotations

import pytest

from peerdesk.documents import placeholders
from peerdesk.enums import ProgramTemplate
from peerdesk.program.settings import AGREEMENT_FIELDS
from peerdesk.program.templates import template_settings


def test_known_placeholders_and_plain_text_are_fine() -> None:
    assert placeholders.check("") == []
    assert placeholders.check("No placeholders here.") == []
    assert placeholders.check("{mentor_name} meets {mentee_name} {cadence}.") == []
    assert placeholders.check("Braces themselves: {{like this}}.") == []


def test_an_unknown_placeholder_is_named_with_the_known_ones() -> None:
    [problem] = placeholders.check("Dear {mentr_name}, welcome.")
    assert problem.text == "{mentr_name}"
    assert "Unknown placeholder {mentr_name}" in problem.message
    assert "{mentor_name}" in problem.message


def test_each_unknown_placeholder_is_named_once_in_order() -> None:
    found = placeholders.check("{boss} and {mentor_name} and {team} and {boss}")
    assert [p.text for p in found] == ["{boss}", "{team}"]


@pytest.mark.parametrize("text", ["{mentor_name:>20}", "{mentor_name!r}", "{mentor_name.upper}"])
def test_formatting_tricks_are_not_placeholders(text: str) -> None:
    found = placeholders.check(text)
    assert len(found) == 1
    assert "Unknown placeholder" in found[0].message


@pytest.mark.parametrize("text", ["Hello {mentor_name", "Hello mentor_name}", "{ {mentor_name}"])
def test_an_unmatched_brace_is_explained(text: str) -> None:
    [problem] = placeholders.check(text)
    assert "is not matched" in problem.message
    assert "{{" in problem.message


def test_an_empty_placeholder_needs_a_name() -> None:
    [problem] = placeholders.check("Signed by {} on {start_date}")
    assert problem.text == "{}"
    assert "empty placeholder" in problem.message


def test_fill_puts_in_values_and_leaves_unknown_placeholders_as_typed() -> None:
    filled = placeholders.fill(
        "{mentor_name} mentors {mentee_name}; {{braces}}; ask {boss}.",
        {"mentor_name": "Ana Ruiz", "mentee_name": "Bo Chen"},
    )
    assert filled == "Ana Ruiz mentors Bo Chen; {braces}; ask {boss}."


def test_fill_leaves_a_known_placeholder_without_a_value_as_typed() -> None:
    assert placeholders.fill("Until {end_date}.", {}) == "Until {end_date}."


@pytest.mark.parametrize("text", ["Hello {mentor_name", "}", "{mentor_name[0]}", "{0}"])
def test_fill_never_fails_on_a_broken_text(text: str) -> None:
    assert isinstance(placeholders.fill(text, {"mentor_name": "Ana Ruiz"}), str)


@pytest.mark.parametrize("template", list(ProgramTemplate))
def test_every_template_agreement_uses_only_known_placeholders(template: ProgramTemplate) -> None:
    settings = template_settings(template)
    for field in AGREEMENT_FIELDS:
        assert placeholders.check(getattr(settings, field)) == [], field
