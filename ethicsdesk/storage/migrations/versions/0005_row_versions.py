"""Row versions for several officers at once; the audit log's database user; on a server, money as 64-bit
integers and times in UTC.

Every table that the window edits gets ``row_version`` (SQLAlchemy's version counter: an UPDATE names the
version it read, so a change made meanwhile by another program is caught, never written over). On
PostgreSQL the satang columns become BIGINT (INTEGER stops at 21,474,836.47 baht); SQLite's integers are
64-bit already.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

VERSIONED = (
    "organisation",
    "committee",
    "appointmentorder",
    "duty",
    "person",
    "seat",
    "meeting",
    "attendance",
    "agendaitem",
    "dissentingopinion",
    "targetvirtue",
    "actionplan",
    "planversion",
    "approach",
    "activity",
    "milestone",
    "amendment",
    "orgunit",
    "progressrecord",
    "indicatorresult",
)
#: Times of day kept in UTC: the models hand over aware datetimes (SQLModel's UTCDateTime). A server column
#: WITHOUT time zone would store them converted to the server's time zone (Asia/Bangkok on a Thai server)
#: and give them back as if they were UTC, seven hours off: on a server they become TIMESTAMPTZ.
TIMES = (
    ("amendment", "opened_at", False),
    ("amendment", "closed_at", True),
    ("auditentry", "at", False),
    ("minutesrecord", "taken_at", False),
    ("progressrecord", "recorded_at", False),
)
MONEY = (
    ("planversion", "declared_total_satang"),
    ("activity", "budget_satang"),
    ("progressrecord", "spent_satang"),
)


def upgrade() -> None:
    for table in VERSIONED:
        # add_column outside batch mode: SQLite adds a column with a constant default in place.
        op.add_column(table, sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))
    # Who made each change: the database user (the database fills it in, for changes made by any program);
    # a file has no database users.
    server = op.get_bind().dialect.name == "postgresql"
    op.add_column(
        "auditentry",
        sa.Column(
            "db_user", sa.String(), nullable=False, server_default=sa.text("CURRENT_USER") if server else ""
        ),
    )
    if op.get_bind().dialect.name == "postgresql":
        for table, column in MONEY:
            op.alter_column(table, column, type_=sa.BigInteger(), existing_nullable=True)
        for table, column, nullable in TIMES:
            op.alter_column(
                table,
                column,
                type_=sa.DateTime(timezone=True),
                existing_nullable=nullable,
                postgresql_using=f"{column} AT TIME ZONE 'UTC'",
            )
    if op.get_bind().dialect.name == "sqlite":  # a server keeps the version in alembic_version only
        op.execute("PRAGMA user_version = 5")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column in MONEY:
            op.alter_column(table, column, type_=sa.Integer(), existing_nullable=True)
        for table, column, nullable in TIMES:
            op.alter_column(
                table,
                column,
                type_=sa.DateTime(),
                existing_nullable=nullable,
                postgresql_using=f"{column} AT TIME ZONE 'UTC'",
            )
    with op.batch_alter_table("auditentry", schema=None) as batch_op:
        batch_op.drop_column("db_user")
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("row_version")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA user_version = 4")
