"""meeting changes: when a meeting last changed

``modified_at`` is when the meeting's calendar event last changed — its time,
place or status — the moment its ``sequence`` went up; calendar files carry it
as ``LAST-MODIFIED``. Meetings made before this revision have no such record:
a logged meeting gets the time it was logged (its last change), any other the
time of the upgrade.

Revision ID: 0015_meeting_changes
Revises: 0014_live
Create Date: 2026-12-07 16:00:00.000000
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from peerdesk.migrate import table_in_name_order

revision = "0015_meeting_changes"
down_revision = "0014_live"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("modified_at", sa.String(length=32), nullable=True))
    now = datetime.now(UTC).isoformat(timespec="seconds")  # as sqltypes.UTCDateTime writes it
    op.get_bind().execute(
        sa.text("UPDATE meeting SET modified_at = coalesce(logged_at, :now)"), {"now": now}
    )
    # Rebuilt on SQLite (NOT NULL): its constraints and indexes in the same order every time.
    meeting = table_in_name_order(op.get_bind(), "meeting")
    with op.batch_alter_table("meeting", schema=None, copy_from=meeting) as batch_op:
        batch_op.alter_column("modified_at", existing_type=sa.String(length=32), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("modified_at")
