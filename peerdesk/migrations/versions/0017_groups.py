"""groups: group sessions, attendance and circles (issue 22)

``session_kind`` is a program's own list of kinds of session (training, workshop,
social...; the defaults are made here for the programs there are, and by
:func:`peerdesk.groups.kinds.add_default_kinds` for new ones). ``group_session`` is a
session held for many people at once, ``session_attendance`` one invited person at it
and whether they came, ``circle`` and ``circle_member`` a named group with its leaders
and members (a mentor circle, or group mentoring).

On a server the new tables get what 0011_roles and 0014_live gave the others:
row-level security by program (directly, or through the session or circle), and the
change-notice triggers.

Revision ID: 0017_groups
Revises: 0016_document_language
Create Date: 2026-12-07 18:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import peerdesk.sqltypes
from peerdesk.storage.notice_triggers import create_triggers, drop_triggers

revision = "0017_groups"
down_revision = "0016_document_language"
branch_labels = None
depends_on = None

#: The tables' notices: the kind of records, and the column naming their program.
NOTICES: dict[str, tuple[str, str | None]] = {
    "session_kind": ("programs", "program_id"),
    "circle": ("pairs", "program_id"),
    "circle_member": ("pairs", None),
    "group_session": ("meetings", "program_id"),
    "session_attendance": ("meetings", None),
}
#: Tables reached through another: table -> (its column, the parent table).
THROUGH = {
    "circle_member": ("circle_id", "circle"),
    "session_attendance": ("session_id", "group_session"),
}
#: The kinds of session every program starts with: key, name, colour (as of this revision;
#: peerdesk.groups.kinds holds the current list).
DEFAULT_KINDS = (
    ("training", "Training", "#2e7d32"),
    ("orientation", "Orientation", "#00838f"),
    ("workshop", "Workshop", "#6a1b9a"),
    ("social", "Social", "#ef6c00"),
    ("mentor_circle", "Mentor circle", "#1565c0"),
    ("group_meeting", "Group meeting", "#5d4037"),
    ("closing_celebration", "Closing celebration", "#ad1457"),
)


def upgrade() -> None:
    op.create_table(
        "circle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "proposed",
                "active",
                "paused",
                "ended",
                name="pairstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum("completed", "ended_early", name="pairoutcome", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("end_reason", sa.Text(), nullable=True),
        sa.Column("agreement_signed_on", sa.Date(), nullable=True),
        sa.Column("agreement_printed_at", peerdesk.sqltypes.UTCDateTime(length=32), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", peerdesk.sqltypes.UTCDateTime(length=32), nullable=False),
        sa.Column("updated_at", peerdesk.sqltypes.UTCDateTime(length=32), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_circle_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_circle")),
    )
    with op.batch_alter_table("circle", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_circle_program_id"), ["program_id"], unique=False)

    op.create_table(
        "session_kind",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_session_kind_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_kind")),
        sa.UniqueConstraint("program_id", "key", name=op.f("uq_session_kind_program_id")),
    )
    with op.batch_alter_table("session_kind", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_kind_program_id"), ["program_id"], unique=False
        )

    op.create_table(
        "circle_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("circle_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["circle_id"],
            ["circle.id"],
            name=op.f("fk_circle_member_circle_id_circle"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_circle_member_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_circle_member")),
        sa.UniqueConstraint("circle_id", "participant_id", name=op.f("uq_circle_member_circle_id")),
    )
    with op.batch_alter_table("circle_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_circle_member_circle_id"), ["circle_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_circle_member_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "group_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("starts_at", peerdesk.sqltypes.UTCDateTime(length=32), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("length_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("invite", sa.String(length=16), nullable=False),
        sa.Column("circle_id", sa.Integer(), nullable=True),
        sa.Column("series_key", sa.String(length=64), nullable=True),
        sa.Column("occurrence_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("completes_step_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sequence", sa.Integer(), server_default="0", nullable=False),
        sa.Column("modified_at", peerdesk.sqltypes.UTCDateTime(length=32), nullable=False),
        sa.Column("created_at", peerdesk.sqltypes.UTCDateTime(length=32), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["circle_id"],
            ["circle.id"],
            name=op.f("fk_group_session_circle_id_circle"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["completes_step_id"],
            ["program_step.id"],
            name=op.f("fk_group_session_completes_step_id_program_step"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_group_session_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_session")),
        sa.UniqueConstraint("uid", name=op.f("uq_group_session_uid")),
    )
    with op.batch_alter_table("group_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_session_circle_id"), ["circle_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_group_session_completes_step_id"), ["completes_step_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_group_session_program_id"), ["program_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_group_session_series_key"), ["series_key"], unique=False
        )
        batch_op.create_index("ix_group_session_starts_at", ["starts_at"], unique=False)

    op.create_table(
        "session_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("marked_at", peerdesk.sqltypes.UTCDateTime(length=32), nullable=True),
        sa.Column("step_record_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_session_attendance_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["group_session.id"],
            name=op.f("fk_session_attendance_session_id_group_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["step_record_id"],
            ["step_record.id"],
            name=op.f("fk_session_attendance_step_record_id_step_record"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_attendance")),
        sa.UniqueConstraint(
            "session_id", "participant_id", name=op.f("uq_session_attendance_session_id")
        ),
    )
    with op.batch_alter_table("session_attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_attendance_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_session_attendance_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_session_attendance_step_record_id"), ["step_record_id"], unique=False
        )

    bind = op.get_bind()
    kinds = sa.table(
        "session_kind",
        sa.column("program_id", sa.Integer),
        sa.column("key", sa.String),
        sa.column("name", sa.String),
        sa.column("position", sa.Integer),
        sa.column("colour", sa.String),
    )
    programs = [row[0] for row in bind.execute(sa.text("SELECT id FROM program ORDER BY id"))]
    rows = [
        {"program_id": program, "key": key, "name": name, "position": position, "colour": colour}
        for program in programs
        for position, (key, name, colour) in enumerate(DEFAULT_KINDS)
    ]
    if rows:
        op.bulk_insert(kinds, rows)
    _protect(bind)
    create_triggers(bind, NOTICES)


def _protect(bind: sa.Connection) -> None:
    """Row-level security on a server (see 0011_roles); nothing on a file."""
    if bind.dialect.name != "postgresql":
        return
    from peerdesk.storage.row_security import ALL, given_programs, policies, program_policies

    statements: list[str] = []
    for table in ("session_kind", "circle", "group_session"):
        statements += program_policies(table)
    for table, (column, parent) in THROUGH.items():
        read = f"{column} IN (SELECT id FROM {parent})"
        write = f"{ALL} OR {column} IN (SELECT id FROM {parent} WHERE {given_programs('program_id', True)})"
        statements += policies(table, read, write)
    for statement in statements:
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    drop_triggers(bind, NOTICES)
    for table in ("session_attendance", "group_session", "circle_member", "circle", "session_kind"):
        op.drop_table(table)
