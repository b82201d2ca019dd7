"""Introducing a pair by email, through the user's own mail program.

No mail server settings: PeerDesk builds a ``mailto:`` link addressed to both
people, with a subject and a message filled in from an editable template, and
the operating system opens the user's mail program with it. The coordinator
reads it over, changes what they like, and sends it themselves. Where no mail
program is set up (webmail only, say), the same message is saved as an ``.eml``
file, which Outlook, Thunderbird, Apple Mail and most webmail open as a message
to send.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path
from urllib.parse import quote

from peerdesk.database import Database
from peerdesk.documents import placeholders, wording
from peerdesk.documents.pairs import (
    FirstMeeting,
    PairInfo,
    first_meetings,
    load_pairs,
    load_program,
)
from peerdesk.errors import UserError
from peerdesk.output_files import write_file
from peerdesk.program.settings import ProgramSettings

PLACEHOLDERS: dict[str, str] = {
    **placeholders.PLACEHOLDERS,
    "mentor_first_name": "the mentor's first name",
    "mentee_first_name": "the mentee's first name",
    "first_meeting": "the pair's first scheduled meeting",
    "coordinator_signature": "the coordinator's name and contacts, to sign with",
}

DEFAULT_SUBJECT = "{program_name}: meet your mentoring partner"
DEFAULT_BODY = """Dear {mentor_first_name} and {mentee_first_name},

I'm delighted to introduce you to each other as mentoring partners in {program_name}.

{mentor_name} (mentor): {mentor_email}
{mentee_name} (mentee): {mentee_email}

Your first meeting: {first_meeting}.
After that, you'll meet {cadence} for about {meeting_length}, {meeting_format}.

At your first meeting, please read and sign your mentoring agreement together, and talk \
about what you both hope to get from the program.

If anything comes up, just reply to this email.

Warm regards,
{coordinator_signature}
"""
NO_MEETING = "not arranged yet; please agree on a time between you"
NO_EMAIL = "no email address on file"


class NoEmailAddress(UserError):
    template = (
        "Neither {mentor} nor {mentee} has an email address in this program file. "
        "Add at least one on the People screen, then introduce them."
    )


class TemplateProblem(UserError):
    template = "{problem}"


@dataclass(frozen=True)
class IntroTemplate:
    """The subject and message of an introduction, with placeholders."""

    subject: str = DEFAULT_SUBJECT
    body: str = DEFAULT_BODY

    def problems(self) -> dict[str, str]:
        """The first problem with each part ("subject", "body"); empty when both are fine."""
        found: dict[str, str] = {}
        for part in ("subject", "body"):
            issues = placeholders.check(getattr(self, part), PLACEHOLDERS)
            if issues:
                found[part] = issues[0].message
        return found


@dataclass(frozen=True)
class Introduction:
    to: tuple[str, ...]
    subject: str
    body: str

    @property
    def url(self) -> str:
        return mailto_url(self.to, self.subject, self.body)


def coordinator_signature(settings: ProgramSettings) -> str:
    name = settings.coordinator_name.strip()
    role = f"Coordinator, {settings.name}"
    org = settings.organization_name.strip()
    if org:
        role += f", {org}"
    contact = " · ".join(
        v.strip() for v in (settings.coordinator_email, settings.coordinator_phone) if v.strip()
    )
    return "\n".join(line for line in (name, role, contact) if line)


def introduction_values(
    settings: ProgramSettings, pair: PairInfo, first: FirstMeeting | None
) -> dict[str, str]:
    values = wording.agreement_values(settings, pair)
    values["mentor_email"] = pair.mentor.email or NO_EMAIL
    values["mentee_email"] = pair.mentee.email or NO_EMAIL
    values["mentor_first_name"] = pair.mentor.first_name
    values["mentee_first_name"] = pair.mentee.first_name
    values["first_meeting"] = wording.meeting_time(first) if first else NO_MEETING
    values["coordinator_signature"] = coordinator_signature(settings)
    assert set(values) == set(PLACEHOLDERS)
    return values


def introduce(
    settings: ProgramSettings,
    pair: PairInfo,
    template: IntroTemplate | None = None,
    first: FirstMeeting | None = None,
) -> Introduction:
    """The introduction email for ``pair``: to both, subject and message filled in."""
    template = template or IntroTemplate()
    problems = template.problems()
    if problems:
        raise TemplateProblem(problem=next(iter(problems.values())))
    to = tuple(e for e in (pair.mentor.email.strip(), pair.mentee.email.strip()) if e)
    if not to:
        raise NoEmailAddress(mentor=pair.mentor.name, mentee=pair.mentee.name)
    values = introduction_values(settings, pair, first)
    subject = " ".join(wording.fill(template.subject, values).split())
    body = wording.fill(template.body, values).strip() + "\n"
    return Introduction(to, subject, body)


def load_introduction(
    db: Database,
    program_id: int,
    pair_id: int,
    template: IntroTemplate | None = None,
    *,
    now: datetime | None = None,
) -> Introduction:
    """The introduction of one pair of the program file, with its next meeting."""
    [pair] = load_pairs(db, program_id, [pair_id])
    first = first_meetings(db, [pair_id], now).get(pair_id)
    return introduce(load_program(db, program_id), pair, template, first)


# RFC 6068: an address keeps "@" and a few harmless signs; everything else is
# percent-encoded as UTF-8, spaces as %20 (not "+"), line breaks as %0D%0A.
_ADDRESS_SAFE = "@!$'*+"


def mailto_url(to: Iterable[str], subject: str, body: str, cc: Iterable[str] = ()) -> str:
    """A ``mailto:`` URL that mail programs open with these recipients, subject and body."""
    recipients = ",".join(quote(a.strip(), safe=_ADDRESS_SAFE) for a in to if a.strip())
    fields: list[tuple[str, str]] = []
    copies = [a.strip() for a in cc if a.strip()]
    if copies:
        fields.append(("cc", ",".join(quote(a, safe=_ADDRESS_SAFE) for a in copies)))
    if subject:
        fields.append(("subject", quote(subject, safe="")))
    if body:
        crlf = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
        fields.append(("body", quote(crlf, safe="")))
    query = "&".join(f"{key}={value}" for key, value in fields)
    return f"mailto:{recipients}" + (f"?{query}" if query else "")


def eml_bytes(intro: Introduction, sender: str = "") -> bytes:
    """The introduction as an e-mail file (RFC 5322, UTF-8): from ``sender`` if given,
    marked unsent so that Outlook opens it as a draft to send rather than as mail read."""
    message = EmailMessage()
    if sender.strip():
        message["From"] = sender.strip()
    message["To"] = ", ".join(intro.to)
    message["Subject"] = intro.subject
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(intro.body)
    return message.as_bytes(policy=SMTP)


def save_eml(
    intro: Introduction, path: Path | str, *, sender: str = "", overwrite: bool = False
) -> Path:
    """Write :func:`eml_bytes` to ``path`` atomically (see ``output_files.write_file``)."""
    return write_file(Path(path), eml_bytes(intro, sender), overwrite=overwrite)


def template_from(values: Mapping[str, str] | None) -> IntroTemplate:
    """A template from saved ``{"subject": ..., "body": ...}`` (missing parts: the defaults)."""
    if not values:
        return IntroTemplate()
    return IntroTemplate(
        values.get("subject") or DEFAULT_SUBJECT, values.get("body") or DEFAULT_BODY
    )
