"""sessions: group sessions and who attended them

Revision ID: 0017_sessions
Revises: 0016_document_language
Create Date: 2026-12-07 16:30:00.000000
"""

from __future__ import annotations

revision = "0017_sessions"
down_revision = "0016_document_language"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
