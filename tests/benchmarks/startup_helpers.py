"""What the start-up benchmarks share: a big program file, and sources compiled as installed."""

from __future__ import annotations

import compileall
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from peerdesk.database import create_database
from peerdesk.enums import ParticipantStatus, Role, TagKind
from peerdesk.models import Participant, ParticipantTag, Person
from peerdesk.program import programs

ROOT = Path(__file__).resolve().parents[2]


def fill(path: Path, count: int) -> None:
    """A new program file at ``path`` with one program of ``count`` ready participants."""
    db = create_database(path)
    program_id = programs.create_program(db, programs.quick_settings("Benchmark program"))
    now = datetime.now(UTC)
    with db.transaction() as session:
        for i in range(count):
            person = Person(
                full_name=f"Person {i:04d}",
                email=f"person{i}@example.org",
                email_key=f"person{i}@example.org",
                created_at=now,
                updated_at=now,
            )
            participant = Participant(
                program_id=program_id,
                person=person,
                role=Role.MENTOR if i % 3 == 0 else Role.MENTEE,
                status=ParticipantStatus.READY,
                department=f"Department {i % 12}",
                years_experience=float(i % 25),
            )
            participant.tags = [
                ParticipantTag(kind=TagKind.INTEREST, value=f"Topic {(i + k) % 40}")
                for k in range(3)
            ]
            session.add(participant)
    db.close()


def compile_sources(packages: Iterable[str] = ("peerdesk", "ui")) -> None:
    """Byte-compile PeerDesk as an install does (pip, or the packaged app).

    Without this, a machine with PYTHONDONTWRITEBYTECODE set (CI here) would
    recompile every PeerDesk module at every start and time the compiler.
    """
    for package in packages:
        compileall.compile_dir(ROOT / package, quiet=1)
