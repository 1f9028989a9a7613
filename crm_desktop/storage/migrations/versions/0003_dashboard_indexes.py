"""covering indexes for the dashboard queries; drop the indexes they make redundant

Each replaced index is a prefix of its covering successor, so every query that used it can
use the new one. Then refresh the planner statistics of the tables touched (a full
``ANALYZE``: sampled statistics, ``analysis_limit``, misjudge row counts badly enough to pick
skip-scans; 200k deals and 1M activities take about 10 s).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: (table, new index, columns, index it replaces or None)
INDEXES: list[tuple[str, str, list[str], str | None]] = [
    ("deal", "ix_deal_closed_cover", [
        "outcome", "closed_at", "deleted_at", "owner_id", "pipeline_id", "stage_id",
        "source_id", "currency", "amount", "created_at",
    ], "ix_deal_closed"),
    ("deal", "ix_deal_created_cover", [
        "created_at", "deleted_at", "pipeline_id", "owner_id", "stage_id", "source_id",
        "outcome", "currency", "amount", "id",
    ], "ix_deal_created"),
    ("deal", "ix_deal_open_cover", [
        "outcome", "owner_id", "expected_close_date", "deleted_at", "pipeline_id", "stage_id",
        "currency", "amount", "probability", "closed_at", "stage_entered_at",
        "last_activity_at", "created_at", "id",
    ], None),
    ("activity", "ix_activity_deal_cover",
     ["deal_id", "occurred_at", "deleted_at", "type"], "ix_activity_deal_at"),
    ("activity", "ix_activity_type_cover",
     ["type", "occurred_at", "deleted_at", "owner_id"], "ix_activity_type_at"),
    ("task", "ix_task_deal_cover", ["deal_id", "due_at", "deleted_at", "done_at"], "ix_task_deal"),
    ("stage_change", "ix_stage_change_deal_cover",
     ["deal_id", "at", "to_stage_id"], "ix_stage_change_deal_at"),
]  # fmt: skip
#: WHERE clause of the partial indexes (the open deals are a fraction of all deals)
PARTIAL = {"ix_deal_open_cover": sa.text("outcome = 'open'")}
#: (table, index, columns) dropped without a successor: ix_activity_owner_at leads with owner_id
DROPPED = [("activity", "ix_activity_owner_id", ["owner_id"])]
OLD_COLUMNS = {
    "ix_deal_closed": ["outcome", "closed_at"],
    "ix_deal_created": ["created_at"],
    "ix_activity_deal_at": ["deal_id", "occurred_at"],
    "ix_activity_type_at": ["type", "occurred_at"],
    "ix_task_deal": ["deal_id", "due_at"],
    "ix_stage_change_deal_at": ["deal_id", "at"],
}


def _analyze(tables: list[str]) -> None:
    for table in dict.fromkeys(tables):
        op.execute(f'ANALYZE "{table}"')


def upgrade() -> None:
    for table, name, columns, replaced in INDEXES:
        if replaced is not None:
            op.drop_index(replaced, table_name=table)
        op.create_index(name, table, columns, sqlite_where=PARTIAL.get(name))
    for table, name, _ in DROPPED:
        op.drop_index(name, table_name=table)
    _analyze([table for table, *_ in INDEXES])


def downgrade() -> None:
    for table, name, columns in DROPPED:
        op.create_index(name, table, columns)
    for table, name, _, replaced in reversed(INDEXES):
        op.drop_index(name, table_name=table)
        if replaced is not None:
            op.create_index(replaced, table, OLD_COLUMNS[replaced])
