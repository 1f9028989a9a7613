"""search index (FTS5 trigram + short-gram tables, triggers) and list sort indexes

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

from crm_desktop.storage import search_index

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for stmt in search_index.create_statements() + search_index.list_index_statements():
        op.execute(stmt)
    bind = op.get_bind()
    search_index.rebuild(bind)


def downgrade() -> None:
    for stmt in search_index.drop_statements():
        op.execute(stmt)
