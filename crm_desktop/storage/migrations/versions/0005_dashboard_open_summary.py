"""dashboards: open-deal summary kept by triggers; covering indexes widened

Adds ``deal_open_sum`` (open deals per pipeline, stage, owner and currency; written only by
triggers, storage/summaries.py) and fills it, then widens the dashboards' covering indexes of
0003 with the trigger-kept deal columns of 0004 (the per-deal scans of the open deals, the
funnel and the activities per won deal then read no table row).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.storage import summaries

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: index -> (columns before, columns added); all on ``deal``
WIDENED: dict[str, tuple[list[str], list[str]]] = {
    "ix_deal_closed_cover": (
        ["outcome", "closed_at", "deleted_at", "owner_id", "pipeline_id", "stage_id",
         "source_id", "currency", "amount", "created_at"],
        ["activity_count"],
    ),
    "ix_deal_created_cover": (
        ["created_at", "deleted_at", "pipeline_id", "owner_id", "stage_id", "source_id",
         "outcome", "currency", "amount", "id"],
        ["reached_position"],
    ),
    "ix_deal_open_cover": (
        ["outcome", "owner_id", "expected_close_date", "deleted_at", "pipeline_id", "stage_id",
         "currency", "amount", "probability", "closed_at", "stage_entered_at",
         "last_activity_at", "created_at", "id"],
        ["latest_activity_at", "open_task_due", "name", "next_step"],
    ),
}  # fmt: skip
PARTIAL = {"ix_deal_open_cover": sa.text("outcome = 'open'")}


def _recreate_indexes(widen: bool) -> None:
    for name, (before, added) in WIDENED.items():
        op.drop_index(name, table_name="deal")
        columns = before + added if widen else before
        op.create_index(name, "deal", columns, sqlite_where=PARTIAL.get(name))


def upgrade() -> None:
    # Development builds stamped 0004 may have the table already: create it when missing
    # (the backfill, triggers and indexes below are idempotent too).
    if not sa.inspect(op.get_bind()).has_table("deal_open_sum"):
        op.create_table(
            "deal_open_sum",
            sa.Column("pipeline_id", sa.String(length=36), nullable=False),
            sa.Column("stage_id", sa.String(length=36), nullable=False),
            sa.Column("owner_id", sa.String(length=36), nullable=False),
            sa.Column("currency", sa.String(length=3), nullable=False),
            sa.Column("n", sa.Integer(), nullable=False),
            sa.Column("amount", sa.BigInteger(), nullable=False),
            sa.Column("amount_stage_p", sa.BigInteger(), nullable=False),
            sa.Column("weighted_own", sa.BigInteger(), nullable=False),
            sa.PrimaryKeyConstraint(
                "pipeline_id", "stage_id", "owner_id", "currency", name="pk_deal_open_sum"
            ),
            sqlite_with_rowid=False,
        )
    for statement in summaries.open_sum_backfill_statements():
        op.execute(statement)
    for statement in summaries.trigger_statements(summaries.OPEN_SUM_TRIGGERS):
        op.execute(statement)
    _recreate_indexes(widen=True)
    op.execute("ANALYZE deal")
    op.execute("ANALYZE deal_open_sum")


def downgrade() -> None:
    for name in summaries.OPEN_SUM_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    _recreate_indexes(widen=False)
    op.drop_table("deal_open_sum")
