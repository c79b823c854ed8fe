"""Units of the organisation, progress records of the plan's activities, indicator results

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "orgunit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("short_name", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("organisation_id", "name"),
    )
    with op.batch_alter_table("orgunit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_orgunit_organisation_id"), ["organisation_id"], unique=False)
    op.create_table(
        "progressrecord",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("NOT_STARTED", "UNDER_WAY", "DONE", "CANCELLED", name="progressstatus"),
            nullable=False,
        ),
        sa.Column("done_text", sa.String(), nullable=False),
        sa.Column("spent_satang", sa.Integer(), nullable=True),
        sa.Column("evidence", sa.String(), nullable=False),
        sa.Column("problems", sa.String(), nullable=False),
        sa.Column("reported_by", sa.String(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("form_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["activity_id"], ["activity.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["unit_id"], ["orgunit.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("activity_id", "quarter", "unit_id"),
    )
    with op.batch_alter_table("progressrecord", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_progressrecord_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_progressrecord_unit_id"), ["unit_id"], unique=False)
    op.create_table(
        "indicatorresult",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("value_hundredths", sa.Integer(), nullable=True),
        sa.Column("met", sa.Boolean(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["progressrecord.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("record_id", "position"),
    )
    with op.batch_alter_table("indicatorresult", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicatorresult_record_id"), ["record_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":  # a server keeps the version in alembic_version only
        op.execute("PRAGMA user_version = 3")


def downgrade() -> None:
    op.drop_table("indicatorresult")
    op.drop_table("progressrecord")
    op.drop_table("orgunit")
    if op.get_bind().dialect.name == "sqlite":  # a server keeps the version in alembic_version only
        op.execute("PRAGMA user_version = 2")
