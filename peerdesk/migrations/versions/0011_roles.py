"""roles: roles and what each may see

Revision ID: 0011_roles
Revises: 0010_actors
Create Date: 2026-12-07 16:00:00.000000
"""

from __future__ import annotations

revision = "0011_roles"
down_revision = "0010_actors"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
