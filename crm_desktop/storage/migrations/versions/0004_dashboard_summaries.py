"""dashboard summaries kept by triggers: closed deals and activities per day, deal columns

Adds ``deal_close_day`` and ``activity_day`` (written only by triggers), the trigger-kept deal
columns ``latest_activity_at``, ``activity_count``, ``open_task_due`` and ``reached_position``,
their triggers (storage/summaries.py), then fills everything from the existing rows.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.storage import summaries

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: The triggers this revision creates (``deal_open_sum``'s came with 0005).
TRIGGERS = tuple(n for n in summaries.TRIGGERS if n not in summaries.OPEN_SUM_TRIGGERS)
DEAL_COLUMNS = [
    sa.Column("latest_activity_at", sa.DateTime(), nullable=True),
    sa.Column("activity_count", sa.Integer(), server_default="0", nullable=False),
    sa.Column("open_task_due", sa.String(length=26), nullable=True),
    sa.Column("reached_position", sa.Integer(), nullable=True),
]


def upgrade() -> None:
    op.create_table(
        "deal_close_day",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("outcome", sa.String(length=8), nullable=False),
        sa.Column("pipeline_id", sa.String(length=36), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("cycle_days", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint(
            "day", "outcome", "pipeline_id", "owner_id", "currency", name="pk_deal_close_day"
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "activity_day",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "owner_id", "type", name="pk_activity_day"),
        sqlite_with_rowid=False,
    )
    for column in DEAL_COLUMNS:
        op.add_column("deal", column)
    open_sum = summaries.open_sum_backfill_statements()
    for statement in summaries.backfill_statements():
        if statement not in open_sum:  # deal_open_sum came with 0005
            op.execute(statement)
    for statement in summaries.trigger_statements(TRIGGERS):
        op.execute(statement)
    op.execute("ANALYZE deal_close_day")
    op.execute("ANALYZE activity_day")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for column in reversed(DEAL_COLUMNS):  # native DROP COLUMN: keeps the deal's triggers
        op.execute(f'ALTER TABLE deal DROP COLUMN "{column.name}"')
    op.drop_table("activity_day")
    op.drop_table("deal_close_day")
