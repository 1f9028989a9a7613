"""dashboards: open deals by stage index; planner statistics of the dashboard tables

Adds ``ix_deal_open_stage``, a partial covering index of the open deals in stage and currency
order: the X-ray's per-stage figures stream through it without sorting every open deal, and
the top-deal and hygiene passes read it instead of the table (every column they use is in
it). Then refreshes the planner statistics of the tables the dashboards read (the earlier
migrations analysed some of them while empty; without statistics SQLite picks skip-scans and
non-covering indexes that cost 10x).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

OPEN_STAGE_COLUMNS = [
    "outcome", "stage_id", "currency", "deleted_at", "owner_id", "pipeline_id", "amount",
    "probability", "expected_close_date", "stage_entered_at", "created_at", "last_activity_at",
    "latest_activity_at", "open_task_due", "next_step", "name",
]  # fmt: skip
#: Tables the dashboards read (their statistics are refreshed).
ANALYZED = (
    "deal", "deal_close_day", "deal_open_sum", "activity_day", "stage_change", "company",
    "contact", "nps_response", "target",
)  # fmt: skip


def upgrade() -> None:
    op.create_index(
        "ix_deal_open_stage",
        "deal",
        OPEN_STAGE_COLUMNS,
        sqlite_where=sa.text("outcome = 'open'"),
    )
    for table in ANALYZED:
        op.execute(f'ANALYZE "{table}"')


def downgrade() -> None:
    op.drop_index("ix_deal_open_stage", table_name="deal")
