"""Frozen records of certified minutes; a short name for each committee

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

Certified meetings of an older file get their record when the program first opens the file after this
upgrade (``ethicsdesk.services.certification.freeze_missing``), with the reason "upgrade": the snapshot is
taken from the records as they stand then, which the history says.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.add_column(sa.Column("short_name", sa.String(), nullable=False, server_default=""))
    op.create_table(
        "minutesrecord",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("amendment_id", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("snapshot", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["amendment_id"], ["amendment.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("minutesrecord", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_minutesrecord_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_minutesrecord_amendment_id"), ["amendment_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":  # a server keeps the version in alembic_version only
        op.execute("PRAGMA user_version = 4")


def downgrade() -> None:
    op.drop_table("minutesrecord")
    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.drop_column("short_name")
    if op.get_bind().dialect.name == "sqlite":  # a server keeps the version in alembic_version only
        op.execute("PRAGMA user_version = 3")
