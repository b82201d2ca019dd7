"""measures: reference figures for the program's measures

A program's planned match length (``program.planned_match_months``; none: from
the program's dates), and the figures the coordinator compares the measures with
(``measure_reference``: one per measure, its value and where it comes from).

Revision ID: 0012_measures
Revises: 0011_roles
Create Date: 2026-12-07 16:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_measures"
down_revision = "0011_roles"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("program", schema=None) as batch_op:
        batch_op.add_column(sa.Column("planned_match_months", sa.Integer(), nullable=True))
    op.create_table(
        "measure_reference",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("measure", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("preset", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_measure_reference_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_reference")),
        sa.UniqueConstraint("program_id", "measure", name=op.f("uq_measure_reference_program_id")),
    )
    with op.batch_alter_table("measure_reference", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_measure_reference_program_id"), ["program_id"], unique=False
        )
    from peerdesk.storage.row_security import protect_program_table

    protect_program_table(op.get_bind(), "measure_reference")  # roles, 0011: a server only


def downgrade() -> None:
    with op.batch_alter_table("measure_reference", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measure_reference_program_id"))
    op.drop_table("measure_reference")
    with op.batch_alter_table("program", schema=None) as batch_op:
        batch_op.drop_column("planned_match_months")
