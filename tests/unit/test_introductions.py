"""Introducing a pair: the mailto link, its encoding, the template and the first meeting."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from documents_data import add_meeting, add_pair, future, make_program, past

from peerdesk.database import Database
from peerdesk.documents.introductions import (
    DEFAULT_BODY,
    NO_MEETING,
    IntroTemplate,
    NoEmailAddress,
    TemplateProblem,
    load_introduction,
    mailto_url,
)
from peerdesk.enums import MeetingStatus
from peerdesk.models import Person


def parse(url: str) -> tuple[list[str], dict[str, str]]:
    """What a mail program reads from a mailto URL (RFC 6068)."""
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    to = [unquote(a) for a in parts.path.split(",")]
    fields = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
    return to, fields


def test_the_url_is_percent_encoded_and_reads_back_exactly() -> None:
    subject = "Zoë & José: 50% + more? #1"
    body = "Line one\nLine two — Nguyễn\n\nA=B&C"
    url = mailto_url(["zoe@example.org", "jose+pd@example.org"], subject, body)
    head, _, query = url.partition("?")
    assert head == "mailto:zoe@example.org,jose+pd@example.org"
    assert " " not in url and "\n" not in url and "+more" not in url
    assert "%20" in query and "%0D%0A" in query  # spaces and CRLF line breaks, RFC 6068
    assert "%26" in query and "%3F" in query and "%23" in query and "%2B" in query
    to, fields = parse(url)
    assert to == ["zoe@example.org", "jose+pd@example.org"]
    assert fields["subject"] == subject
    assert fields["body"] == body.replace("\n", "\r\n")


def test_the_introduction_is_addressed_to_both_with_names_and_signature(db: Database) -> None:
    program = make_program(db)
    pair = add_pair(db, program, "José Núñez", "Zoë Müller")
    intro = load_introduction(db, program, pair)
    to, fields = parse(intro.url)
    assert to == ["jos.nez@example.org", "zo.mller@example.org"]
    assert fields["subject"] == "Spring Mentoring: meet your mentoring partner"
    body = fields["body"].replace("\r\n", "\n")
    assert body.startswith("Dear José and Zoë,\n\n")
    assert "José Núñez (mentor): jos.nez@example.org" in body
    assert f"Your first meeting: {NO_MEETING}." in body
    assert "you'll meet every two weeks for about 1 hour, in person or by video" in body
    assert body.endswith(
        "Warm regards,\nDana Whitfield\nCoordinator, Spring Mentoring, Riverside Community "
        "Center\ndana.whitfield@example.org · +1 555 0100\n"
    )
    assert "{" not in body and "{" not in fields["subject"]


def test_the_first_meeting_is_the_next_scheduled_one_in_its_own_time_zone(db: Database) -> None:
    program = make_program(db)
    pair = add_pair(db, program, "José Núñez", "Zoë Müller")
    add_meeting(db, program, pair, past(3), status=MeetingStatus.SCHEDULED)  # missed: past
    add_meeting(db, program, pair, future(2), status=MeetingStatus.CANCELLED)
    later = datetime(2031, 6, 12, 15, 30, tzinfo=UTC)  # 17:30 in Paris (summer time)
    add_meeting(db, program, pair, later, status=MeetingStatus.SCHEDULED, place="Café Lumière")
    add_meeting(
        db, program, pair, datetime(2031, 7, 1, 9, tzinfo=UTC), status=MeetingStatus.SCHEDULED
    )
    intro = load_introduction(db, program, pair)
    assert (
        "Your first meeting: Thursday 12 June 2031 at 17:30 (Europe/Paris), Café Lumière."
        in intro.body
    )


def test_an_edited_template_is_used_and_an_unknown_placeholder_refused(db: Database) -> None:
    program = make_program(db)
    pair = add_pair(db, program, "José Núñez", "Zoë Müller")
    template = IntroTemplate("Hello {mentee_first_name} & {mentor_first_name}", "Hi {mentor_name}!")
    intro = load_introduction(db, program, pair, template)
    assert (intro.subject, intro.body) == ("Hello Zoë & José", "Hi José Núñez!\n")
    broken = IntroTemplate("Hello {mentee_frist_name}", DEFAULT_BODY)
    assert broken.problems().keys() == {"subject"}
    assert "Unknown placeholder {mentee_frist_name}" in broken.problems()["subject"]
    assert "{first_meeting}" in broken.problems()["subject"]  # the known ones are listed
    with pytest.raises(TemplateProblem):
        load_introduction(db, program, pair, broken)


def test_without_email_addresses(db: Database) -> None:
    program = make_program(db)
    pair = add_pair(db, program, "José Núñez", "Zoë Müller")
    with db.transaction() as session:
        jose = session.query(Person).filter_by(full_name="José Núñez").one()
        jose.email = None
    intro = load_introduction(db, program, pair)
    assert intro.to == ("zo.mller@example.org",)
    assert "José Núñez (mentor): no email address on file" in intro.body
    with db.transaction() as session:
        session.query(Person).update({Person.email: None})
    with pytest.raises(NoEmailAddress, match="Neither José Núñez nor Zoë Müller"):
        load_introduction(db, program, pair)
