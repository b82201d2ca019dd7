"""document language: the language a program's and a pair's documents print in

``program.document_language`` is the language a program's agreements and
certificates print in (a code of ``peerdesk.documents.languages``, "en" for the
programs made before); ``pair.document_language`` overrides it for one pair
(empty: the program's).

Revision ID: 0016_document_language
Revises: 0015_meeting_changes
Create Date: 2026-12-07 16:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_document_language"
down_revision = "0015_meeting_changes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("program", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("document_language", sa.String(length=8), nullable=False, server_default="en")
        )
    with op.batch_alter_table("pair", schema=None) as batch_op:
        batch_op.add_column(sa.Column("document_language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pair", schema=None) as batch_op:
        batch_op.drop_column("document_language")
    with op.batch_alter_table("program", schema=None) as batch_op:
        batch_op.drop_column("document_language")
