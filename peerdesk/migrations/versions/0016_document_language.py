"""document language: the language a program's and a pair's documents print in

Revision ID: 0016_document_language
Revises: 0015_meeting_changes
Create Date: 2026-12-07 16:30:00.000000
"""

from __future__ import annotations

revision = "0016_document_language"
down_revision = "0015_meeting_changes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
